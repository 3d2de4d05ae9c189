import Testing
@testable import ZhExtract

@Suite struct ByteDecoderTests {
  static let mixed = "OpenAI 今年营收 130 亿美元,同比增长 200%。"

  /// Chinese UTF-8 holds about a third as many code points as bytes: the decoded text keeps
  /// storage for what it holds, not for one code point per byte.
  @Test func decodedUTF8IsStoredAtItsOwnLength() throws {
    let text = String(repeating: Self.mixed, count: 2_000)
    let decoded = try ByteDecoder.decode(Array(text.utf8))
    #expect(decoded.scalars == IngestFixtures.scalars(text))
    #expect(decoded.scalars.capacity <= decoded.scalars.count + decoded.scalars.count / 4 + 64, "capacity \(decoded.scalars.capacity)")
    let ascii = String(repeating: "plain ASCII text, ", count: 1_000)
    #expect(try ByteDecoder.decode(Array(ascii.utf8)).scalars == IngestFixtures.scalars(ascii))
  }

  @Test func utf8WithoutAndWithByteOrderMark() throws {
    let plain = Array(Self.mixed.utf8)
    let decoded = try ByteDecoder.decode(plain)
    #expect(decoded.encoding == "UTF-8")
    #expect(decoded.scalars == IngestFixtures.scalars(Self.mixed))
    let marked = try ByteDecoder.decode([0xEF, 0xBB, 0xBF] + plain)
    #expect(marked.encoding == "UTF-8")
    #expect(marked.scalars == IngestFixtures.scalars(Self.mixed), "the mark is not part of the text")
    #expect(decoded.warnings.isEmpty && marked.warnings.isEmpty)
  }

  @Test(arguments: [("UTF-16LE", [UInt8]([0xFF, 0xFE])), ("UTF-16BE", [UInt8]([0xFE, 0xFF]))])
  func utf16WithByteOrderMark(charset: String, mark: [UInt8]) throws {
    let decoded = try ByteDecoder.decode(mark + IngestFixtures.encode(Self.mixed, as: charset))
    #expect(decoded.encoding == charset)
    #expect(decoded.scalars == IngestFixtures.scalars(Self.mixed))
  }

  @Test(arguments: ["UTF-16LE", "UTF-16BE"])
  func utf16DetectedByItsNulBytes(charset: String) throws {
    let decoded = try ByteDecoder.decode(IngestFixtures.encode(Self.mixed, as: charset))
    #expect(decoded.encoding == charset)
    #expect(decoded.scalars == IngestFixtures.scalars(Self.mixed))
  }

  /// Chinese with no ASCII and no code unit ending in 00: UTF-16 without a mark has no NUL
  /// byte to go by.
  static let pureChinese = "本报讯记者昨日从市统计局获悉，今年前三季度全市实现地区生产总值八千六百亿元，同比增长百分之五点二。专家认为，四季度经济有望继续保持平稳运行。"
  /// The same with an ideographic space (30 00) and 一 (4E 00): NULs on the parity opposite
  /// to ASCII's.
  static let chineseWithNulBytes = "本报讯　记者昨日获悉，一季度全市地区生产总值同比增长百分之五点二。专家认为，四季度经济有望继续保持平稳运行。"

  @Test(arguments: ["UTF-16LE", "UTF-16BE"])
  func utf16OfPureChineseDetectedByItsCodeUnits(charset: String) throws {
    let bytes = IngestFixtures.encode(Self.pureChinese, as: charset)
    #expect(!bytes.contains(0))
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == charset)
    #expect(decoded.scalars == IngestFixtures.scalars(Self.pureChinese))
  }

  @Test(arguments: ["UTF-16LE", "UTF-16BE"])
  func utf16OfChineseWithItsOwnNulBytes(charset: String) throws {
    let bytes = IngestFixtures.encode(Self.chineseWithNulBytes, as: charset)
    #expect(bytes.filter { $0 == 0 }.count == 2)
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == charset)
    #expect(decoded.scalars == IngestFixtures.scalars(Self.chineseWithNulBytes))
  }

  @Test(arguments: [("GB18030", "GB18030"), ("Big5", "Big5")])
  func pureChineseInLegacyCharsetsIsNotTakenForUTF16(charset: String, expected: String) throws {
    let text = charset == "Big5" ? "本報訊　記者昨日從市統計處獲悉，今年前三季全市實現地區生產總值八千六百億元，較去年同期成長百分之五點二。學者認為，第四季經濟可望繼續維持平穩運行。" : Self.pureChinese
    let decoded = try ByteDecoder.decode(IngestFixtures.encode(text, as: charset))
    #expect(decoded.encoding == expected)
    #expect(decoded.scalars == IngestFixtures.scalars(text))
  }

  @Test func utf16KeepsSupplementaryCharacters() throws {
    let text = "𠀀字 and 😀"
    let decoded = try ByteDecoder.decode(IngestFixtures.encode(text, as: "UTF-16LE"))
    #expect(decoded.scalars == IngestFixtures.scalars(text))
  }

  @Test(arguments: ["GB18030", "GBK", "GB2312"])
  func gbFamilyReadsAsGB18030(charset: String) throws {
    let bytes = IngestFixtures.encode(IngestFixtures.simplifiedParagraph, as: charset)
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == "GB18030")
    #expect(decoded.scalars == IngestFixtures.scalars(IngestFixtures.simplifiedParagraph))
    #expect(decoded.warnings.isEmpty)
  }

  @Test func big5() throws {
    let bytes = IngestFixtures.encode(IngestFixtures.traditionalParagraph, as: "Big5")
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == "Big5")
    #expect(decoded.scalars == IngestFixtures.scalars(IngestFixtures.traditionalParagraph))
  }

  @Test func invalidUTF8ByteBecomesReplacementWithItsOffset() throws {
    let before = Array("营收".utf8)  // 6 bytes
    let bytes = before + [0xFF] + Array("120亿元".utf8)
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == "UTF-8")
    #expect(String(String.UnicodeScalarView(decoded.scalars)) == "营收\u{FFFD}120亿元")
    #expect(decoded.warnings == [.undecodableBytes(at: before.count, encoding: "UTF-8")])
    #expect(decoded.warnings.first?.message.contains("byte offset 6") == true)
  }

  @Test func truncatedUTF8SequenceAtTheEnd() throws {
    let full = Array("元".utf8)
    let bytes = Array("一亿".utf8) + full.prefix(2)
    let decoded = try ByteDecoder.decode(bytes)
    #expect(String(String.UnicodeScalarView(decoded.scalars)) == "一亿\u{FFFD}")
    #expect(decoded.warnings == [.undecodableBytes(at: 6, encoding: "UTF-8")])
  }

  @Test func unpairedSurrogateInUTF16() throws {
    var bytes: [UInt8] = [0xFF, 0xFE] + IngestFixtures.encode("ab", as: "UTF-16LE")
    bytes += [0x00, 0xD8]  // a lone high surrogate at byte 6
    bytes += IngestFixtures.encode("c", as: "UTF-16LE")
    let decoded = try ByteDecoder.decode(bytes)
    #expect(String(String.UnicodeScalarView(decoded.scalars)) == "ab\u{FFFD}c")
    #expect(decoded.warnings == [.undecodableBytes(at: 6, encoding: "UTF-16LE")])
  }

  @Test func invalidByteInGB18030() throws {
    let head = IngestFixtures.encode(IngestFixtures.simplifiedParagraph, as: "GB18030")
    let bytes = head + [0xFF] + IngestFixtures.encode("完。", as: "GB18030")
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == "GB18030")
    #expect(decoded.scalars == IngestFixtures.scalars(IngestFixtures.simplifiedParagraph + "\u{FFFD}完。"))
    #expect(decoded.warnings == [.undecodableBytes(at: head.count, encoding: "GB18030")])
  }

  @Test func manyBadSequencesAreSummarised() throws {
    let bytes = Array(repeating: Array("数据字段完整无误".utf8) + [0xC3], count: 40).flatMap { $0 } + Array("字".utf8)
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == "UTF-8")
    #expect(decoded.warnings.count == ByteDecoder.maximumWarnings + 1)
    #expect(decoded.warnings.last?.code == "ingest.undecodable-bytes-more")
  }

  @Test func binaryIsNotText() {
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var state: UInt32 = 12345
    for _ in 0..<2000 {
      state = state &* 1_103_515_245 &+ 12345
      bytes.append(UInt8(truncatingIfNeeded: state >> 16))
    }
    bytes += [UInt8](repeating: 0, count: 64)
    #expect(throws: IngestError.self) { try ByteDecoder.decode(bytes) }
    do {
      _ = try ByteDecoder.decode(bytes)
    } catch {
      #expect(error.code == "not-text")
    }
  }

  @Test func nulHeavyInputIsNotText() {
    let bytes = [UInt8](repeating: 0, count: 4096)
    #expect(throws: IngestError.self) { try ByteDecoder.decode(bytes) }
  }

  @Test func controlCharactersAreNotText() {
    let bytes: [UInt8] = Array(repeating: [UInt8]([0x01, 0x02, 0x41, 0x03]), count: 100).flatMap { $0 }
    #expect(throws: IngestError.notText(reason: "300 of 400 bytes are control characters")) { try ByteDecoder.decode(bytes) }
  }

  @Test func emptyInputIsEmptyUTF8() throws {
    let decoded = try ByteDecoder.decode([])
    #expect(decoded.scalars.isEmpty && decoded.encoding == "UTF-8")
  }

  // MARK: Damaged and ambiguous legacy charsets (issue 11, item 15)

  /// `text` in `charset` with the trail byte of every `every`-th double-byte character
  /// replaced by a space (a scraper's damage); also how many were damaged.
  static func damaged(_ text: String, as charset: String, every: Int) -> (bytes: [UInt8], damaged: Int) {
    var bytes = IngestFixtures.encode(text, as: charset)
    var i = 0, pairs = 0, damaged = 0
    while i + 1 < bytes.count {
      guard bytes[i] >= 0x81 else { i += 1; continue }
      pairs += 1
      if pairs % every == 0 { bytes[i + 1] = 0x20; damaged += 1 }
      i += 2
    }
    return (bytes, damaged)
  }

  /// Big5 with 5% of its trail bytes lost was read as ISO-8859-1 without a word (money came
  /// out as `¥ ¼`); GB18030 with 10% lost, as EUC-JP. They stay Chinese, and the guess and
  /// the count of replaced bytes are said.
  @Test(arguments: [("Big5", 20), ("GB18030", 10), ("Big5", 5), ("GB18030", 5)])
  func damagedChineseCharsetsStayChineseWithAWarning(charset: String, every: Int) throws {
    let text = String(repeating: charset == "Big5" ? IngestFixtures.traditionalParagraph : IngestFixtures.simplifiedParagraph, count: 3)
    let (bytes, damaged) = Self.damaged(text, as: charset, every: every)
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == charset)
    let guess = try #require(decoded.warnings.first { $0.code == "ingest.encoding-guess" })
    #expect(guess.message.contains("read as \(charset)"), "\(guess.message)")
    #expect(guess.message.contains("\(damaged) byte sequences could not be decoded"), "\(guess.message)")
    #expect(decoded.warnings.last?.message.contains("(\(damaged) in all)") == true, "\(decoded.warnings.last?.message ?? "")")
    // Everything but the damaged characters reads as written.
    let good = String(String.UnicodeScalarView(decoded.scalars)).filter { $0 != "\u{FFFD}" && $0 != " " }
    #expect(good.count >= text.filter { $0 != " " }.count - damaged)
  }

  /// One bad trail byte in a short Big5 text once ended in "cannot be decoded as IBM420_ltr".
  @Test(arguments: [0, 7, 20, 33])
  func aBadTrailByteInShortBig5(at pair: Int) throws {
    let text = "本報訊 記者昨日從市統計處獲悉,今年前三季全市實現地區生產總值八千六百億元。"
    var bytes = IngestFixtures.encode(text, as: "Big5")
    var i = 0, pairs = 0
    while i + 1 < bytes.count {
      guard bytes[i] >= 0x81 else { i += 1; continue }
      if pairs == pair { bytes[i + 1] = 0x0A; break }
      pairs += 1
      i += 2
    }
    let decoded = try ByteDecoder.decode(bytes)
    #expect(decoded.encoding == "Big5")
    #expect(decoded.warnings.contains { $0.code == "ingest.undecodable-bytes" })
  }

  /// What ICU's detector is sure of stays: Japanese and Korean multi-byte charsets look like
  /// GB2312, and Shift_JIS like UTF-16BE, to the byte rules; Latin-1 is not Chinese.
  @Test(arguments: [
    ("Shift_JIS", "東京都は来年度の予算案を発表しました。総額は約八兆円で、前年度より増加しています。"),
    ("EUC-JP", "東京都は来年度の予算案を発表しました。総額は約八兆円で、前年度より増加しています。"),
    ("EUC-KR", "서울시는 내년도 예산안을 발표했습니다. 총액은 약 8조원이며, 작년보다 증가했습니다."),
    ("ISO-8859-1", "Le gouvernement français a annoncé une hausse des dépenses de 3,5 milliards d'euros pour l'année prochaine."),
  ])
  func otherCharsetsThatICUIsSureOf(charset: String, sentence: String) throws {
    let text = String(repeating: sentence, count: 4)
    let decoded = try ByteDecoder.decode(IngestFixtures.encode(text, as: charset))
    #expect(decoded.encoding == charset)
    #expect(decoded.scalars == IngestFixtures.scalars(text))
    #expect(decoded.warnings.isEmpty)
  }
}

/// UTF-8 decoded into room for its lead bytes only (retried with room for every byte when stray
/// continuation bytes outnumber it) gives what decoding into room for every byte gives.
@Suite struct UTF8DecodingCapacityTests {
  static let inputs: [[UInt8]] = [
    [],
    Array("公司去年营收120亿元".utf8),
    [0x80],
    [0x80, 0x80, 0x80, 0x41],
    [0x41, 0xBF, 0x80, 0xE4, 0xB8],
    [0xE0, 0x80, 0x80, 0xED, 0xA0, 0x80],
    [0xF0, 0x9F, 0x8E, 0x89, 0xF0, 0x80, 0x80, 0x80, 0xF4, 0x90, 0x80, 0x80],
    [0xC0, 0xAF, 0xC1, 0xBF, 0xF5, 0x80, 0xFF, 0xFE],
    Array("中文".utf8) + [UInt8](repeating: 0x80, count: 40) + Array("文".utf8),
    Array("中".utf8.dropLast()),
  ]

  @Test(arguments: inputs)
  func leadCountCapacityDecodesAsRoomForEveryByte(bytes: [UInt8]) throws {
    let got = ByteDecoder.decodeUTF8Counting(bytes, from: 0)
    let wide = try #require(ByteDecoder.decodeUTF8Counting(bytes, from: 0, capacity: bytes.count))
    #expect(got.text.scalars == wide.text.scalars)
    #expect(got.text.warnings == wide.text.warnings)
    #expect(got.replacements == wide.replacements && got.multiByte == wide.multiByte)
    #expect(got.text.scalars.capacity <= got.text.scalars.count + got.text.scalars.count / 4 + 64)
  }

  /// The lead bytes counted eight at a time are those counted one by one, from any start.
  @Test(arguments: inputs)
  func leadCountIsTheCountOfNonContinuationBytes(bytes: [UInt8]) {
    for start in 0...bytes.count {
      #expect(ByteDecoder.leadCount(bytes, from: start) == bytes[start...].filter { $0 & 0xC0 != 0x80 }.count, "from \(start)")
    }
  }

  /// Room for the lead bytes alone is refused when stray continuation bytes need more.
  @Test func strayContinuationBytesNeedMoreThanTheLeads() {
    #expect(ByteDecoder.decodeUTF8Counting([0x41, 0x80, 0x80], from: 0, capacity: 1) == nil)
    #expect(ByteDecoder.decodeUTF8Counting([0x80, 0x41], from: 0, capacity: 1) == nil)
    #expect(ByteDecoder.decodeUTF8Counting([0x80, 0x41], from: 0, capacity: 2)?.text.scalars == ["\u{FFFD}", "A"])
    #expect(ByteDecoder.decodeUTF8Counting(Array("中".utf8), from: 0, capacity: 1)?.text.scalars == ["中"])
  }
}

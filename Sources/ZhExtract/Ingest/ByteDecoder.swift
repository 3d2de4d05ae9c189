import CICUShim

/// Decodes the bytes of a document into code points, choosing the encoding:
///
/// 1. A byte-order mark: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF). The mark is
///    not part of the text.
/// 2. NUL bytes: UTF-16 when most fall on one parity (≥ 2/3 on odd bytes: LE, even: BE) and
///    the result is plausible text (≤ 1% bad units, ≤ 5% control characters); otherwise the
///    input is not text (`IngestError.notText`).
///    Many control bytes (over 5%) also mean not text.
///    UTF-16 of Chinese with little or no ASCII has few NUL bytes, or none: it is recognised
///    by its code units instead (at least 90% ideographs, CJK punctuation or ASCII in one byte
///    order, see `utf16ByCodeUnits`), after UTF-8 and before the legacy charsets. A few stray NULs (at most 1 in 100
///    bytes) in otherwise clean UTF-8 are kept, with a warning: a scraper's damage, not binary.
/// 3. UTF-8 when the bytes are UTF-8, or mostly so: at least twice as many well-formed
///    multi-byte sequences as bad ones (GBK or Big5 read as UTF-8 give far more bad ones).
/// 4. Otherwise a legacy charset, GB18030 and Big5 first, even when damaged (see
///    `decodeLegacy`); a choice ICU's detector (`ucsdet`) does not confirm is a warning.
///
/// Bad sequences become U+FFFD, each with a warning that names its byte offset (the first
/// `maximumWarnings` of them, then one that counts the rest). UTF-8 and UTF-16 are decoded in
/// Swift for speed; legacy charsets through ICU (`ucnv`).
package enum ByteDecoder {
  package static let maximumWarnings = 20

  package static func decode(_ bytes: [UInt8]) throws(IngestError) -> DecodedText {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return decodeUTF8(bytes, from: 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes, from: 2, bigEndian: false).text }
    if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes, from: 2, bigEndian: true).text }

    let census = ByteCensus(bytes)
    if census.nul > 0 {
      // Clean UTF-8 apart from a few NULs first: UTF-16 of Chinese is never valid UTF-8.
      if let text = textWithStrayNuls(bytes, census) { return text }
      if census.nul >= 4 || census.nul * 1000 >= bytes.count {
        // Code units first: Chinese UTF-16 has NULs of its own (一 is 4E 00, the ideographic
        // space 30 00) on the parity opposite to ASCII's, which would mislead the parity rule.
        if let utf16 = utf16ByCodeUnits(bytes) { return utf16 }
        if census.oddNul * 3 >= census.nul * 2 || census.evenNul * 3 >= census.nul * 2 {
          let decoded = decodeUTF16(bytes, from: 0, bigEndian: census.evenNul > census.oddNul)
          if decoded.isPlausibleText { return decoded.text }
        }
        throw .notText(reason: "\(census.nul) NUL bytes, the first at byte \(census.firstNul)")
      }
    }
    if census.control * 20 > bytes.count {
      // UTF-16 of Chinese punctuation holds such bytes (，is FF 0C, 。is 30 02).
      if let utf16 = utf16ByCodeUnits(bytes) { return utf16 }
      throw .notText(reason: "\(census.control) of \(bytes.count) bytes are control characters")
    }

    let utf8 = decodeUTF8Counting(bytes, from: 0)
    if utf8.replacements == 0 {
      var text = utf8.text
      text.bytesAreItsUTF8 = true
      return text
    }
    if utf8.replacements * 2 <= utf8.multiByte { return utf8.text }
    let detected = detectCharset(bytes)
    // Shift_JIS kanji read as UTF-16BE land among CJK ideographs too: ICU's detector, sure of
    // another multi-byte charset, outranks the code-unit rule.
    if let utf16 = utf16ByCodeUnits(bytes), !(detected.map { $0.confidence >= 50 && Self.otherMultiByte.contains($0.name) } ?? false) {
      return utf16
    }

    return try decodeLegacy(bytes, utf8: utf8, detected: detected)
  }

  /// The multi-byte charsets of Japanese and Korean, which ICU's detector tells apart from
  /// Chinese by character frequencies (their bytes look like GB2312's).
  static let otherMultiByte: Set<String> = ["Shift_JIS", "EUC-JP", "EUC-KR", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN"]

  /// Neither UTF-8 nor UTF-16: a legacy charset. A Chinese news tool sees GB18030 (which reads
  /// GBK and GB2312 too) and Big5 far more than anything else, so they come first:
  ///
  /// 1. ICU's detector naming GB18030, Big5 (or a Japanese or Korean multi-byte charset,
  ///    whose bytes look like GB2312's) with confidence ≥ 50, and a clean decoding: done.
  /// 2. Otherwise GB18030 or Big5, whichever decodes more of its double-byte characters into
  ///    the common core of its table (`CJKEvidence`), when that decoding is mostly valid: at
  ///    most one replaced sequence per four good characters, and at least half of them common.
  ///    A damaged file (5% of trail bytes lost) is still Big5, with its replacements counted.
  /// 3. Otherwise the detector's charset when it is sure (≥ 50) and ICU can convert it, else
  ///    UTF-8 or that Chinese charset, whichever replaces less.
  ///
  /// Whatever ICU did not confirm is a guess, said in an `ingest.encoding-guess` warning.
  static func decodeLegacy(_ bytes: [UInt8], utf8: Decoded, detected: (name: String, confidence: Int)?) throws(IngestError) -> DecodedText {
    if let detected, detected.confidence >= 50, detected.name == "GB18030" || detected.name == "Big5" || otherMultiByte.contains(detected.name),
      case .success(let decoded) = Result(catching: { () throws(IngestError) in try decodeWithICU(bytes, charset: detected.name) }),
      decoded.replacements == 0
    {
      return decoded.text
    }
    let evidence = CJKEvidence(bytes)
    let gb = try decodeWithICU(bytes, charset: "GB18030")
    let big5 = try decodeWithICU(bytes, charset: "Big5")
    let preferBig5: Bool
    if let detected, detected.confidence >= 50, detected.name == "GB18030" || detected.name == "Big5" {
      preferBig5 = detected.name == "Big5"
    } else if evidence.big5CommonShare != evidence.gbCommonShare {
      preferBig5 = evidence.big5CommonShare > evidence.gbCommonShare
    } else {
      preferBig5 = big5.replacements < gb.replacements
    }
    let cjk = preferBig5 ? big5 : gb
    let share = preferBig5 ? evidence.big5CommonShare : evidence.gbCommonShare
    let good = cjk.text.scalars.lazy.filter { $0.value >= 0x80 && $0 != "\u{FFFD}" }.count
    let confirmed = detected.map { $0.name == cjk.text.encoding && $0.confidence >= 50 } ?? false
    if good > 0, cjk.replacements * 4 <= good, share * 2 >= 1 {
      if confirmed || (cjk.replacements == 0 && share >= 0.9) { return cjk.text }
      return guessed(cjk, detected: detected, why: "\(Int((share * 100).rounded()))% of its double-byte characters are common ones")
    }
    if let detected, detected.confidence >= 50, !detected.name.hasPrefix("UTF-"), detected.name != cjk.text.encoding,
      case .success(let other) = Result(catching: { () throws(IngestError) in try decodeWithICU(bytes, charset: detected.name) })
    {
      if other.replacements == 0 { return other.text }
      return guessed(other, detected: detected, why: "the answer of ICU's charset detector")
    }
    // Nothing fits well: of UTF-8 and the likelier Chinese charset, the one that replaces less.
    let least = utf8.replacements * max(1, cjk.text.scalars.count) < cjk.replacements * max(1, utf8.text.scalars.count) ? utf8 : cjk
    return guessed(least, detected: detected, why: "no charset reads it cleanly; this one replaces least")
  }

  /// `decoded`, with the warning that its encoding is a guess.
  static func guessed(_ decoded: Decoded, detected: (name: String, confidence: Int)?, why: String) -> DecodedText {
    var text = decoded.text
    let icu = detected.map { "ICU's detector: \($0.name), confidence \($0.confidence)%" } ?? "ICU's detector has no answer"
    text.warnings.insert(.encodingGuess(text.encoding, reason: why, detector: icu, replaced: decoded.replacements), at: 0)
    return text
  }

  /// How GB18030 and Big5 read the double-byte characters of the input: the share of them
  /// that fall in the common core of each table — GB2312 (leads A1–F7, trails A1–FE) and
  /// Big5's symbols and frequent characters (leads A1–C6). Either charset decodes the other's
  /// bytes, but into rare characters: Big5 read as GB18030 has ~40% of its trails below A1.
  struct CJKEvidence {
    var gbPairs = 0, gbCommon = 0, big5Pairs = 0, big5Common = 0

    init(_ bytes: [UInt8]) {
      bytes.withUnsafeBufferPointer { p in
        let n = p.count
        var i = 0
        while i + 1 < n {  // GB18030: 81–FE then 40–FE (not 7F), or a four-byte 81–FE 30–39 …
          let lead = p[i], trail = p[i + 1]
          if lead < 0x81 || lead == 0xFF { i += 1; continue }
          if trail >= 0x30 && trail <= 0x39 { gbPairs += 1; i += 4; continue }
          if trail >= 0x40 && trail != 0x7F && trail != 0xFF {
            gbPairs += 1
            if lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 { gbCommon += 1 }
            i += 2
          } else {
            i += 1
          }
        }
        i = 0
        while i + 1 < n {  // Big5: 81–FE then 40–7E or A1–FE
          let lead = p[i], trail = p[i + 1]
          if lead < 0x81 || lead == 0xFF { i += 1; continue }
          if (trail >= 0x40 && trail <= 0x7E) || (trail >= 0xA1 && trail <= 0xFE) {
            big5Pairs += 1
            if lead >= 0xA1 && lead <= 0xC6 { big5Common += 1 }
            i += 2
          } else {
            i += 1
          }
        }
      }
    }

    var gbCommonShare: Double { gbPairs == 0 ? 0 : Double(gbCommon) / Double(gbPairs) }
    var big5CommonShare: Double { big5Pairs == 0 ? 0 : Double(big5Common) / Double(big5Pairs) }
  }

  /// Clean UTF-8 with a few stray NUL bytes (≤ 1%): the text, with a warning naming them.
  static func textWithStrayNuls(_ bytes: [UInt8], _ census: ByteCensus) -> DecodedText? {
    guard census.nul * 100 <= bytes.count, (census.control + census.nul) * 20 <= bytes.count else { return nil }
    let utf8 = decodeUTF8Counting(bytes, from: 0)
    guard utf8.replacements == 0 else { return nil }
    var text = utf8.text
    text.warnings.append(.strayNulBytes(census.nul, first: census.firstNul))
    return text
  }

  /// UTF-16 without a byte-order mark, told by its code units: the byte order in which at
  /// least 90% of the units are CJK ideographs, CJK/full-width punctuation or ASCII text, when
  /// the other order has at most half as many. GBK and Big5 bytes read as UTF-16 fall mostly
  /// in Hangul, Yi and private-use ranges, so they do not pass.
  static func utf16ByCodeUnits(_ bytes: [UInt8]) -> DecodedText? {
    guard bytes.count >= 16, bytes.count % 2 == 0 else { return nil }
    var little = 0, big = 0
    bytes.withUnsafeBufferPointer { p in
      var i = 0
      while i + 1 < p.count {
        if isTextUnit(UInt16(p[i + 1]) << 8 | UInt16(p[i])) { little += 1 }
        if isTextUnit(UInt16(p[i]) << 8 | UInt16(p[i + 1])) { big += 1 }
        i += 2
      }
    }
    let units = bytes.count / 2
    for (count, other, bigEndian) in [(little, big, false), (big, little, true)]
    where count * 10 >= units * 9 && other * 2 <= count {
      let decoded = decodeUTF16(bytes, from: 0, bigEndian: bigEndian)
      if decoded.isPlausibleText { return decoded.text }
    }
    return nil
  }

  @inline(__always)
  static func isTextUnit(_ u: UInt16) -> Bool {
    (0x20...0x7E).contains(u) || u == 0x0A || u == 0x0D || u == 0x09 || (0x4E00...0x9FFF).contains(u) || (0x3400...0x4DBF).contains(u)
      || (0x3000...0x303F).contains(u)
      || (0xFF00...0xFFEF).contains(u) || u == 0x2014 || u == 0x2026 || (0x201C...0x201D).contains(u)
  }

  // MARK: - Census

  /// What kind of bytes the input holds.
  struct ByteCensus {
    var nul = 0, evenNul = 0, oddNul = 0, firstNul = -1
    /// C0 control bytes other than tab, line feed, vertical tab, form feed, carriage return, escape.
    var control = 0

    init(_ bytes: [UInt8]) {
      bytes.withUnsafeBufferPointer { p in
        // Eight bytes at a time: most words hold no byte below 0x20 (the classic
        // "has less than" bit trick), and only the others are looked at byte by byte.
        let n = p.count
        var i = 0
        while i + 8 <= n {
          let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
          if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 { count(p, i..<(i + 8)) }
          i += 8
        }
        count(p, i..<n)
      }
    }

    private mutating func count(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      for i in range where p[i] < 0x20 {
        switch p[i] {
        case 0:
          if nul == 0 { firstNul = i }
          nul += 1
          if i & 1 == 0 { evenNul += 1 } else { oddNul += 1 }
        case 0x09...0x0D, 0x1B: break
        default: control += 1
        }
      }
    }
  }

  // MARK: - UTF-8

  struct Decoded {
    var text: DecodedText
    var replacements: Int
    /// Well-formed multi-byte sequences (UTF-8 only): evidence that the input is UTF-8.
    var multiByte = 0

    /// Few replacements (≤ 1%) and few control characters (≤ 5%).
    var isPlausibleText: Bool {
      let count = text.scalars.count
      let controls = text.scalars.lazy.filter { $0.value < 0x20 && !(0x09...0x0D).contains($0.value) }.count
      return replacements * 100 <= count && controls * 20 <= count
    }
  }

  static func decodeUTF8(_ bytes: [UInt8], from start: Int) -> DecodedText { decodeUTF8Counting(bytes, from: start).text }

  /// Decodes into an array of exactly as many code points as the bytes hold lead bytes (every
  /// byte but 80–BF): the count of valid UTF-8, found in a first pass. Only stray continuation
  /// bytes (each a U+FFFD of its own) can outnumber it; then the bytes are decoded again into
  /// room for one code point per byte. (Room for one per byte, four times the bytes, then a
  /// fitted copy, was a 20 MB document's peak while it was read.)
  static func decodeUTF8Counting(_ bytes: [UInt8], from start: Int) -> Decoded {
    let leads = leadCount(bytes, from: start)
    return decodeUTF8Counting(bytes, from: start, leads: leads, capacity: leads)
      ?? decodeUTF8Counting(bytes, from: start, leads: leads, capacity: max(0, bytes.count - start))!
  }

  /// The bytes from `start` on that are not continuation bytes (80–BF), counted eight at a time.
  static func leadCount(_ bytes: [UInt8], from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { p in
      let n = p.count
      guard start < n, let base = p.baseAddress else { return 0 }
      let raw = UnsafeRawPointer(base)
      var continuation = 0
      var i = start
      while i + 8 <= n {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // 10xxxxxx: a byte's high bit set and the bit below it clear.
        continuation += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
        i += 8
      }
      while i < n {
        if p[i] & 0xC0 == 0x80 { continuation += 1 }
        i += 1
      }
      return n - start - continuation
    }
  }

  /// The decoded text in room for `capacity` code points; `nil` if it needs more.
  static func decodeUTF8Counting(_ bytes: [UInt8], from start: Int, capacity: Int) -> Decoded? {
    decodeUTF8Counting(bytes, from: start, leads: leadCount(bytes, from: start), capacity: capacity)
  }

  /// Every lead byte gives one code point, every stray continuation byte one more: the room
  /// beyond `leads` is what the strays may take.
  private static func decodeUTF8Counting(_ bytes: [UInt8], from start: Int, leads: Int, capacity: Int) -> Decoded? {
    guard capacity >= leads else { return nil }
    var strayRoom = capacity - leads
    var bad = BadSequences(encoding: "UTF-8")
    var multiByte = 0
    var overflow = false
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, written in
      bytes.withUnsafeBufferPointer { p in
        let n = p.count
        var o = 0
        var i = start
        decoding: while i < n {
          let b0 = p[i]
          if b0 < 0x80 {
            out.initializeElement(at: o, to: Unicode.Scalar(b0))
            o += 1
            i += 1
            continue
          }
          // Fast path: the three-byte sequences of CJK text (E1–EC, EE–EF need no range check).
          if b0 >= 0xE1, b0 <= 0xEF, b0 != 0xED, i + 2 < n {
            let b1 = p[i + 1], b2 = p[i + 2]
            if b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 {
              let value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
              out.initializeElement(at: o, to: Unicode.Scalar(value).unsafelyUnwrapped)
              multiByte += 1
              o += 1
              i += 3
              continue
            }
          }
          var need = 0
          var value: UInt32 = 0
          var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
          switch b0 {
          case 0xC2...0xDF: need = 1; value = UInt32(b0 & 0x1F)
          case 0xE0: need = 2; lower = 0xA0; value = UInt32(b0 & 0x0F)
          case 0xE1...0xEC, 0xEE...0xEF: need = 2; value = UInt32(b0 & 0x0F)
          case 0xED: need = 2; upper = 0x9F; value = UInt32(b0 & 0x0F)
          case 0xF0: need = 3; lower = 0x90; value = UInt32(b0 & 0x07)
          case 0xF1...0xF3: need = 3; value = UInt32(b0 & 0x07)
          case 0xF4: need = 3; upper = 0x8F; value = UInt32(b0 & 0x07)
          default:
            // A stray continuation byte is a code point the count of lead bytes missed.
            if b0 & 0xC0 == 0x80 {
              guard strayRoom > 0 else {
                overflow = true
                break decoding
              }
              strayRoom -= 1
            }
            bad.record(at: i)
            out.initializeElement(at: o, to: "\u{FFFD}")
            o += 1
            i += 1
            continue
          }
          var k = 1
          while k <= need, i + k < n {
            let b = p[i + k]
            guard b >= lower, b <= upper else { break }
            lower = 0x80; upper = 0xBF
            value = value << 6 | UInt32(b & 0x3F)
            k += 1
          }
          if k == need + 1 {
            out.initializeElement(at: o, to: Unicode.Scalar(value).unsafelyUnwrapped)
            multiByte += 1
          } else {
            bad.record(at: i)
            out.initializeElement(at: o, to: "\u{FFFD}")
          }
          o += 1
          i += k
        }
        written = o
      }
    }
    if overflow { return nil }
    return Decoded(
      text: DecodedText(scalars: fitted(scalars), encoding: "UTF-8", warnings: bad.warnings), replacements: bad.count, multiByte: multiByte)
  }

  /// `scalars` in storage of its own length when it was reserved for far more: a UTF-8 text of
  /// Chinese holds a third as many code points as bytes, and the text lives through the whole
  /// extraction (four bytes per code point, not four per input byte).
  static func fitted(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard scalars.capacity > scalars.count + scalars.count / 4 + 64 else { return scalars }
    // A copy into new storage (`Array(scalars)` would share the old buffer).
    return [Unicode.Scalar](unsafeUninitializedCapacity: scalars.count) { copy, written in
      written = scalars.withUnsafeBufferPointer { copy.initialize(fromContentsOf: $0) }
    }
  }

  // MARK: - UTF-16

  static func decodeUTF16(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> Decoded {
    let encoding = bigEndian ? "UTF-16BE" : "UTF-16LE"
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity((bytes.count - start) / 2)
    var bad = BadSequences(encoding: encoding)
    bytes.withUnsafeBufferPointer { p in
      let n = p.count
      @inline(__always) func unit(_ at: Int) -> UInt32 {
        bigEndian ? UInt32(p[at]) << 8 | UInt32(p[at + 1]) : UInt32(p[at + 1]) << 8 | UInt32(p[at])
      }
      var i = start
      while i + 1 < n {
        let u = unit(i)
        if u < 0xD800 || u > 0xDFFF {
          scalars.append(Unicode.Scalar(u).unsafelyUnwrapped)
          i += 2
        } else if u <= 0xDBFF, i + 3 < n, case let low = unit(i + 2), low >= 0xDC00, low <= 0xDFFF {
          scalars.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)).unsafelyUnwrapped)
          i += 4
        } else {
          bad.record(at: i); scalars.append("\u{FFFD}")
          i += 2
        }
      }
      if i < n { bad.record(at: i); scalars.append("\u{FFFD}") }
    }
    return Decoded(text: DecodedText(scalars: scalars, encoding: encoding, warnings: bad.warnings), replacements: bad.count)
  }

  // MARK: - ICU

  /// ICU's best guess at the charset and its confidence (0–100), or `nil`.
  static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
    var name = [CChar](repeating: 0, count: 64)
    var error: Int32 = 0
    let confidence = bytes.withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) { cicu_detect_charset($0.baseAddress, Int32($0.count), &name, 64, &error) }
    }
    guard error <= 0, confidence >= 0 else { return nil }
    let found = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return found.isEmpty ? nil : (found, Int(confidence))
  }

  /// Decodes with an ICU converter. U+FFFD in the output is a replacement unless the bytes
  /// at its offset are the charset's own encoding of U+FFFD.
  static func decodeWithICU(_ bytes: [UInt8], charset: String) throws(IngestError) -> Decoded {
    let capacity = bytes.count + 16
    var units = [UInt16](repeating: 0, count: capacity)
    var offsets = [Int32](repeating: 0, count: capacity)
    var error: Int32 = 0
    let written = bytes.withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) {
        cicu_to_utf16(charset, $0.baseAddress, Int32($0.count), &units, Int32(capacity), &offsets, &error)
      }
    }
    // A legacy charset never needs more UTF-16 units than bytes, so the buffer is enough.
    guard error <= 0 else { throw .undecodable(encoding: charset, byteOffset: 0) }
    let genuine = encodedReplacementCharacter(charset)
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(Int(written))
    var bad = BadSequences(encoding: charset)
    var k = 0
    let count = Int(written)
    while k < count {
      let u = UInt32(units[k])
      if u >= 0xD800, u <= 0xDBFF, k + 1 < count, units[k + 1] >= 0xDC00, units[k + 1] <= 0xDFFF {
        scalars.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (UInt32(units[k + 1]) - 0xDC00)).unsafelyUnwrapped)
        k += 2
        continue
      }
      if u == 0xFFFD {
        let at = Int(offsets[k])
        if let genuine, bytes[at...].starts(with: genuine) {} else { bad.record(at: at) }
      }
      scalars.append(Unicode.Scalar(u) ?? "\u{FFFD}")
      k += 1
    }
    return Decoded(text: DecodedText(scalars: scalars, encoding: charset, warnings: bad.warnings), replacements: bad.count)
  }

  /// The bytes of U+FFFD in `charset`, when it can encode it (GB18030 can, Big5 cannot).
  static func encodedReplacementCharacter(_ charset: String) -> [UInt8]? {
    var out = [CChar](repeating: 0, count: 16)
    var error: Int32 = 0
    let length = cicu_from_utf16(charset, [0xFFFD], 1, &out, 16, &error)
    guard error <= 0, length > 0 else { return nil }
    let encoded = out.prefix(Int(length)).map { UInt8(bitPattern: $0) }
    var back = [UInt16](repeating: 0, count: 8)
    error = 0
    let n = encoded.withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) { cicu_to_utf16(charset, $0.baseAddress, Int32($0.count), &back, 8, nil, &error) }
    }
    // A charset without U+FFFD writes its substitution byte, which does not read back as U+FFFD.
    return error <= 0 && n == 1 && back[0] == 0xFFFD && encoded.count > 1 ? encoded : nil
  }

  // MARK: - Warnings

  /// Collects replaced byte sequences, with a warning for each of the first few and, when
  /// there are more, one that counts them.
  struct BadSequences {
    let encoding: String
    var count = 0
    private var listed: [ExtractionWarning] = []

    init(encoding: String) { self.encoding = encoding }

    mutating func record(at byteOffset: Int) {
      count += 1
      if count <= ByteDecoder.maximumWarnings { listed.append(.undecodableBytes(at: byteOffset, encoding: encoding)) }
    }

    var warnings: [ExtractionWarning] {
      count > ByteDecoder.maximumWarnings ? listed + [.moreUndecodableBytes(count - ByteDecoder.maximumWarnings, of: count, encoding: encoding)] : listed
    }
  }
}

extension ExtractionWarning {
  /// Bytes that are not valid in `encoding` were replaced by U+FFFD.
  package static func undecodableBytes(at byteOffset: Int, encoding: String) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.undecodable-bytes",
      message: "invalid \(encoding) byte sequence at byte offset \(byteOffset) replaced with U+FFFD")
  }

  /// More than `ByteDecoder.maximumWarnings` sequences were replaced; the rest are counted.
  package static func moreUndecodableBytes(_ more: Int, of total: Int, encoding: String) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.undecodable-bytes-more",
      message: "\(more) more invalid \(encoding) byte sequences were replaced with U+FFFD (\(total) in all)")
  }

  /// The encoding was not certain: what was chosen, why, and how much it replaced.
  package static func encodingGuess(_ encoding: String, reason: String, detector: String, replaced: Int) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.encoding-guess",
      message:
        "the encoding is a guess: read as \(encoding) (\(reason); \(detector)); \(replaced) byte sequence\(replaced == 1 ? "" : "s") could not be decoded "
        + "and \(replaced == 1 ? "was" : "were") replaced with U+FFFD"
    )
  }

  /// NUL bytes inside otherwise clean UTF-8 text were kept as U+0000.
  package static func strayNulBytes(_ count: Int, first: Int) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.nul-bytes",
      message: "\(count) NUL byte\(count == 1 ? "" : "s") inside the text, the first at byte offset \(first); read as text, each NUL kept as U+0000")
  }
}

import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The compact forms of a long document's per-position data agree with the arrays they replace.
@Suite struct CompactTextStorageTests {
  static let samples: [String] = [
    "",
    "a",
    "公司去年营收120亿元，明年1月推出新模型。",
    "Ünïcödé, ½ and ﬁ: two-byte and three-byte forms; 𠀋𡈽 and 🎉 take four bytes.",
    String(repeating: "ab𝄞中é", count: 50),
    String(repeating: "據新華社報道，", count: 33) + "end",
  ]

  /// Every code point, every span's text and the count of an `OriginalText` are those of the
  /// array of code points it was made from, whether it keeps its own UTF-8 or shares the bytes.
  @Test(arguments: samples)
  func originalTextAgreesWithItsScalars(text: String) {
    let scalars = Array(text.unicodeScalars)
    let bytes = Array(text.utf8)
    for original in [OriginalText(scalars), OriginalText(scalars, sharing: bytes), OriginalText(scalars, sharing: bytes, knownEqual: true)] {
      #expect(original.count == scalars.count)
      #expect(original.utf8 == Array(text.utf8))
      #expect(original.scalars == scalars)
      var walked: [Unicode.Scalar] = []
      original.forEachScalar { walked.append($0) }
      #expect(walked == scalars)
      var wrong: [String] = []
      for i in scalars.indices where original[i] != scalars[i] { wrong.append("[\(i)]") }
      for start in 0...scalars.count {
        for end in start...min(scalars.count, start + 70) where original.string(start, end) != AnalysisText.string(scalars[start..<end]) {
          wrong.append("\(start)..<\(end)")
        }
      }
      #expect(wrong.prefix(5) == [])
    }
  }

  /// Bytes that are not the text's UTF-8 exactly (a byte-order mark, invalid bytes, another
  /// encoding) are never taken as its storage.
  @Test func originalTextSharesOnlyItsOwnUTF8() {
    let scalars = Array("中文 text".unicodeScalars)
    let utf8 = Array("中文 text".utf8)
    for bytes in [[0xEF, 0xBB, 0xBF] + utf8, Array(utf8.dropLast()) + [0x54], Array(utf8.reversed()), []] {
      #expect(OriginalText(scalars, sharing: bytes).utf8 == utf8)
    }
  }

  /// A document's original text, as the ingestor keeps it, is its decoded text: UTF-8 (shared),
  /// with a byte-order mark, GB18030, invalid bytes.
  @Test func ingestedOriginalIsTheDecodedText() throws {
    let ingestor = IngestFixtures.ingestor()
    let text = "据新华社报道，公司去年营收120亿元。"
    let inputs: [[UInt8]] = [
      Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8), Array(text.utf8) + [0xFF, 0x41],
    ]
    for bytes in inputs {
      let decoded = try ByteDecoder.decode(bytes)
      let analysis = try ingestor.ingest(bytes: bytes, format: .text).analysis
      #expect(analysis.original.scalars == decoded.scalars)
      #expect(analysis.original.count == decoded.scalars.count)
      // The decoder vouches for the bytes only when they are the text's UTF-8 exactly.
      #expect(decoded.bytesAreItsUTF8 == (bytes == Array(text.utf8)))
      #expect(decoded.bytesAreItsUTF8 == (analysis.original.utf8 == bytes))
    }
  }

  /// A bit set holds what an array of `Bool` holds through any sequence of inserts and removals.
  @Test func bitSetAgreesWithAnArrayOfBool() {
    for count in [0, 1, 63, 64, 65, 1000] {
      var bits = BitSet(count: count), bools = [Bool](repeating: false, count: count)
      var state: UInt64 = 0x9E37_79B9_7F4A_7C15
      for _ in 0..<(count * 3) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let i = Int(state >> 33) % count, on = state & (1 << 20) != 0
        bits[i] = on
        bools[i] = on
      }
      #expect(bits.count == count)
      #expect((0..<count).map { bits.contains($0) } == bools)
    }
  }

  /// The coverage map in bits answers `isFree` and `[i]` as the array of `Bool` did.
  @Test func coverageMapAgreesWithAnArrayOfBool() {
    let count = 300
    var map = CoverageMap(count: count), bools = [Bool](repeating: false, count: count)
    let spans = [(0, 3), (10, 74), (64, 65), (200, 300), (5, 8)]
    for (k, (start, end)) in spans.enumerated() {
      map.take(start, end)
      for i in start..<end { bools[i] = true }
      if k == 3 {
        map.release(220, 260)
        for i in 220..<260 { bools[i] = false }
      }
    }
    #expect((0..<count).map { map[$0] } == bools)
    for start in stride(from: -1, through: count, by: 7) {
      for end in [start, start + 1, start + 9, count + 1] {
        let expected = start >= 0 && end <= count && start < end && !bools[start..<end].contains(true)
        #expect(map.isFree(start, end) == expected, "\(start)..<\(end)")
      }
    }
  }
}

import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// An original text kept as an overlay on its analysis text (`OriginalOverlay`) agrees with the
/// same text kept in UTF-8 in everything it is asked: its count, every code point, every span's
/// text and UTF-8, the walk over all of it; for plain text, Markdown, HTML with references and
/// tags, NFKC expansions, Traditional characters and the corpus.
@Suite struct OriginalOverlayTests {
  static let ingestor = IngestFixtures.ingestor()

  static let samples: [(String, MarkupFormat?)] = [
    ("", nil),
    ("a", nil),
    ("公司去年营收120亿元，明年1月推出新模型。（完）", .text),
    ("\u{FEFF}公司去年营收120亿元。\u{00A0}全角，标点：；？\u{3000}end", .text),
    ("ﬁ ½ ㍿ é\u{301} 𠀋𡈽 🎉 ＡＢＣ１２３", .text),
    ("據新華社報道，公司去年營收120億元。" + String(repeating: "新闻正文，", count: 40), .text),
    ("---\ntitle: 标题\n---\n# 标题\n\n正文，2024年3月。**加粗**和[链接](http://a.b)。", .markdown),
    ("<html><head><title>新闻</title><script>var a=1;</script></head><body><p>正文&amp;营收&#x4E2D;</p><br/>第二段，结束。</body></html>", .html),
    (String(repeating: "ab𝄞中é，\r\n", count: 300), .text),
  ]

  /// Everything the overlay answers is what the UTF-8 text of the same code points answers.
  static func expectAgrees(_ text: String, _ format: MarkupFormat?) {
    let decoded = DecodedText(scalars: Array(text.unicodeScalars), encoding: "UTF-8", warnings: [])
    let analysis = ingestor.ingest(decoded: decoded, format: format).analysis
    let scalars = decoded.scalars
    let reference = OriginalText(scalars)
    guard let overlay = OriginalOverlay(original: scalars, analysis: analysis.scalars, map: analysis.offsetMap, budget: .max) else {
      Issue.record("no overlay within an unbounded budget")
      return
    }
    let original = OriginalText(scalars, over: analysis.scalars, map: analysis.offsetMap)
    #expect(overlay.count == scalars.count)
    #expect(original.count == reference.count)
    #expect(original.scalars == scalars)
    #expect(original.utf8 == reference.utf8)
    var walked: [Unicode.Scalar] = []
    original.forEachScalar { walked.append($0) }
    #expect(walked == scalars)
    var wrong: [String] = []
    for i in scalars.indices where original[i] != scalars[i] || overlay[i] != scalars[i] { wrong.append("[\(i)]") }
    for start in stride(from: 0, through: scalars.count, by: max(1, scalars.count / 300)) {
      for end in start...min(scalars.count, start + 40) {
        if original.string(start, end) != reference.string(start, end) { wrong.append("\(start)..<\(end)") }
        if original.withUTF8(start, end, { Array($0) }) != reference.withUTF8(start, end, { Array($0) }) { wrong.append("utf8 \(start)..<\(end)") }
      }
    }
    for i in stride(from: 0, through: scalars.count, by: max(1, scalars.count / 50)) where original.byteOffset(of: i) != reference.byteOffset(of: i) {
      wrong.append("byte offset \(i)")
    }
    #expect(wrong.prefix(5) == [], "\(Array(text.unicodeScalars.prefix(12)))")
  }

  @Test func samplesAgree() {
    for (text, format) in Self.samples { Self.expectAgrees(text, format) }
  }

  @Test func corpusAgrees() throws {
    for url in try PackagePaths.corpusFiles() {
      let text = try String(contentsOf: url, encoding: .utf8)
      Self.expectAgrees(text, nil)
      Self.expectAgrees(text, .html)
    }
  }

  /// A map that goes back in the original (a segment that starts before what was placed) and
  /// positions no analysis code point comes from: those are kept as literal runs.
  @Test func mapsThatSkipAndGoBackAgree() {
    let original = Array("0123456789abcdef".unicodeScalars)
    var map = OffsetMap(originalLength: original.count)
    map.appendRun(originStart: 2, length: 4)  // 2345
    map.append(originStart: 8, originEnd: 10)  // one code point from 89
    map.appendRun(originStart: 4, length: 3)  // 456 again: before what was placed
    map.appendRun(originStart: 12, length: 3)  // cde
    map.appendRun(originStart: 13, length: 3)  // def: over what was placed, then past it
    let analysis = Array("2345X456cdZdeF".unicodeScalars)
    let overlay = OriginalOverlay(original: original, analysis: analysis, map: map, budget: .max)
    #expect(overlay != nil)
    let text = OriginalText(original, over: analysis, map: map)
    #expect(text.scalars == original)
    for start in 0...original.count {
      for end in start...original.count {
        #expect(text.string(start, end) == String(String.UnicodeScalarView(original[start..<end])))
      }
    }
  }

  /// A map whose first positions come from the end of the original (a page's title read first):
  /// the rest is borrowed still, not kept as literal code points.
  @Test func aMapThatStartsAtTheEndStillBorrows() {
    let original = Array(String(repeating: "正文，内容。", count: 50).unicodeScalars) + Array("标题".unicodeScalars)
    let n = original.count
    var map = OffsetMap(originalLength: n)
    map.appendRun(originStart: n - 2, length: 2)
    map.appendRun(originStart: 0, length: n - 2)
    let analysis = Array(original[(n - 2)...]) + Array(original[..<(n - 2)])
    let overlay = OriginalOverlay(original: original, analysis: analysis, map: map, budget: .max)
    #expect(overlay.map { $0.byteCount <= 4 * 8 } == true)
    let text = OriginalText(original, over: analysis, map: map)
    #expect(text.isOverlay)
    #expect(text.scalars == original)
    #expect(text.string(n - 5, n) == "内容。标题")
  }

  /// The overlay's arrays are kept at their size: the same elements in less room.
  @Test func exactArraysKeepTheirElements() {
    var grown: [Int32] = []
    for k in 0..<1_000 { grown.append(Int32(k * 7)) }
    let exact = OriginalOverlay.exact(grown)
    #expect(exact == grown)
    #expect(exact.capacity < grown.capacity)
    #expect(OriginalOverlay.exact([Int32]()) == [])
  }

  /// A plain document in Simplified characters is kept as an overlay, in far less than its UTF-8;
  /// one whose code points the analysis mostly changed keeps its UTF-8 (the input bytes, shared).
  @Test func overlayOnlyWhenItIsSmaller() {
    let simplified = String(repeating: "公司去年营收120亿元，明年推出新模型。", count: 200)
    let plain = Self.ingestor.ingest(text: simplified, format: .text).analysis
    #expect(plain.original.isOverlay)
    let overlay = OriginalOverlay(original: Array(simplified.unicodeScalars), analysis: plain.scalars, map: plain.offsetMap, budget: .max)
    #expect((overlay?.byteCount ?? .max) * 5 < simplified.utf8.count)
    let traditional = String(repeating: "據報導，營業額與銷售額連續兩個財務年度增長。", count: 200)
    let bytes = Array(traditional.utf8)
    let converted = Self.ingestor.ingest(text: traditional, format: .text, utf8: bytes).analysis
    #expect(!converted.original.isOverlay)
    #expect(converted.original.utf8 == bytes)
  }
}

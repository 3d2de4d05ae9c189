import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// `Ingestor.ingest(text:)` keeps the `String`'s own UTF-8 as the original text (a `String` is
/// valid UTF-8 and its code points are exactly that decoding): what it gives is what the text's
/// code points ingested without any bytes give (the original encoded again from them), for
/// plain text, Markdown and HTML, a byte-order mark and four-byte code points, and the corpus.
@Suite struct IngestTextSharingTests {
  static let ingestor = IngestFixtures.ingestor()

  static func expectSame(_ text: String, _ format: MarkupFormat?) {
    let decoded = DecodedText(scalars: Array(text.unicodeScalars), encoding: "UTF-8", warnings: [])
    let reference = ingestor.ingest(decoded: decoded, format: format)
    for got in [ingestor.ingest(text: text, format: format), ingestor.ingest(text: text, format: format, utf8: Array(text.utf8))] {
      #expect(got.analysis.scalars == reference.analysis.scalars)
      #expect(got.analysis.offsetMap == reference.analysis.offsetMap)
      #expect(got.analysis.original.utf8 == reference.analysis.original.utf8)
      #expect(got.analysis.original.count == reference.analysis.original.count)
      #expect(got.analysis.original.scalars == reference.analysis.original.scalars)
      let n = got.analysis.original.count
      for i in stride(from: 0, through: n, by: max(1, n / 500)) {
        #expect(got.analysis.original.byteOffset(of: i) == reference.analysis.original.byteOffset(of: i))
      }
      #expect(got.encoding == reference.encoding && got.format == reference.format && got.title == reference.title)
      #expect(got.frontMatter == reference.frontMatter && got.script == reference.script && got.warnings == reference.warnings)
    }
  }

  /// A JSON Lines record's code points come from its UTF-8 through `ByteDecoder`'s loop: exactly
  /// `unicodeScalars`, for every length of sequence and the code points at their edges.
  @Test func codePointsOfValidUTF8AreTheStringsOwn() {
    let edges: [UInt32] = [0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x2F8E4, 0x10FFFF]
    var samples = edges.map { String(Character(Unicode.Scalar($0)!)) }
    samples += ["", "\u{FEFF}公司", "據新華社報道，𠀋𡈽 and 🎉; ﬁ ½ é\u{301}", String(repeating: "ab𝄞中é\r\n", count: 300)]
    samples.append(String(String.UnicodeScalarView(edges.map { Unicode.Scalar($0)! })))
    for text in samples {
      #expect(Ingestor.codePoints(ofValidUTF8: Array(text.utf8)) == Array(text.unicodeScalars), "\(Array(text.unicodeScalars.prefix(8)))")
    }
  }

  @Test func samples() {
    let samples = [
      "", "a", "\u{FEFF}公司去年营收120亿元。", "據新華社報道，𠀋𡈽 and 🎉 take four bytes; ﬁ and ½ fold.",
      "---\ntitle: 标题\n---\n# 标题\n\n正文，2024年3月。", "<html><head><title>新闻</title></head><body><p>正文&amp;营收</p></body></html>",
      String(repeating: "ab𝄞中é", count: 70),
    ]
    for text in samples {
      for format in [nil, MarkupFormat.text, .markdown, .html] { Self.expectSame(text, format) }
    }
  }

  @Test func corpus() throws {
    for url in try PackagePaths.corpusFiles() {
      Self.expectSame(try String(contentsOf: url, encoding: .utf8), nil)
    }
  }
}

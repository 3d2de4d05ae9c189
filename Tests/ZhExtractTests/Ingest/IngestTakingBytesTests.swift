import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// `Ingestor.ingest(taking:format:)` frees the bytes once they are decoded, so the original text
/// is never the bytes themselves: an overlay on the analysis text, or the decoded text encoded
/// again. What it gives is what `ingest(bytes:format:)` (which keeps the bytes as the original
/// when they are its UTF-8) gives, field for field, for news in Simplified characters (an
/// overlay), Traditional ones and markup (the text encoded again where the overlay would not be
/// far smaller), other encodings, a byte-order mark, bytes that are not UTF-8 and the corpus.
@Suite struct IngestTakingBytesTests {
  static let ingestor = IngestFixtures.ingestor()

  /// Whether both ingests of `bytes` agree; the original text an overlay or not as `overlay` says.
  static func expectSame(_ bytes: [UInt8], overlay: Bool? = nil, _ note: String) {
    let kept = try? ingestor.ingest(bytes: bytes, format: nil)
    let taken = try? ingestor.ingest(taking: Array(bytes), format: nil)
    guard let kept, let taken else {
      #expect(kept == nil && taken == nil, "\(note): one ingest failed, not the other")
      return
    }
    #expect(taken.analysis.scalars == kept.analysis.scalars, "\(note)")
    #expect(taken.analysis.offsetMap == kept.analysis.offsetMap, "\(note)")
    #expect(taken.analysis.original.count == kept.analysis.original.count, "\(note)")
    #expect(taken.analysis.original.utf8 == kept.analysis.original.utf8, "\(note)")
    #expect(taken.analysis.original.isOverlay == kept.analysis.original.isOverlay, "\(note)")
    if let overlay { #expect(taken.analysis.original.isOverlay == overlay, "\(note)") }
    let n = taken.analysis.original.count
    for i in stride(from: 0, through: n, by: max(1, n / 300)) {
      #expect(taken.analysis.original.byteOffset(of: i) == kept.analysis.original.byteOffset(of: i), "\(note) at \(i)")
      if i < n { #expect(taken.analysis.original[i] == kept.analysis.original[i], "\(note) at \(i)") }
    }
    #expect(taken.analysis.original.string(0, n) == kept.analysis.original.string(0, n), "\(note)")
    #expect(taken.encoding == kept.encoding && taken.format == kept.format && taken.title == kept.title, "\(note)")
    #expect(taken.frontMatter == kept.frontMatter && taken.script == kept.script && taken.warnings == kept.warnings, "\(note)")
  }

  @Test func samples() {
    let traditional = String(repeating: "據新華社報道，台積電第二季獲利創新高，鴻海擬加碼美國投資。", count: 40)
    Self.expectSame(Array(String(repeating: "公司去年营收120亿元，同比增长。", count: 40).utf8), overlay: true, "Simplified")
    Self.expectSame(Array(traditional.utf8), overlay: false, "Traditional")
    Self.expectSame([0xEF, 0xBB, 0xBF] + Array("公司去年营收120亿元。".utf8), "byte-order mark")
    Self.expectSame(Array("<html><head><title>新闻</title></head><body><p>正文&amp;营收 ﬁ ½</p></body></html>".utf8), "HTML")
    Self.expectSame(Array("---\ntitle: 标题\n---\n# 标题\n\n正文，2024年3月。".utf8), "Markdown")
    Self.expectSame(Array("ab𝄞中é\r\n".utf8) + [0xFF, 0xFE, 0x41] + Array("公司".utf8), "bad UTF-8")
    Self.expectSame([0xFF, 0xFE] + Array("公司去年营收".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16LE")
    Self.expectSame([], "empty")
    Self.expectSame([0, 1, 2, 3, 0, 0, 0, 0], "not text")
  }

  @Test func corpus() throws {
    for url in try PackagePaths.corpusFiles() {
      Self.expectSame(try [UInt8](Data(contentsOf: url)), url.lastPathComponent)
    }
  }

  /// The extractor hands its bytes over: its output is that of the same text given as a `String`
  /// (whose UTF-8 is kept as the original), and the digest and size are those of the bytes given.
  @Test func extractorOutputIsTheSame() throws {
    let extractor = try IngestFixtures.extractor
    for url in try PackagePaths.corpusFiles().prefix(3) {
      let bytes = try [UInt8](Data(contentsOf: url))
      let json = extractor.extract(bytes: bytes, id: "d").jsonText()
      #expect(json.contains("\"sha256\":\"\(ContentHash.hex(of: bytes))\""))
      #expect(json.contains("\"bytes\":\(bytes.count)"))
      // The text path keeps the `String`'s UTF-8 as the original (the bytes are not taken there).
      #expect(json == extractor.extract(text: String(decoding: bytes, as: UTF8.self), id: "d").jsonText())
    }
  }
}

import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

@Suite struct IngestorTests {
  static let ingestor = IngestFixtures.ingestor()

  static func corpus(_ name: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: PackagePaths.corpus.appendingPathComponent(name)))
  }

  /// Where `needle` first occurs in `haystack`, in code points.
  static func offset(of needle: String, in haystack: [Unicode.Scalar]) -> Int? {
    let pattern = Array(needle.unicodeScalars)
    guard pattern.count <= haystack.count else { return nil }
    for i in 0...(haystack.count - pattern.count) where haystack[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
    return nil
  }

  /// The Stream-Safe cut is said in one warning, with the place of the first joiner.
  @Test func longRunsOfCombiningMarksAreAWarning() throws {
    let text = "价格a" + String(repeating: "\u{301}\u{316}", count: 50_000) + "。营收120亿元"
    for format in [MarkupFormat.text, .html] {
      let ingested = Self.ingestor.ingest(text: text, format: format)
      let warnings = ingested.warnings.filter { $0.code == "ingest.combining-marks" }
      #expect(warnings.count == 1, "\(format)")
      #expect(warnings.first?.message.hasPrefix("code point 33:") == true, "\(warnings)")
      #expect(ingested.analysis.scalars.filter { $0 == "\u{034F}" }.count == 100_000 / 30)
    }
  }

  @Test func article004OffsetsPointIntoTheRawFile() throws {
    let bytes = try Self.corpus("004_7ebab3b86ce75cfe.txt")
    let raw = IngestFixtures.scalars(String(decoding: bytes, as: UTF8.self))
    let ingested = try Self.ingestor.ingest(bytes: bytes, format: nil)
    #expect(ingested.format == .markdown)
    #expect(ingested.title == "OpenAI的2026：要么封神 要么破产")
    #expect(ingested.frontMatter["date"] == "2026-01-04T13:38:32Z")
    #expect(ingested.script == "hans")
    let analysis = ingested.analysis
    for phrase in ["170 亿美元", "乔尼·艾维", "OpenAI 的生死赛点", "8300 亿美元"] {
      let at = try #require(Self.offset(of: phrase, in: analysis.scalars))
      let located = analysis.locate(TextSpan(at, at + phrase.unicodeScalars.count))
      #expect(located.text == phrase)
      #expect(located.start == Self.offset(of: phrase, in: raw))
    }
    // The full-width parenthesis of （Jony Ive） is ASCII in the analysis text, but maps to the raw one.
    let at = try #require(Self.offset(of: "(Jony Ive)", in: analysis.scalars))
    let located = analysis.locate(TextSpan(at, at + 10))
    #expect(located.text == "（Jony Ive）")
    #expect(located.start == Self.offset(of: "（Jony Ive）", in: raw))
    #expect(!analysis.string.contains("<p>") && !analysis.string.contains("draft:"))
  }

  @Test func everyAnalysisSpanOfTheCorpusIsWithinTheRawFile() throws {
    for url in try PackagePaths.corpusFiles() {
      let ingested = try Self.ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil)
      let map = ingested.analysis.offsetMap
      var previous = TextSpan(0, 0)
      for i in 0..<map.count {
        let span = map.originalSpan(TextSpan(i, i + 1))
        #expect(span.end <= ingested.analysis.original.count && span.start < span.end)
        #expect(span.start >= previous.start && span.end >= previous.end, "\(url.lastPathComponent): map not monotone at \(i)")
        previous = span
      }
    }
  }

  @Test func corpusScriptsAndTitles() throws {
    let expected: [String: (script: String, title: String?)] = [
      "000_29634d34a6003d8f.txt": ("hans", "巨亏120亿,阿尔特曼的“大而不能倒”还能演多久?"),
      "001_46dc9279736b5db8.txt": ("hans", "史上最难时刻:OpenAI,何以至此?"),
      "002_2b5b323d140d0904.txt": ("hans", "【智能前线】第37期:OpenAI向美国政府发出求救信号,科技博主深扒OpenAI财务黑洞"),
      "003_afcb82dd7cd22710.txt": ("hant", nil),
      "004_7ebab3b86ce75cfe.txt": ("hans", "OpenAI的2026：要么封神 要么破产"),
    ]
    for (name, want) in expected {
      let ingested = try Self.ingestor.ingest(bytes: try Self.corpus(name), format: nil)
      #expect(ingested.script == want.script, "\(name)")
      #expect(ingested.title == want.title, "\(name)")
    }
  }

  @Test func formatOverrideWins() throws {
    let text = "<p>一</p><p>二</p>"
    #expect(Self.ingestor.ingest(text: text, format: .text).analysis.string == text)
    #expect(Self.ingestor.ingest(text: text, format: nil).analysis.string == "一\n二\n")
  }

  @Test func warningsOfDecodingAndMarkupArrive() throws {
    let bytes = Array("<p>甲".utf8) + [0xFF] + Array("&#xD800;乙</p><p>丙</p>".utf8)
    let ingested = try Self.ingestor.ingest(bytes: bytes, format: nil)
    #expect(ingested.warnings.map(\.code) == ["ingest.undecodable-bytes", "ingest.invalid-character-reference"])
    #expect(ingested.analysis.string == "甲\u{FFFD}\u{FFFD}乙\n丙\n")
  }

  @Test func binaryFileBecomesAnErrorRecord() throws {
    let result = try IngestFixtures.extractor.extract(bytes: [UInt8](repeating: 0, count: 100) + [1, 2, 3], id: "blob.bin")
    guard case .failure(let failure) = result else {
      Issue.record("a binary file gave a document")
      return
    }
    #expect(failure.code == "not-text")
  }
}

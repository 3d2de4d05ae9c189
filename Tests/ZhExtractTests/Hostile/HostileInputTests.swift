import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Broken and hostile files, generated here: each yields valid JSON (the document or an error
/// record) that keeps every promise of `OutputInvariants` and validates against the schema,
/// and each oddity is said in a warning or an error a person can act on. (Linear time is
/// shown by `zhextract bench --pathological`, not by a timed test.)
@Suite struct HostileInputTests {
  static let extractor = Result { try Extractor() }
  static let validator = Result { try SchemaValidator(schemaAt: PackagePaths.schema) }

  /// What a hostile input must give.
  enum Expected: Sendable, CustomStringConvertible {
    /// A document with a warning of this code.
    case warning(String)
    /// An error record with this code.
    case error(String)
    /// A document whose visible text contains this.
    case text(String)

    var description: String {
      switch self {
      case .warning(let code): "warning \(code)"
      case .error(let code): "error \(code)"
      case .text(let text): "text \(text)"
      }
    }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () -> [UInt8]
    var format: MarkupFormat? = nil
    var expected: Expected
    var testDescription: String { "\(name) → \(expected)" }
  }

  static let paragraph = Array(IngestFixtures.simplifiedParagraph.utf8)

  static let cases: [Case] = [
    Case(name: "empty file", bytes: { [] }, expected: .warning("ingest.empty")),
    Case(name: "only white space", bytes: { Array(" \n\t\r\n\u{3000}\u{A0} \n".utf8) }, expected: .warning("ingest.no-visible-text")),
    Case(name: "a BOM and nothing else", bytes: { [0xEF, 0xBB, 0xBF] }, expected: .warning("ingest.empty")),
    Case(name: "UTF-16 BOM and nothing else", bytes: { [0xFF, 0xFE] }, expected: .warning("ingest.empty")),
    Case(name: "random binary", bytes: { randomBytes(count: 64 * 1024, seed: 7) }, expected: .error("not-text")),
    Case(name: "NUL bytes inside text", bytes: { paragraph + [0] + paragraph + [0, 0] + paragraph }, expected: .warning("ingest.nul-bytes")),
    Case(name: "UTF-8 truncated at end of file", bytes: { paragraph + [0xE4, 0xB8] }, expected: .warning("ingest.undecodable-bytes")),
    Case(
      name: "overlong UTF-8 encodings", bytes: { paragraph + [0xC0, 0xAF, 0xE0, 0x80, 0xAF, 0xF0, 0x80, 0x80, 0xAF] + paragraph },
      expected: .warning("ingest.undecodable-bytes")),
    Case(
      name: "lone surrogates in UTF-16", bytes: { [0xFF, 0xFE] + utf16LE("前文") + [0x00, 0xD8] + utf16LE("中间") + [0x00, 0xDC] + utf16LE("后文") },
      expected: .warning("ingest.undecodable-bytes")),
    Case(
      name: "100,000 nested HTML tags",
      bytes: { Array((String(repeating: "<div>", count: 100_000) + "深处的文字" + String(repeating: "</div>", count: 100_000)).utf8) }, expected: .text("深处的文字")),
    Case(
      name: "100,000 nested tags, never closed", bytes: { Array(("<html><body>" + String(repeating: "<div><span>", count: 100_000) + "深处的文字").utf8) },
      expected: .text("深处的文字")),
    Case(name: "unterminated tag", bytes: { Array("<html><body><p>正文在此<div class=\"a".utf8) }, format: .html, expected: .text("正文在此")),
    Case(name: "unterminated comment", bytes: { Array("<html><body><p>正文在此</p><!-- 从此再不结束 <p>看不见</p>".utf8) }, expected: .warning("ingest.unclosed-markup")),
    Case(name: "unterminated script", bytes: { Array("<html><body><p>正文在此</p><script>var a = '<p>';".utf8) }, expected: .warning("ingest.unclosed-markup")),
    Case(
      name: "unterminated front matter", bytes: { Array("---\ntitle: 没有结束\ndate: 2025-12-13\n正文第一行\n".utf8) }, format: .markdown,
      expected: .warning("ingest.unclosed-front-matter")),
    Case(
      name: "character references out of range", bytes: { Array("<p>&#xFFFFFFFF;&#0;&#x110000;&#xD800;&#99999999999999999999;正文</p>".utf8) }, format: .html,
      expected: .warning("ingest.invalid-character-reference")),
  ]

  @Test(arguments: cases)
  func hostileInputGivesSoundOutput(_ hostile: Case) throws {
    let extractor = try Self.extractor.get()
    let bytes = hostile.bytes()
    let result = extractor.extract(bytes: bytes, id: hostile.name, markup: hostile.format)
    try expectSound(result, bytes: bytes, format: hostile.format)
    switch (hostile.expected, result) {
    case (.error(let code), .failure(let failure)):
      #expect(failure.code == code)
      #expect(failure.message.contains(hostile.name), "the message names the document")
    case (.warning(let code), .document(let document)):
      let warning = document.warnings.first { $0.code == code }
      #expect(warning != nil, "no \(code) among \(document.warnings.map(\.code))")
      #expect(warning.map { !$0.message.isEmpty } ?? false)
    case (.text(let text), .document):
      let analysis = try extractor.analysisText(bytes: bytes, format: hostile.format)
      #expect(analysis.string.contains(text))
    default:
      Issue.record("expected \(hostile.expected), got \(result.jsonText().prefix(300))")
    }
  }

  @Test func warningsNameThePlace() throws {
    let extractor = try Self.extractor.get()
    let truncated = Self.paragraph + [0xE4, 0xB8]
    guard case .document(let document) = extractor.extract(bytes: truncated, id: "t") else { Issue.record("no document"); return }
    #expect(
      document.warnings.filter { $0.code.hasPrefix("ingest.") }.map(\.message) == [
        "invalid UTF-8 byte sequence at byte offset \(Self.paragraph.count) replaced with U+FFFD"
      ])

    let nul = Self.paragraph + [0] + Self.paragraph
    guard case .document(let withNul) = extractor.extract(bytes: nul, id: "n") else { Issue.record("no document"); return }
    #expect(
      withNul.warnings.filter { $0.code.hasPrefix("ingest.") }.map(\.message) == [
        "1 NUL byte inside the text, the first at byte offset \(Self.paragraph.count); read as text, each NUL kept as U+0000"
      ])
  }

  @Test func thousandsOfBadReferencesGiveABoundedListOfWarnings() throws {
    let html = "<p>" + String(repeating: "&#0;", count: 10_000) + "</p>"
    guard case .document(let document) = try Self.extractor.get().extract(bytes: Array(html.utf8), id: "r") else { Issue.record("no document"); return }
    #expect(document.warnings.count == ByteDecoder.maximumWarnings + 1)
    #expect(
      document.warnings.last?.message
        == "\(10_000 - ByteDecoder.maximumWarnings) more character references name no Unicode character; each replaced with U+FFFD")
  }

  /// Every pathological input of `zhextract bench --pathological`, at 200 KB, whole pipeline.
  @Test(arguments: PathologicalInput.allCases)
  func pathologicalInputGivesSoundOutput(_ input: PathologicalInput) throws {
    let bytes = input.bytes(approximately: 200_000)
    let result = try Self.extractor.get().extract(bytes: bytes, id: input.rawValue, markup: input.format)
    try expectSound(result, bytes: bytes, format: input.format)
    guard case .document = result else { Issue.record("\(input): \(result.jsonText().prefix(200))"); return }
  }

  /// The corpus articles with every line break made a space, repeated to 20 MB: one line.
  @Test func twentyMegabytesOnOneLine() throws {
    var line: [UInt8] = []
    for file in try PackagePaths.corpusFiles() {
      line += try [UInt8](Data(contentsOf: file)).map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 } + [0x20]
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20_000_000 + line.count)
    while bytes.count < 20_000_000 { bytes += line }
    let extractor = try Self.extractor.get()
    let result = extractor.extract(bytes: bytes, id: "one-line", format: .text)
    guard case .document(let document) = result else { Issue.record("no document"); return }
    #expect(document.source.bytes == bytes.count)
    #expect(!document.money.isEmpty && !document.dates.isEmpty && !document.entities.isEmpty)
    let original = try extractor.analysisText(bytes: bytes, format: .text).original.scalars
    #expect(OutputInvariants.violations(result, original: original) == [])
  }

  @Test func lexiconWithBrokenLinesIsRefusedWithEveryLine() throws {
    let table = "# File: t2s-phrases.tsv\n# Format: traditional<TAB>simplified\n# Used by: test\n乾隆\t乾隆\n只有一列\n\t空的\n"
    try withLexiconDirectory(["t2s-phrases.tsv": Array(table.utf8)]) { directory in
      do {
        _ = try Extractor(options: ExtractorOptions(lexiconDirectory: directory))
        Issue.record("a lexicon with broken lines was accepted")
      } catch let error as LexiconLoadError {
        let messages = error.problems.map(\.description)
        #expect(messages.contains { $0.contains("t2s-phrases.tsv:5") && $0.contains("expected 2") }, "\(messages)")
        #expect(messages.contains { $0.contains("t2s-phrases.tsv:6") && $0.contains("column 1 is empty") }, "\(messages)")
      }
      let linted = LexiconLinter.lint(overlay: directory).map(\.description)
      #expect(linted.contains { $0.contains("t2s-phrases.tsv:5") }, "\(linted)")
      #expect(linted.contains { $0.contains("t2s-phrases.tsv:6") }, "\(linted)")
    }
    try withLexiconDirectory(["binary.tsv": [0xFF, 0xFE, 0x00, 0x01]]) { directory in
      let linted = LexiconLinter.lint(overlay: directory).map(\.description)
      #expect(linted.contains { $0.contains("binary.tsv") && $0.contains("not valid UTF-8") }, "\(linted)")
    }
  }

  func withLexiconDirectory(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhextract-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
    try body(directory)
  }

  // MARK: - Helpers

  func expectSound(_ result: DocumentResult, bytes: [UInt8], format: MarkupFormat?, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let extractor = try Self.extractor.get()
    let original = try? extractor.analysisText(bytes: bytes, format: format).original.scalars
    #expect(OutputInvariants.violations(result, original: original) == [], sourceLocation: sourceLocation)
    #expect(try Self.validator.get().validate(try JSONParser.parse(result.jsonText())) == [], sourceLocation: sourceLocation)
  }

  static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

  /// Deterministic bytes (a 64-bit linear congruential generator): the same file every run.
  static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
  }
}

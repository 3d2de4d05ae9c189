import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport

/// The output on `Corpus/` (the bytes the writer emits, parsed) validates against `Schemas/zhextract-1.schema.json`, and the
/// validator itself rejects what the schema forbids.
@Suite struct SchemaConformanceTests {
  static let extractor = Result { try Extractor() }
  static let validator = Result { try SchemaValidator(schemaAt: PackagePaths.schema) }

  @Test(arguments: try PackagePaths.corpusFiles().map(\.lastPathComponent))
  func corpusOutputValidates(name: String) throws {
    let bytes = try [UInt8](Data(contentsOf: PackagePaths.corpus.appendingPathComponent(name)))
    let result = try Self.extractor.get().extract(bytes: bytes, id: name, path: "Corpus/\(name)")
    #expect(try Self.validator.get().validate(JSONParser.parse(result.jsonBytes())) == [])
  }

  @Test func errorRecordValidates() throws {
    let failure = DocumentFailure(id: "x.bin", code: "not-text", message: "x.bin: not a text document: 40% NUL bytes")
    #expect(try Self.validator.get().validate(JSONParser.parse(DocumentResult.failure(failure).jsonBytes())) == [])
  }

  @Test func validatorRejectsAWrongMention() throws {
    let extractor = try Self.extractor.get()
    guard case .document(var doc) = extractor.extract(text: "一段文字", id: "t") else { Issue.record("expected a document"); return }
    let span = LocatedSpan(start: 0, end: 2, text: "一段", normalized: "一段")
    var wrong = MoneyMention(Finding(span: span, value: MoneyValue(amount: 5, currency: "usd", rule: .numberCurrency)))
    wrong.qualifier = "roughly"
    wrong.rule = "Money Rule"
    doc.money = [wrong]
    doc.meta.script = "latin"
    let problems = try Self.validator.get().validate(JSONParser.parse(DocumentResult.document(doc).jsonBytes()))
    #expect(problems.contains { $0.contains("/money/0/currency") && $0.contains("does not match") })
    #expect(problems.contains { $0.contains("/money/0/qualifier") })
    #expect(problems.contains { $0.contains("/money/0/rule") })
    #expect(problems.contains { $0.contains("/meta/script") })
  }
}

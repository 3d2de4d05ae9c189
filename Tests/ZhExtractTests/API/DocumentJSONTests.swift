import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// The contract writer (`DocumentResult.jsonBytes`, straight from the mentions into bytes)
/// gives byte for byte what the plain tree statement of the contract gives
/// (`referenceJSON` + `JSONWriter`), compact and indented — here on hostile inputs, where
/// strings hold controls, broken text and line separators; the golden tests do the same
/// on the corpus.
@Suite struct DocumentJSONTests {
  static let extractor = Result { try Extractor() }

  static func expectAgreement(_ result: DocumentResult, _ name: String) {
    for pretty in [false, true] {
      let direct = result.jsonBytes(pretty: pretty)
      let reference = JSONWriter(pretty: pretty).bytes(result.referenceJSON)
      let firstDifference =
        zip(direct, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(direct.count, reference.count)
      #expect(direct == reference, "\(name), pretty \(pretty): first difference at byte \(firstDifference)")
      #expect(result.jsonText(pretty: pretty) == String(decoding: reference, as: UTF8.self))
    }
  }

  /// A long document's JSON written in pieces (`writeJSON`) is the same bytes as written
  /// whole, whatever the piece size; each piece is handed over once it fills.
  @Test(arguments: [false, true])
  func piecesMakeUpTheWholeJSON(pretty: Bool) throws {
    let article = try String(contentsOf: PackagePaths.corpusFiles()[0], encoding: .utf8)
    let result = try Self.extractor.get().extract(text: String(repeating: article + "\n\n", count: 3), id: "long", published: "2025-12-13")
    let whole = result.jsonBytes(pretty: pretty)
    for pieceSize in [1, 64, 1000, 1 << 16, 1 << 24] {
      var pieces: [[UInt8]] = []
      result.writeJSON(pretty: pretty, pieceSize: pieceSize) { pieces.append(Array($0)) }
      #expect(pieces.joined().elementsEqual(whole), "piece size \(pieceSize)")
      #expect(!pieces.contains { $0.isEmpty })
      if pieceSize >= 1 << 24 { #expect(pieces.count == 1) }
      if pieceSize == 1000 {
        #expect(pieces.count >= whole.count / 2000, "\(pieces.count) pieces of \(whole.count) bytes")
        // A piece ends at the first mention boundary past the size: at most one mention more.
        #expect(pieces.dropLast().allSatisfy { $0.count >= 1000 && $0.count < 1000 + 4096 })
      }
    }
  }

  @Test(arguments: HostileInputTests.cases)
  func hostileFilesAgree(_ hostile: HostileInputTests.Case) throws {
    let result = try Self.extractor.get().extract(bytes: hostile.bytes(), id: hostile.name, path: "hostile/\(hostile.name)", markup: hostile.format)
    Self.expectAgreement(result, hostile.name)
  }

  @Test(arguments: PathologicalInput.allCases)
  func pathologicalInputsAgree(_ input: PathologicalInput) throws {
    let result = try Self.extractor.get().extract(bytes: input.bytes(approximately: 20_000), id: input.rawValue, markup: input.format)
    Self.expectAgreement(result, input.rawValue)
  }

  @Test func textWithEveryKindOfMentionAndOddCharactersAgrees() throws {
    let text = "“公司”去年营收120亿元\u{2028}，约3.5亿美元；\t首席执行官山姆·奥尔特曼(Sam Altman)\u{1}称，明年1月将推出\\新一代模型\"。"
    let result = try Self.extractor.get().extract(text: text, id: "id \"with\" quotes\n", published: "2025-12-13")
    guard case .document(let doc) = result else { Issue.record("expected a document"); return }
    #expect(!doc.money.isEmpty && !doc.dates.isEmpty && !doc.entities.isEmpty)
    Self.expectAgreement(result, "mixed")
  }

  @Test func errorRecordsAgree() {
    let failure = DocumentFailure(id: "x\u{2029}.bin", code: "not-text", message: "x.bin: \"not\" a text document\n")
    Self.expectAgreement(.failure(failure), "failure")
  }
}

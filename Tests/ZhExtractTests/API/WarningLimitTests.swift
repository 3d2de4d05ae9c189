import Testing
import ZhExtract

@Suite struct WarningLimitTests {
  @Test func eachCodeKeepsItsFirstWarningsThenACount() {
    let warnings = (0..<5).map { ExtractionWarning(code: "a", message: "a\($0)") } + [ExtractionWarning(code: "b", message: "b0")]
    let limited = ExtractionWarning.limited(warnings, perCode: 2)
    #expect(limited.map(\.message) == ["a0", "a1", "3 more warnings like the one above (a) are not listed", "b0"])
    #expect(ExtractionWarning.limited(warnings, perCode: 5) == warnings)
  }

  @Test func aDocumentOfImpossibleDatesGetsABoundedList() throws {
    let text = String(repeating: "2025年2月30日，", count: 1000)
    guard case .document(let document) = try Extractor().extract(text: text, id: "d", published: "2025-12-13") else {
      Issue.record("no document"); return
    }
    #expect(document.dates.isEmpty)
    #expect(document.warnings.count == Extractor.warningsPerCode + 1)
    #expect(document.warnings.last?.message == "\(1000 - Extractor.warningsPerCode) more warnings like the one above (dates.impossible) are not listed")
  }
}

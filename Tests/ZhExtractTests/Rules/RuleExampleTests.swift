import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Every rule's examples (`StageRule.examples`, listed in `RuleCatalog`) run through the
/// whole pipeline: a positive example yields its marked mention, from that rule, with the
/// stated value; a negative one yields nothing from that rule. Every rule has at least one
/// positive example, and every rule id in the golden files is a known rule.
@Suite struct RuleExampleTests {
  static let extractor = Result { try Extractor() }

  struct Case: CustomStringConvertible, Sendable {
    var stage: String
    var rule: String
    var example: RuleExample
    var description: String { "\(rule): \(example)" }
  }

  static let cases: [Case] = RuleCatalog.stages.flatMap { stage in
    stage.rules.flatMap { rule in rule.examples.map { Case(stage: stage.stage, rule: rule.id, example: $0) } }
  }

  /// The mentions of one stage as (span, rule, summary).
  static func mentions(_ doc: ExtractedDocument, stage: String) -> [(span: [Int], rule: String, summary: String)] {
    switch stage {
    case "money": doc.money.map { ([$0.start, $0.end], $0.rule, $0.summary) }
    case "dates": doc.dates.map { ([$0.start, $0.end], $0.rule, $0.value) }
    case "entities": doc.entities.map { ([$0.start, $0.end], $0.rule, $0.summary) }
    default: []
    }
  }

  @Test(arguments: cases)
  func exampleHolds(_ c: Case) throws {
    let marked = MarkedText(c.example.text)
    let result = try Self.extractor.get().extract(text: marked.text, id: "example", published: c.example.published)
    guard case .document(let doc) = result else { Issue.record("no document"); return }
    let found = Self.mentions(doc, stage: c.stage)
    if let expected = c.example.expected {
      let span = marked.span(0)
      let match = found.first { $0.span == span }
      #expect(match?.rule == c.rule, "found \(found.map { "\($0.span) \($0.rule) \($0.summary)" })")
      #expect(match?.summary == expected, "found \(found.map { "\($0.span) \($0.rule) \($0.summary)" })")
    } else {
      #expect(!found.contains { $0.rule == c.rule }, "found \(found.map { "\($0.span) \($0.rule) \($0.summary)" })")
    }
  }

  @Test func everyRuleHasAPositiveExample() {
    let missing = RuleCatalog.stages.flatMap(\.rules).filter { !$0.examples.contains { !$0.isNegative } }.map(\.id)
    #expect(missing == [])
  }

  @Test func everyRuleInTheGoldenFilesIsKnown() throws {
    let stages = Set(RuleCatalog.stages.map(\.stage))
    var unknown: Set<String> = []
    for file in try FileManager.default.contentsOfDirectory(at: PackagePaths.golden, includingPropertiesForKeys: nil)
    where file.pathExtension == "json" {
      let json = try JSONParser.parse(String(decoding: try Data(contentsOf: file), as: UTF8.self))
      for stage in stages {
        for mention in json[stage]?.arrayValue ?? [] {
          if let rule = mention["rule"]?.stringValue, !RuleCatalog.allIDs.contains(rule) { unknown.insert(rule) }
        }
      }
    }
    #expect(unknown.sorted() == [])
  }
}

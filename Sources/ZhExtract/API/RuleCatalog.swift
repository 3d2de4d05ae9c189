/// Every rule id the extractors can emit, stage by stage, with the examples that document
/// each (`StageRule`). A new stage rule enum is added here.
package enum RuleCatalog {
  package struct Entry: Sendable {
    package var id: String
    package var examples: [RuleExample]
  }

  package static let stages: [(stage: String, rules: [Entry])] = [
    ("money", entries(MoneyRule.self)),
    ("entities", entries(EntityRule.self)),
    ("dates", entries(DateRule.self)),
  ]

  package static var allIDs: Set<String> { Set(stages.flatMap { $0.rules.map(\.id) }) }

  private static func entries<Rule: StageRule>(_: Rule.Type) -> [Entry] {
    Rule.allCases.map { Entry(id: $0.rawValue, examples: $0.examples) }
  }
}

extension MoneyMention {
  /// How rule examples write a money value: `amount currency` or `min..max currency`, then
  /// `per=…`, the qualifier and `implicit` when present (`-` for no currency).
  package var summary: String {
    var parts = [amount.map { "\($0)" } ?? "\(min.map { "\($0)" } ?? "")..\(max.map { "\($0)" } ?? "")", currency ?? "-"]
    if let per { parts.append("per=\(per)") }
    if let qualifier { parts.append(qualifier) }
    if implicit { parts.append("implicit") }
    return parts.joined(separator: " ")
  }
}

extension EntityMention {
  /// How rule examples write an entity: `type id`.
  package var summary: String { "\(type) \(id)" }
}

/// The rule ids of one stage: one enum per stage whose raw values are the stable, kebab-case
/// ids the JSON `rule` field carries (`money.range`, `dates.year-month-day`), each with the
/// examples that document it. A test runs every example through the whole pipeline and
/// checks that every rule id in the golden files is one of these.
package protocol StageRule: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
  /// What the rule reads, for a person: the examples show it.
  var examples: [RuleExample] { get }
}

/// One example of a rule, as documentation and as a test: a sentence with the mention the
/// rule must produce marked ⟦…⟧ and its expected value, or a sentence (no marks) in which the
/// rule must produce nothing.
package struct RuleExample: Sendable, CustomStringConvertible {
  /// The sentence; a positive example marks the mention's span with ⟦ and ⟧.
  package var text: String
  /// The value the mention must have, written as the stage summarises a mention (money:
  /// `12000000000 CNY`, `2000000000..3000000000 CNY approx`; dates: the ISO value).
  /// `nil` for a negative example.
  package var expected: String?
  /// The publication date the sentence is read against, when it matters.
  package var published: String?

  /// A sentence in which the rule finds the marked mention with the value `expected`.
  package static func finds(_ text: String, _ expected: String, published: String? = nil) -> RuleExample {
    RuleExample(text: text, expected: expected, published: published)
  }

  /// A sentence in which the rule finds nothing.
  package static func ignores(_ text: String, published: String? = nil) -> RuleExample {
    RuleExample(text: text, expected: nil, published: published)
  }

  package var isNegative: Bool { expected == nil }
  package var description: String { text + (published.map { " @\($0)" } ?? "") }
}

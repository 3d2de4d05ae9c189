/// A date as resolved against its anchor, with the rule that read it. Becomes a
/// `DateMention` in the output.
package struct DateValue: Hashable, Sendable {
  /// ISO 8601 as far as the text determines it (`2025-12-13`, `2025-Q4`, `XXXX-01-27`,
  /// `2024-Q1/2025-Q4`).
  package var value: String
  package var grain: DateGrain
  /// `true` when the value needed an anchor.
  package var relative: Bool
  /// The date it was resolved against, or `nil`.
  package var anchor: String?
  /// A fiscal period (`2025财年`, `FY2026`).
  package var fiscal: Bool
  /// The rule that read it (its raw value is the id: `dates.year-month-day`, …).
  package var rule: DateRule

  package init(value: String, grain: DateGrain, relative: Bool, anchor: String?, fiscal: Bool, rule: DateRule) {
    self.value = value; self.grain = grain; self.relative = relative; self.anchor = anchor
    self.fiscal = fiscal; self.rule = rule
  }
}

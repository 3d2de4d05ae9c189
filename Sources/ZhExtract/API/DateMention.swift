/// One date as the output reports it (SPEC `dates`).
public struct DateMention: Hashable, Sendable {
  public var text: String
  public var start: Int
  public var end: Int
  public var normalized: String?
  /// The text around it, when asked for (`ExtractorOptions.contextLength`).
  public var context: MentionContext?
  /// ISO 8601 as far as the text determines it (`2025-12-13`, `2025-Q4`, `XXXX-01-27`,
  /// `2024-Q1/2025-Q4`).
  public var value: String
  /// `minute`, `hour`, `day`, `week`, `month`, `quarter`, `half`, `year`.
  public var grain: String
  /// `true` when the value needed an anchor.
  public var relative: Bool
  /// The date it was resolved against, or `nil`.
  public var anchor: String?
  /// `true` for fiscal periods (`2025财年`, `FY2026`): the value counts in the company's
  /// fiscal calendar, not the civil one.
  public var fiscal: Bool
  /// The id of the rule that produced it (`dates.year-month-day`, …).
  public var rule: String

  package init(_ finding: Finding<DateValue>) {
    let span = finding.span, value = finding.value
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    self.value = value.value; grain = value.grain.rawValue; relative = value.relative; anchor = value.anchor
    fiscal = value.fiscal; rule = value.rule.rawValue
  }
}

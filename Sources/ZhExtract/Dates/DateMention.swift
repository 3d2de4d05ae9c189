/// One date as the output reports it (SPEC `dates`).
public struct DateMention: Hashable, Sendable, Codable {
  public var text: String
  public var start: Int
  public var end: Int
  public var normalized: String?
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
  public var rule: String

  public init(span: LocatedSpan, value: String, grain: String, relative: Bool, anchor: String?, fiscal: Bool = false, rule: String) {
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    self.value = value; self.grain = grain; self.relative = relative; self.anchor = anchor; self.fiscal = fiscal; self.rule = rule
  }

  public var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("value", .string(value)), ("grain", .string(grain)), ("relative", .bool(relative)),
      ("anchor", JSONValue(anchor)), ("fiscal", .bool(fiscal)), ("rule", .string(rule)),
    ])
  }
}

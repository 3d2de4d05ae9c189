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
  public var rule: String

  public init(span: LocatedSpan, value: String, grain: String, relative: Bool, anchor: String?, rule: String) {
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    self.value = value; self.grain = grain; self.relative = relative; self.anchor = anchor; self.rule = rule
  }

  public var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("value", .string(value)), ("grain", .string(grain)), ("relative", .bool(relative)),
      ("anchor", JSONValue(anchor)), ("rule", .string(rule)),
    ])
  }
}

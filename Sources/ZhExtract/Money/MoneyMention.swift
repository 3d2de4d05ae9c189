import Foundation

/// One monetary figure as the output reports it (SPEC `money`).
public struct MoneyMention: Hashable, Sendable, Codable {
  public var text: String
  public var start: Int
  public var end: Int
  public var normalized: String?
  /// Exact value in units of `currency`; `nil` for ranges and vague amounts.
  public var amount: Decimal?
  public var min: Decimal?
  public var max: Decimal?
  /// ISO 4217 code, `nil` when the text names no currency.
  public var currency: String?
  /// `month`, `year`, `share`, `ton`, … for rates and unit prices.
  public var per: String?
  /// `approx`, `over`, `under`, `up_to`, `at_least`.
  public var qualifier: String?
  /// `true` when only the context (亏损, 营收, 估值 …) makes the number money.
  public var implicit: Bool
  /// The id of the rule that produced it (`money.number-unit-currency`, …).
  public var rule: String

  public init(
    span: LocatedSpan, amount: Decimal?, min: Decimal? = nil, max: Decimal? = nil, currency: String?,
    per: String? = nil, qualifier: String? = nil, implicit: Bool = false, rule: String
  ) {
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    self.amount = amount; self.min = min; self.max = max; self.currency = currency
    self.per = per; self.qualifier = qualifier; self.implicit = implicit; self.rule = rule
  }

  public var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("amount", JSONValue(amount)), ("min", JSONValue(min)), ("max", JSONValue(max)),
      ("currency", JSONValue(currency)), ("per", JSONValue(per)), ("qualifier", JSONValue(qualifier)),
      ("implicit", .bool(implicit)), ("rule", .string(rule)),
    ])
  }
}

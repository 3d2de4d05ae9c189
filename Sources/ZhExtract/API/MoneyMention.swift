import Foundation

/// One monetary figure as the output reports it (SPEC `money`).
public struct MoneyMention: Hashable, Sendable {
  public var text: String
  public var start: Int
  public var end: Int
  public var normalized: String?
  /// The text around it, when asked for (`ExtractorOptions.contextLength`).
  public var context: MentionContext?
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
  /// The id of the rule that produced it (`money.number-currency`, …).
  public var rule: String

  package init(_ finding: Finding<MoneyValue>) {
    let span = finding.span, value = finding.value
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    amount = value.amount; min = value.min; max = value.max; currency = value.currency
    per = value.per; qualifier = value.qualifier; implicit = value.implicit; rule = value.rule.rawValue
  }
}

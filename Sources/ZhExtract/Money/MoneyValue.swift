import Foundation

/// A monetary figure as resolved: exact value (or bounds), currency, rate, qualifier, and
/// the rule that read it. Becomes a `MoneyMention` in the output.
package struct MoneyValue: Hashable, Sendable {
  /// Exact value in units of `currency`; `nil` for ranges and vague amounts.
  package var amount: Decimal?
  package var min: Decimal?
  package var max: Decimal?
  /// ISO 4217 code, `nil` when the text names no currency.
  package var currency: String?
  /// `month`, `year`, `share`, `ton`, … for rates and unit prices.
  package var per: String?
  /// `approx`, `over`, `under`, `up_to`, `at_least`.
  package var qualifier: String?
  /// `true` when only the context (亏损, 营收, 估值 …) makes the number money.
  package var implicit: Bool
  package var rule: MoneyRule

  package init(
    amount: Decimal?, min: Decimal? = nil, max: Decimal? = nil, currency: String?, per: String? = nil,
    qualifier: String? = nil, implicit: Bool = false, rule: MoneyRule
  ) {
    self.amount = amount; self.min = min; self.max = max; self.currency = currency
    self.per = per; self.qualifier = qualifier; self.implicit = implicit; self.rule = rule
  }
}

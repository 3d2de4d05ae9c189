/// The rule ids a money mention reports in `rule`: which reading produced it.
package enum MoneyRule: String, Sendable, CaseIterable {
  /// A number (with multipliers) and a currency: `1.4万亿美元`, `$20`, `USD 5`.
  case numberCurrency = "money.number-currency"
  /// Two figures sharing a currency: `37亿~40亿美元`, `20至30亿美元`.
  case range = "money.range"
  /// A vague amount: `数千亿美元`, `十几亿元`, `上百亿`.
  case vague = "money.vague"
  /// Financial capital numerals (大写): `壹仟贰佰叁拾肆元伍角陆分`.
  case capitalNumerals = "money.capital-numerals"
  /// Yuan with 角/毛/分 or 块 with a trailing digit: `5元6角`, `3块5`.
  case subunits = "money.subunits"
  /// A bare amount that context makes money: `巨亏120亿`.
  case implicit = "money.implicit"
  /// English amounts inside Chinese text: `$500 billion`, `20 million dollars`.
  case english = "money.english"
}

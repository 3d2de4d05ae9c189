import Foundation

/// Why an expression has no value.
enum MoneyResolutionFailure: Error, Hashable, Sendable {
  /// A range whose second figure is not above the first (20亿至5亿): no range.
  case boundsNotIncreasing
  /// A range whose second figure names another currency (37亿美元至40亿日元).
  case currenciesDiffer
}

/// Turns a `MoneyExpression` into a value, without looking at the text: the currency (what a
/// bare 元 means in this document, a name that decides, `¥` in a Japanese context), the
/// scale of the unit (美分 is 0.01 USD), sub-units, the multiplier a range's first figure
/// shares with the second (20至30亿美元), the qualifier that 多/余 give, and the rule.
enum MoneyResolver {
  /// Currencies whose unit is also written 元: their name before a figure decides over a
  /// following 元 (新台币7,596亿元, 港币3.2亿元), and a bare 元 after the second figure of their
  /// range is theirs (港币680元至1280元).
  static let yuanCurrencies: Set<String> = ["CNY", "TWD", "HKD", "MOP"]

  /// - Parameter documentYuan: what a bare 元 means in the expression's document (CNY, TWD,
  ///   HKD); asked only when the expression has one.
  static func resolve(_ e: MoneyExpression, documentYuan: () -> String) -> Result<MoneyValue, MoneyResolutionFailure> {
    let code = e.implicit ? nil : currency(e.currency, documentYuan: documentYuan)
    var value = MoneyValue(amount: nil, currency: code, per: e.per, qualifier: e.qualifier, implicit: e.implicit, rule: .numberCurrency)
    switch e.shape {
    case .single(let a):
      let scale = e.currency.firstScale
      if a.kind == .vague {
        value.min = a.min.map { $0 * scale }
        value.max = a.max.map { $0 * scale }
      } else {
        value.amount = a.value.map { $0 * scale + subunitTotal(e.subunits) }
      }
      value.rule = rule(of: a, e)
      if value.qualifier == nil && a.over { value.qualifier = "over" }
    case .range(let a, let b):
      if let second = e.currency.second, let code, !sameCurrency(second, as: code) { return .failure(.currenciesDiffer) }
      guard let low = a.value, let high = b.value else { return .failure(.boundsNotIncreasing) }
      let min = shared(low, first: a, second: b, e) * e.currency.firstScale + subunitTotal(e.subunits)
      let max = high * e.currency.secondScale
      guard min < max else { return .failure(.boundsNotIncreasing) }
      value.min = min
      value.max = max
      value.rule = e.implicit ? .implicit : .range
      if value.qualifier == nil && (a.over || b.over) { value.qualifier = "over" }
    case .borrowing(let a, let b):
      value.amount = a.value.map { shared($0, first: a, second: b, e) * e.currency.secondScale }
      value.rule = e.implicit ? .implicit : .numberCurrency
      if value.qualifier == nil && a.over { value.qualifier = "over" }
    }
    return .success(value)
  }

  /// The ISO code the words give: a name after 元 decides; a prefix kept beside a unit
  /// agrees with it or decides over a generic 元; a prefix alone may be read by its context
  /// (`¥` → JPY); a bare 元 is the document's.
  static func currency(_ words: CurrencyWords, documentYuan: () -> String) -> String? {
    if let name = words.trailingName { return name.form.code }
    if let prefix = words.prefix {
      return words.unit == nil ? prefix.contextCode ?? prefix.form.code : prefix.form.code
    }
    guard let unit = words.unit ?? words.second else { return nil }
    return unit.bareYuan ? documentYuan() : unit.form.code
  }

  /// Whether the unit after a range's second figure is the currency `code` the first resolved
  /// to (a bare 元 is any currency written 元).
  static func sameCurrency(_ word: CurrencyWord, as code: String) -> Bool {
    word.form.code == code || (word.bareYuan && yuanCurrencies.contains(code))
  }

  /// The first figure of a range or change, with the second's 万/亿 when it has none of its
  /// own and no currency word of its own (20至30亿美元 is 20亿 to 30亿).
  static func shared(_ low: Decimal, first a: ScannedNumber, second b: ScannedNumber, _ e: MoneyExpression) -> Decimal {
    let ownUnit = e.currency.unit != nil || e.currency.prefix != nil
    guard !ownUnit, !a.hasLargeUnit, b.hasLargeUnit, !a.english else { return low }
    return ExactDecimalBuilder.shift(low, by: b.multiplierExponent)
  }

  static func subunitTotal(_ subunits: [Subunit]) -> Decimal {
    subunits.reduce(Decimal(0)) { $0 + $1.count * $1.scale }
  }

  /// The rule of a single figure: how it was written.
  static func rule(of a: ScannedNumber, _ e: MoneyExpression) -> MoneyRule {
    if e.implicit { return .implicit }
    var rule = MoneyRule.numberCurrency
    if a.kind == .vague { rule = .vague }
    if a.kind == .capital { rule = .capitalNumerals }
    if a.english || e.currency.unit?.english == true { rule = .english }
    if !e.subunits.isEmpty && rule == .numberCurrency { rule = .subunits }
    return rule
  }
}

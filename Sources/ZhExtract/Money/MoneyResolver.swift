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
        value.min = a.min.map { scaled($0, scale) }
        value.max = a.max.map { scaled($0, scale) }
      } else {
        value.amount = a.value.map { scaled($0, scale, e.subunits) }
      }
      value.rule = rule(of: a, e)
      if value.qualifier == nil && a.over { value.qualifier = "over" }
    case .range(let a, let b):
      if let second = e.currency.second, let code, !sameCurrency(second, as: code, documentYuan: documentYuan) { return .failure(.currenciesDiffer) }
      guard let low = a.value, let high = b.value else { return .failure(.boundsNotIncreasing) }
      let max = scaled(high, e.currency.secondScale, e.secondSubunits)
      // 20至30亿美元: the first figure shares the second's 万/亿 when that keeps the bounds
      // rising; 从9000到4万港元 keeps its own.
      let sharedLow = shared(low, first: a, second: b, e)
      var min = scaled(sharedLow, e.currency.firstScale, e.subunits)
      if min >= max, sharedLow != low { min = scaled(low, e.currency.firstScale, e.subunits) }
      guard min < max else { return .failure(.boundsNotIncreasing) }
      value.min = min
      value.max = max
      value.rule = e.implicit ? .implicit : .range
      if value.qualifier == nil && (a.over || b.over) { value.qualifier = "over" }
    case .borrowing(let a, let b):
      // 从10亿增长到130亿美元: 10亿; 从9000增至4万港元: 9000 — whichever reading is nearer the
      // second figure.
      value.amount = a.value.map { low in
        let sharedLow = shared(low, first: a, second: b, e)
        guard sharedLow != low, let high = b.value, high > 0, low > 0 else { return scaled(sharedLow, e.currency.secondScale) }
        return scaled(ratio(sharedLow, high) <= ratio(low, high) ? sharedLow : low, e.currency.secondScale)
      }
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
    return code(of: unit, documentYuan: documentYuan)
  }

  /// What one currency word after a figure names: its context's currency, the document's
  /// yuan for a bare 元, else its own.
  static func code(of unit: CurrencyWord, documentYuan: () -> String) -> String {
    unit.contextCode ?? (unit.bareYuan ? documentYuan() : unit.form.code)
  }

  /// Whether the unit after a range's second figure is the currency `code` the first resolved
  /// to (a bare 元 is any currency written 元).
  static func sameCurrency(_ word: CurrencyWord, as code: String, documentYuan: () -> String) -> Bool {
    word.form.code == code || (word.bareYuan && yuanCurrencies.contains(code)) || (word.contextCode ?? word.form.code) == code
  }

  /// The first figure of a range or change with the second's multiplier, when the first has
  /// no unit after it (a sign before it stands for both: $3-4 billion): all of it when the
  /// first has none (20至30亿美元, 三到四仟澳元, 五~8百日元, 10~15k元), its 万/亿 when the first
  /// has only 十/百/千 (3千至5千万元). Whether that reading holds is the caller's to check.
  static func shared(_ low: Decimal, first a: ScannedNumber, second b: ScannedNumber, _ e: MoneyExpression) -> Decimal {
    guard e.currency.unit == nil, !a.english, b.hasMultiplier else { return low }
    if !a.hasMultiplier { return ExactDecimalBuilder.shift(low, by: b.multiplierExponent) }
    if !a.hasLargeUnit, b.hasLargeUnit { return ExactDecimalBuilder.shift(low, by: b.largeExponent) }
    return low
  }

  /// How far apart two positive amounts are, as the larger over the smaller.
  static func ratio(_ x: Decimal, _ y: Decimal) -> Decimal { x > y ? x / y : y / x }

  /// `value` in units of the currency: times the unit's scale (nil for one), plus sub-units.
  static func scaled(_ value: Decimal, _ scale: Decimal?, _ subunits: [Subunit] = []) -> Decimal {
    var total = scale.map { value * $0 } ?? value
    for s in subunits { total += s.count * s.scale }
    return total
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

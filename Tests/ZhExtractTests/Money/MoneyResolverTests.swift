import Foundation
import Testing
@testable import ZhExtract

/// The resolver alone, without text: expressions built by hand, values checked exactly.
@Suite struct MoneyResolverTests {
  static func number(
    _ value: String?, kind: ScannedNumber.Kind = .arabic, exponent: Int = 0, large: Bool = false, over: Bool = false, min: String? = nil, max: String? = nil
  ) -> ScannedNumber {
    var n = ScannedNumber(start: 0, end: 1, kind: kind)
    n.value = value.map(MoneyFixtures.decimal)
    n.min = min.map(MoneyFixtures.decimal)
    n.max = max.map(MoneyFixtures.decimal)
    n.multiplierExponent = exponent
    n.hasMultiplier = exponent > 0
    n.hasLargeUnit = large
    n.over = over
    return n
  }

  static func word(_ code: String, scale: String = "1", bareYuan: Bool = false, english: Bool = false, context: String? = nil) -> CurrencyWord {
    var w = CurrencyWord(start: 0, end: 1, form: CurrencyForm(code: code, scale: MoneyFixtures.decimal(scale), position: .suffix))
    w.bareYuan = bareYuan
    w.english = english
    w.contextCode = context
    return w
  }

  static func resolve(_ e: MoneyExpression, yuan: String = "CNY") -> MoneyValue? {
    try? MoneyResolver.resolve(e, documentYuan: { yuan }).get()
  }

  @Test func aBareYuanIsWhatTheDocumentSays() throws {
    var e = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("12000000000", exponent: 8, large: true)))
    e.currency.unit = Self.word("CNY", bareYuan: true)
    #expect(Self.resolve(e)?.currency == "CNY")
    #expect(Self.resolve(e, yuan: "TWD")?.currency == "TWD")
    #expect(Self.resolve(e, yuan: "TWD")?.amount == 12_000_000_000)
    e.currency.unit = Self.word("CNY")  // 人民币: a name, never the document's
    #expect(Self.resolve(e, yuan: "TWD")?.currency == "CNY")
  }

  @Test func aNamedYuanCurrencyBeforeDecidesOverAGenericYuan() {
    var e = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("5306")))
    e.currency.prefix = Self.word("TWD")
    e.currency.unit = Self.word("CNY", bareYuan: true)
    #expect(Self.resolve(e, yuan: "CNY")?.currency == "TWD")
  }

  @Test func aNameAfterYuanDecides() {
    var e = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("800000000", exponent: 8, large: true)))
    e.currency.unit = Self.word("CNY", bareYuan: true)
    e.currency.trailingName = Self.word("TWD")
    #expect(Self.resolve(e)?.currency == "TWD")
  }

  @Test func theYenSignTakesItsContext() {
    var e = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("30000")))
    e.currency.prefix = Self.word("CNY", context: "JPY")
    #expect(Self.resolve(e)?.currency == "JPY")
    e.currency.prefix = Self.word("CNY")
    #expect(Self.resolve(e)?.currency == "CNY")
  }

  @Test func scaleAndSubunitsAreExact() {
    var cents = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("1")))
    cents.currency.unit = Self.word("USD", scale: "0.01")
    #expect(Self.resolve(cents)?.amount == MoneyFixtures.decimal("0.01"))
    var yuan = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("1234", kind: .capital)))
    yuan.currency.unit = Self.word("CNY", bareYuan: true)
    yuan.subunits = [Subunit(count: 5, scale: MoneyFixtures.decimal("0.1")), Subunit(count: 6, scale: MoneyFixtures.decimal("0.01"))]
    let value = Self.resolve(yuan)
    #expect(value?.amount == MoneyFixtures.decimal("1234.56"))
    #expect(value?.rule == .capitalNumerals)
    yuan.shape = .single(Self.number("3"))
    #expect(Self.resolve(yuan)?.rule == .subunits)
  }

  @Test func aRangesFirstFigureSharesTheSecondsMultiplier() {
    // 20至30亿美元: 20 has no unit of its own.
    var e = MoneyExpression(start: 0, end: 1, shape: .range(Self.number("20"), Self.number("3000000000", exponent: 8, large: true)))
    e.currency.second = Self.word("USD")
    let value = Self.resolve(e)
    #expect(value?.min == 2_000_000_000 && value?.max == 3_000_000_000 && value?.amount == nil)
    #expect(value?.currency == "USD" && value?.rule == .range)
    // 37亿美元~40亿美元: both have their own.
    e.shape = .range(Self.number("3700000000", exponent: 8, large: true), Self.number("4000000000", exponent: 8, large: true))
    e.currency.unit = Self.word("USD")
    #expect(Self.resolve(e)?.min == 3_700_000_000)
  }

  @Test func aRangeMustRiseAndKeepOneCurrency() {
    var e = MoneyExpression(start: 0, end: 1, shape: .range(Self.number("500"), Self.number("300")))
    e.currency.unit = Self.word("USD")
    #expect(throws: MoneyResolutionFailure.boundsNotIncreasing) { try MoneyResolver.resolve(e, documentYuan: { "CNY" }).get() }
    e.shape = .range(Self.number("300"), Self.number("500"))
    e.currency.second = Self.word("JPY")
    #expect(throws: MoneyResolutionFailure.currenciesDiffer) { try MoneyResolver.resolve(e, documentYuan: { "CNY" }).get() }
    // 港币680元至1280元: a bare 元 after the second figure is any yuan currency.
    e.currency.unit = Self.word("HKD")
    e.currency.second = Self.word("CNY", bareYuan: true)
    #expect(Self.resolve(e)?.currency == "HKD")
  }

  @Test func aBorrowingFigureTakesTheLaterCurrencyAndMultiplier() {
    // 从10亿增长到130亿美元: the first figure.
    var e = MoneyExpression(start: 0, end: 1, shape: .borrowing(Self.number("10"), from: Self.number("13000000000", exponent: 8, large: true)))
    e.currency.second = Self.word("USD")
    #expect(Self.resolve(e)?.amount == 1_000_000_000)
    #expect(Self.resolve(e)?.currency == "USD")
  }

  @Test func overInsideAFigureIsAQualifierUnlessAWordSaysOtherwise() {
    var e = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("20000000000", exponent: 8, large: true, over: true)))
    e.currency.unit = Self.word("USD")
    #expect(Self.resolve(e)?.qualifier == "over")
    e.qualifier = "approx"
    #expect(Self.resolve(e)?.qualifier == "approx")
  }

  @Test func vagueAndImplicitAmounts() {
    var vague = MoneyExpression(
      start: 0, end: 1, shape: .single(Self.number(nil, kind: .vague, exponent: 11, large: true, min: "100000000000", max: "1000000000000")))
    vague.currency.unit = Self.word("USD")
    let v = Self.resolve(vague)
    #expect(v?.amount == nil && v?.min == 100_000_000_000 && v?.max == 1_000_000_000_000 && v?.rule == .vague)
    let implicit = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("12000000000", exponent: 8, large: true)), implicit: true)
    let i = Self.resolve(implicit)
    #expect(i?.amount == 12_000_000_000 && i?.currency == nil && i?.implicit == true && i?.rule == .implicit)
  }

  @Test func englishWordsGiveTheEnglishRule() {
    var e = MoneyExpression(start: 0, end: 1, shape: .single(Self.number("20000000", exponent: 6)))
    e.currency.unit = Self.word("USD", english: true)
    #expect(Self.resolve(e)?.rule == .english)
  }
}

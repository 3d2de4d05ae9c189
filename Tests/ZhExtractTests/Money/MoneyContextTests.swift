import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Decisions that depend on the document: what a bare 元 means, which name decides.
@Suite struct MoneyContextTests {
  static func summary(_ text: String) -> [String] {
    MoneyFixtures.money(text).map { "\($0.text)=\($0.amount.map { "\($0)" } ?? "-") \($0.currency ?? "-")\($0.per.map { " per \($0)" } ?? "")" }
  }

  @Test func bareYuanIsRenminbiByDefault() {
    #expect(Self.summary("这台电视售价3999元，比去年便宜了200块。") == ["3999元=3999 CNY", "200块=200 CNY"])
  }

  @Test func bareYuanInATaiwanArticleIsTheNewTaiwanDollar() {
    #expect(
      Self.summary("該公司第二季營收新臺幣1,200億元，每股盈餘8.5元。")
        == ["新臺幣1,200億元=120000000000 TWD", "8.5元=8.5 TWD"])
  }

  @Test func bareYuanInAHongKongArticleIsTheHongKongDollar() {
    #expect(Self.summary("該股成交額達港幣3.5億元，收報每股18元。") == ["港幣3.5億元=350000000 HKD", "每股18元=18 HKD per share"])
  }

  @Test func aMainlandArticleQuotingHongKongPricesStillMeansRenminbi() {
    #expect(
      Self.summary("腾讯控股股价报400港元，公司全年营收约1500亿元。")
        == ["400港元=400 HKD", "1500亿元=150000000000 CNY"])
  }

  @Test func aNamedYuanCurrencyCarriesThroughARange() {
    #expect(Self.summary("門票售價港幣680元至1280元不等。") == ["港幣680元至1280元=- HKD"])
    let range = MoneyFixtures.money("門票售價港幣680元至1280元不等。").first
    #expect(range?.min == 680 && range?.max == 1280)
  }

  @Test func aSimplifiedArticleMeansRenminbiWhateverElseItNames() {
    #expect(
      Self.summary("两岸贸易额以新台币计算，折合人民币300亿元；单价为50元。")
        == ["人民币300亿元=30000000000 CNY", "50元=50 CNY"])
    // A mainland report naming the New Taiwan dollar once, at its figure.
    #expect(
      Self.summary("检察机关协助追回被诈骗的新台币1.5亿元，另追缴违法所得3.6亿元。")
        == ["新台币1.5亿元=150000000 TWD", "3.6亿元=360000000 CNY"])
  }

  @Test func aHongKongArticleNamingTheRenminbiOnceStillMeansHongKongDollars() {
    #expect(
      Self.summary("研資局撥款約10.8億港元；內地方面撥款人民幣5,000萬元，另一項目獲600萬元。")
        == ["10.8億港元=1080000000 HKD", "人民幣5,000萬元=50000000 CNY", "600萬元=6000000 HKD"])
  }

  @Test func dollarNameBeforeAnExchangeRateDoesNotDecide() {
    #expect(Self.summary("当日人民币兑美元 7.1 元。") == ["7.1 元=7.1 CNY"])
  }

  @Test func minutesAreNoFen() {
    #expect(Self.summary("停车100元5分钟就到。") == ["100元=100 CNY"])
  }

  @Test func rateWordThenVerbThenFigure() {
    #expect(Self.summary("用户每月支付 20 美元，每年只需 99 元。") == ["20 美元=20 USD per month", "99 元=99 CNY per year"])
    #expect(Self.summary("他支付了 20 美元。") == ["20 美元=20 USD"])
  }

  @Test func moreRatesAndQualifiers() {
    let money = MoneyFixtures.money("人均 5 万元，起售价 999 元起，房价每平米8万元，预算 100 万元以内，月薪一万出头。")
    #expect(money.map(\.text) == ["5 万元", "999 元", "每平米8万元", "100 万元", "一万"])
    #expect(money.map(\.per) == ["person", nil, "square-metre", nil, "month"])
    #expect(money.map(\.qualifier) == [nil, "at_least", nil, "up_to", "over"])
    #expect(money.last?.implicit == true)
    #expect(MoneyFixtures.money("人口规模 14 亿，用户规模 3 亿。").isEmpty)
  }

  @Test func rateWordsWithALinkingWord() {
    #expect(Self.summary("会员年费为 99 元，月薪: 8000元。") == ["99 元=99 CNY per year", "8000元=8000 CNY per month"])
  }
}

/// 从A到B is one range whether or not A names the currency; a verb before 到 makes a change.
@Suite struct MoneyFromToTests {
  static let ranges: [String] = ["从380元到1280元", "从380到1280元", "从 380 元到 1280 元", "從380到1280元"]

  @Test(arguments: ranges)
  func fromToIsOneRange(_ form: String) {
    let money = MoneyFixtures.money("这场演出的票价\(form)不等。")
    #expect(money.count == 1, "\(money.map(\.text))")
    #expect(money.first?.min == 380 && money.first?.max == 1280 && money.first?.amount == nil)
    #expect(money.first?.currency == "CNY" && money.first?.rule == "money.range")
    #expect(money.first.map { form.hasSuffix($0.text) && $0.text.hasPrefix("380") } == true, "\(money.map(\.text))")
  }

  @Test func aVerbBeforeDaoMakesAChangeOfTwoFigures() {
    let money = MoneyFixtures.money("门票从380涨到1280元。")
    #expect(money.map(\.text) == ["380", "1280元"])
    #expect(money.map(\.amount) == [380, 1280].map { Decimal($0) })
  }
}

/// A bare 元 in a Traditional-script article about Taiwan that names no currency is TWD.
@Suite struct MoneyTaiwanYuanTests {
  static func currencies(_ text: String) -> [String?] { MoneyFixtures.money(text).map(\.currency) }

  @Test(arguments: [
    "臺北市政府宣布，每位市民可領取3000元補助。",
    "立法院三讀通過，每人普發6000元。",
    "台股今日收盤，台積電每股收報1050元。",
    "行政院核定預算，新北市獲得120億元。",
  ])
  func traditionalTaiwanArticleMeansTWD(_ text: String) {
    #expect(Self.currencies(text) == ["TWD"], "\(text)")
  }

  @Test func renminbiNamedDecidesOnlyItsOwnFigure() {
    // 500 New Taiwan dollars are about 110 renminbi: the conversion names the other one.
    #expect(Self.currencies("臺灣廠商報價500元，約合人民幣110元。") == ["TWD", "CNY"])
  }

  @Test func simplifiedArticleAboutTaiwanKeepsCNY() {
    #expect(Self.currencies("台北的游客人均消费500元。") == ["CNY"])
  }

  @Test func hongKongDollarNamedStaysHKD() {
    #expect(Self.currencies("高雄商人在香港以港幣500元購入。") == ["HKD"])
  }

  @Test func newTaiwanDollarRuleStillHolds() {
    #expect(Self.currencies("該公司營收新臺幣1,200億元，每股盈餘8.5元。") == ["TWD", "TWD"])
  }

  @Test func traditionalWithoutTaiwanWordsKeepsCNY() {
    #expect(Self.currencies("這家餐廳一碗麵賣35元。") == ["CNY"])
  }
}

/// A bare 元 in a Traditional-script article is the dollar of the place it is written in: the
/// one it names, or, naming none or several, the place it speaks of most (money-yuan-cues.tsv).
@Suite struct MoneyPlaceYuanTests {
  static func currencies(_ text: String) -> [String?] { MoneyFixtures.money(text).map(\.currency) }

  @Test func aHongKongReleaseNamingNoCurrencyMeansHKD() {
    #expect(
      MoneyContextTests.summary("政府今日宣布，將向立法會申請撥款，工程費用約為387億2,000萬元，香港各區受惠。")
        == ["387億2,000萬元=38720000000 HKD"])
  }

  @Test func aMacauArticleNamingNoCurrencyMeansMOP() {
    #expect(Self.currencies("澳門旅遊局表示，酒店房價平均每晚1,650元，較去年上升。") == ["MOP"])
  }

  @Test func aMacauArticleNamingBothDollarsMeansMOP() {
    // 港幣 is named too (it circulates in Macau), but the article speaks of Macau.
    #expect(
      MoneyContextTests.summary("澳門特區財政預算為葡幣200億元；旅客可用港幣消費，澳門酒店房價每晚2,150元。")
        == ["葡幣200億元=20000000000 MOP", "2,150元=2150 MOP"])
  }

  @Test func theCodeBeforeAFigureNamesThePataca() {
    #expect(MoneyContextTests.summary("澳門博彩稅收入達MOP 5.8億。") == ["MOP 5.8億=580000000 MOP"])
  }

  @Test func aTaiwanArticleSpeakingOfHongKongOnceStaysTWD() {
    #expect(Self.currencies("臺北市政府與香港商會合作，臺北、新北市民每人可領取3000元補助。") == ["TWD"])
  }

  @Test func aHongKongArticleSpeakingOfTaiwanOnceStaysHKD() {
    #expect(Self.currencies("港股今日成交額達1,200億元，香港交易所指台灣投資者增持。") == ["HKD"])
  }

  @Test func bothDollarsNamedWithNoPlaceSpokenOfMeansHKD() {
    #expect(Self.currencies("報價新臺幣300元，另收港幣50元手續費，合計約400元。") == ["TWD", "HKD", "HKD"])
  }

  @Test func aSimplifiedArticleAboutHongKongKeepsCNY() {
    #expect(Self.currencies("香港特区政府拨款3亿元，港股随之上涨。") == ["CNY"])
  }

  @Test func aHongKongArticleNamingItsDollarMoreOftenThanThePatacaMeansHKD() {
    // 港幣 twice, 澳門元 once, each place spoken of once: the bare 億元 is Hong Kong's.
    #expect(
      Self.currencies("香港航空公司機票售價港幣498元，團費港幣12,880元；澳門餐飲券售澳門元70元。全年預計虧損1.5億元。")
        == ["HKD", "HKD", "MOP", "HKD"])
  }

  @Test func aSingaporeArticleMeansTheSingaporeDollar() {
    #expect(
      MoneyContextTests.summary("在新加坡交易所上市的海港控股将斥资1.8亿元扩建大士码头，董事会建议派发中期股息每股1.2分。")
        == ["1.8亿元=180000000 SGD", "每股1.2分=0.012 SGD per share"])
  }

  @Test func aMalaysianArticleMeansTheRinggit() {
    #expect(
      MoneyContextTests.summary("吉隆坡消息：大马种植股丰源今早报每股2.86令吉，跌4仙；董事部宣布派发每股3仙中期股息。")
        == ["每股2.86令吉=2.86 MYR per share", "4仙=0.04 MYR", "每股3仙=0.03 MYR per share"])
  }

  @Test func aMainlandArticleSpeakingOfSingaporeKeepsCNY() {
    // Once is no evidence; twice, but the mainland more often, neither.
    #expect(Self.currencies("公司计划在新加坡设立子公司，投资5000万元。") == ["CNY"])
    #expect(Self.currencies("北京总部与上海分部将派员赴新加坡，在新加坡设立子公司，投资5000万元。") == ["CNY"])
  }
}

/// Bare 块 and 毛 (money-colloquial-cues.tsv): money with a sub-unit, a price cue before,
/// or (块) a number of at least 10 with no piece word before it.
@Suite struct MoneyColloquialUnitTests {
  static let money: [(String, String, String)] = [
    ("这瓶水⟦3块5⟧。", "3块5", "3.5"),
    ("打车花了⟦20块⟧。", "20块", "20"),
    ("这件衣服只要⟦一块⟧。", "一块", "1"),
    ("这本旧书才卖⟦两块⟧，很划算。", "两块", "2"),
    ("这个包值⟦三百块⟧。", "三百块", "300"),
    ("房租涨了⟦500块⟧。", "500块", "500"),
    ("他借给我⟦一千块⟧。", "一千块", "1000"),
    ("一根冰棍卖⟦八毛⟧。", "八毛", "0.8"),
    ("一个馒头⟦三毛五⟧。", "三毛五", "0.35"),
    ("这把葱便宜了⟦两毛⟧。", "两毛", "0.2"),
    ("我身上只有⟦三毛钱⟧。", "三毛钱", "0.3"),
  ]

  @Test(arguments: money)
  func colloquialUnitInAMoneyContext(_ source: String, _ text: String, _ amount: String) {
    let marked = MarkedText(source)
    let found = MoneyFixtures.money(marked.text)
    #expect(found.map(\.text) == [text], "\(found.map(\.text))")
    #expect(found.map { [$0.start, $0.end] } == marked.allSpans)
    #expect(found.first?.amount == MoneyFixtures.decimal(amount))
    #expect(found.first?.currency == "CNY")
  }

  @Test func aHundredthAloneIsMoneyOnlyAfterAPerShareWord() {
    #expect(MoneyContextTests.summary("公司建议派发末期股息每股1.5分。") == ["每股1.5分=0.015 CNY per share"])
    #expect(MoneyContextTests.summary("每股派息0.8分。") == ["0.8分=0.008 CNY per share"])
    #expect(MoneyFixtures.money("他这次考试才得了85分。").isEmpty)
    #expect(MoneyFixtures.money("比赛第3分钟就进了球，最终比分3分。").isEmpty)
    #expect(MoneyFixtures.money("每股收益的评分为3分钟。").isEmpty)
    #expect(MoneyFixtures.money("每股，3分。").isEmpty)
  }

  @Test func aPieceWordBeforeTheNumberWinsOverACue() {
    #expect(MoneyFixtures.money("我们要在一块。").isEmpty)
    #expect(MoneyFixtures.money("花了半天切成10块。").isEmpty)
    #expect(MoneyFixtures.money("把西瓜切成3到5块。").isEmpty)
    let range = MoneyFixtures.money("一斤卖3到5块。")
    #expect(range.map(\.text) == ["3到5块"])
    #expect(range.first?.min == 3 && range.first?.max == 5)
  }
}

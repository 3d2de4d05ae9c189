import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Figures in running text, marked inline with ⟦…⟧: the spans are exact original offsets.
@Suite struct MoneySpanTests {
  static let marked: [String] = [
    "巨亏⟦120亿⟧,这家初创公司还能撑多久?",
    "传闻中的 ⟦5000 亿美元⟧估值,以及上市后可能的 ⟦1 万亿美元⟧估值。",
    "会员在美国定价⟦7.99美元/月⟧,不到高级版(⟦20 美元/月⟧)的一半。",
    "该公司以⟦每股1美分⟧的价格购买至多1.6亿股股票。",
    "预计全年收入将在⟦37亿~40亿美元⟧之间,而估值在 ⟦7500 亿至 8300 亿美元⟧区间。",
    "三年内从 ⟦10 亿⟧到 ⟦130 亿美元⟧,增长惊人。",
    "价格从⟦100元到500元⟧不等。",
    "门票价格从⟦380元到1280元⟧不等,包厢从⟦2千到5千元⟧。",
    "项目预算从⟦3千2百万元⟧增加到⟦1千5百亿元⟧。",
    "市值一度逼近 ⟦4 萬億美元⟧,而上季度营收约为 ⟦1000 億美元⟧。",
    "全年預算為⟦新臺幣5306億元⟧,比去年多出⟦３０億元⟧。",
    "The deal is worth ⟦$500 billion⟧, plus ⟦US$1.4 trillion⟧ in commitments.",
    "订阅费为⟦$20/month⟧,团队版是⟦20 million dollars⟧的年收入来源。",
    "合同金额为⟦人民币壹仟贰佰叁拾肆元伍角陆分⟧,另付⟦壹佰万元整⟧。",
    "这个杯子⟦3块5⟧,那个卖⟦八毛⟧。",
    "两人在一块吃饭,一共花了⟦150块⟧,每人分到一块蛋糕。",
    "竞争对手每年有⟦数千亿美元⟧收入,而它只有⟦十几亿元⟧。",
    "融资⟦30亿⟧后,估值达到⟦5000亿⟧。",
    "支出⟦$3.5bn⟧,收入⟦HK$2000亿⟧。",
    "可选价格:⟦$20⟧，⟦300美元⟧，⟦￥300⟧。",
    "他以⟦美金500萬⟧購入該單位,呎價約⟦3萬元⟧,集團盈利逾⟦1000萬港元⟧。",
  ]

  @Test(arguments: marked)
  func spansAreExact(_ source: String) {
    let marked = MarkedText(source)
    let money = MoneyFixtures.money(marked.text)
    #expect(money.map { [$0.start, $0.end] } == marked.allSpans, "\(money.map(\.text))")
    let scalars = Array(marked.text.unicodeScalars)
    for m in money {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[m.start..<m.end])
      #expect(String(view) == m.text)
    }
  }

  @Test func implicitMoneyHasNoCurrency() {
    let money = MoneyFixtures.money("季度巨亏120亿,营收增长至80亿，估值5000亿，融资30亿。")
    #expect(money.map(\.text) == ["120亿", "80亿", "5000亿", "30亿"])
    #expect(money.allSatisfy { $0.implicit && $0.currency == nil && $0.rule == "money.implicit" })
    #expect(money.map(\.amount) == [12_000_000_000, 8_000_000_000, 500_000_000_000, 3_000_000_000].map { Decimal($0) })
  }

  @Test func implicitRangeAndCountsAfterCues() {
    let range = MoneyFixtures.money("公司预计全年亏损10亿至20亿，股价大跌。")
    #expect(range.map(\.text) == ["10亿至20亿"])
    #expect(range.first?.min == Decimal(1_000_000_000) && range.first?.max == Decimal(2_000_000_000))
    #expect(range.first?.implicit == true && range.first?.rule == "money.implicit")
    #expect(MoneyFixtures.money("订单量 1 亿，投资者 2 亿，融资 3 轮。").isEmpty)
    #expect(MoneyFixtures.money("估值 1 万亿以上").first?.qualifier == "over")
  }

  @Test func cueRightAfterTheFigure() {
    let money = MoneyFixtures.money("这家公司上月获得30亿融资，又有20亿投资者关注。")
    #expect(money.map(\.text) == ["30亿"])
    #expect(money.first?.implicit == true)
  }

  @Test func theFirstFigureOfAChangeTakesTheSecondsCurrency() {
    let money = MoneyFixtures.money("营收从 10 亿增长到 130 亿美元，利润由5亿降至3亿元，股价从20跌到15。")
    #expect(money.map(\.text) == ["10 亿", "130 亿美元", "5亿", "3亿元"])
    #expect(money.map(\.currency) == ["USD", "USD", "CNY", "CNY"])
    #expect(money.map(\.amount) == [1_000_000_000, 13_000_000_000, 500_000_000, 300_000_000].map { Decimal($0) })
  }

  @Test func figuresWithoutDigitsNeedAGluedCue() {
    let money = MoneyFixtures.money("史无前例的千亿融资计划和百亿补贴，都不是千亿级市场或万亿闭环。千万不要投资。")
    #expect(money.map(\.text) == ["千亿", "百亿"])
    #expect(money.map(\.amount) == [Decimal(100_000_000_000), Decimal(10_000_000_000)])
    #expect(money.allSatisfy { $0.implicit && $0.currency == nil })
  }

  @Test func aFigureInAListSharesTheNextCurrency() {
    let money = MoneyFixtures.money("两年的销售额分别为5亿和7.5亿元人民币。")
    #expect(money.map(\.text) == ["5亿", "7.5亿元人民币"])
    #expect(money.map(\.currency) == ["CNY", "CNY"])
    #expect(money.map(\.amount) == [Decimal(500_000_000), Decimal(750_000_000)])
    #expect(money.allSatisfy { !$0.implicit })
    let three = MoneyFixtures.money("三档价格为10、20和30美元。")
    #expect(three.map(\.text) == ["10", "20", "30美元"])
    #expect(three.map(\.currency) == ["USD", "USD", "USD"])
  }

  @Test func zhaoWithoutCurrencyIsSilentlyNoMoney() {
    let doc = MoneyFixtures.document("这个数写作五兆六十二亿，电站装机5兆瓦。")
    #expect(doc.money.isEmpty)
    #expect(!doc.warnings.contains { $0.code.hasPrefix("money.") })
  }

  @Test func traditionalFullWidthAndMarkupMapToOriginalOffsets() {
    let text = "<p>預計將超過 <b>２００ 億美元</b>。</p>"
    guard case .document(let doc) = MoneyFixtures.extractor.extract(text: text, id: "t", published: nil, format: .html) else {
      Issue.record("no document"); return
    }
    #expect(doc.money.count == 1)
    let m = doc.money[0]
    #expect(m.text == "２００ 億美元")
    #expect(m.normalized == "200 亿美元")
    #expect(m.amount == Decimal(20_000_000_000))
    #expect(m.qualifier == "over")
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
  }

  @Test func yenSignInJapaneseContext() {
    #expect(MoneyFixtures.money("日本央行表示，这部相机售价¥30000。").first?.currency == "JPY")
    #expect(MoneyFixtures.money("这部相机在国内售价¥3000。").first?.currency == "CNY")
  }
}

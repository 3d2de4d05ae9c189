import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The forms of issue 18, family by family: sentences with every mention marked ⟦…⟧ and its
/// value (`amount currency`, `min..max currency`, then `per=…`, the qualifier, `implicit`,
/// as the rule examples write it), and sentences that hold none.
@Suite struct MoneyFamiliesTests {
  struct Case: CustomStringConvertible, Sendable {
    var text: String
    var values: [String]
    var description: String { text }
  }

  static func check(_ c: Case) {
    let marked = MarkedText(c.text)
    let doc = MoneyFixtures.document(marked.text)
    #expect(doc.money.map { [$0.start, $0.end] } == marked.allSpans, "\(doc.money.map(\.text))")
    #expect(doc.money.map(\.summary) == c.values)
  }

  static func none(_ text: String) {
    let money = MoneyFixtures.money(text)
    #expect(money.isEmpty, "\(text) → \(money.map(\.text))")
  }

  // MARK: A figure's tail: sub-units written out or left out

  static let tails: [Case] = [
    Case(text: "以前⟦港幣五個二毫⟧就可以買一份報紙。", values: ["5.2 HKD"]),
    Case(text: "這份報紙賣⟦港幣五個⟧。", values: ["5 HKD"]),
    Case(text: "一碗豆浆至少⟦四块零五⟧。", values: ["4.05 CNY at_least"]),
    Case(text: "猪肉每斤从⟦六块三到六块八毛五⟧不等。", values: ["6.3..6.85 CNY"]),
    Case(text: "这个手机壳⟦五元三毛⟧。", values: ["5.3 CNY"]),
    Case(text: "合计⟦50元6角三分⟧。", values: ["50.63 CNY"]),
    Case(text: "一根油条⟦一块二⟧，一杯豆浆⟦两块五⟧。", values: ["1.2 CNY", "2.5 CNY"]),
    Case(text: "这支笔⟦三块五毛钱⟧。", values: ["3.5 CNY"]),
    Case(text: "一张邮票才卖⟦两毛五⟧。", values: ["0.25 CNY"]),
    Case(text: "當年車費⟦一蚊四毫⟧，現在⟦七蚊半⟧。", values: ["1.4 CNY", "7.5 CNY"]),
    Case(text: "這杯奶茶⟦五蚊六⟧。", values: ["5.6 CNY"]),
    Case(text: "他付了⟦十蚊⟧，找回⟦五毫⟧。", values: ["10 CNY", "0.5 CNY"]),
    Case(text: "報紙只收⟦五仙⟧一份。", values: ["0.05 CNY"]),
    Case(text: "那时一支铅笔卖⟦五角⟧。", values: ["0.5 CNY"]),
    Case(text: "香港的街市，菜心每斤售⟦十二蚊⟧，用港幣付款。", values: ["12 HKD"]),
    Case(text: "⟦10日元5日本銭⟧", values: ["10.05 JPY"]),
    Case(text: "白菜⟦三块⟧一斤，豆浆⟦两块五⟧一杯。", values: ["3 CNY", "2.5 CNY"]),
    Case(text: "门票⟦二十块⟧左右。", values: ["20 CNY approx"]),
    Case(text: "房租由⟦三千块⟧涨到⟦三千五百块⟧。", values: ["3000 CNY", "3500 CNY"]),
    Case(text: "每天收入⟦八百至一千块⟧不等。", values: ["800..1000 CNY"]),
  ]

  @Test(arguments: tails)
  func tailsAreReadToTheEnd(_ c: Case) { Self.check(c) }

  @Test(arguments: [
    "把西瓜切成三块。", "他跑了五分钟。", "这次考试他得了90分。", "画一个三角形。", "八仙过海，各显神通。", "一丝一毫都不差。",
    "夏天蚊子多，点了三盘蚊香。", "买了一块五花肉。", "桌上有一块三明治。", "我最喜欢的作家是三毛。", "他站在广场的一角。",
  ])
  func spokenUnitsNeedAMoneyContext(_ text: String) { Self.none(text) }

  // MARK: Numbers in spoken and older forms

  static let numbers: [Case] = [
    Case(text: "公司去年亏了⟦三个亿⟧。", values: ["300000000 - implicit"]),
    Case(text: "对方开价⟦两个亿日元⟧。", values: ["200000000 JPY"]),
    Case(text: "他们投了⟦几个亿美元⟧。", values: ["100000000..1000000000 USD"]),
    Case(text: "当天营业额为⟦64，350.00元⟧。", values: ["64350 CNY"]),
    Case(text: "全年销售额⟦1，234，567元⟧。", values: ["1234567 CNY"]),
    Case(text: "可选价格：⟦$20⟧，⟦300美圆⟧。", values: ["20 USD", "300 USD"]),
    Case(text: "出口⟦1487·7亿美元⟧，比上年增长18·7%。", values: ["148770000000 USD"]),
    Case(text: "实际利用外资⟦375·2亿美元⟧。", values: ["37520000000 USD"]),
    Case(text: "去年收入⟦15万余元⟧，今年⟦1万多元⟧。", values: ["150000 CNY over", "10000 CNY over"]),
    Case(text: "实际也就⟦十五万余元⟧。", values: ["150000 CNY over"]),
    Case(text: "营收⟦3千多万元⟧。", values: ["30000000 CNY over"]),
    Case(text: "每单报价在⟦10~15k元⟧之间。", values: ["10000..15000 CNY"]),
    Case(text: "去年副业收入将近⟦30w元⟧。", values: ["300000 CNY approx"]),
    Case(text: "月薪⟦¥15k⟧起。", values: ["15000 CNY per=month at_least"]),
    Case(text: "一天能卖⟦三五百块⟧。", values: ["300..500 CNY"]),
    Case(text: "一年能挣⟦七八十万元⟧。", values: ["700000..800000 CNY"]),
    Case(text: "计划投入⟦上千亿元⟧。", values: ["100000000000..1000000000000 CNY"]),
    Case(text: "其中近⟦百亿元⟧用于补贴。", values: ["10000000000 CNY approx"]),
  ]

  @Test(arguments: numbers)
  func spokenAndOlderNumbers(_ c: Case) { Self.check(c) }

  @Test(arguments: ["手环显示10k步只是起点。", "这款30W充电器很受欢迎。", "他的年薪30w，令人羡慕。", "6·18大促期间人流不断。", "9·11事件改变了世界。"])
  func informalAndDottedNumbersNeedMoney(_ text: String) { Self.none(text) }

  @Test func aMiddleDotIsNoDecimalPointWhereTheTextDoesNotUseItSo() {
    // No figure in the text writes its decimals with a dot: 6·18 is a date, not 6.18 元.
    #expect(MoneyFixtures.money("6·18元旦促销，满100元减20元。").map(\.summary) == ["100 CNY", "20 CNY"])
  }

  // MARK: First figure without a unit of its own

  static let ranges: [Case] = [
    Case(text: "售价从⟦9000到4万港元⟧不等。", values: ["9000..40000 HKD"]),
    Case(text: "每晚⟦三到四仟澳元⟧。", values: ["3000..4000 AUD"]),
    Case(text: "门票⟦五~8百日元⟧。", values: ["500..800 JPY"]),
    Case(text: "预算⟦3千至5千万元⟧。", values: ["30000000..50000000 CNY"]),
    Case(text: "规模在⟦20至30亿美元⟧之间。", values: ["2000000000..3000000000 USD"]),
    Case(text: "估值⟦$3-4 billion⟧。", values: ["3000000000..4000000000 USD"]),
  ]

  @Test(arguments: ranges)
  func theFirstFigureSharesTheSecondsMultiplier(_ c: Case) { Self.check(c) }

  // MARK: Currency names, historical ones included

  static let currencies: [Case] = [
    Case(text: "我国同法国签订了总额约⟦45亿法郎⟧的合同。", values: ["4500000000 FRF approx"]),
    Case(text: "在瑞士，一杯咖啡要⟦5法郎⟧。", values: ["5 CHF"]),
    Case(text: "兑换⟦1.0092瑞士法郎⟧。", values: ["1.0092 CHF"]),
    Case(text: "引进设备金额达⟦12亿马克⟧。", values: ["1200000000 DEM"]),
    Case(text: "与意大利的合作项目投资⟦2000亿里拉⟧。", values: ["200000000000 ITL"]),
    Case(text: "土耳其央行的储备为⟦2000亿里拉⟧。", values: ["200000000000 TRY"]),
    Case(text: "欧洲投资银行提供贷款⟦1.5亿埃居⟧。", values: ["150000000 XEU"]),
    Case(text: "合同金额为⟦3.6亿铢⟧。", values: ["360000000 THB"]),
    Case(text: "按⟦10亿欧洲货币单位⟧计算。", values: ["1000000000 XEU"]),
    Case(text: "基金组织分配了⟦6500亿特别提款权⟧。", values: ["650000000000 XDR"]),
    Case(text: "這筆錢相當於⟦500萬法國法郎⟧。", values: ["5000000 FRF"]),
    Case(text: "當年價值⟦300萬德國馬克⟧。", values: ["3000000 DEM"]),
    Case(text: "价格是⟦300西班牙比塞塔⟧。", values: ["300 ESP"]),
    Case(text: "售价⟦20委内瑞拉玻利瓦尔⟧。", values: ["20 VES"]),
    Case(text: "收藏了⟦100墨西哥银比索⟧。", values: ["100 MXP"]),
  ]

  @Test(arguments: currencies)
  func everyCLDRNameAndTheShortOnes(_ c: Case) { Self.check(c) }

  // MARK: 兆

  static let zhao: [Case] = [
    Case(text: "國外投資部位已突破⟦新台幣23兆元⟧。", values: ["23000000000000 TWD"]),
    Case(text: "日本国债规模约⟦580兆日元⟧。", values: ["580000000000000 JPY approx"]),
    Case(text: "预算规模达⟦115.5兆日圆⟧。", values: ["115500000000000 JPY"]),
    Case(text: "全球債務已達⟦300兆美元⟧。", values: ["300000000000000 USD"]),
    Case(text: "总额为⟦四十九兆九千五百九十二亿元⟧。", values: ["49959200000000 CNY"]),
    Case(text: "韩国出口额达⟦800兆韩元⟧。", values: ["800000000000000 KRW"]),
  ]

  @Test(arguments: zhao)
  func zhaoIsATrillionWhereItCanOnlyBe(_ c: Case) { Self.check(c) }

  @Test func zhaoInASimplifiedTextWithTheDollarWarns() {
    let doc = MoneyFixtures.document("全球债务已达300兆美元，电站装机5兆瓦。")
    #expect(doc.money.isEmpty)
    #expect(doc.warnings.map(\.code) == ["money.ambiguous-unit"])
  }

  // MARK: Changes are not ranges

  static let changes: [Case] = [
    Case(text: "收入从⟦10亿美元⟧增长到⟦130亿美元⟧。", values: ["1000000000 USD", "13000000000 USD"]),
    Case(text: "两年内从⟦10亿⟧到⟦130亿美元⟧。", values: ["1000000000 USD", "13000000000 USD"]),
    Case(text: "营收从⟦10亿元⟧到⟦25亿元⟧，增长了一倍多。", values: ["1000000000 CNY", "2500000000 CNY"]),
    Case(text: "月收入从2022年的⟦2100元⟧增长到今年的⟦3400元⟧。", values: ["2100 CNY", "3400 CNY"]),
    Case(text: "价格从⟦100元到500元⟧不等。", values: ["100..500 CNY"]),
    Case(text: "票价从⟦380到1280元⟧不等。", values: ["380..1280 CNY"]),
    Case(text: "规模在⟦30亿至40亿元⟧之间。", values: ["3000000000..4000000000 CNY"]),
    Case(text: "全年收入⟦37亿~40亿美元⟧，同比增长。", values: ["3700000000..4000000000 USD"]),
    Case(text: "营收将增长至⟦300亿至350亿元⟧。", values: ["30000000000..35000000000 CNY"]),
    Case(text: "售价从⟦15.98万元到22.98万元⟧。", values: ["159800..229800 CNY"]),
    // A change of ranges: 从A至B right before 降至 is where the change starts.
    Case(text: "单件物流成本有望从⟦28元至35元⟧降至⟦19元至24元⟧。", values: ["28..35 CNY", "19..24 CNY"]),
    Case(text: "价格由⟦100至120元⟧升至⟦150至180元⟧。", values: ["100..120 CNY", "150..180 CNY"]),
  ]

  @Test(arguments: changes)
  func changesAreTwoFiguresRangesOne(_ c: Case) { Self.check(c) }
}

import Foundation
import Testing
@testable import ZhExtract

/// Duckling-style tables: one expected value, many ways to write it (Simplified,
/// Traditional, full-width, English inside Chinese). Each surface stands alone in a sentence
/// of its own and must yield exactly one mention covering exactly that surface.
@Suite struct MoneyFormsTests {
  struct SameValue: CustomStringConvertible, Sendable {
    var amount: String
    var currency: String?
    var forms: [String]
    var description: String { "\(amount) \(currency ?? "-")" }
  }

  static let cases: [SameValue] = [
    SameValue(
      amount: "1400000000000", currency: "USD",
      forms: [
        "1.4万亿美元", "1.4 万亿美元", "1.4萬億美元", "１.４万亿美元", "１．４萬億美元", "14000亿美元", "1,400,000,000,000美元",
        "一万四千亿美元", "US$1.4 trillion", "$1.4 trillion", "1.4万亿美金", "1.4 trillion dollars",
      ]),
    SameValue(
      amount: "500000000000", currency: "USD",
      forms: [
        "5000亿美元", "5,000亿美元", "5000 億美元", "５０００億美元", "５，０００亿美元", "五千亿美元", "$500 billion", "$500bn", "5千亿美元",
      ]),
    SameValue(
      amount: "12000000000", currency: "CNY",
      forms: [
        "120亿元", "120億元", "一百二十亿元", "120亿人民币", "人民币120亿元", "RMB 120亿", "12,000,000,000元", "¥120亿", "￥120亿",
      ]),
    SameValue(
      amount: "1234.56", currency: "CNY",
      forms: [
        "人民币壹仟贰佰叁拾肆元伍角陆分", "壹仟貳佰參拾肆圓伍角陸分", "1234元5角6分", "一千二百三十四元五角六分", "1234.56元",
      ]),
    SameValue(amount: "1000000", currency: "CNY", forms: ["壹佰万元整", "壹佰萬元整", "100万元", "一百万元", "1百万元", "100萬圓"]),
    SameValue(amount: "3.5", currency: "CNY", forms: ["3块5", "三块五", "3元5角", "三元五毛", "3.5元"]),
    SameValue(amount: "0.8", currency: "CNY", forms: ["8毛钱", "0.8元", "八毛钱"]),
    SameValue(amount: "0.35", currency: "CNY", forms: ["三毛五", "三毛五分", "0.35元", "三毛五分钱"]),
    SameValue(amount: "0.01", currency: "USD", forms: ["1美分", "一美分", "0.01美元"]),
    SameValue(amount: "7.99", currency: "USD", forms: ["7.99美元", "７．９９美元", "$7.99", "US$ 7.99"]),
    SameValue(amount: "30000000", currency: "CNY", forms: ["3千万元", "三千万元", "3000万元", "3,000万元", "叁仟万元"]),
    SameValue(amount: "100500000000", currency: "CNY", forms: ["一千零五亿元", "1005亿元", "一千〇五亿元"]),
    SameValue(amount: "400000000", currency: "CNY", forms: ["四万万元", "4亿元", "四亿元", "肆亿圆"]),
    SameValue(amount: "200000000000", currency: "HKD", forms: ["2000亿港元", "2000億港幣", "两千亿港币", "HK$2000亿", "2000亿港圆"]),
    SameValue(amount: "5306", currency: "TWD", forms: ["5306新台币", "5306新臺幣", "NT$5306", "5306台币", "5306元新台币"]),
    SameValue(amount: "100", currency: "JPY", forms: ["100日元", "100日圓", "一百日元", "100円"]),
    SameValue(amount: "20", currency: "EUR", forms: ["20欧元", "20歐元", "€20", "EUR 20", "二十欧元", "20 euros"]),
    SameValue(amount: "15", currency: "GBP", forms: ["15英镑", "15英鎊", "£15", "十五英镑"]),
    SameValue(amount: "50000", currency: "KRW", forms: ["5万韩元", "5萬韓元", "五万韩元", "₩50000"]),
    SameValue(amount: "2.03", currency: "USD", forms: ["两美元又三美分", "2美元又3美分", "2.03美元"]),
    SameValue(amount: "10000000000", currency: "USD", forms: ["100亿美元", "一百亿美元", "百亿美元", "$10 billion", "10 billion dollars", "$10bn"]),
    SameValue(amount: "120000000000", currency: "CNY", forms: ["一千二百亿元", "1200亿元", "壹仟贰佰亿元", "一千二百億圓"]),
    SameValue(amount: "2000000000000", currency: "USD", forms: ["两万亿美元", "兩萬億美元", "2万亿美元", "二万亿美元"]),
    SameValue(amount: "1200000000", currency: "CNY", forms: ["十二亿元", "12亿元", "拾贰亿元", "12億人民幣"]),
    SameValue(amount: "32000000", currency: "CNY", forms: ["三千二百万元", "3200万元", "3,200万元", "三千二百萬元", "3千2百万元", "3千2百萬元"]),
    SameValue(amount: "150000000000", currency: "CNY", forms: ["1千5百亿元", "一千五百亿元", "1500亿元", "1千5百億圓"]),
    SameValue(amount: "12000000", currency: "CNY", forms: ["一千二百万元", "1千2百万元", "1200万元"]),
    SameValue(amount: "35000", currency: "CNY", forms: ["3万5千元", "三万五千元", "3.5万元"]),
    SameValue(amount: "3250", currency: "USD", forms: ["3千2百5十美元", "三千二百五十美元"]),
    SameValue(amount: "350000000", currency: "CNY", forms: ["3亿5000万元", "三亿五千万元", "3.5亿元", "3億5千萬元"]),
    SameValue(amount: "20000000000", currency: "USD", forms: ["2百亿美元", "200亿美元", "二百亿美元", "$20 billion"]),
    SameValue(amount: "1500000000000", currency: "CNY", forms: ["1.5万亿元", "15000亿元", "一万五千亿元", "一点五万亿元", "1.5萬億元"]),
    SameValue(amount: "20000000", currency: "USD", forms: ["20 million dollars", "$20 million", "2000万美元", "$20m"]),
    // Short names of currencies CLDR names only with their country (currency-colloquial.tsv).
    SameValue(amount: "4500000", currency: "UZS", forms: ["450万苏姆", "450万乌兹别克斯坦苏姆", "450萬烏茲別克索姆"]),
    SameValue(amount: "200", currency: "MYR", forms: ["200令吉", "200林吉特", "200马币", "200馬幣", "200马来西亚林吉特"]),
    SameValue(amount: "1200", currency: "KZT", forms: ["1200坚戈", "1200哈萨克斯坦坚戈"]),
    SameValue(amount: "80", currency: "ILS", forms: ["80新谢克尔", "80谢克尔"]),
    SameValue(amount: "35", currency: "PLN", forms: ["35兹罗提"]),
    SameValue(amount: "9000", currency: "HUF", forms: ["9000福林"]),
    SameValue(amount: "25000", currency: "LAK", forms: ["25000基普"]),
    SameValue(amount: "60", currency: "NZD", forms: ["60纽元", "60新西兰元"]),
    SameValue(amount: "5000", currency: "MMK", forms: ["5000缅元"]),
  ]

  @Test(arguments: cases)
  func everyFormReadsTheSameValue(_ c: SameValue) throws {
    for form in c.forms {
      let text = "据报道，该公司此次涉及\(form)，引发关注。"
      let money = MoneyFixtures.money(text)
      #expect(money.count == 1, "\(form): \(money.map(\.text))")
      guard let m = money.first else { continue }
      #expect(m.amount == MoneyFixtures.decimal(c.amount), "\(form)")
      #expect(m.currency == c.currency, "\(form)")
      #expect(m.text == form, "\(form): span \(m.text)")
    }
  }

  struct Bounds: CustomStringConvertible, Sendable {
    var min: String
    var max: String
    var currency: String?
    var rule: String
    var forms: [String]
    var description: String { "\(min)…\(max)" }
  }

  static let bounded: [Bounds] = [
    Bounds(
      min: "3700000000", max: "4000000000", currency: "USD", rule: "money.range",
      forms: [
        "37亿~40亿美元", "37億～40億美元", "37亿至40亿美元", "37亿到40亿美元", "37-40亿美元", "37亿美元~40亿美元", "三十七亿至四十亿美元",
      ]),
    Bounds(min: "380", max: "1280", currency: "CNY", rule: "money.range", forms: ["380元到1280元", "380到1280元", "380元至1280元", "380至1280元"]),
    Bounds(min: "750000000000", max: "830000000000", currency: "USD", rule: "money.range", forms: ["7500 亿至 8300 亿美元", "7500億至8300億美元"]),
    Bounds(min: "2000000000", max: "3000000000", currency: "USD", rule: "money.range", forms: ["20至30亿美元", "20~30亿美元", "二十至三十亿美元"]),
    Bounds(min: "3000", max: "5000", currency: "CNY", rule: "money.range", forms: ["3000-5000元", "3000至5000元", "3,000~5,000元", "¥3000-¥5000", "¥3000-5000"]),
    Bounds(min: "3700000000", max: "4000000000", currency: "USD", rule: "money.range", forms: ["$3.7bn to $4bn", "$3.7bn-$4bn", "US$37亿至40亿"]),
    Bounds(min: "500000000", max: "800000000", currency: "CNY", rule: "money.range", forms: ["5亿到8亿元", "5億到8億元"]),
    Bounds(min: "100000000000", max: "1000000000000", currency: "USD", rule: "money.vague", forms: ["数千亿美元", "數千億美元", "几千亿美元"]),
    Bounds(min: "1000000000", max: "10000000000", currency: "USD", rule: "money.vague", forms: ["数十亿美元", "几十亿美元"]),
    Bounds(min: "10000000000", max: "100000000000", currency: "CNY", rule: "money.vague", forms: ["数百亿元", "上百亿元"]),
    Bounds(min: "10000000", max: "100000000", currency: "CNY", rule: "money.vague", forms: ["几千万元", "上千万元", "數千萬元"]),
    Bounds(min: "1100000000", max: "1900000000", currency: "CNY", rule: "money.vague", forms: ["十几亿元", "十幾億元"]),
    Bounds(min: "100000000", max: "200000000", currency: "USD", rule: "money.vague", forms: ["一两亿美元", "一兩億美元"]),
    Bounds(min: "3000000000", max: "4000000000", currency: "CNY", rule: "money.vague", forms: ["三四十亿元", "三四十億人民幣"]),
    Bounds(min: "20000000", max: "30000000", currency: "HKD", rule: "money.vague", forms: ["两三千万港元", "兩三千萬港幣"]),
  ]

  @Test(arguments: bounded)
  func rangesAndVagueAmountsHaveBounds(_ b: Bounds) throws {
    for form in b.forms {
      let money = MoneyFixtures.money("分析人士估计，规模在\(form)之间。")
      #expect(money.count == 1, "\(form): \(money.map(\.text))")
      guard let m = money.first else { continue }
      #expect(m.amount == nil, "\(form)")
      #expect(m.min == MoneyFixtures.decimal(b.min), "\(form)")
      #expect(m.max == MoneyFixtures.decimal(b.max), "\(form)")
      #expect(m.currency == b.currency, "\(form)")
      #expect(m.rule == b.rule, "\(form)")
      #expect(m.text == form, "\(form): span \(m.text)")
    }
  }

  static let qualified: [(String, String)] = [
    ("约200亿美元", "approx"), ("大约200亿美元", "approx"), ("近200亿美元", "approx"), ("200亿美元左右", "approx"),
    ("超过200亿美元", "over"), ("逾200亿美元", "over"), ("200多亿美元", "over"), ("200余亿美元", "over"), ("超過 200 億美元", "over"),
    ("不足200亿美元", "under"), ("不到200亿美元", "under"),
    ("高达200亿美元", "up_to"), ("多达200亿美元", "up_to"), ("至多200亿美元", "up_to"),
    ("至少200亿美元", "at_least"),
  ]

  @Test(arguments: qualified)
  func qualifierIsRead(_ form: String, _ qualifier: String) {
    let money = MoneyFixtures.money("报告显示，去年投入\(form)，仍在增长。")
    #expect(money.count == 1)
    #expect(money.first?.qualifier == qualifier, "\(form)")
    #expect(money.first?.amount == MoneyFixtures.decimal("20000000000"), "\(form)")
  }

  static let rated: [(String, String, String)] = [
    ("7.99美元/月", "7.99", "month"), ("每月20美元", "20", "month"), ("每月 20 美元", "20", "month"), ("$20/month", "20", "month"), ("$20 a month", "20", "month"),
    ("US$99 per year", "99", "year"),
    ("每股1美分", "0.01", "share"), ("每吨600美元", "600", "ton"), ("每股1.95港元", "1.95", "share"), ("每年數千億美元", "", "year"),
  ]

  @Test(arguments: rated)
  func ratesCarryTheirUnitInTheSpan(_ form: String, _ amount: String, _ per: String) {
    let money = MoneyFixtures.money("官方公布的价格为\(form)，另有优惠。")
    #expect(money.count == 1)
    #expect(money.first?.text == form)
    #expect(money.first?.per == per)
    if !amount.isEmpty { #expect(money.first?.amount == MoneyFixtures.decimal(amount)) }
  }

  @Test func salaryWordGivesTheRateOutsideTheSpan() {
    let money = MoneyFixtures.money("这名工程师年薪50万元。")
    #expect(money.map(\.text) == ["50万元"])
    #expect(money.first?.per == "year")
  }
}

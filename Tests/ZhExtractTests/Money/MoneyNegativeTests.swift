import Testing
@testable import ZhExtract

/// Sentences with numbers that are not money: counts, percentages, years, codes, phone
/// numbers, words that hold a numeral or a currency name. None may yield a money mention.
@Suite struct MoneyNegativeTests {
  static let sentences: [String] = [
    "这款应用的周活跃用户已经超过 8 亿人。",
    "平台宣布拥有 4000 万付费订阅者，同比翻倍。",
    "基金计划增持1.6亿股该公司股票。",
    "新模型拥有700亿参数，推理速度更快。",
    "这座电站的装机容量达到250吉瓦。",
    "今年营收同比增长27%，利润率为12.5%。",
    "公司成立于2015年，2025年迎来十周年。",
    "贵州某酒企的股票代码是600519，昨日收盘上涨。",
    "如有疑问请拨打客服电话010-12345678或13912345678。",
    "五角大楼周二发表声明，否认相关报道。",
    "标准普尔500指数昨日收涨0.8%。",
    "元宇宙概念股集体走强，多元化布局成为共识。",
    "游戏的二元属性决定了它的争议。",
    "他一毛不拔，从不请客。",
    "这是第一次有三千名观众到场。",
    "市场上千万不要盲目跟风。",
    "月活跃用户 6.5 亿，日活 3 亿。",
    "订单号 A202107211321363588510367 已经发货。",
    "版本号为 3.5.1，更新了 20 项功能。",
    "两家公司共有五万名员工。",
    "这家企业的估值模型有 300 亿个参数。",
    "十几个人围在一起讨论上百个方案。",
    "数十亿用户每天使用这款产品。",
    "GPT4 和 A100 都很受欢迎。",
    "今年前三季度，全市常住人口增加了12万人。",
    "大會於一九九七年七月一日舉行，三萬人出席。",
    "该国人口超过一亿四千万。",
    "这位亿万富翁捐出了大部分财产。",
    "千千万万的人走上街头。",
    "第一元素是氢，第二是氦。",
    "他们一块儿去了公园。",
    "全国共有4000多家银行，其中5家为国有大行。",
    "采购了3万件电子元器件，2025元月交付。",
    "这家公司持有500吨黄金储备。",
  ]

  @Test(arguments: sentences)
  func yieldsNoMoney(_ sentence: String) {
    let money = MoneyFixtures.money(sentence)
    #expect(money.isEmpty, "\(sentence) → \(money.map(\.text))")
  }
}

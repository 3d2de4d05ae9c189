extension MoneyRule: StageRule {
  /// Each rule's examples: a marked mention and its value (`amount currency`, `min..max
  /// currency`, then `per=…`, the qualifier, `implicit`), or a sentence it must leave alone.
  /// Together they show every form a rule reads and the look-alikes it refuses.
  package var examples: [RuleExample] {
    switch self {
    case .numberCurrency:
      [
        // A number (Arabic, Chinese, with 万/亿 and their compounds) and a currency after it.
        .finds("公司去年营收⟦120亿元⟧，同比增长", "12000000000 CNY"),
        .finds("市值一度逼近⟦4 萬億美元⟧", "4000000000000 USD approx"),
        .finds("项目预算为⟦3千2百万元⟧", "32000000 CNY"),
        .finds("收购价为⟦一千零五亿元⟧", "100500000000 CNY"),
        // A sign or a name before it, a code either side.
        .finds("售价⟦$20⟧起", "20 USD at_least"),
        .finds("入场费为⟦港幣6,250元⟧", "6250 HKD"),
        .finds("年费⟦USD 99⟧", "99 USD per=year"),
        .finds("该单位以⟦美金500萬⟧購入", "5000000 USD"),
        // A name after 元 decides; a bare 元 in a Taiwan article is TWD.
        .finds("两年销售额为⟦8亿元人民币⟧", "800000000 CNY"),
        .finds("該公司營收新臺幣1,200億元，股價⟦每股1050元⟧。", "1050 TWD per=share"),
        // ¥ is yen in a Japanese context.
        .finds("日本央行表示，这部相机售价⟦¥30000⟧。", "30000 JPY"),
        // Rates and qualifiers around the figure.
        .finds("报⟦每股1,468.50元⟧", "1468.5 CNY per=share"),
        .finds("估值约⟦3.5亿美元⟧", "350000000 USD approx"),
        .finds("去年投入⟦200多亿美元⟧", "20000000000 USD over"),
        // A figure in a list and the first figure of a change take the currency after them.
        .finds("销售额分别为⟦5亿⟧和7.5亿元", "500000000 CNY"),
        .finds("营收从⟦10 亿⟧增长到 130 亿美元", "1000000000 USD"),
        .finds("两年内从⟦10 亿⟧到 130 亿美元", "1000000000 USD"),
        // Spoken and older numbers: 个 before 亿, 余/多 before the unit, a full-width group
        // comma, a middle dot where the text writes decimals so, 兆 where it is 10^12.
        .finds("对方开价⟦两个亿日元⟧", "200000000 JPY"),
        .finds("实际也就⟦十五万余元⟧", "150000 CNY over"),
        .finds("当天营业额为⟦64，350.00元⟧", "64350 CNY"),
        .finds("出口⟦1487·7亿美元⟧，比上年增长18·7%", "148770000000 USD"),
        .finds("去年副业收入⟦30w元⟧", "300000 CNY"),
        .finds("國外投資已突破⟦新台幣23兆元⟧", "23000000000000 TWD"),
        .finds("日本国债规模约⟦580兆日元⟧", "580000000000000 JPY approx"),
        // Historical currencies and short names.
        .finds("同法国签订了⟦45亿法郎⟧的合同", "4500000000 FRF"),
        .finds("与意大利的合作项目投资⟦2000亿里拉⟧", "200000000000 ITL"),
        .finds("欧洲投资银行提供贷款⟦1·5亿埃居⟧，增长2·5%", "150000000 XEU"),
        .ignores("他在五角大楼工作了三年"),
        .ignores("元宇宙概念股大涨"),
        .ignores("基金计划增持1.6亿股该公司股票"),
        .ignores("如有疑问请拨打客服电话010-12345678"),
        .ignores("手环显示10k步只是起点"),
        .ignores("这款30W充电器很受欢迎"),
        .ignores("6·18大促期间人流不断"),
        .ignores("全球债务已达300兆美元"),
      ]
    case .range:
      [
        .finds("总投资预计为⟦20亿至30亿元⟧", "2000000000..3000000000 CNY"),
        .finds("融资规模在⟦37亿~40亿美元⟧之间", "3700000000..4000000000 USD"),
        // The first figure shares the second's 万/亿 when it has none.
        .finds("规模在⟦20至30亿美元⟧之间", "2000000000..3000000000 USD"),
        .finds("门票价格从⟦380元到1280元⟧不等", "380..1280 CNY"),
        .finds("門票售價⟦港幣680元至1280元⟧不等", "680..1280 HKD"),
        .finds("预计支出⟦$3.7bn to $4bn⟧", "3700000000..4000000000 USD"),
        .finds("售价⟦¥3000-¥5000⟧", "3000..5000 CNY"),
        // A first figure without a unit of its own takes the second's multiplier.
        .finds("每晚⟦三到四仟澳元⟧", "3000..4000 AUD"),
        .finds("每单报价在⟦10~15k元⟧之间", "10000..15000 CNY"),
        .finds("售价从⟦9000到4万港元⟧不等", "9000..40000 HKD"),
        .finds("猪肉每斤从⟦六块三到六块八毛五⟧不等", "6.3..6.85 CNY"),
        .ignores("切成3到5块"),
        .ignores("比分从3比1到5比2"),
        // A change is two figures, not a range.
        .ignores("两年内从10亿到130亿美元"),
        .ignores("收入从10亿美元增长到130亿美元"),
      ]
    case .vague:
      [
        .finds("投入⟦数千亿美元⟧建设数据中心", "100000000000..1000000000000 USD"),
        .finds("耗资⟦十几亿元⟧", "1100000000..1900000000 CNY"),
        .finds("投资⟦上百亿元⟧", "10000000000..100000000000 CNY"),
        .finds("融资⟦一两亿美元⟧", "100000000..200000000 USD"),
        .finds("估值⟦三四十亿元⟧", "3000000000..4000000000 CNY"),
        .finds("一天能卖⟦三五百块⟧", "300..500 CNY"),
        .finds("一年能挣⟦七八十万元⟧", "700000..800000 CNY"),
        .finds("计划投入⟦上千亿元⟧", "100000000000..1000000000000 CNY"),
        .finds("他们投了⟦几个亿美元⟧", "100000000..1000000000 USD"),
        .ignores("数十亿用户每天使用这款产品"),
        .ignores("十几个人围在一起讨论上百个方案"),
      ]
    case .capitalNumerals:
      [
        .finds("缴纳会员费⟦人民币壹仟贰佰元整⟧", "1200 CNY"),
        .finds("合计⟦壹仟贰佰叁拾肆元伍角陆分⟧", "1234.56 CNY"),
        .finds("合同金额⟦壹仟貳佰參拾肆圓⟧", "1234 CNY"),
        .ignores("壹号院的业主"),
      ]
    case .subunits:
      [
        .finds("一杯奶茶⟦3块5⟧", "3.5 CNY"),
        .finds("找零⟦5元6角⟧", "5.6 CNY"),
        .finds("一个馒头⟦三毛五⟧", "0.35 CNY"),
        .finds("价格是⟦两美元又三美分⟧", "2.03 USD"),
        // Spoken units and tails: 块/蚊 with the last unit left out, 毛/角/毫, 仙.
        .finds("一碗豆浆至少⟦四块零五⟧", "4.05 CNY at_least"),
        .finds("以前⟦港幣五個二毫⟧就可以買一份報紙", "5.2 HKD"),
        .finds("當年車費⟦一蚊四毫⟧", "1.4 CNY"),
        .finds("現在要⟦七蚊半⟧", "7.5 CNY"),
        .finds("豆浆⟦两块五⟧一杯", "2.5 CNY"),
        .finds("合计⟦50元6角三分⟧", "50.63 CNY"),
        .ignores("停车场离这里5分钟"),
        .ignores("他一毛不拔"),
        .ignores("把西瓜切成三块"),
        .ignores("这次考试他得了90分"),
        .ignores("买了一块五花肉"),
      ]
    case .implicit:
      [
        .finds("季度巨亏⟦120亿⟧", "12000000000 - implicit"),
        .finds("营收增长至⟦8.6亿⟧", "860000000 - implicit"),
        .finds("上月获得⟦30亿⟧融资", "3000000000 - implicit"),
        .finds("史无前例的⟦千亿⟧融资计划", "100000000000 - implicit"),
        .finds("公司预计全年亏损⟦10亿至20亿⟧", "1000000000..2000000000 - implicit"),
        .finds("公司去年亏了⟦三个亿⟧", "300000000 - implicit"),
        .ignores("月活跃用户超过3000万"),
        .ignores("订单量 1 亿，投资者 2 亿"),
        .ignores("都不是千亿级市场"),
      ]
    case .english:
      [
        .finds("计划投资⟦$500 billion⟧", "500000000000 USD"),
        .finds("融资⟦20 million dollars⟧", "20000000 USD"),
        .finds("支出⟦$3.5bn⟧", "3500000000 USD"),
        .finds("估值⟦US$1.4 trillion⟧", "1400000000000 USD"),
        .ignores("GPT4 has 1.8 trillion parameters"),
        .ignores("全程5m高"),
      ]
    }
  }
}

extension MoneyRule: StageRule {
  /// Each rule's examples: a marked mention and its value (`amount currency`, `min..max
  /// currency`, then `per=…`, the qualifier, `implicit`), or a sentence it must leave alone.
  package var examples: [RuleExample] {
    switch self {
    case .numberCurrency:
      [
        .finds("公司去年营收⟦120亿元⟧，同比增长", "12000000000 CNY"),
        .finds("估值约⟦3.5亿美元⟧", "350000000 USD approx"),
        .finds("报⟦每股1,468.50元⟧", "1468.5 CNY per=share"),
        .finds("入场费为⟦港幣6,250元⟧", "6250 HKD"),
        .ignores("他在五角大楼工作了三年"),
        .ignores("元宇宙概念股大涨"),
      ]
    case .range:
      [
        .finds("总投资预计为⟦20亿至30亿元⟧", "2000000000..3000000000 CNY"),
        .finds("融资规模在⟦37亿~40亿美元⟧之间", "3700000000..4000000000 USD"),
        .ignores("切成3到5块"),
      ]
    case .vague:
      [
        .finds("投入⟦数千亿美元⟧建设数据中心", "100000000000..1000000000000 USD"),
        .finds("耗资⟦十几亿元⟧", "1100000000..1900000000 CNY"),
      ]
    case .capitalNumerals:
      [
        .finds("缴纳会员费⟦人民币壹仟贰佰元整⟧", "1200 CNY"),
        .finds("合计⟦壹仟贰佰叁拾肆元伍角陆分⟧", "1234.56 CNY"),
      ]
    case .subunits:
      [
        .finds("一杯奶茶⟦3块5⟧", "3.5 CNY"),
        .finds("找零⟦5元6角⟧", "5.6 CNY"),
      ]
    case .implicit:
      [
        .finds("季度巨亏⟦120亿⟧", "12000000000 - implicit"),
        .finds("营收增长至⟦8.6亿⟧", "860000000 - implicit"),
        .ignores("月活跃用户超过3000万"),
      ]
    case .english:
      [
        .finds("计划投资⟦$500 billion⟧", "500000000000 USD"),
        .finds("融资⟦20 million dollars⟧", "20000000 USD"),
        .ignores("GPT4 has 1.8 trillion parameters"),
      ]
    }
  }
}

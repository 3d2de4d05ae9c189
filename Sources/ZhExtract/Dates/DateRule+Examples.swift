extension DateRule: StageRule {
  /// The anchor of most examples: an article published on Saturday 2025-12-13.
  static let exampleAnchor = "2025-12-13"

  /// Each rule's examples: a marked mention and its ISO 8601 value against the stated
  /// publication date, or a sentence it must leave alone.
  package var examples: [RuleExample] {
    let a = Self.exampleAnchor
    switch self {
    case .year:
      return [
        .finds("公司⟦2025年⟧营收创新高", "2025"),
        .finds("⟦二〇二四年⟧的数据", "2024"),
        .finds("⟦2025年度⟧报告", "2025"),
        .finds("行政院：⟦113年度⟧總預算增加", "2024"),
        .ignores("行政院：113年度总预算增加"),
        .ignores("中华文明有5000年历史"),
        .ignores("他在公司干了18年", published: a),
        .ignores("两千年的历史", published: a),
        .finds("⟦2024年全年⟧净利润", "2024"),
        .finds("⟦公元753年⟧", "0753"),
        .finds("⟦零八年⟧奥运会在北京举办", "2008", published: a),
        .finds("他⟦九七年⟧毕业", "1997", published: a),
        .finds("⟦三六七年⟧", "0367"),
        .finds("⟦08年⟧奥运会在北京举办", "2008", published: a),
        .ignores("工作了三四年", published: a),
        .ignores("一两年内完成", published: a),
        .finds("⟦民國113年⟧施政計畫", "2024"),
      ]
    case .yearQuarter:
      return [
        .finds("⟦2025年第四季度⟧营收", "2025-Q4"),
        .finds("出货量在⟦2025Q4⟧翻倍", "2025-Q4"),
        .finds("⟦25年Q3⟧卸任", "2025-Q3", published: a),
        .finds("台积电⟦2025年第二季⟧营收创新高", "2025-Q2"),
        .finds("⟦民国113年第4季⟧", "2024-Q4"),
        .ignores("2024Q12025Q4之间"),
      ]
    case .yearHalf:
      return [
        .finds("⟦2025年上半年⟧净利润", "2025-H1"),
        .finds("⟦2025H1⟧的数据", "2025-H1"),
        .finds("⟦24年下半年⟧", "2024-H2", published: a),
      ]
    case .yearFirstPeriods:
      return [
        .finds("⟦2024年前三季度⟧净利润", "2024-Q1/2024-Q3"),
        .finds("⟦2025年前10个月⟧出口", "2025-01/2025-10"),
        .finds("⟦2025年1-10月⟧出口", "2025-01/2025-10"),
      ]
    case .yearHoliday:
      return [
        .finds("⟦2026年春节⟧前后", "2026-02-17"),
        .finds("⟦2025年中秋节⟧当天", "2025-10-06"),
        // 前夕: the month that holds the eve (春节 2009 is January 26th).
        .finds("⟦2009年春节前夕⟧,他回到家乡", "2009-01"),
        .finds("⟦2025年国庆前夕⟧新馆开放", "2025-09"),
        .finds("⟦2027年元旦前夕⟧", "2026-12"),
      ]
    case .yearLunar:
      return [
        .finds("⟦2015年农历十月初一⟧", "2015-11-12")
      ]
    case .yearSeason:
      return [
        .finds("⟦2024年夏天⟧的奥运会", "2024-06/2024-08"),
        .finds("⟦1989年秋⟧，他来到北京", "1989-09/1989-11"),
        .finds("⟦2023年冬季⟧气温偏高", "2023-12/2024-02"),
        .ignores("2022年冬奥会在北京举行", published: a),
      ]
    case .yearPart:
      return [
        .finds("预计⟦2025年底⟧完工", "2025-11/2025-12"),
        .finds("⟦2026年初⟧交付", "2026-01/2026-02"),
        .ignores("2025年中国市场表现强劲", published: a),
      ]
    case .yearMonth:
      return [
        .finds("⟦2025年12月⟧发布", "2025-12"),
        .finds("⟦98年5月⟧入职", "1998-05", published: a),
        .finds("⟦两千年三月⟧", "2000-03"),
        .finds("⟦民国98年5月⟧", "2009-05"),
        .ignores("康熙20年5月", published: a),
      ]
    case .yearMonthPart:
      return [
        .finds("⟦19年3月底⟧", "2019-03-21/2019-03-31", published: a),
        .finds("⟦2024年2月下旬⟧", "2024-02-21/2024-02-29"),
      ]
    case .yearMonthDay:
      return [
        .finds("该公司⟦2025年11月18日⟧宣布", "2025-11-18"),
        .finds("⟦二〇二五年十二月十三日⟧", "2025-12-13"),
        .finds("⟦18年10月1日⟧升任总裁", "2018-10-01", published: a),
        .finds("会议于⟦2025年12月13日 08:00⟧开始", "2025-12-13T08:00"),
        .finds("报头印着⟦2024年3月2日(六)⟧", "2024-03-02"),
        .finds("⟦2024年3月2日（星期六）10:20⟧开幕", "2024-03-02T10:20"),
        .ignores("2025年2月30日"),
      ]
    case .relativeYear:
      return [
        .finds("⟦今年⟧的目标", "2025", published: a),
        // Hong Kong's government financial year (April to March) where the text speaks of the
        // budget; Taiwan's and the mainland's 年度 is the calendar year.
        .finds("財政司司長發表預算案。⟦本年度⟧綜合赤字預計為670億元", "2025-04/2026-03", published: "2026-02-25"),
        .finds("財政司司長發表預算案，⟦下年度⟧將回復盈餘", "2026-04/2027-03", published: "2026-02-25"),
        .finds("財政司司長發表預算案，⟦本年度⟧赤字收窄", "2026-04/2027-03", published: "2026-05-02"),
        .finds("行政院表示，⟦本年度⟧預算將優先用於國防", "2026", published: "2026-02-25"),
        .finds("公司⟦本年度⟧营收有望增长", "2026", published: "2026-02-25"),
        .finds("這間餐廳⟦下年度⟧再開分店", "2027", published: "2026-02-25"),
        .finds("⟦去年⟧营收与2024年持平", "2024", published: a),
        .finds("⟦今年⟧的目标", "XXXX"),
        .finds("⟦今年全年⟧营收有望突破千亿", "2025", published: a),
        .finds("⟦上一年度⟧财政收入", "2024", published: a),
        .finds("新工厂将于⟦年内⟧投产", "2025", published: a),
        .ignores("三年内完成", published: a),
        .ignores("马上一年半了", published: a),
        // 后 ends the clause before it, 年产值 is a word: no year after next.
        .ignores("达产后年产值逾500亿元", published: a),
        .finds("今年、明年和⟦后年⟧产量", "2027", published: a),
      ]
    case .relativeYearQuarter:
      return [
        .finds("⟦今年第四季度⟧", "2025-Q4", published: a),
        .finds("⟦明年一季度⟧投产", "2026-Q1", published: a),
        .finds("公司⟦今年第4季⟧出货量回升", "2025-Q4", published: a),
        .finds("⟦今年首季度⟧增长放缓", "2025-Q1", published: a),
      ]
    case .relativeYearHalf:
      return [
        .finds("⟦明年上半年⟧", "2026-H1", published: a)
      ]
    case .relativeYearFirstPeriods:
      return [
        .finds("財政預算案：寬減措施於⟦下年度首月⟧生效", "2026-04", published: "2026-02-25"),
        .finds("⟦明年首月⟧交付", "2026-01", published: a),
        .finds("⟦今年前三季度⟧净利润", "2025-Q1/2025-Q3", published: a),
        .finds("⟦今年1-9月⟧销量", "2025-01/2025-09", published: a),
      ]
    case .relativeYearHoliday:
      return [
        .finds("⟦明年春节⟧", "2026-02-17", published: a)
      ]
    case .relativeYearLunar:
      return [
        .finds("⟦明年正月十五⟧", "2026-03-03", published: a)
      ]
    case .relativeYearSeason:
      return [
        .finds("⟦今年冬天⟧会更冷", "2025-12/2026-02", published: a),
        .finds("⟦明年春季⟧上市", "2026-03/2026-05", published: a),
        .ignores("春天来了", published: a),
      ]
    case .relativeYearPart:
      return [
        .finds("⟦今年年底⟧上市", "2025-11/2025-12", published: a),
        .finds("⟦明年初⟧交付", "2026-01/2026-02", published: a),
      ]
    case .relativeYearMonth:
      return [
        .finds("⟦去年12月⟧", "2024-12", published: a)
      ]
    case .relativeYearMonthPart:
      return [
        .finds("⟦明年3月底⟧", "2026-03-21/2026-03-31", published: a)
      ]
    case .relativeYearMonthDay:
      return [
        .finds("⟦去年12月13日⟧", "2024-12-13", published: a)
      ]
    case .decade:
      return [
        .finds("⟦九十年代⟧的下岗潮", "1990/1999", published: a),
        .finds("⟦70年代末⟧改革开放", "1977/1979", published: a),
        .finds("⟦1980年代⟧的台北", "1980/1989"),
        .finds("⟦20年代⟧的新能源", "2020/2029", published: a),
        .ignores("80后的年轻人", published: a),
      ]
    case .centuryDecade:
      return [
        .finds("⟦20世纪80年代⟧的深圳", "1980/1989"),
        .finds("⟦上世纪90年代⟧", "1990/1999", published: a),
      ]
    case .century:
      return [
        .finds("⟦18世纪⟧的工业革命", "1700/1799"),
        .finds("⟦21世纪初⟧的互联网泡沫", "2000/2009"),
        .finds("⟦十九世纪中叶⟧的通商口岸", "1840/1869"),
        .finds("⟦本世纪⟧的头二十年", "2000/2099", published: a),
        .ignores("新世纪的开端", published: a),
      ]
    case .fiveYearPlan:
      return [
        .finds("⟦十四五⟧时期的重点任务", "2021/2025"),
        .finds("“⟦十五五⟧”规划建议", "2026/2030"),
        .finds("⟦十五⟧计划期间", "2001/2005"),
        .ignores("十四五个人参加", published: a),
        .ignores("十五个人参加", published: a),
      ]
    case .fiscalYear:
      return [
        .finds("⟦2025财年⟧营收", "2025"),
        .finds("⟦FY2026全年⟧盈利", "2026"),
        .finds("⟦FY26⟧指引", "2026"),
        // In a Hong Kong text, this financial year of the government: April to March.
        .finds("房屋委員會⟦本財政年度⟧已撥款14.2億港元", "2026-04/2027-03", published: "2027-01-14"),
      ]
    case .fiscalYearQuarter:
      return [
        .finds("⟦2026财年第一季度⟧营收创新高", "2026-Q1"),
        .finds("⟦2026财年Q1⟧", "2026-Q1"),
        .finds("截至今年4月30日的⟦2025财年第三季⟧，净利下跌18%", "2025-02/2025-04", published: "2025-06-24"),
        .finds("截至2025年9月30日止九个月，⟦2025财年第三季度⟧营收增长", "2025-Q3", published: "2025-11-26"),
      ]
    case .fiscalYearHalf:
      return [
        .finds("⟦2025财年上半年⟧", "2025-H1"),
        // A part of the fiscal year that ends on a day the text names says where the year ends.
        .finds("截至2025年12月31日的⟦2026财年上半年⟧，营收增长27%", "2025-07/2025-12", published: "2026-02-27"),
        .finds("公布截至2025年9月30日止六个月中期业绩，⟦上半财年⟧销售放缓", "2025-04/2025-09", published: "2025-11-26"),
        .finds("截至2025年12月31日的2026财年上半年营收增长，⟦下半财年⟧料改善", "2026-01/2026-06", published: "2026-02-27"),
        .finds("⟦上半财年⟧销售放缓", "2025-H1", published: "2025-11-26"),
      ]
    case .fiscalYearFirstPeriods:
      return [
        .finds("⟦2025财年前三季度⟧", "2025-Q1/2025-Q3")
      ]
    case .fiscalYearPart:
      return [
        .finds("⟦2025财年底⟧", "2025-11/2025-12")
      ]
    case .narrativeYear:
      return [
        .finds("公司成立于2019年3月,⟦同年⟧获得首轮融资", "2019", published: a),
        .finds("2021年推出首款产品,⟦次年⟧进入海外市场", "2022", published: a),
        .finds("⟦次年⟧启动", "2026", published: a),
        // 上年: the year before the one the text is talking about (a report of 2026 published in 2027).
        .finds("⟦上年⟧全市生产总值增长5%", "2024", published: a),
        .finds("2026年全市生产总值增长5%,比⟦上年⟧提高0.3个百分点", "2025", published: "2027-01-20"),
        .ignores("他上年纪了", published: a),
        // 全年 alone is no date (全年营收 in a results article); 今年全年, 2024年全年 are.
        .ignores("预计全年营收增长一成", published: a),
        .ignores("公司全年营收同比增长18%", published: a),
        // 隔年 as 次年: the year after the one in focus.
        .finds("該案於民國111年5月起訴,⟦隔年⟧宣判", "2023", published: "2026-05-01"),
        .ignores("这家便利店全年无休", published: a),
        .ignores("安全年检合格", published: a),
      ]
    case .narrativeYearQuarter:
      return [
        .finds("2023年5月发布新品,⟦同年第四季度⟧扭亏", "2023-Q4", published: a)
      ]
    case .narrativeYearHalf:
      return [
        .finds("工厂2022年动工,⟦次年上半年⟧投产", "2023-H1", published: a)
      ]
    case .narrativeYearPart:
      return [
        .finds("项目2020年立项,⟦次年年末⟧完工", "2021-11/2021-12", published: a)
      ]
    case .narrativeYearHoliday:
      return [
        .finds("工厂2026年9月动工,⟦次年春节⟧前投产", "2027-02-06", published: a),
        .finds("2021年7月开业,⟦同年国庆节⟧客流创新高", "2021-10-01", published: a),
      ]
    case .narrativeYearMonth:
      return [
        .finds("2023年5月9日发生事故,⟦同年12月⟧结案", "2023-12", published: a)
      ]
    case .narrativeYearMonthPart:
      return [
        .finds("2022年签约,⟦次年3月底⟧交付", "2023-03-21/2023-03-31", published: a)
      ]
    case .narrativeYearMonthDay:
      return [
        .finds("2022年签约,⟦次年3月5日⟧交付", "2023-03-05", published: a),
        .finds("該案於民國111年5月起訴,⟦隔年9月6日⟧宣判", "2023-09-06", published: "2026-05-01"),
      ]
    case .narrativeDay:
      return [
        .finds("2023年5月9日发生事故,事发⟦当日⟧封路", "2023-05-09", published: a),
        .finds("公司3月4日宣布回购,⟦次日⟧股价上涨", "2025-03-05", published: "2025-03-10"),
        .finds("⟦当天⟧下午", "2025-12-13", published: a),
        // A day before or after which something is to happen is no event's day (在农历新年前).
        .finds("团体昨日请愿，要求在农历新年前发放津贴。⟦同日⟧，议员到场", "2025-12-12", published: a),
        .finds("代表团12月1日前往北京，⟦当日⟧会见企业代表", "2025-12-01", published: a),
      ]
    case .narrativeWeek:
      return [
        .finds("公司于2025年3月12日公告,⟦此前一周⟧股价大跌", "2025-W10", published: a)
      ]
    case .narrativeMonth:
      return [
        .finds("2024年10月完成融资,⟦同月⟧宣布扩产", "2024-10", published: a),
        .finds("2024年10月完成融资,⟦次月⟧宣布扩产", "2024-11", published: a),
      ]
    case .narrativeQuarter:
      return [
        .finds("2024年第三季度营收增长,⟦当季⟧净利润翻番", "2024-Q3", published: a)
      ]
    case .samePeriod:
      return [
        .finds("2025年前三季度营收120亿元,⟦上年同期⟧为100亿元", "2024-Q1/2024-Q3", published: a),
        .finds("第三季度营收增长,⟦去年同期⟧则下滑", "2024-Q3", published: a),
        .finds("营收⟦去年同期⟧为100亿元", "2024", published: a),
        // 去年同期 is last year's, counted from the anchor, whatever year the period in focus is.
        .finds("2023年一季度营收增长，⟦去年同期⟧则下滑", "2024-Q1", published: a),
        .finds("2023年一季度营收增长，⟦上年同期⟧则下滑", "2022-Q1", published: a),
      ]
    case .ymdNumeric:
      return [
        .finds("在⟦2025/12/13⟧前续费", "2025-12-13"),
        .finds("⟦2025-12-13 08:00⟧", "2025-12-13T08:00"),
        .finds("1/2在⟦2025.12.1⟧续费", "2025-12-01"),
        .ignores("版本号v2025.12.13已发布"),
        .finds("⟦2010 01 29⟧", "2010-01-29"),
        .ignores("编号2010 01 29 3"),
      ]
    case .ymNumeric:
      return [
        .finds("⟦2007-05⟧", "2007-05"),
        .ignores("价格为2025.5元"),
      ]
    case .monthWeek:
      return [
        .finds("⟦十月的第一周⟧是国庆节", "2016-W40", published: "2017-03-22"),
        .finds("⟦本月第2周⟧", "2025-W50", published: a),
        .finds("⟦2025年3月第一周⟧", "2025-W10"),
        .ignores("第二周年纪念", published: a),
      ]
    case .monthNthWeekday:
      return [
        .finds("⟦十月第一个星期一⟧", "2025-10-06", published: a),
        .finds("我⟦四月的最后一个星期一⟧不在", "2019-04-29", published: "2019-07-22"),
        .finds("⟦2024年6月第3个星期日⟧", "2024-06-16"),
        .ignores("十月第六个星期一", published: a),
      ]
    case .splitFiscalYear:
      return [
        .finds("⟦2026/27财政年度⟧预算", "2026-04/2027-03", published: a),
        .finds("⟦2025/26課稅年度⟧薪俸稅", "2025-04/2026-03", published: a),
        .finds("至⟦2028/29年度⟧", "2028-04/2029-03", published: a),
        .finds("⟦2026-27年度⟧財政預算", "2026-04/2027-03", published: a),
        .ignores("2025-26赛季", published: a),
        .ignores("比分2026/27", published: a),
        .ignores("2026/28年度", published: a),
      ]
    case .taiwanSchoolYear:
      return [
        .finds("台北市教育局公布⟦115學年度⟧學雜費", "2026-08/2027-07", published: "2026-09-01"),
        .finds("台南市⟦98學年度⟧入學新生", "2009-08/2010-07", published: "2026-09-01"),
        .ignores("北京市教育局公布115学年度学杂费", published: "2026-09-01"),
        .ignores("台北市第115學年度", published: "2026-09-01"),
      ]
    case .countedUnits:
      return [
        .finds("⟦上两周⟧的销量", "2025-W48/2025-W49", published: a),
        .finds("⟦下两个月⟧交付", "2026-01/2026-02", published: a),
        .finds("⟦上3个季度⟧", "2025-Q1/2025-Q3", published: a),
        .ignores("上两周内完成", published: a),
        .ignores("下两个月以后再说", published: a),
        .finds("⟦下三年⟧", "2026/2028", published: a),
        .finds("公司⟦明后年⟧将扩产", "2026/2027", published: a),
        .finds("⟦明后两年⟧交付", "2026/2027", published: a),
        .ignores("公司未来三年将投资50亿元", published: a),
        .ignores("公司未來三年將投資50億元", published: "2026-02-25"),
        .ignores("未来三年内完成", published: a),
        .ignores("未来三天有雨", published: a),
        .ignores("上两个台阶", published: a),
        .ignores("他正在上三年级", published: a),
      ]
    case .yearWeek:
      return [
        .finds("⟦2021年的第一周⟧", "2021-W01"),
        .finds("⟦今年第10周⟧", "2025-W10", published: a),
      ]
    case .dmyNumeric:
      return [
        .finds("你⟦13.5.2015⟧有没有空", "2015-05-13"),
        .finds("生于⟦10/31/1974⟧", "1974-10-31"),
        .finds("截至⟦31/12/2024⟧", "2024-12-31"),
        .ignores("我会在3-7-2017回来"),
        .ignores("1/2/2020"),
        .ignores("版本13.5.2015.1"),
        // Traditional script: the day comes first (Hong Kong's order).
        .finds("維港財經通訊社報導，截至⟦09/07/2026⟧為止", "2026-07-09"),
        .finds("截至⟦31/12/2024 18:05⟧", "2024-12-31T18:05"),
        .ignores("维港财经通讯社报道，截至09/07/2026为止"),
      ]
    case .englishMonthDayYear:
      return [
        .finds("He said on ⟦Nov. 18, 2025⟧ that", "2025-11-18"),
        .finds("⟦November 18, 2025⟧", "2025-11-18"),
      ]
    case .englishMonthDay:
      return [
        .finds("the deal closes ⟦December 1⟧.", "2025-12-01", published: a)
      ]
    case .englishMonthYear:
      return [
        .finds("⟦December 2025⟧", "2025-12")
      ]
    case .englishDayMonthYear:
      return [
        .finds("⟦18 November 2025⟧", "2025-11-18")
      ]
    case .englishDayMonth:
      return [
        .finds("⟦1 December⟧", "2025-12-01", published: a)
      ]
    case .dayMonthYearHeader:
      return [
        .finds("⟦3 2 月, 2026⟧", "2026-02-03")
      ]
    case .compactDate:
      return [
        .finds("时间:⟦20251110⟧", "2025-11-10"),
        .finds("发布于 ⟦20251021⟧", "2025-10-21"),
        .ignores("订单编号20251110已经发货"),
      ]
    case .month:
      return [
        .finds("⟦12月⟧发布", "2025-12", published: a),
        .finds("⟦十一月⟧", "2025-11", published: a),
        .finds("⟦1月⟧", "2026-01", published: a),
        .ignores("五月天的演唱会"),
        .ignores("1-2月份额上升", published: a),
        .ignores("公司近三月营收增长两成", published: a),
        .ignores("近3月新增用户逾百万", published: a),
      ]
    case .monthPart:
      return [
        .finds("⟦12月初⟧", "2025-12-01/2025-12-10", published: a),
        .finds("⟦12月下旬⟧", "2025-12-21/2025-12-31", published: a),
        .finds("⟦12月下半月⟧", "2025-12-16/2025-12-31", published: a),
        .finds("⟦十二月月底⟧", "2025-12-21/2025-12-31", published: a),
        .finds("⟦12月前10天⟧", "2025-12-01/2025-12-10", published: a),
        .finds("⟦2月下旬⟧", "XXXX-02-21/XXXX-02-29"),
        .ignores("上市前9天股价翻倍", published: a),
        // The base of a comparison (较去年底) gives no year to what follows; the clause looks ahead.
        .finds("成本较去年底下降近两成，该厅将于⟦11月中旬⟧召开大会", "2026-11-11/2026-11-20", published: "2026-10-22"),
      ]
    case .monthDay:
      return [
        .finds("⟦1 月 27 日⟧,创始人座谈", "2026-01-27", published: "2026-02-03"),
        .finds("⟦十二月十三日⟧", "2025-12-13", published: a),
        .finds("⟦12月13号⟧", "2025-12-13", published: a),
        .ignores("2月30日"),
      ]
    case .day:
      return [
        .finds("⟦12日⟧发布", "2025-12-12", published: a),
        .finds("⟦27号⟧", "2025-12-27", published: a),
        .finds("⟦30日⟧", "2025-11-30", published: "2025-12-02"),
        .finds("9月10号，⟦11号⟧，12号都有雨", "2025-09-11", published: a),
        .ignores("1号线和3号线换乘"),
        .ignores("扩建9号、10号泊位"),
        .ignores("1号、2号和3号线换乘"),
        .finds("10号、11号、⟦12号⟧都有雨", "2025-12-12", published: a),
        .ignores("三日内回复"),
        .ignores("7日均线上穿"),
        .finds("⟦二十日⟧召开", "2025-12-20", published: a),
        .finds("会议于⟦六日⟧举行", "2025-12-06", published: a),
        .ignores("三号线换乘", published: a),
        .ignores("六日游", published: a),
        .ignores("周六日休息", published: a),
        .ignores("两日后再议", published: a),
      ]
    case .quarter:
      return [
        // A later year in another clause does not reach the quarter under way or the next.
        .finds("看好明年第一季需求，⟦第四季⟧營收預估季增5%", "2026-Q4", published: "2026-10-15"),
        .finds("2027年第一季營收持平，⟦第二季⟧營收將回升", "2027-Q2", published: "2026-10-15"),
        .finds("⟦第四季度⟧营收增长", "2025-Q4", published: a),
        .finds("⟦Q3⟧", "2025-Q3", published: a),
        .finds("⟦第三财季⟧", "2025-Q3", published: a),
        .ignores("这部剧的第二季很好看"),
        .finds("⟦首季度⟧营收", "2026-Q1", published: a),
      ]
    case .quarterYear:
      return [
        .finds("⟦Q3 2025⟧ revenue grew", "2025-Q3")
      ]
    case .quarterFiscalYear:
      return [
        .finds("⟦Q1 FY2026⟧", "2026-Q1")
      ]
    case .half:
      return [
        .finds("英文报告称⟦H1⟧ revenue rose 12%", "2025-H1", published: a),
        .finds("⟦H2⟧营收有望回升", "2025-H2", published: a),
        .ignores("他申请了H1 visa", published: a),
        .ignores("H2储运技术", published: a),
        .finds("⟦上半年⟧", "2025-H1", published: a),
        .finds("⟦下半年⟧", "2025-H2", published: a),
      ]
    case .firstPeriods:
      return [
        .finds("⟦前三季度⟧出货量创新高", "2025-Q1/2025-Q3", published: a),
        .finds("在⟦前两个月⟧里", "2025-01/2025-02", published: a),
        .finds("⟦一至三季度⟧合计", "2025-Q1/2025-Q3", published: a),
        .finds("⟦前11个月⟧", "2025-01/2025-11", published: "2026-01-20"),
        .ignores("上市前两个月股价平稳", published: a),
        .ignores("这部剧前三季很好看", published: a),
        .finds("⟦首三季⟧纯利按年增长12%", "2025-Q1/2025-Q3", published: a),
        .finds("⟦首八個月⟧出口按年增长", "2025-01/2025-08", published: a),
      ]
    case .holiday:
      return [
        .finds("⟦春节⟧前后", "2026-02-17", published: a),
        .finds("⟦春节前夕⟧,公司发放奖金", "2026-02", published: "2026-01-20"),
        .finds("⟦除夕前夕⟧", "2026-02", published: "2026-01-20"),
        .finds("⟦国庆节⟧", "2025-10-01", published: a),
        .finds("⟦国庆节⟧", "XXXX-10-01"),
        // Official days off (dates-holiday-periods.tsv), other calendars, Easter, shopping days.
        .finds("⟦国庆假期⟧出游人数创新高", "2025-10-01/2025-10-08", published: a),
        .finds("⟦国庆期间⟧景区客流", "2025-10-01/2025-10-08", published: a),
        // In a Taiwanese article, Taiwan's break (weekends and moved days included), not the mainland's days off.
        .finds("台北車站湧現返鄉人潮，⟦春節連假⟧共9天", "2026-02-14/2026-02-22", published: "2026-02-10"),
        .finds("北京站迎来返乡客流，⟦春节连假⟧共9天", "2026-02-15/2026-02-23", published: "2026-02-10"),
        .finds("高雄市⟦端午連假⟧車潮", "2025-05-30/2025-06-01", published: "2025-05-20"),
        .finds("行政院宣布⟦中秋連假⟧", "2024-09-17", published: "2024-09-01"),
        .finds("⟦黄金周⟧内共售出约3万张", "2026-05-01/2026-05-05", published: "2026-03-20"),
        .ignores("金价进入黄金周期", published: a),
        .finds("⟦犹太新年⟧", "2025-09-23", published: a),
        .finds("⟦开斋节⟧", "2026-03-20", published: a),
        .finds("⟦复活节星期一⟧", "2026-04-06", published: a),
        .finds("⟦网络星期一⟧的销量", "2025-12-01", published: a),
        .finds("⟦冬至⟧吃饺子", "2025-12-21", published: a),
        .finds("⟦小年⟧祭灶", "2026-02-10", published: a),
        .finds("⟦跨年夜⟧延长开放", "2025-12-31", published: a),
        .ignores("电话五一二三四"),
        .ignores("店里来了不少小年轻", published: a),
        // A verb of speech after the name makes it a person's given name.
        .ignores("项目经理覃国庆介绍，工期提前", published: a),
      ]
    case .lunar:
      return [
        .finds("⟦农历正月十五⟧公布", "2026-03-03", published: a),
        .finds("⟦大年初一⟧", "2026-02-17", published: a),
        .finds("⟦三月初一⟧是农历日期", "2026-04-17", published: a),
        .finds("⟦农历十月⟧", "2025-11-20/2025-12-19", published: a),
        .finds("⟦闰四月⟧", "2020-05-23/2020-06-20", published: "2020-03-01"),
        .ignores("闰年有366天", published: a),
      ]
    case .relativeDayNumbered:
      return [
        .finds("行政院⟦昨(12)日⟧通过草案", "2025-12-12", published: a),
        .finds("立法院⟦今(13)日⟧三读", "2025-12-13", published: a),
        .ignores("昨日(12)", published: a),
      ]
    case .relativeDay:
      return [
        .finds("公司⟦昨天（12日）⟧晚公布业绩", "2025-12-12", published: a),
        .finds("⟦今日(13日)⟧开市", "2025-12-13", published: a),
        .finds("⟦昨天⟧发布", "2025-12-12", published: a),
        .finds("⟦今天下午3点⟧", "2025-12-13T15:00", published: a),
        .finds("⟦今天⟧", "XXXX-XX-XX"),
        .ignores("明日之星评选开始"),
        .ignores("今日头条发布了新功能"),
        .finds("⟦大大后天⟧开会", "2025-12-17", published: a),
        .finds("⟦聽日⟧見", "2025-12-14", published: a),
        .ignores("日后天晴邨的居民可直达市区", published: a),
        .ignores("此后天气转晴", published: a),
      ]
    case .relativeWeek:
      return [
        .finds("⟦本周⟧", "2025-W50", published: a),
        .finds("⟦上上周⟧", "2025-W48", published: a),
        .finds("分拣中心⟦上周⟧日均处理包裹42万件", "2025-W49", published: a),
      ]
    case .relativeWeekDay:
      return [
        .finds("⟦上周五⟧又发布了新品", "2025-12-05", published: a),
        .finds("⟦下星期三⟧", "2025-12-17", published: a),
        .finds("⟦下周周六⟧见", "2025-12-20", published: a),
        .finds("⟦上周星期三⟧", "2025-12-03", published: a),
        .ignores("分拣中心上周日均处理包裹42万件", published: a),
      ]
    case .weekday:
      return [
        .finds("⟦周日⟧", "2025-12-14", published: a),
        .ignores("每周三开会", published: a),
      ]
    case .weekend:
      return [
        .finds("⟦下周末⟧", "2025-12-20/2025-12-21", published: a),
        .finds("⟦周末⟧", "2025-12-13/2025-12-14", published: a),
      ]
    case .relativeMonth:
      return [
        .finds("⟦上个月⟧", "2025-11", published: a),
        .finds("⟦本月⟧", "2025-12", published: a),
      ]
    case .relativeMonthPart:
      return [
        .finds("⟦本月底⟧", "2025-12-21/2025-12-31", published: a),
        .finds("这是⟦本月初⟧一篇文章的标题", "2025-12-01/2025-12-10", published: a),
        .finds("⟦上半月⟧销量平稳", "2025-12-01/2025-12-15", published: a),
        .finds("⟦下半月⟧迎来高峰", "2025-12-16/2025-12-31", published: a),
        .finds("⟦本月前9天⟧，全市新增订单", "2025-12-01/2025-12-09", published: a),
      ]
    case .relativeMonthDay:
      return [
        .finds("⟦本月15日⟧", "2025-12-15", published: a)
      ]
    case .relativeQuarter:
      return [
        .finds("公司⟦上季度⟧亏损扩大", "2025-Q3", published: a),
        .finds("⟦本季度⟧", "2025-Q4", published: a),
        .finds("運輸及物流局將於⟦本季⟧公布", "2025-Q4", published: a),
        .finds("公司⟦本季⟧营收增长", "2025-Q4", published: a),
        .ignores("本季节气候干燥", published: a),
        .ignores("这部剧本季共有10集", published: a),
      ]
    case .relativePart:
      return [
        .finds("⟦年底⟧完成", "2025-11/2025-12", published: a),
        .finds("⟦月初⟧", "2025-12-01/2025-12-10", published: a),
        .finds("⟦年底⟧年化收入冲向新高", "2025-11/2025-12", published: "2026-01-04"),
        .ignores("每年初都要检修", published: a),
      ]
    case .glossedPeriod:
      return [
        .finds("计划在⟦今年主汛期⟧（6月至9月）到来前完成", "2025-06/2025-09", published: a),
        .finds("⟦暑运⟧（7月1日至8月31日）期间票价上涨", "2026-07-01/2026-08-31", published: "2026-06-18"),
        .finds("于⟦今年冬春航季首日⟧（10月25日）开通", "2026-10-25", published: "2026-06-18"),
        .finds("⟦明年春运⟧（1月25日至3月5日）", "2027-01-25/2027-03-05", published: "2026-06-18"),
        .ignores("今年主汛期到来前完成", published: a),
        .ignores("汛期（共三个月）", published: a),
      ]
    case .countedOffset:
      return [
        .finds("⟦5天前⟧", "2025-12-08", published: a),
        .finds("⟦两年前⟧", "2023", published: a),
        .finds("⟦3个月前⟧", "2025-09", published: a),
        .finds("⟦两个半月前⟧", "2025-09", published: a),
        .ignores("两个半月后再说", published: a),
        .finds("计划⟦三年后⟧上市", "2028", published: a),
        // Years forward from a year the text states (this paragraph or the one before).
        .finds("该厂始建于1998年,⟦十年后⟧成为全国最大的工厂", "2008", published: a),
        .finds("他在2019年3月提出申请,⟦两年后⟧获批", "2021", published: a),
        .finds("他在2019年3月提出申请,⟦兩年後⟧獲批", "2021", published: a),
        .ignores("两年后,双方签约", published: a),
        .ignores("惨败两年半之后", published: a),
        .finds("预计⟦两个半月后⟧完工", "2026-02", published: a),
        .ignores("两周后，双方签约", published: a),
        .ignores("计划两小时后恢复通车", published: a),
        .finds("⟦半年前⟧的数据", "2025-06", published: a),
        // Six months forward from the month stated before.
        .finds("他去年12月加盟,⟦半年后⟧即帮助队伍夺冠", "2025-06", published: a),
        .ignores("半年后,双方签约", published: a),
        .finds("⟦两小时前⟧发布", "2025-12-13T06:00", published: "2025-12-13T08:00"),
        .ignores("工作了两年后离开", published: a),
        .ignores("在此3天前,公司已经宣布", published: a),
        .ignores("这3年前所未有", published: a),
      ]
    case .yearRange:
      return [
        .finds("在⟦2026-2027 年⟧上市", "2026/2027"),
        .finds("⟦2019~2023年⟧增长缓慢", "2019/2023"),
        .finds("⟦2024年至2026年⟧", "2024/2026"),
        .finds("⟦2015年和2018年之间⟧", "2015/2018"),
        // Two years in a row before the season they span: the years, without the season's word.
        .finds("关于⟦2026—2027⟧学年度校历安排", "2026/2027"),
        .finds("⟦2025-26⟧赛季首战", "2025/2026"),
        .finds("⟦2026—2027⟧冰雪季客流", "2026/2027"),
        .ignores("编号2026-2027号"),
        .ignores("比分1-2落后"),
      ]
    case .quarterRange:
      return [
        .finds("⟦从2024Q1到2025Q4⟧,出货量翻了一番", "2024-Q1/2025-Q4"),
        .finds("⟦2024年第一季度至2025年第四季度⟧", "2024-Q1/2025-Q4"),
      ]
    case .halfRange:
      return [
        .finds("⟦2024年上半年至2025年下半年⟧", "2024-H1/2025-H2")
      ]
    case .monthRange:
      return [
        .finds("⟦3月至5月⟧", "2025-03/2025-05", published: "2025-06-20"),
        .finds("⟦2024年10月到2025年3月⟧", "2024-10/2025-03"),
        .finds("⟦2018年2——4月⟧", "2018-02/2018-04"),
        .finds("⟦3-5月⟧", "2025-03/2025-05", published: "2025-06-20"),
        .ignores("工期3-5个月", published: a),
      ]
    case .dayRange:
      return [
        // From a day word on (即日起, 今日起), to a date: one range.
        .finds("優惠由⟦即日起至4月30日⟧", "2026-02-25/2026-04-30", published: "2026-02-25"),
        .finds("活动⟦从3月1日起至4月30日⟧", "2026-03-01/2026-04-30", published: "2026-02-25"),
        .finds("发布会定在⟦3月1日至15日⟧之间", "2026-03-01/2026-03-15", published: a),
        .finds("⟦周一至周五⟧", "2025-12-08/2025-12-12", published: a),
        .finds("⟦昨天至明天⟧", "2025-12-12/2025-12-14", published: a),
      ]
    case .timeRange:
      return [
        .finds("会议室⟦今晚八点到九点⟧有人", "2025-12-13T20:00/2025-12-13T21:00", published: a),
        .finds("⟦从昨天5:00-6:00⟧停电", "2025-12-12T05:00/2025-12-12T06:00", published: a),
        .finds("⟦明天下午两点到五点⟧开放", "2025-12-14T14:00/2025-12-14T17:00", published: a),
        .finds("⟦2016年12月15日晚上7:00到8:00⟧开会", "2016-12-15T19:00/2016-12-15T20:00"),
        .finds("⟦3月2日上午9点至11点30分⟧", "2026-03-02T09:00/2026-03-02T11:30", published: a),
        .ignores("今晚11点到1点", published: a),
        .ignores("下午3点至2点", published: a),
      ]
    case .openFrom:
      return [
        .finds("在⟦2015年1月1日或之后⟧发货", "2015-01-01/.."),
        .finds("⟦自2018年以来⟧销量翻倍", "2018/.."),
        .finds("⟦从2016年3月1日开始⟧的平均负荷", "2016-03-01/.."),
        .finds("新规⟦2024年7月起⟧实施", "2024-07/.."),
        .finds("⟦2010年之后⟧出生", "2011/.."),
        .finds("⟦12月1日以后⟧的订单", "2025-12-02/..", published: a),
        .finds("公司⟦4月以来⟧扩张了三倍", "2025-04/..", published: a),
        .finds("新规将⟦自1月起⟧实施", "2026-01/..", published: a),
        .finds("⟦自2016年9月1日起⟧或2016年1月1日之前的数据", "2016-09-01/.."),
        .ignores("会议于12月13日开始", published: a),
        .ignores("他于2024年起诉了对方"),
      ]
    case .openUntil:
      return [
        .finds("⟦2013年及以前⟧的数据", "../2013"),
        .finds("毕业于⟦2018年以前⟧", "../2017"),
        .finds("⟦2014年9月14日之前⟧完成", "../2014-09-13"),
        .finds("⟦2025年第一季度之前⟧", "../2024-Q4"),
        .finds("⟦上周之前⟧的订单", "../2025-W48", published: a),
      ]
    case .compactDateYearOnly:
      return [
        .finds("时间:⟦2025116⟧", "2025")
      ]
    case .damagedYearOnly:
      return [
        .finds("⟦2025⟧月,某公司宣布扩产", "2025")
      ]
    case .damagedYearMonth:
      return [
        .finds("⟦202410月⟧,阿联酋参与", "2024-10"),
        .finds("⟦20251月⟧,在达沃斯", "2025-01"),
      ]
    case .damagedMonthDay:
      return [
        .finds("转折点发生在⟦627日⟧,", "2025-06-27", published: "2025-11-18"),
        .ignores("116日,公司宣布", published: "2025-11-18"),
      ]
    }
  }
}

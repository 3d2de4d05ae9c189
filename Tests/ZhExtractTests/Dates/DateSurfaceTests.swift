import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Surface forms → one mention covering the whole form, with its exact value. Anchor: an
/// article published 2025-12-13 08:00 (Beijing).
@Suite struct DateSurfaceTests {
  static let published = "2025-12-13T08:00"

  /// One expected value, many ways of writing it.
  static let forms: [(value: String, grain: String, surfaces: [String])] = [
    (
      "2025-12-13", "day",
      [
        "2025年12月13日", "2025 年 12 月 13 日", "2025-12-13", "2025/12/13", "2025.12.13", "二〇二五年十二月十三日",
        "二零二五年十二月十三日", "２０２５年１２月１３日", "2025年12月13号", "12月13日", "十二月十三日", "Dec. 13, 2025",
        "December 13, 2025", "13 December 2025", "13 Dec 2025", "今天", "今日", "星期六", "周六", "週六", "礼拜六", "2025年12月13日(星期六)",
      ]
    ),
    ("2025-12-13T08:00", "minute", ["2025年12月13日 08:00", "2025-12-13 08:00", "2025年12月13日8时00分", "2025年12月13日上午8点整"]),
    ("2025-12-13T14:30:15", "second", ["2025年12月13日14时30分15秒", "2025-12-13 14:30:15", "2025年12月13日 下午 2:30:15"]),
    ("2025-12-13T14:30", "minute", ["2025年12月13日14时30分", "2025年12月13日下午2点半", "2025年12月13日 14:30", "今天下午2点30分", "2025年12月13日 下午 2:30", "2025年12月13日下午2:30"]),
    ("2025-12-12", "day", ["昨天", "昨日", "12日", "12月12日"]),
    ("2025-12-11", "day", ["前天"]),
    ("2025-12-14", "day", ["明天", "周日", "星期天", "本周日"]),
    ("2025-12-05", "day", ["上周五", "上星期五", "上个礼拜五", "上週五"]),
    ("2025-12-17", "day", ["下周三", "下星期三", "下個星期三"]),
    ("2025-W50", "week", ["本周", "这周", "本周稍后"]),
    ("2025-W49", "week", ["上周"]),
    ("2025-12", "month", ["2025年12月", "2025 年 12 月", "本月", "这个月", "12月", "12月份", "December 2025", "2025-12"]),
    ("2025-11", "month", ["上个月", "上月", "11月", "十一月", "2025年11月"]),
    ("2026-01", "month", ["下个月", "1月", "一月"]),
    ("2025", "year", ["2025年", "今年", "二〇二五年", "2025 年", "2025年度"]),
    ("2024", "year", ["去年", "2024年", "二零二四年", "２０２４年"]),
    ("2026", "year", ["明年"]),
    ("2025-Q4", "quarter", ["第四季度", "四季度", "Q4", "2025Q4", "2025年第四季度", "2025年四季度", "本季度", "Q4 2025", "2025 Q4", "今年第四季度"]),
    ("2025-Q3", "quarter", ["上季度", "上个季度", "第三季度", "Q3", "Q3 2025", "2025年Q3"]),
    ("2025-Q1", "quarter", ["2025年一季度", "2025年第一季度", "今年一季度"]),
    ("2025-H1", "half", ["上半年", "2025年上半年", "今年上半年", "2025H1"]),
    ("2025-H2", "half", ["下半年", "2025年下半年"]),
    ("2026-H1", "half", ["明年上半年"]),
    ("2026-01/2026-02", "month", ["明年初", "2026年初"]),
    ("2025-11/2025-12", "month", ["年底", "年末", "今年底", "2025年底", "今年年底", "2025年年底"]),
    ("2025-06/2025-07", "month", ["年中", "2025年中", "今年年中"]),
    ("2025-12-01/2025-12-10", "day", ["月初", "本月初", "12月初", "12月上旬"]),
    ("2025-12-21/2025-12-31", "day", ["月底", "12月底", "12月下旬", "本月底"]),
    ("2025-12-01/2025-12-15", "day", ["12月1日至15日", "12月1日到12月15日", "12月1日-15日", "2025年12月1日至2025年12月15日"]),
    ("2024/2026", "year", ["2024年至2026年", "2024-2026年", "2024~2026年", "2024 - 2026 年", "2024年到2026年", "2024年和2026年之间", "2024年与2026年间"]),
    ("2024-Q1/2025-Q4", "quarter", ["2024Q1到2025Q4", "2024年第一季度至2025年第四季度"]),
    ("2026-02-17", "day", ["春节", "2026年春节", "明年春节", "农历正月初一", "正月初一", "大年初一", "2026年农历正月初一", "農曆正月初一"]),
    ("2026-03-03", "day", ["元宵节", "农历正月十五", "正月十五", "2026年元宵节"]),
    ("2025-10-06", "day", ["中秋节", "2025年中秋节", "今年中秋节", "农历八月十五"]),
    ("2025-05-31", "day", ["2025年端午节", "今年端午节"]),
    ("2025-12-20/2025-12-21", "day", ["下周末", "下个周末", "下週末"]),
    ("2025-12-13/2025-12-14", "day", ["周末", "本周末", "这周末"]),
    ("2025-12-01/2025-12-12", "day", ["12月1日至十二日", "十二月一日到十二日"]),
    ("2025-12-13T15:00", "hour", ["2025年12月13日下午3点", "2025年12月13日15时", "今天下午3点"]),
    ("2025-10-01", "day", ["国庆节", "2025年国庆节"]),
    ("2026-01-01", "day", ["元旦", "2026年元旦"]),
    ("2026-04-05", "day", ["清明节", "2026年清明节"]),
    ("2025-12-08", "day", ["5天前", "五天前", "5日之前"]),
    ("2025-12-12T14:00/2025-12-14T04:00", "hour", ["从昨天下午两点到明天四点"]),
    ("2025-12-12/2025-12-14", "day", ["昨天至明天", "从昨天到明天"]),
    ("2025-12-08/2025-12-12", "day", ["周一至周五", "星期一到星期五", "本周一至周五"]),
    ("2025-12-01/2025-12-05", "day", ["上周一至周五", "上周一到上周五"]),
    ("2023", "year", ["两年前", "2年前", "两年以前", "2023年"]),
    ("2025-09", "month", ["3个月前", "三个月之前", "2025年9月"]),
    ("2025-W48", "week", ["2周前", "两个星期之前", "上上周"]),
    ("2026-05-10", "day", ["母亲节", "2026年母亲节"]),
    ("2025-11-27", "day", ["感恩节", "2025年感恩节"]),
    ("2026-05-01", "day", ["五一", "劳动节", "2026年五一"]),
    ("2015-11-12T09:20", "minute", ["农历2015年十月初一早上九点二十", "2015年农历十月初一上午9点20分"]),
    ("2025-11-18", "day", ["Nov. 18, 2025", "November 18, 2025", "18 November 2025", "Nov 18 2025", "2025年11月18日"]),
    ("2025-12-01", "day", ["December 1", "Dec. 1", "1 December"]),
    // The first N quarters or months of a year.
    (
      "2025-Q1/2025-Q3", "quarter",
      [
        "前三季度", "今年前三季度", "前3个季度", "2025年前三季度", "2025年前三季", "今年前三個季度", "一至三季度",
        "今年一至三季度", "2025年1-3季度", "1~3季度",
      ]
    ),
    ("2024-Q1/2024-Q3", "quarter", ["2024年前三季度", "去年前三季度", "二〇二四年前三季度"]),
    ("2025-Q1/2025-Q2", "quarter", ["前两季度", "今年前二季度"]),
    (
      "2025-01/2025-10", "month",
      [
        "今年前10个月", "前10个月", "前十个月", "2025年前10个月", "今年前10个月份", "1-10月", "1至10月", "今年1-10月份",
        "2025年1~10月", "25年1-10月", "2025 年 1 - 10 月", "1月至10月", "一月到十月",
      ]
    ),
    ("2025-01/2025-02", "month", ["前两个月", "今年前2个月"]),
    ("2024-01/2024-11", "month", ["去年前11个月", "2024年前十一个月"]),
    // Two-digit years, only before a month, a quarter or a half.
    ("2018-10-01", "day", ["18年10月1日", "2018年10月1日", "18年10月1号"]),
    ("2025-Q3", "quarter", ["25年Q3", "25年第三季度", "25年三季度"]),
    ("2024-H1", "half", ["24年上半年", "24年H1"]),
    ("1998-05", "month", ["98年5月", "98年五月", "一九九八年五月", "一千九百九十八年五月"]),
    ("2019-03-21/2019-03-31", "day", ["19年3月底", "19年3月下旬"]),
    // Chinese years written with place units.
    ("2004", "year", ["两千零四年", "二千零四年", "二〇〇四年", "2004年"]),
    ("2025-03", "month", ["二千零二十五年三月", "两千零二十五年3月", "25年3月", "2025年3月"]),
    ("1998", "year", ["一千九百九十八年", "一九九八年"]),
    ("2000-03", "month", ["两千年三月", "2000年3月"]),
  ]

  static var cases: [(String, String, String)] {
    forms.flatMap { form in form.surfaces.filter { !$0.isEmpty }.map { (form.value, form.grain, $0) } }
  }

  @Test(arguments: cases)
  func surfaceResolves(_ value: String, _ grain: String, _ surface: String) {
    let dates = DateFixtures.dates(surface, published: Self.published)
    #expect(dates.count == 1, "\(surface): \(dates.map(\.text))")
    guard let date = dates.first else { return }
    #expect(date.text == surface)
    #expect(date.start == 0 && date.end == surface.unicodeScalars.count)
    #expect(date.value == value, "\(surface)")
    #expect(date.grain == grain, "\(surface)")
  }

  @Test(arguments: [
    ("2025财年", "2025", "year"), ("FY2026", "2026", "year"), ("FY26", "2026", "year"), ("2026财年第一季度", "2026-Q1", "quarter"),
    ("2026财年Q1", "2026-Q1", "quarter"), ("Q1 FY2026", "2026-Q1", "quarter"), ("第三财季", "2025-Q3", "quarter"),
  ])
  func fiscalPeriodsSayTheyAreFiscal(_ surface: String, _ value: String, _ grain: String) {
    let dates = DateFixtures.dates(surface, published: Self.published)
    #expect(dates.count == 1)
    #expect(dates.first?.text == surface)
    #expect(dates.first?.value == value)
    #expect(dates.first?.grain == grain)
    #expect(dates.first?.fiscal == true)
  }

  @Test(arguments: [
    // In January and February the first months still ahead belong to the year just ended.
    ("前11个月", "2026-01-20", "2025-01/2025-11"), ("前三季度", "2026-02-10", "2025-Q1/2025-Q3"),
    ("前两个月", "2026-02-27", "2026-01/2026-02"), ("前两个月", "2026-01-20", "2025-01/2025-02"),
    ("前三季度", "2025-08-01", "2025-Q1/2025-Q3"), ("前三季度", "2026-03-02", "2026-Q1/2026-Q3"),
  ])
  func firstPeriodsWithoutAYearTakeTheYearMostRecentlyBegun(_ surface: String, _ published: String, _ value: String) {
    let dates = DateFixtures.dates(surface, published: published)
    #expect(dates.map(\.value) == [value], "\(surface) @ \(published)")
    #expect(dates.first?.relative == true)
    #expect(dates.first?.anchor == published)
  }

  @Test func firstPeriodsOfAStatedYearNeedNoAnchor() {
    let dates = DateFixtures.dates("2024年前三季度与2023年前10个月")
    #expect(dates.map(\.value) == ["2024-Q1/2024-Q3", "2023-01/2023-10"])
    #expect(dates.map(\.relative) == [false, false])
    #expect(DateFixtures.dates("今年前三季度").map(\.value) == ["XXXX-Q1/XXXX-Q3"])
  }

  @Test func aTwoDigitYearTakesItsCenturyFromTheAnchor() {
    let dates = DateFixtures.dates("18年10月1日,98年5月,45年Q1,46年Q1", published: "2025-12-13")
    #expect(dates.map(\.value) == ["2018-10-01", "1998-05", "2045-Q1", "1946-Q1"])
    #expect(dates.allSatisfy { $0.relative && $0.anchor == "2025-12-13" })
    // Without an anchor the century is unknown.
    #expect(DateFixtures.dates("18年10月1日").map(\.value) == ["XXXX-10-01"])
  }

  @Test func relativeFlagAndAnchor() throws {
    let dates = DateFixtures.dates("去年营收与2024年持平,1 月 27 日公布。", published: "2026-02-03")
    #expect(dates.map(\.value) == ["2025", "2024", "2026-01-27"])
    #expect(dates.map(\.relative) == [true, false, true])
    #expect(dates.map(\.anchor) == ["2026-02-03", nil, "2026-02-03"])
    #expect(dates.allSatisfy { !$0.fiscal })
  }

  @Test func withoutAnAnchorUnknownPartsStayX() {
    let dates = DateFixtures.dates("1 月 27 日,上周五,今年第四季度,国庆节,2025年上半年。")
    #expect(dates.map(\.value) == ["XXXX-01-27", "XXXX-XX-XX", "XXXX-Q4", "XXXX-10-01", "2025-H1"])
    #expect(dates.map(\.anchor) == [nil, nil, nil, nil, nil])
  }

  @Test func yearEndInJanuaryIsTheYearJustEnded() {
    #expect(DateFixtures.dates("年底年化收入冲向新高。", published: "2026-01-04").first?.value == "2025-11/2025-12")
    #expect(DateFixtures.dates("今年年底上市。", published: "2026-01-04").first?.value == "2026-11/2026-12")
  }

  @Test func aUTCAnchorIsConvertedToLocalTimeFirst() {
    // 20:00Z on the 4th is 04:00 on the 5th in Beijing: its 昨天 is the 4th.
    let dates = DateFixtures.dates("昨天", published: "2026-01-04T20:00:00Z")
    #expect(dates.first?.value == "2026-01-04")
    #expect(dates.first?.anchor == "2026-01-05")
  }
}

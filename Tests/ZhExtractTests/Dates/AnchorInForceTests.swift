import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The anchor in force at each mention (`DateDiscourse`): marked mentions ⟦…⟧ with their
/// values and the `anchor` each reports.
@Suite struct AnchorInForceTests {
  struct Case: CustomStringConvertible, Sendable {
    var marked: String
    var published: String?
    var values: [String]
    var anchors: [String?]
    var description: String { marked }
  }

  static func check(_ c: Case) {
    let text = MarkedText(c.marked)
    let dates = DateFixtures.dates(text.text, published: c.published)
    let marked = dates.filter { d in text.allSpans.contains([d.start, d.end]) }
    #expect(marked.map { [$0.start, $0.end] } == text.allSpans, "\(dates.map { "\($0.text)=\($0.value)" })")
    #expect(marked.map(\.value) == c.values)
    #expect(marked.map(\.anchor) == c.anchors)
  }

  // MARK: Narrative references: the date the text is talking about

  static let narrative: [Case] = [
    Case(
      marked: "⟦2023年5月9日⟧,一辆货车在大桥上起火,事发⟦当日⟧大桥封闭。", published: "2025-12-13",
      values: ["2023-05-09", "2023-05-09"], anchors: [nil, "2023-05-09"]),
    Case(
      marked: "公司于⟦3月4日⟧宣布回购,⟦次日⟧股价上涨,⟦前一天⟧成交量已明显放大。", published: "2025-03-10",
      values: ["2025-03-04", "2025-03-05", "2025-03-04"], anchors: ["2025-03-10", "2025-03-04", "2025-03-05"]),
    Case(
      marked: "⟦2021年⟧公司在香港上市,⟦次年⟧进入欧洲;⟦2023年⟧完成重组,⟦次年⟧扭亏为盈。", published: "2025-12-13",
      values: ["2021", "2022", "2023", "2024"], anchors: [nil, "2021", nil, "2023"]),
    Case(
      marked: "⟦2023年5月⟧工厂动工,⟦同年12月⟧投产,⟦同月⟧获得认证。", published: "2025-12-13",
      values: ["2023-05", "2023-12", "2023-12"], anchors: [nil, "2023", "2023-12"]),
    // 当日 after a month with no day since: a day of that month the text does not give; the
    // year stays in focus for 次年 and 同年.
    Case(
      marked: "⟦2023年8月⟧，证监会对公司立案调查，公司股价⟦当日⟧跌停；⟦次年3月⟧，证监局下发处罚决定书。⟦同年7月⟧，投资者提起诉讼。",
      published: "2026-06-18",
      values: ["2023-08", "2023-08-XX", "2024-03", "2024-07"], anchors: [nil, "2023-08", "2023", "2024"]),
    // A month of another sentence leaves 当天 to the day the report is about.
    Case(
      marked: "新华社日内瓦11月3日电 对话会⟦3日⟧在日内瓦闭幕。\n\n基金截至今年9月底已筹资43亿美元。瑞士政府⟦当天⟧承诺再出资。", published: "2025-11-03",
      values: ["2025-11-03", "2025-11-03"], anchors: ["2025-11", "2025-11-03"]),
    // 上一年 counts back from the year in focus, as 上年 does.
    Case(
      marked: "⟦2026年春节档⟧落下帷幕，受⟦上一年⟧高基数影响，总票房下降。", published: "2027-01-10",
      values: ["2026-02", "2025"], anchors: [nil, "2026"]),
    // A day said after the month is the day in focus again.
    Case(
      marked: "⟦2023年8月⟧，工程分段施工，⟦8月15日⟧主体完工，⟦当日⟧举行仪式。", published: "2026-06-18",
      values: ["2023-08", "2023-08-15", "2023-08-15"], anchors: [nil, "2023", "2023-08-15"]),
    Case(
      marked: "⟦2024年第三季度⟧营收增长,⟦当季⟧毛利率创新高。", published: "2025-12-13",
      values: ["2024-Q3", "2024-Q3"], anchors: [nil, "2024-Q3"]),
    Case(
      marked: "⟦2025年3月12日⟧公司发布公告,⟦此前一周⟧股价累计下跌15%。", published: "2025-12-13",
      values: ["2025-03-12", "2025-W10"], anchors: [nil, "2025-03-12"]),
    Case(
      marked: "⟦2025年前三季度⟧营收120亿元,⟦上年同期⟧为100亿元。", published: "2025-12-13",
      values: ["2025-Q1/2025-Q3", "2024-Q1/2024-Q3"], anchors: [nil, "2025-Q1/2025-Q3"]),
    // A Hong Kong dateline, day first, is the publication date and the anchor.
    Case(
      marked: "啟德商業地皮易手 九龍城區議會促增社區設施\n香港｜⟦09/07/2026 18:05⟧｜維港財經通訊社\n\n地政總署⟦今日⟧公布，⟦下週二⟧截標。", published: nil,
      values: ["2026-07-09T18:05", "2026-07-09", "2026-07-14"], anchors: [nil, "2026-07-09", "2026-07-09"]),
    // A year counted from the anchor is no period in focus: 去年同期 is a year before the anchor's.
    Case(
      marked: "⟦今年⟧雨水足，芽头比⟦去年⟧壮，收购价比⟦去年同期⟧高一成。", published: "2027-04-08",
      values: ["2027", "2026", "2026"], anchors: ["2027-04-08", "2027-04-08", "2027-04-08"]),
    // Without a date in focus: the anchor of the document (and then what that resolved to).
    Case(
      marked: "⟦当天⟧下午,发布会在北京举行,⟦次年⟧新品上市,营收较⟦上年同期⟧增长。", published: "2025-12-13",
      values: ["2025-12-13", "2026", "2025"], anchors: ["2025-12-13", "2025", "2026"]),
    // 去年同期 is the anchor's last year, whatever year is in focus.
    Case(
      marked: "⟦次年⟧新品上市,营收较⟦去年同期⟧增长。", published: "2025-12-13",
      values: ["2026", "2024"], anchors: ["2025-12-13", "2026"]),
    // A day in focus reaches one paragraph on, no further.
    Case(
      marked: "⟦3月4日⟧签约。\n⟦当天⟧交割。\n其他。\n⟦当天⟧发布。", published: "2025-03-10",
      values: ["2025-03-04", "2025-03-04", "2025-03-10"], anchors: ["2025-03-10", "2025-03-04", "2025-03-10"]),
    // The base of a comparison (较上年) is not the year the text talks about: 当年 is 2025.
    Case(
      marked: "⟦2025年⟧基金会募集善款4.86亿元，较⟦上年⟧增长12.3%；⟦当年⟧管理费用为1860万元。", published: "2026-03-01",
      values: ["2025", "2024", "2025"], anchors: [nil, "2025", "2025"]),
    // After a span of years, 同年 is the year it ended in.
    Case(
      marked: "⟦2022年3月至2024年6月⟧间，他挪用资金。⟦同年9月⟧，公司报案。", published: "2026-11-30",
      values: ["2022-03/2024-06", "2024-09"], anchors: [nil, "2024"]),
  ]

  @Test(arguments: narrative) func narrativeReferences(_ c: Case) { Self.check(c) }

  static let reportDay: [Case] = [
    // 当天 paragraphs after the day the report is about: that day, not the publication's.
    Case(
      marked: "本报讯 ⟦12月2日⟧,公司在北京举行发布会。\n\n公司介绍了新产品。\n\n投资人表示看好。\n\n发布会⟦当天⟧,公司还上线了新模型,⟦次日⟧开放下载。",
      published: "2026-12-03", values: ["2026-12-02", "2026-12-02", "2026-12-03"], anchors: ["2026-12-03", "2026-12-02", "2026-12-02"]),
    // A first day long before the anchor is background, not the report's day (nor one six days
    // before: see the last narrative case).
    Case(
      marked: "本报讯 公司成立于⟦2019年3月1日⟧。\n\n公司介绍了新产品。\n\n投资人表示看好。\n\n发布会⟦当天⟧,公司还上线了新模型。",
      published: "2026-12-03", values: ["2019-03-01", "2026-12-03"], anchors: [nil, "2026-12-03"]),
  ]

  static let reportDayAfterTheDateline: [Case] = [
    // The wire dateline is the document's date, not the day the report is about: 昨天 is.
    Case(
      marked:
        "联盟成立\n\n华西通讯社成都⟦2026年11月3日⟧电（记者 邹一鸣）联盟成立大会⟦昨天⟧在成都举行，四十三家单位加入联盟，共同开展氢能技术攻关，推动成果转化和产业化应用。\n\n省科技厅将于⟦本月中旬⟧发布项目。\n\n重庆市科技局⟦同日⟧宣布提供研发用房。",
      published: nil, values: ["2026-11-03", "2026-11-02", "2026-11-11/2026-11-20", "2026-11-02"],
      anchors: [nil, "2026-11-03", "2026-11-03", "2026-11-02"]),
    // Friday's news on a Monday is the report's day (three days back).
    Case(
      marked: "本报讯 ⟦11月27日⟧,省高院举行新闻发布会。\n\n发布会通报了典型案例。\n\n省法院将设立工作站。\n\n省工商联副主席⟦当日⟧表示支持。",
      published: "2026-11-30", values: ["2026-11-27", "2026-11-27"], anchors: ["2026-11-30", "2026-11-27"]),
    // 同日 opening a paragraph is the report's day, not a step the paragraph before told of.
    Case(
      marked: "本报讯 研資局⟦昨日⟧公布評審結果。\n\n科大於結果公布⟦當日⟧下午舉行記者會，中大則於⟦翌日⟧上午介紹項目。\n\n與此同時，創科署⟦同日⟧宣布再撥款。",
      published: "2026-11-26", values: ["2026-11-25", "2026-11-25", "2026-11-26", "2026-11-25"],
      anchors: ["2026-11-26", "2026-11-25", "2026-11-25", "2026-11-25"]),
    // A newspaper's header states the day of the issue; the wire dateline below it is the day the
    // report was filed, not the day it is about (14日召开): 同日 two paragraphs on is the 14th.
    Case(
      marked:
        "遗址发现铸铜作坊\n华夏文博报　⟦2026年10月16日⟧　第3版\n\n本报郑州⟦10月15日⟧电（记者宋雨桐）省文物考古研究院⟦14日⟧在郑州召开专家论证会，通报遗址的最新发掘成果，出土陶范和坩埚残片。\n\n遗址位于伊河东岸。\n\n韩国首尔大学的教授在⟦同日⟧发来贺信。",
      published: nil, values: ["2026-10-16", "2026-10-15", "2026-10-14", "2026-10-14"],
      anchors: [nil, "2026-10-16", "2026-10", "2026-10-14"]),
    // Inside a paragraph, 同日 is still the day just told of.
    Case(
      marked: "本报讯 研资局⟦昨日⟧公布结果。\n\n中大于⟦翌日⟧介绍项目，创科署⟦同日⟧宣布拨款。",
      published: "2026-11-26", values: ["2026-11-25", "2026-11-26", "2026-11-26"], anchors: ["2026-11-26", "2026-11-25", "2026-11-26"]),
  ]

  @Test(arguments: reportDay + reportDayAfterTheDateline) func theDayTheReportIsAbout(_ c: Case) { Self.check(c) }

  // MARK: The year in focus and the tense

  static let yearInFocus: [Case] = [
    // 今年/去年 in the same clause: a September article looking back.
    Case(
      marked: "⟦今年元宵节⟧是⟦2月12日⟧,⟦当天⟧全市接待游客120万人次。", published: "2025-09-20",
      values: ["2025-02-12", "2025-02-12", "2025-02-12"], anchors: ["2025-09-20", "2025", "2025-02-12"]),
    // A year stated with a month sets the paragraph's time.
    Case(
      marked: "⟦2019年3月⟧,公司在杭州成立。⟦6月⟧完成天使轮融资,⟦12日⟧发布首款产品。", published: "2025-12-13",
      values: ["2019-03", "2019-06", "2019-06-12"], anchors: [nil, "2019", "2019-06"]),
    // A bare year is a comparison, not the time of the next clause.
    Case(
      marked: "⟦去年⟧营收与⟦2024年⟧持平,⟦1月27日⟧公布。", published: "2026-02-03",
      values: ["2025", "2024", "2026-01-27"], anchors: ["2026-02-03", nil, "2026-02-03"]),
    // A later year than the anchor's reaches only to the end of its sentence.
    Case(
      marked: "公司预计⟦2026年3月⟧量产。⟦11月5日⟧,公司发布了新品。", published: "2025-12-13",
      values: ["2026-03", "2025-11-05"], anchors: [nil, "2025-12-13"]),
    // … nor, in another clause, to the month under way.
    Case(
      marked: "名单预计⟦明年一季度⟧公布，协会将于⟦11月中旬⟧组织培训。", published: "2026-11-03",
      values: ["2027-Q1", "2026-11-11/2026-11-20"], anchors: ["2026-11-03", "2026-11-03"]),
    Case(
      marked: "名单预计⟦明年一季度⟧公布，协会将于⟦3月⟧组织培训。", published: "2026-11-03",
      values: ["2027-Q1", "2027-03"], anchors: ["2026-11-03", "2027"]),
    // The tense of the clause: looking back, looking ahead.
    Case(marked: "⟦一季度⟧全市旅游收入达到85亿元。", published: "2025-09-20", values: ["2025-Q1"], anchors: ["2025-09-20"]),
    Case(marked: "新品将于⟦1月10日⟧上市。", published: "2025-12-13", values: ["2026-01-10"], anchors: ["2025-12-13"]),
    Case(marked: "新品已于⟦12月20日⟧上市。", published: "2025-08-01", values: ["2024-12-20"], anchors: ["2025-08-01"]),
    Case(marked: "公司⟦12月20日⟧曾发布预警。", published: "2025-12-13", values: ["2024-12-20"], anchors: ["2025-12-13"]),
    // The year in focus yields to a tense that contradicts it.
    Case(
      marked: "⟦2025年上半年⟧的数据将在⟦农历正月十五之后⟧公布。", published: "2025-12-13",
      values: ["2025-H1", "2026-03-04/.."], anchors: [nil, "2025-12-13"]),
    // 料 (expected, in Hong Kong's and Taiwan's press) looks ahead: last year's December does not
    // pull the coming holiday back a year; 资料 is no 料.
    Case(
      marked: "證監會⟦去年12月⟧發出通函。市場人士指出，料⟦農曆新年⟧前新股市場仍然活躍。", published: "2026-01-14",
      values: ["2025-12", "2026-02-17"], anchors: ["2026-01-14", "2026-01-14"]),
    Case(marked: "资料显示，⟦1月15日⟧公司完成交割。", published: "2025-08-01", values: ["2025-01-15"], anchors: ["2025-08-01"]),
    // A month counted from the anchor (本月底) brings the text back from the year it stated.
    Case(
      marked: "工程⟦去年8月⟧停工，⟦同年10月⟧复工。新桥将于⟦本月底⟧合龙，⟦端午节⟧前通车。", published: "2027-03-09",
      values: ["2026-08", "2026-10", "2027-03-21/2027-03-31", "2027-06-09"], anchors: ["2027-03-09", "2026", "2027-03-09", "2027-03-09"]),
    // Without either: the nearest.
    Case(marked: "⟦1月27日⟧,创始人与开发者座谈。", published: "2026-02-03", values: ["2026-01-27"], anchors: ["2026-02-03"]),
    // …a day ahead counting a quarter farther: 197 days back beat 168 ahead; 44 ahead beat 321 back.
    Case(marked: "⟦5月19日⟧,流域普降暴雨。", published: "2026-12-02", values: ["2026-05-19"], anchors: ["2026-12-02"]),
    Case(marked: "⟦6月19日⟧,流域普降暴雨。", published: "2026-12-02", values: ["2026-06-19"], anchors: ["2026-12-02"]),
    Case(marked: "⟦1月15日⟧,展览在市美术馆开幕。", published: "2026-12-02", values: ["2027-01-15"], anchors: ["2026-12-02"]),
    Case(marked: "⟦4月20日⟧,展览在市美术馆开幕。", published: "2026-10-02", values: ["2026-04-20"], anchors: ["2026-10-02"]),
    Case(marked: "⟦2月20日⟧,展览在市美术馆开幕。", published: "2026-10-02", values: ["2027-02-20"], anchors: ["2026-10-02"]),
    // A range lies in a year that has its first day: the leap year ahead, though March 2019 is nearer.
    Case(marked: "⟦2月29日-3月1日⟧", published: "2019-09-18", values: ["2020-02-29/2020-03-01"], anchors: ["2019-09-18"]),
    // A space between Han characters parts a headline's phrases: 擬 looks ahead for the second.
    Case(marked: "台積電⟦第二季⟧獲利創新高 鴻海擬加碼美國投資", published: "2025-08-05", values: ["2025-Q2"], anchors: ["2025-08-05"]),
    Case(marked: "台積電⟦第二季⟧獲利創新高　鴻海擬加碼美國投資", published: "2025-08-05", values: ["2025-Q2"], anchors: ["2025-08-05"]),
    // Within a phrase the cue still counts.
    Case(marked: "鴻海擬在⟦第二季⟧起加碼投資", published: "2025-08-05", values: ["2026-Q2"], anchors: ["2025-08-05"]),
    // A month compared with is the base of the comparison, not a month ahead.
    Case(marked: "⟦2月⟧營收將較⟦1月⟧下滑。", published: "2026-02-26", values: ["2026-02", "2026-01"], anchors: ["2026-02-26", "2026-02-26"]),
    // 會在 looks ahead: the coming Christmas, though the last one lies nearer.
    Case(marked: "運輸及物流局稱，並會在⟦聖誕節⟧前完成地區諮詢。", published: "2027-06-15", values: ["2027-12-25"], anchors: ["2027-06-15"]),
    Case(marked: "運輸及物流局稱，已在⟦聖誕節⟧前完成地區諮詢。", published: "2027-06-15", values: ["2026-12-25"], anchors: ["2027-06-15"]),
  ]

  @Test(arguments: yearInFocus) func yearInFocusAndTense(_ c: Case) { Self.check(c) }

  /// A season named after the two years it spans (`2026—2027学年`) places a date without a year
  /// that nothing else places: from August in its first year, before August in its second.
  static let seasonYears: [Case] = [
    Case(
      marked: "《关于⟦2026—2027⟧学年度校历的通知》印发。\n第二学期：⟦2月22日⟧开学，⟦清明节⟧放假1天，暑假⟦自7月10日开始⟧。⟦10月1日至7日⟧放假。",
      published: nil, values: ["2026/2027", "2027-02-22", "2027-04-05", "2027-07-10/..", "2026-10-01/2026-10-07"],
      anchors: [nil, "2027", "2027", "2027", "2026"]),
    // With a document date the season still decides: the coming spring term, not the last.
    Case(
      marked: "⟦2026—2027⟧学年校历公布。\n第二学期⟦2月22日⟧开学。", published: "2026-08-20",
      values: ["2026/2027", "2027-02-22"], anchors: [nil, "2027"]),
    Case(
      marked: "⟦2025-26⟧赛季常规赛收官。\n球队⟦11月⟧取得七连胜，⟦3月⟧又连胜五场。", published: "2026-04-20",
      values: ["2025/2026", "2025-11", "2026-03"], anchors: [nil, "2025", "2026"]),
    // A year stated in the paragraph comes first; a fiscal year is no season (its own calendar).
    Case(
      marked: "⟦2026—2027⟧学年校历公布。\n⟦2028年3月⟧起试点新学制，⟦9月⟧起全面推行。", published: "2026-08-20",
      values: ["2026/2027", "2028-03", "2028-09"], anchors: [nil, nil, "2028"]),
    Case(
      marked: "⟦2025-26⟧财年预算案公布。\n⟦2月22日⟧起征收新税。", published: "2026-08-20",
      values: ["2025/2026", "2026-02-22"], anchors: [nil, "2026-08-20"]),
  ]

  @Test(arguments: seasonYears) func aSeasonPlacesItsMonths(_ c: Case) { Self.check(c) }

  /// A weekday linked to the day right before it by 适逢, 恰逢, 为 (`weekday-link` in dates-cues.tsv)
  /// names that day when it falls on it; otherwise it is a day of the anchor's week.
  static let linkedWeekdays: [Case] = [
    Case(
      marked: "财政部表示，由于⟦今年5月31日⟧适逢⟦周日⟧，截止日顺延一天。", published: "2026-05-04",
      values: ["2026-05-31", "2026-05-31"], anchors: ["2026-05-04", "2026-05-31"]),
    Case(marked: "⟦元旦⟧恰逢⟦周五⟧，商场客流大增。", published: "2026-12-20", values: ["2027-01-01", "2027-01-01"], anchors: ["2026-12-20", "2027-01-01"]),
    // 5月30日 is a Saturday: the weekday is not that day's.
    Case(marked: "⟦5月30日⟧适逢⟦周日⟧。", published: "2026-05-04", values: ["2026-05-30", "2026-05-10"], anchors: ["2026-05-04", "2026-05-04"]),
    // No link word between them: the Sunday after it is not the day itself.
    Case(marked: "⟦5月31日⟧后的⟦周日⟧举行。", published: "2026-05-04", values: ["2026-05-31", "2026-05-10"], anchors: ["2026-05-04", "2026-05-04"]),
  ]

  @Test(arguments: linkedWeekdays) func aWeekdayLinkedToTheDayBeforeIt(_ c: Case) { Self.check(c) }

  /// Lines that each begin with a date, forward in time (a schedule), go on forward: a month
  /// without a year after them follows the line before, where the nearest year would go back.
  static let schedules: [Case] = [
    Case(
      marked: "申报时程如下：\n⟦5月下旬⟧　临柜申报高峰\n⟦5月31日⟧　网络系统开放至午夜\n⟦7月31日⟧　首批退税入账\n⟦8月底⟧　第二批退税入账\n⟦11月⟧　寄发核定通知书",
      published: "2026-05-04",
      values: ["2026-05-21/2026-05-31", "2026-05-31", "2026-07-31", "2026-08-21/2026-08-31", "2026-11"],
      anchors: ["2026-05-04", "2026-05-04", "2026", "2026", "2026"]),
    Case(
      marked: "工程进度：\n⟦10月⟧　完成设计\n⟦12月⟧　开工\n⟦2月⟧　主体封顶", published: "2026-07-10",
      values: ["2026-10", "2026-12", "2027-02"], anchors: ["2026-07-10", "2026-07-10", "2027"]),
    // Lines going back in time (a review, newest first) keep the nearest year each.
    Case(
      marked: "回顾：\n⟦12月⟧　发布\n⟦11月⟧　上线\n⟦10月⟧　立项", published: "2026-05-04",
      values: ["2025-12", "2025-11", "2025-10"], anchors: ["2026-05-04", "2026-05-04", "2026-05-04"]),
    // One dated line before is no schedule yet; a date inside a line is none.
    Case(
      marked: "⟦8月底⟧　第二批退税入账\n⟦11月⟧　寄发核定通知书", published: "2026-05-04", values: ["2026-08-21/2026-08-31", "2025-11"], anchors: ["2026-05-04", "2026-05-04"]),
  ]

  @Test(arguments: schedules) func aScheduleGoesOnForward(_ c: Case) { Self.check(c) }

  /// The year in focus is a civil year: a day of the Chinese calendar lies in it, from the Chinese
  /// year that began in it or the one before (腊月 falls in January).
  static let chineseDaysInTheYearInFocus: [Case] = [
    Case(
      marked: "⟦2027年1月⟧寒假开始，⟦腊月二十三⟧小年放假，⟦正月初八⟧返校。", published: "2026-09-01",
      values: ["2027-01", "2027-01-30", "2027-02-13"], anchors: [nil, "2027", "2027"]),
    Case(
      marked: "⟦2026年1月⟧春运开始，⟦腊月初九⟧加开临客。", published: "2025-12-20",
      values: ["2026-01", "2026-01-27"], anchors: [nil, "2026"]),
  ]

  @Test(arguments: chineseDaysInTheYearInFocus) func aChineseDayInTheYearInFocus(_ c: Case) { Self.check(c) }

  /// A heading's year (an award's, a list's) carries to days, but not to a day of the last
  /// month's news: that is the anchor's year.
  static let headingYear: [Case] = [
    Case(
      marked: "浙江⟦2025年度⟧科学技术奖揭晓\n\n本报讯（记者 俞晓航）⟦12月3日⟧，省政府召开大会。\n\n【科技简讯】\n\n▲⟦11月30日⟧，中心发布数据。",
      published: "2026-12-04", values: ["2025", "2026-12-03", "2026-11-30"], anchors: [nil, "2026-12-04", "2026-12-04"]),
    Case(
      marked: "⟦2025年⟧回顾\n\n⟦3月5日⟧，新厂动工。", published: "2026-06-10", values: ["2025", "2025-03-05"], anchors: [nil, "2025"]),
    // A year heading inside the body (a timeline's) takes all its items, the last month's days too.
    Case(
      marked:
        "专利战落幕\n\n本周三，双方联合发布声明，宣布已就全部专利争议达成全球和解，撤回在两国法院的其余诉讼，这场历时两年半的纠纷至此终于画上句号。\n\n【案件时间线】\n⟦2025年⟧\n⟦4月28日⟧　一审判决。\n⟦11月18日⟧　二审开庭。\n⟦2026年⟧\n⟦6月26日⟧　二审改判。",
      published: "2026-12-03", values: ["2025", "2025-04-28", "2025-11-18", "2026", "2026-06-26"], anchors: [nil, "2025", "2025", nil, "2026"]),
  ]

  @Test(arguments: headingYear) func aHeadingYearAndTheDaysOfTheNews(_ c: Case) { Self.check(c) }

  /// Without a date for the document, a date the calendar names without a year is placed against
  /// the last day the text stated with its year (across paragraphs); what counts from "now"
  /// (今年, 明年, 上半年) stays unresolved, and a text that states no day places nothing.
  static let undatedDocument: [Case] = [
    Case(
      marked: "文化旅游季将于⟦2027年1月16日⟧开幕。\n\n⟦除夕⟧当晚举办长桌宴，⟦1月下旬至2月下旬⟧增开航班。",
      published: nil, values: ["2027-01-16", "2027-02-05", "2027-01-21/2027-02-28"], anchors: [nil, "2027-01-16", "2027-01-16"]),
    Case(
      marked: "市场监管局将于⟦2026年12月10日⟧约谈经营者。\n\n⟦明年⟧将扩建，⟦上半年⟧完成招标，⟦3月5日⟧开工。",
      published: nil, values: ["2026-12-10", "XXXX", "XXXX-H1", "2027-03-05"], anchors: [nil, nil, nil, "2026-12-10"]),
    // A day told of in the past may lie years back: it places nothing.
    Case(
      marked: "⟦2022年11月30日⟧，公司发布了首款产品。\n\n⟦11月18日⟧，对手推出新品。", published: nil,
      values: ["2022-11-30", "XXXX-11-18"], anchors: [nil, nil]),
    // The stated day is no "now": the tense of a later clause does not push a date past it.
    Case(
      marked: "特展定于⟦2027年1月16日⟧开展。\n\n艺术馆将在⟦腊八⟧举办讲座。", published: nil,
      values: ["2027-01-16", "2027-01-15"], anchors: [nil, "2027-01-16"]),
    // No day stated: a month alone anchors nothing.
    Case(
      marked: "⟦2023年12月⟧公司成立。\n\n⟦3月5日⟧开工。", published: nil, values: ["2023-12", "XXXX-03-05"], anchors: [nil, nil]),
    // A stated publication date still decides.
    Case(
      marked: "⟦2025年12月10日⟧约谈经营者。\n\n⟦3月5日⟧开工。", published: "2026-04-01", values: ["2025-12-10", "2026-03-05"],
      anchors: [nil, "2026-04-01"]),
  ]

  @Test(arguments: undatedDocument) func aDocumentWithoutADate(_ c: Case) { Self.check(c) }

  /// 地震当日 is the day of the earthquake the text dated, not of a later day whose sentence names a
  /// plan's title holding the word.
  @Test func anEventWordInATitleNamesNoEvent() {
    Self.check(
      Case(
        marked: "⟦12月1日⟧发生的6.4级地震造成3人死亡。\n\n行政院⟦今日⟧核定「花莲地震灾后重建计划」。\n\n县长地震⟦当日⟧即赴灾区，⟦次日⟧再前往光复乡。",
        published: "2026-12-04", values: ["2026-12-01", "2026-12-04", "2026-12-01", "2026-12-02"],
        anchors: ["2026-12-04", "2026-12-04", "2026-12-01", "2026-12-01"]))
  }

  // MARK: Sections of a compilation

  @Test func aDigestReanchorsEachItemAtItsDateline() {
    let text = MarkedText(
      """
      每日科技早报
      编辑部 ⟦2025-03-05⟧

      【⟦2025年3月2日⟧ 新华社】
      国家统计局⟦今天⟧发布数据,⟦上周⟧能源价格小幅回落。

      时间:⟦20250303⟧
      来源:中新网
      某厂商⟦今天⟧召开发布会,宣布⟦下周一⟧开售新机。

      【⟦2025年3月4日⟧ 澎湃新闻】
      ⟦昨日⟧,某平台公布了⟦上个月⟧的消费数据。
      """)
    let doc = DateFixtures.document(text.text)
    #expect(doc?.meta.published == "2025-03-05")
    let dates = doc?.dates ?? []
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans)
    #expect(
      dates.map(\.value) == [
        "2025-03-05", "2025-03-02", "2025-03-02", "2025-W08", "2025-03-03", "2025-03-03", "2025-03-10",
        "2025-03-04", "2025-03-03", "2025-02",
      ])
    #expect(dates.map(\.anchor) == [nil, nil, "2025-03-02", "2025-03-02", nil, "2025-03-03", "2025-03-03", nil, "2025-03-04", "2025-03-04"])
  }

  @Test func aCaptionIsNoSectionDateline() {
    // A date and an event on a line of their own (a picture's caption) re-anchors nothing.
    let dates = DateFixtures.dates(
      "正文开始。\n2022年11月30日,ChatGPT发布\n⟦昨天⟧的会议上。".replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: ""), published: "2025-12-13")
    #expect(dates.last?.value == "2025-12-12")
  }

  @Test func theDocumentsOwnDatelineStartsNoSection() {
    // The caller's date rules over the article's own dateline.
    let dates = DateFixtures.dates("神译局·2025年12月13日 08:00\n昨天发布。", published: "2026-02-03")
    #expect(dates.last?.value == "2026-02-02")
  }

  // MARK: Fiscal years defined in the text

  @Test(arguments: [
    (
      "公司财年截至6月30日。⟦2025财年⟧营收增长15%,其中⟦第四财季⟧营收764亿美元;⟦本财年⟧将加大投入,⟦上一财年⟧资本支出880亿美元。",
      "2025-08-05", ["2024-07/2025-06", "2025-04/2025-06", "2025-07/2026-06", "2024-07/2025-06"]
    ),
    ("The company's fiscal year ending June 30: ⟦FY2026⟧ revenue will grow; ⟦FY2026 Q1⟧ revenue rose.", "2025-10-30", ["2025-07/2026-06", "2025-07/2025-09"]),
    ("集团截至⟦2025年3月31日⟧止年度收入480亿港元,⟦2026财年⟧收入预计增长。", "2025-11-13", ["2025-03-31", "2025-04/2026-03"]),
    (
      "集团⟦本财年第二财季⟧(⟦7月至9月⟧)收入126亿港元,⟦2026财年上半年⟧增长5%。", "2025-11-13",
      ["2025-07/2025-09", "2025-07/2025-09", "2025-04/2025-09"]
    ),
    // A half glossed with its months defines the year; which civil year names it (a Japanese
    // company's 2026财年 begins in April 2026) is the one that puts it nearest the anchor.
    (
      "丸川精工⟦2026财年上半年⟧（⟦4月至9月⟧）营业利润预计增长12%，⟦2025财年⟧营收增长5%。", "2026-06-03",
      ["2026-04/2026-09", "2026-04/2026-09", "2025-04/2026-03"]
    ),
    ("公司⟦2026财年下半年⟧(⟦10月至次年3月⟧)订单饱满。", "2026-11-20", ["2026-10/2027-03", "2026-10/2027-03"]),
    // A fiscal year glossed with the day it ends, with its year: the year it ends in says the naming.
    (
      "大和精工⟦2025财年⟧（截至⟦2026年3月31日⟧）采购约120亿日元，⟦2026财年⟧采购额有望再增两成。", "2026-03-31",
      ["2025-04/2026-03", "2026-03-31", "2026-04/2027-03"]
    ),
    ("公司⟦2025财年⟧（截至⟦2025年6月30日⟧）营收增长，⟦本财年⟧继续投入。", "2025-08-05", ["2024-07/2025-06", "2025-06-30", "2025-07/2026-06"]),
    // Without a definition, fiscal periods keep their stated numbers.
    ("公司⟦2025财年⟧营收增长,⟦第四财季⟧扭亏。", "2025-08-05", ["2025", "2025-Q4"]),
  ])
  func fiscalYearsDefinedInTheText(_ marked: String, _ published: String, _ values: [String]) {
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: published).filter { d in text.allSpans.contains([d.start, d.end]) }
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans)
    #expect(dates.map(\.value) == values)
    // Fiscal periods say so, whether converted or not; the rest do not.
    #expect(dates.map(\.fiscal) == dates.map { $0.text.contains("财") || $0.text.contains("FY") })
  }
}

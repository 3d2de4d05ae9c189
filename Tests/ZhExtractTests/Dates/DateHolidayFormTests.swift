import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's holiday forms: official days off of mainland holidays, shopping days, holidays of
/// the Hebrew and Islamic calendars and of Easter, aliases and solar terms — each with its exact
/// value for an article published on Saturday 2025-12-13 (year-less holidays take the year that
/// puts them nearest the anchor). A name that holds another name is one mention.
@Suite struct DateHolidayFormTests {
  static let published = "2025-12-13T08:00"

  static let cases: [(marked: String, value: String)] = [
    ("⟦国庆假期⟧出游人数创新高", "2025-10-01/2025-10-08"),  // one break with 中秋 that year
    ("⟦2024年国庆黄金周⟧", "2024-10-01/2024-10-07"),
    ("⟦春节长假⟧期间", "2026-02-15/2026-02-23"),
    ("⟦五一假期⟧", "2026-05-01/2026-05-05"),
    ("⟦清明假期⟧", "2026-04-04/2026-04-06"),
    ("⟦2030年国庆假期⟧", "2030-10-01/2030-10-07"),  // beyond the table: the customary seven days
    ("⟦2030年十一黄金周⟧", "2030-10-01/2030-10-07"),
    ("⟦2030年五一假期⟧", "2030-05-01/2030-05-05"),  // the customary five days since 2020
    ("⟦2030年中秋假期⟧", "2030-09-12"),  // no customary length: the holiday's day
    ("⟦2030年国庆节⟧", "2030-10-01"),  // the holiday, not its days off
    ("⟦双十一⟧大促", "2025-11-11"),
    ("⟦618大促⟧", "2025-06-18"),
    ("⟦黑五⟧折扣", "2025-11-28"),
    ("⟦网络星期一⟧的销量", "2025-12-01"),
    ("⟦三一五⟧晚会", "2026-03-15"),
    ("⟦犹太新年⟧", "2025-09-23"),
    ("⟦赎罪日⟧", "2025-10-02"),
    ("⟦逾越节⟧", "2026-04-02"),
    ("⟦开斋节⟧", "2026-03-20"),
    ("⟦宰牲节⟧", "2026-05-27"),
    ("⟦古尔邦节⟧", "2026-05-27"),
    ("⟦伊斯兰新年⟧", "2025-06-26"),
    ("⟦复活节⟧", "2026-04-05"),
    ("⟦2025年复活节⟧", "2025-04-20"),
    ("⟦复活节星期一⟧", "2026-04-06"),
    ("⟦耶稣受难日⟧", "2026-04-03"),
    ("⟦东正教复活节⟧", "2026-04-12"),
    ("⟦圣灵降临节⟧", "2026-05-24"),
    ("⟦以色列国庆节⟧", "2026-04-22"),
    ("⟦犹太植树节⟧", "2026-02-02"),
    ("⟦圣诞⟧促销", "2025-12-25"),
    ("⟦农历新年⟧", "2026-02-17"),
    ("⟦冬至⟧吃饺子", "2025-12-21"),
    ("⟦立春⟧", "2026-02-04"),
    ("⟦2024年清明节⟧", "2024-04-04"),
    // A holiday with 期间: its days off (国庆期间 is the National Day holiday, not 1 October).
    ("⟦国庆期间⟧景区客流", "2025-10-01/2025-10-08"),
    ("⟦春节期间⟧", "2026-02-15/2026-02-23"),
    ("⟦五一期间⟧", "2026-05-01/2026-05-05"),
    // 黄金周 alone: the golden week nearer the anchor (National Day 2025, 73 days back, not Labour Day 2026).
    ("⟦黄金周⟧内共售出约3万张", "2025-10-01/2025-10-08"),
    // A season of releases named after a holiday: its official days off, as the box office counts them; the
    // month that holds the holiday in a year the periods table lacks.
    ("影片定档⟦2027年春节档⟧", "2027-02"),
    ("⟦明年春节档⟧竞争激烈", "2026-02-15/2026-02-23"),
    ("⟦国庆档期⟧票房", "2025-10-01/2025-10-08"),
    ("⟦2025年端午档⟧票房", "2025-05-31/2025-06-02"),
    // After a year, the summer film season (暑期档) is June to August.
    ("⟦今年暑期档⟧票房", "2025-06/2025-08"),
    // The Chinese New Year the observatories give (ICU computes 7 February 2027).
    ("⟦2027年正月初一⟧", "2027-02-06"),
    ("⟦2027年除夕⟧", "2027-02-05"),
  ]

  @Test(arguments: cases.indices)
  func holidayValue(_ index: Int) {
    let (marked, value) = Self.cases[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: Self.published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
    #expect(dates.first?.value == value, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
  }

  /// 黄金周 alone at other anchors: Labour Day's days off when they are nearer (ahead or around
  /// the anchor), National Day's when they are; without an anchor, unknown days.
  @Test(arguments: [
    ("2026-03-20", "2026-05-01/2026-05-05"),  // 42 days ahead against 170 back
    ("2026-05-03", "2026-05-01/2026-05-05"),  // within it
    ("2026-07-20", "2026-10-01/2026-10-07"),  // 73 days ahead against 76 back
    ("2026-10-08", "2026-10-01/2026-10-07"),  // the day after
  ])
  func bareGoldenWeek(_ published: String, _ value: String) {
    let dates = DateFixtures.dates("黄金周期间客流平稳。", published: published)
    #expect(dates.map(\.text) == ["黄金周"] && dates.first?.value == value, "\(published): \(dates.map { "\($0.text)=\($0.value)" })")
  }

  @Test func bareGoldenWeekWithoutAnAnchor() {
    let dates = DateFixtures.dates("黄金周内客流平稳。", published: nil)
    #expect(dates.map(\.value) == ["XXXX-XX-XX/XXXX-XX-XX"], "\(dates.map { "\($0.text)=\($0.value)" })")
  }

  /// The embedded word is never a mention of its own.
  @Test(arguments: [("网络星期一的销量", "星期一"), ("以色列国庆节", "国庆节"), ("犹太植树节", "植树节"), ("复活节星期一", "星期一")])
  func embeddedNamesAreNotMentions(_ sentence: String, _ inner: String) {
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(dates.count == 1 && dates.first?.text != inner, "\(dates.map { "\($0.text)=\($0.value)" })")
  }

  /// Numbers that look like shopping days, and weather that looks like a solar term.
  @Test(arguments: ["电话6183456。", "共618人参加。", "第618号文件。", "昨夜下了大雪。", "雨水很多。", "金价进入黄金周期。", "黄金周边产品热销。"])
  func noHolidayIn(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}

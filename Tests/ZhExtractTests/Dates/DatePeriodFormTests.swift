import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's periods longer than a year and seasons: decades, centuries and their parts,
/// five-year plans, a season after a year — each with its exact value for an article published
/// on Saturday 2025-12-13, and sentences that hold no such date.
@Suite struct DatePeriodFormTests {
  static let published = "2025-12-13T08:00"

  static let cases: [(marked: String, value: String)] = [
    ("⟦20世纪80年代⟧的深圳", "1980/1989"),
    ("⟦二十世纪九十年代⟧", "1990/1999"),
    ("⟦九十年代⟧的下岗潮", "1990/1999"),
    ("⟦八十年代初⟧，他下海经商", "1980/1982"),
    ("⟦70年代末⟧改革开放", "1977/1979"),
    ("⟦80年代中期⟧的价格闯关", "1984/1986"),
    ("⟦00年代⟧的互联网", "2000/2009"),
    ("⟦1980年代⟧的台北", "1980/1989"),
    ("⟦上世纪90年代⟧", "1990/1999"),
    ("⟦上个世纪⟧的事", "1900/1999"),
    ("⟦18世纪⟧的工业革命", "1700/1799"),
    ("⟦21世纪初⟧的互联网泡沫", "2000/2009"),
    ("⟦十九世纪中叶⟧的通商口岸", "1840/1869"),
    ("⟦20世纪上半叶⟧", "1900/1949"),
    ("⟦十四五⟧时期的重点任务", "2021/2025"),
    ("“⟦十五五⟧”规划建议", "2026/2030"),
    ("⟦十三五⟧期间", "2016/2020"),
    ("⟦2024年夏天⟧的奥运会", "2024-06/2024-08"),
    ("⟦今年冬天⟧会更冷", "2025-12/2026-02"),
    ("⟦1989年秋⟧", "1989-09/1989-11"),
    ("⟦1989年秋⟧，", "1989-09/1989-11"),
    ("⟦明年春天⟧上市", "2026-03/2026-05"),
    ("⟦去年秋季⟧的销量", "2024-09/2024-11"),
  ]

  @Test(arguments: cases.indices)
  func periodValue(_ index: Int) {
    let (marked, value) = Self.cases[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: Self.published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
    #expect(dates.first?.value == value, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
  }

  /// A decade's century, when the text names none, is the latest begun by the anchor's year;
  /// without an anchor it stays unknown.
  @Test func decadeWithoutAnchor() {
    let dates = DateFixtures.dates("九十年代的下岗潮", published: nil)
    #expect(dates.map(\.value) == ["XX90/XX99"])
  }

  /// Vague periods, counts and names that look like these forms are no dates.
  @Test(arguments: [
    "新世纪的开端。", "春天来了。", "夏天很热。", "80后的年轻人。", "一年四季都在营业。", "十五个人参加。", "十四五个人参加。",
    "他十四五岁就出来打工。", "2022年冬奥会在北京举行。", "今年春运客流创新高。", "世纪之交的变革。",
  ])
  func noPeriod(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(!dates.contains { $0.value.contains("/") && !$0.value.contains("-") }, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
    #expect(
      !dates.contains { ["dates.decade", "dates.century-decade", "dates.century", "dates.five-year-plan"].contains($0.rule) || $0.rule.hasSuffix("season") },
      "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}

import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's period words: the statistics year before the anchor's (上年, 上一年度), the whole
/// year (全年, 年内), half a month, a month said twice, colloquial and Cantonese days — each with
/// its exact value for an article published on Saturday 2025-12-13 — and the same characters
/// inside other words.
@Suite struct DatePeriodWordTests {
  static let published = "2025-12-13T08:00"

  static let cases: [(marked: String, value: String)] = [
    ("⟦上年⟧全市生产总值增长5%", "2024"),
    ("比⟦上一年⟧增长", "2024"),
    ("⟦上一年度⟧财政收入", "2024"),
    ("⟦本年度⟧预算", "2025"),
    ("⟦今年全年⟧营收有望突破千亿", "2025"),
    ("⟦2024年全年⟧净利润", "2024"),
    ("新工厂将于⟦年内⟧投产", "2025"),
    ("⟦上半月⟧销量平稳", "2025-12-01/2025-12-15"),
    ("⟦下半个月⟧迎来高峰", "2025-12-16/2025-12-31"),
    ("⟦11月上半月⟧", "2025-11-01/2025-11-15"),
    ("⟦十二月月底⟧结算", "2025-12-21/2025-12-31"),
    ("⟦大大后天⟧开会", "2025-12-17"),
    ("⟦大大前天⟧", "2025-12-09"),
    ("⟦尋日⟧落雨", "2025-12-12"),
    ("⟦聽日⟧見", "2025-12-14"),
    ("⟦下年⟧再講", "2026"),
  ]

  @Test(arguments: cases.indices)
  func periodWordValue(_ index: Int) {
    let (marked, value) = Self.cases[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: Self.published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
    #expect(dates.first?.value == value, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
  }

  @Test(arguments: ["马上一年半了。", "他上年纪了。", "三年内完成。", "半年内完成。", "一年内完成。", "全年无休。"])
  func noPeriodWord(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}

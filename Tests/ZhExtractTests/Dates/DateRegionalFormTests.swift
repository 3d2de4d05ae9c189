import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's Hong Kong, Taiwan and Republic of China forms (Traditional text, as published):
/// quarters without 度, 首 for 前, years of the Republic, a relative day with its day of the
/// month in parentheses — each with its exact value for an article published on Saturday
/// 2025-12-13 — and sentences where the same words are no date.
@Suite struct DateRegionalFormTests {
  static let published = "2025-12-13T08:00"

  static let cases: [(marked: String, value: String)] = [
    ("台積電⟦2025年第二季⟧營收創新高", "2025-Q2"),
    ("公司⟦今年第4季⟧出貨量回升", "2025-Q4"),
    ("集團⟦今年首三季⟧盈利上升", "2025-Q1/2025-Q3"),
    ("⟦首三季⟧純利按年增長12%", "2025-Q1/2025-Q3"),
    ("⟦今年首八個月⟧出口按年增長", "2025-01/2025-08"),
    ("⟦前8月⟧累計銷量達120萬輛", "2025-01/2025-08"),
    ("⟦今年首季⟧經濟增長放緩", "2025-Q1"),
    ("⟦首季度⟧營收", "2026-Q1"),
    // Without a year or 度, a business word after it makes 第N季 a quarter.
    ("公司公布⟦第三季⟧合併營收新台幣48.7億元", "2025-Q3"),
    ("公司已公布⟦第二季⟧每股盈餘2.1元", "2025-Q2"),
    ("新廠⟦第四季⟧起逐步放量", "2025-Q4"),
    // In Traditional script, 第N季 with no series named beside it is a quarter.
    ("陳翊庭預期⟦第四季⟧仍有多家企業來港上市", "2025-Q4"),
    ("公司料⟦第2季⟧需求回溫", "2026-Q2"),  // 料 looks ahead: the next second quarter
    ("⟦民國113年⟧施政計畫", "2024"),
    ("⟦民国38年⟧", "1949"),
    ("⟦民國113年度⟧預算", "2024"),
    ("⟦公元753年⟧", "0753"),
    ("行政院⟦昨（12）日⟧通過草案", "2025-12-12"),
    ("立法院⟦今（13）日⟧三讀", "2025-12-13"),
    ("會議⟦明（14）日⟧登場", "2025-12-14"),
    ("預計⟦後年⟧完工", "2027"),
    // Taiwan's press: a relative year with its number in parentheses.
    ("業者預估⟦明（2027）年⟧營收將再成長", "2027"),
    ("⟦去（2024）年3月⟧的營收", "2024-03"),
    // In Traditional script 前N季 without a year is the year's first quarters too.
    ("⟦前3季⟧每股純益12.35元", "2025-Q1/2025-Q3"),
    // A weekday and the time after it.
    ("公開招股至⟦下週一中午12時⟧截止", "2025-12-15T12:00"),
  ]

  @Test(arguments: cases.indices)
  func regionalValue(_ index: Int) {
    let (marked, value) = Self.cases[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: Self.published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
    #expect(dates.first?.value == value, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
  }

  /// A season of a series (a `season-context` cue beside it), a count, a public body: no date.
  @Test(arguments: [
    "這部劇的第二季很好看。", "第4季共有10集。", "他們在寫第二季的劇本。", "《乘風破浪》第三季播出後收視走高。", "第三季共12集。", "這套影集的第三季。", "第三季主演陣容曝光。", "公元前221年秦統一六國。", "民國時期的建築。", "公司首席執行官。", "首次公開招股。",
    "這部劇的前兩季很好看。", "前3季共有30集。", "明（2027）年代",
  ])
  func noRegionalDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}

import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Dates in running text: exact spans (marked ⟦…⟧), values and nothing else.
@Suite struct DateSpanTests {
  static let sentences: [(marked: String, published: String?, values: [String])] = [
    ("公司⟦上季度⟧亏损扩大,⟦今年⟧的目标是在⟦2026-2027 年⟧上市。", "2025-12-13", ["2025-Q3", "2025", "2026/2027"]),
    ("⟦1 月 27 日⟧,创始人与开发者座谈,⟦上周五⟧又发布了新品。", "2026-02-03", ["2026-01-27", "2026-01-30"]),
    ("據報道,該公司⟦2025年11月18日⟧宣佈,⟦第四季度⟧營收增長。", "2025-12-13", ["2025-11-18", "2025-Q4"]),
    ("发布会定在⟦３月１日至１５日⟧之间,⟦明年初⟧交付。", "2025-12-13", ["2026-03-01/2026-03-15", "2026-01/2026-02"]),
    ("He said on ⟦Nov. 18, 2025⟧ that ⟦Q3 2025⟧ revenue grew; the deal closes ⟦December 1⟧.", "2025-12-13", ["2025-11-18", "2025-Q3", "2025-12-01"]),
    ("⟦春节⟧前后,⟦2025年上半年⟧的数据将在⟦农历正月十五⟧之后公布。", "2025-12-13", ["2026-02-17", "2025-H1", "2026-03-03"]),
    ("该公司⟦2026财年第一季度⟧营收创新高,⟦FY2025⟧全年盈利。", "2025-12-13", ["2026-Q1", "2025"]),
    ("⟦从2024Q1到2025Q4⟧,出货量翻了一番;⟦2019~2023年⟧则增长缓慢。", "2025-12-13", ["2024-Q1/2025-Q4", "2019/2023"]),
    ("<p>会议于⟦2025年12月13日 08:00⟧开始。</p>", nil, ["2025-12-13T08:00"]),
    ("这是⟦本月初⟧一篇文章的标题,⟦三月初一⟧是农历日期。", "2025-12-13", ["2025-12-01/2025-12-10", "2026-04-17"]),
  ]

  @Test(arguments: sentences.indices)
  func spansAndValues(_ index: Int) {
    let (marked, published, values) = Self.sentences[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(text.text): \(dates.map(\.text))")
    #expect(dates.map(\.value) == values)
    let original = Array(text.text.unicodeScalars)
    for date in dates {
      #expect(AnalysisText.string(original[date.start..<date.end]) == date.text)
    }
  }

  @Test func traditionalAndFullWidthKeepTheirOriginalSurface() {
    let dates = DateFixtures.dates("上週五與２０２５年１２月", published: "2025-12-13")
    #expect(dates.map(\.text) == ["上週五", "２０２５年１２月"])
    #expect(dates.map(\.normalized) == ["上周五", "2025年12月"])
    #expect(dates.map(\.value) == ["2025-12-05", "2025-12"])
  }

  @Test func jsonFieldOrderFollowsTheSpec() throws {
    let date = try #require(DateFixtures.dates("2025财年", published: "2025-12-13").first)
    guard case .object(let fields) = date.json else { Issue.record("not an object"); return }
    #expect(fields.map(\.0) == ["text", "start", "end", "normalized", "value", "grain", "relative", "anchor", "fiscal", "rule"])
  }
}

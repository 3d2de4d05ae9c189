import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's relative offsets and the duration boundary (docs/SPEC.md): a point counted back
/// from the anchor is a date, a count measured from the anchor or a vague one is not. The anchor
/// is an article published on Saturday 2025-12-13 at 08:00 (Beijing).
@Suite struct DateOffsetFormTests {
  static let published = "2025-12-13T08:00"

  static let cases: [(marked: String, value: String)] = [
    ("⟦3天前⟧发布的公告", "2025-12-10"),
    ("⟦三天前⟧", "2025-12-10"),
    ("⟦两个月前⟧", "2025-10"),
    ("⟦半年前⟧的数据", "2025-06"),
    ("⟦半个月前⟧", "2025-11-28"),
    ("⟦两小时前⟧发布", "2025-12-13T06:00"),
    ("⟦10个小时前⟧", "2025-12-12T22:00"),
    ("⟦30分钟前⟧", "2025-12-13T07:30"),
  ]

  @Test(arguments: cases.indices)
  func offsetValue(_ index: Int) {
    let (marked, value) = Self.cases[index]
    let text = MarkedText(marked)
    let dates = DateFixtures.dates(text.text, published: Self.published)
    #expect(dates.map { [$0.start, $0.end] } == text.allSpans, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
    #expect(dates.first?.value == value, "\(marked): \(dates.map { "\($0.text)=\($0.value)" })")
  }

  /// Without a time in the anchor, hours back give the anchor's day.
  @Test func hoursAgoWithADateOnlyAnchor() {
    #expect(DateFixtures.dates("两小时前发布", published: "2025-12-13").map(\.value) == ["2025-12-13"])
  }

  /// Durations and vague spans are not dates.
  @Test(arguments: [
    "近三天气温偏高。", "未来三天有雨。", "过去十年变化巨大。", "三天内完成。", "为期两个月的活动。", "两周后双方签约。", "前几天下了雨。",
    "半年内完成。", "半年前景看好。",
  ])
  func durationsAreNoDates(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: Self.published)
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}

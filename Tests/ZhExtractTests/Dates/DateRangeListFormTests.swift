import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// Issue 17's ranges written short and bounds that look back: a time to a later time on one
/// day, 以来 (since) and 起 before 或. Every mention of a sentence is marked; the values are
/// listed in order, each case with its anchor.
@Suite struct DateRangeListFormTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // A time to a later time on the first time's day (docs/SPEC.md).
    ("会议室⟦今晚八点到九点⟧有人", "2025-12-13", ["2025-12-13T20:00/2025-12-13T21:00"]),
    ("⟦从昨天5:00-6:00⟧停电", "2025-12-13", ["2025-12-12T05:00/2025-12-12T06:00"]),
    ("展馆⟦明天下午两点到五点⟧开放", "2025-12-13", ["2025-12-14T14:00/2025-12-14T17:00"]),
    ("⟦2016年12月15日晚上7:00到8:00⟧的会", nil, ["2016-12-15T19:00/2016-12-15T20:00"]),
    ("⟦3月2日上午9点至11点30分⟧", "2025-12-13", ["2026-03-02T09:00/2026-03-02T11:30"]),
    // A start without a year takes it from an end that names one.
    ("影展⟦12月17日至明年1月3日⟧举行", "2026-06-03", ["2026-12-17/2027-01-03"]),
    ("⟦3月至2027年5月⟧施工", "2026-12-04", ["2027-03/2027-05"]),
    ("⟦11月至次年2月⟧为旺季", "2026-06-03", ["2026-11/2027-02"]),
    // An end not after the start is no range: the first time stays a point.
    ("⟦今晚11点⟧到1点", "2025-12-13", ["2025-12-13T23:00"]),
    // 以来 looks back from the anchor; 起 may look ahead; 或 after 起 keeps the bound.
    ("公司⟦4月以来⟧扩张了三倍", "2025-12-13", ["2025-04/.."]),
    ("⟦12月以来⟧", "2025-12-13", ["2025-12/.."]),
    ("新规将⟦自1月起⟧实施", "2025-12-13", ["2026-01/.."]),
    ("⟦自2016年9月1日起⟧或⟦2016年1月1日之前⟧的数据", nil, ["2016-09-01/..", "../2015-12-31"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// Times that end before they begin, times without a day, and 起 as a word of its own.
  @Test(arguments: [
    "下午3点至2点。", "8点到9点开会。", "他于2024年起诉了对方。", "比分3:00到4:00。",
  ])
  func noShorthandDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    let bad = dates.filter { ["dates.time-range", "dates.open-from"].contains($0.rule) }
    #expect(bad.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value) \($0.rule)" })")
  }
}

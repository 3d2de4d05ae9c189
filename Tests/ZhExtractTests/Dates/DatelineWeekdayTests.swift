import Testing
@testable import ZhExtract

/// A dateline on its own line under the headline whose full date is followed by its weekday
/// (in brackets or not) and then the medium's name — `2024年3月2日（星期六）　某某日報即時新聞`.
/// When it was missed, every relative date of the article stayed `X`; now it anchors them.
@Suite struct DatelineWeekdayTests {
  /// The body every case shares: 昨（1）日, 今年 and 明年 need the publication date.
  static let body = "\n\n市政府昨（1）日宣布，今年將投入經費，明年完成第一期工程。這是一段比較長的正文，用來確認正文不會被當成日期行。市長表示，計畫已經進入第二階段。\n"

  @Test(arguments: [
    ("2024年3月2日（星期六）　某某日報即時新聞", "2024-03-02"),
    ("2024年3月2日 星期六 某某报", "2024-03-02"),
    ("2024年3月2日（周六）", "2024-03-02"),
    ("2024年3月2日（星期六）", "2024-03-02"),
    ("2024-03-02（星期六）10:20　来源：某某网", "2024-03-02T10:20"),
    ("2024年3月2日（星期六）10:20　某某新聞網", "2024-03-02T10:20"),
    ("某某日报 2024年3月2日（星期六）", "2024-03-02"),
    ("2024年3月2日(六)　某某晚报", "2024-03-02"),
    ("2024年3月2日 週六 某某時報", "2024-03-02"),
    // No weekday: the date stands apart before a medium's name.
    ("2024年3月2日　某某日報即時新聞", "2024-03-02"),
    ("2024年3月2日 某某电视台", "2024-03-02"),
  ])
  func datelineWithWeekdayAnchorsTheArticle(_ dateline: String, _ published: String) throws {
    let doc = try #require(DateFixtures.document("某市推動綠能計畫\n" + dateline + Self.body))
    #expect(doc.meta.published == published, "\(dateline)")
    let values = Dictionary(doc.dates.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
    #expect(values["昨（1）日"] == "2024-03-01", "\(dateline)")
    #expect(values["今年"] == "2024", "\(dateline)")
    #expect(values["明年"] == "2025", "\(dateline)")
    #expect(!doc.warnings.contains { $0.code == "dates.no-published" }, "\(dateline)")
  }

  /// Lines that start with a date but are text, and a medium's word that ends no name.
  @Test(arguments: [
    "2024年3月2日国务院常务会议",
    "2024年3月2日（星期六）上午，市长视察工地",
    "2024年3月2日 某某报告出炉",
    "2024年3月2日 网络安全周开幕",
    "2024年3月2日(1)",
  ])
  func textThatStartsWithADateIsNoDateline(_ line: String) throws {
    let doc = try #require(DateFixtures.document("某市推動綠能計畫\n" + line + Self.body))
    #expect(doc.meta.published == nil, "\(line)")
    #expect(doc.dates.first { $0.text == "今年" }?.value == "XXXX", "\(line)")
  }

  /// The weekday is part of the day's span — one mention, the day's value (docs/SPEC.md).
  @Test(arguments: [
    ("會議定於2024年3月2日（星期六）舉行", "2024年3月2日（星期六）", "2024-03-02"),
    ("报纸印着2024年3月2日(六)", "2024年3月2日(六)", "2024-03-02"),
    ("定于3月4日（周一）下午3点再议", "3月4日（周一）下午3点", "2024-03-04T15:00"),
  ])
  func theWeekdayBelongsToTheDay(_ sentence: String, _ text: String, _ value: String) {
    let dates = DateFixtures.dates(sentence, published: "2024-03-01")
    #expect(dates.map(\.text) == [text])
    #expect(dates.map(\.value) == [value])
    #expect(!DateFixtures.warnings(sentence, published: "2024-03-01").contains { $0.code == "dates.weekday-mismatch" })
  }

  /// A weekday the day does not fall on: the written date is kept, a warning names both.
  @Test(arguments: [
    ("2024年3月3日（星期六）", "2024-03-03", "2024-03-02"),
    ("3月3日(六)", "2024-03-03", "2024-03-01"),
    ("星期二, 4 2 月, 2026", "2026-02-04", "2026-02-01"),
  ])
  func aWeekdayThatDisagreesWarns(_ sentence: String, _ value: String, _ published: String) throws {
    #expect(DateFixtures.dates(sentence, published: published).map(\.value) == [value])
    let warning = try #require(DateFixtures.warnings(sentence, published: published).first { $0.code == "dates.weekday-mismatch" })
    #expect(warning.start == 0)
    #expect(warning.message.contains(value))
  }

  @Test func aDatelineWhoseWeekdayDisagreesStillAnchorsAndWarns() throws {
    let doc = try #require(DateFixtures.document("某市推動綠能計畫\n2024年3月3日（星期六）　某某日報即時新聞" + Self.body))
    #expect(doc.meta.published == "2024-03-03")
    #expect(doc.warnings.map(\.code) == ["dates.weekday-mismatch"])
  }
}

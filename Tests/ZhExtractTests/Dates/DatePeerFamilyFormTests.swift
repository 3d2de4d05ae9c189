import Testing
@testable import ZhExtract

/// Form families the peer suites showed missing (issue 17): the movable Christian feasts
/// counted from Easter (Western and Orthodox) and their other names, Islamic days of the
/// Umm al-Qura calendar, other names of fixed holidays; a range whose end leaves out its
/// unit (二月十三到十五, 星期三至四); a winter's months (十二至一月); a time range into the next
/// half hour (8点至8点半); Cantonese 月头/月尾/年尾; numeric dates whose order is plain
/// (3/3/2015, 10/31/74). Every mention is marked; each case names its anchor.
@Suite struct DatePeerFamilyFormTests {
  static let cases: [(marked: String, published: String?, values: [String])] = [
    // Feasts counted from Easter (2024: 31 March; Orthodox 5 May), holding a weekday's name.
    ("⟦2024年棕枝主日⟧，教堂挤满了人。", nil, ["2024-03-24"]),
    ("⟦2024年圣周四⟧晚上有弥撒。", nil, ["2024-03-28"]),
    ("⟦2024年聖週五⟧，信徒們聚會。", nil, ["2024-03-29"]),
    ("⟦2024年复活节前夜⟧点燃蜡烛。", nil, ["2024-03-30"]),
    ("⟦2024年圣灰星期三⟧开始大斋期。", nil, ["2024-02-14"]),
    ("⟦2024年煎饼星期二⟧的比赛。", nil, ["2024-02-13"]),
    ("⟦2024年圣三一主日⟧和⟦2024年基督圣体节⟧。", nil, ["2024-05-26", "2024-05-30"]),
    ("⟦2024年圣灵节庆日⟧放假。", nil, ["2024-05-20"]),
    ("⟦2024年东正教复活节星期一⟧，⟦2024年东正教圣周六⟧。", nil, ["2024-05-06", "2024-05-04"]),
    ("⟦2024年拉撒路圣周六⟧。", nil, ["2024-04-27"]),
    // A year-less feast takes the nearest year: Easter 2026 is 5 April.
    ("⟦棕枝主日⟧那天下雨。", "2025-12-13", ["2026-03-29"]),
    // Islamic days (Umm al-Qura) and other names of Eid al-Fitr.
    ("⟦2024年登霄节⟧和⟦2024年肉孜节⟧。", nil, ["2024-02-08", "2024-04-10"]),
    ("⟦2024年权力之夜⟧。", nil, ["2024-04-06"]),
    // Other names of fixed holidays: one mention each, not the shorter name inside.
    ("⟦2024年圣瓦伦丁节⟧，花店忙碌。", nil, ["2024-02-14"]),
    ("⟦2024年国际消费者权益日⟧晚会。", nil, ["2024-03-15"]),
    ("⟦2024年五一国际劳动节⟧和⟦2024年国际儿童节⟧。", nil, ["2024-05-01", "2024-06-01"]),
    ("⟦2024年八一建军节⟧。", nil, ["2024-08-01"]),
    // A range end without its unit: the day of the start's month, the weekday of its week.
    ("⟦二月十三到十五⟧停水。", "2025-12-13", ["2026-02-13/2026-02-15"]),
    ("⟦二月十三到十五号⟧，全市停水。", "2025-12-13", ["2026-02-13/2026-02-15"]),
    ("⟦3月1日至15⟧，展览开放。", "2025-12-13", ["2026-03-01/2026-03-15"]),
    ("⟦星期三至四⟧有雨。", "2025-12-13", ["2025-12-10/2025-12-11"]),
    ("⟦周五至一⟧暂停营业。", "2025-12-13", ["2025-12-12/2025-12-15"]),
    // Winter months run into the next year.
    ("⟦十二至一月⟧最冷。", "2025-12-13", ["2025-12/2026-01"]),
    ("⟦11-2月⟧是供暖季。", "2025-12-13", ["2025-11/2026-02"]),
    // A time range: 8点半 after 20:00 is 20:30.
    ("⟦今晚8点至8点半⟧有烟花。", "2025-12-13", ["2025-12-13T20:00/2025-12-13T20:30"]),
    ("⟦今晚八點至八點三十分⟧。", "2025-12-13", ["2025-12-13T20:00/2025-12-13T20:30"]),
    // Cantonese 月头, 月尾, 年尾: the first or last ten days, the last two months.
    ("⟦三月头⟧他回到北京。", "2025-12-13", ["2026-03-01/2026-03-10"]),
    ("⟦2024年6月尾⟧，合同到期。", nil, ["2024-06-21/2024-06-30"]),
    ("⟦下個月頭⟧出糧。", "2025-12-13", ["2026-01-01/2026-01-10"]),
    ("⟦月尾⟧结账。", "2025-12-13", ["2025-12-21/2025-12-31"]),
    ("⟦年尾⟧，公司清算。", "2025-12-13", ["2025-11/2025-12"]),
    // Numeric dates: both numbers the same, or a two-digit year after slashes.
    ("他生于⟦3/3/2015⟧。", nil, ["2015-03-03"]),
    ("生于⟦10/31/74⟧的他", "2025-12-13", ["1974-10-31"]),
    ("截至⟦12/12/24⟧", "2025-12-13", ["2024-12-12"]),
    // What follows the elided end makes it a count, a figure or an hour: no range.
    ("预计⟦周三⟧至四成股票上涨。", "2025-12-13", ["2025-12-10"]),
    ("会议定于⟦星期三⟧到四点结束。", "2025-12-13", ["2025-12-10"]),
    ("⟦3月1日⟧至15%的增长", "2025-12-13", ["2026-03-01"]),
    ("⟦这个月⟧头发掉得厉害。", "2025-12-13", ["2025-12"]),
  ]

  @Test(arguments: cases.indices)
  func form(_ index: Int) {
    let (marked, published, values) = Self.cases[index]
    DateFixtures.expectMarked(marked, published: published, values: values)
  }

  /// 年头 means years (这年头, 三个年头); 头 and 尾 that begin a word (头发, 尾声); a numeric date
  /// whose order is not plain, with dots and a two-digit year, or without a year.
  @Test(arguments: [
    "这年头，生意不好做。", "他们排了三个年头的队。", "他在岁月尾声里回望。", "版本1.1.15发布",
    "比分1/2/20", "他在3.3.15出生", "投篮命中率2/15",
  ])
  func noPeerFamilyDate(_ sentence: String) {
    let dates = DateFixtures.dates(sentence, published: "2025-12-13")
    #expect(dates.isEmpty, "\(sentence): \(dates.map { "\($0.text)=\($0.value)" })")
  }
}

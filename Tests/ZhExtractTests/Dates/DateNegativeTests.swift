import Testing
@testable import ZhExtract

/// Text that must yield no date at all.
@Suite struct DateNegativeTests {
  static let negatives = [
    "公司计划在三年内完成上市。", "未来8年内投入巨资建设算力。", "两年时间很长。", "近几个月股价波动剧烈。", "过去几年行业变化很快。",
    "他25岁,已是第三次创业。", "升级到iOS 18.2之后更流畅。", "新发布的GPT-5.1模型表现更好。", "公司共有2025名员工。",
    "订单编号20251110已经发货。", "电话13812345678请勿拨打。", "第3个月的留存率是12%。", "3个月的试用期。", "五年计划执行完毕。",
    "版本号v2025.12.13已发布。", "三日内回复。", "7日均线上穿。", "一周一次例会。", "每周三开会。", "这部剧的第二季很好看。",
    "明日之星评选开始。", "今日头条发布了新功能。", "2025年中国市场表现强劲。", "价格为2025.5元。", "第1024号文件。",
    "1号线和3号线换乘。", "阅读量12,127。", "预计阅读24分钟。", "近5年来增长迅速。", "这3年前所未有。", "第3天后病情好转。",
    "电话五一二三四。", "《明日之后》上线。", "几年前的事了。", "工作了两年后离开。", "在此3天前,公司已经宣布。", "两周后双方签约。",
    "上市前两个月股价平稳。", "上市前三个季度连续亏损。", "此前三个季度都在亏损。", "这部剧前三季很好看。", "发布前3个月开始预热。", "目前三个月的订单已排满。",
    "排名前10的公司。", "前几个月销量一般。", "之前两个季度表现平平。",
    "他在公司干了18年。", "康熙20年。", "昭和64年。", "第18年迎来转机。", "两千年的历史。", "一千五百年前的古城。", "两千年来从未改变。", "18年的老店。",
    "第1-3名获奖。", "比分1-2落后。", "1-13月的数据。", "1-2月份额上升。", "约3/4的用户选择续费。", "完成了1/2。", "比分12/13。", "12/13赛季。", "3/4", "第3/4号文件。",
    "中华文明有5000年历史。", "近年中国市场变化很大。", "0001年",
  ]

  @Test(arguments: negatives)
  func noDateIn(_ text: String) {
    let dates = DateFixtures.dates(text, published: "2025-12-13")
    let unexpected = dates.filter { text == "2025年中国市场表现强劲。" ? $0.text != "2025年" : true }
    #expect(unexpected.isEmpty, "\(text): \(unexpected.map { "\($0.text)=\($0.value)" })")
  }

  @Test(arguments: ["2025年2月30日", "9999年99月99日", "2025年4月31日", "2025年13月", "2月30日", "2025-02-29 的数据"])
  func impossibleDatesWarnAndGiveNoValue(_ text: String) {
    let doc = DateFixtures.document(text, published: "2025-12-13")
    #expect(doc?.dates.isEmpty == true, "\(doc?.dates.map(\.value) ?? [])")
    #expect(doc?.warnings.contains { $0.code == "dates.impossible" && $0.message.hasPrefix("code point 0:") } == true)
  }

  @Test func aMillionDigitsInARowAreNoDate() {
    let digits = String(repeating: "2025", count: 250_000)
    let doc = DateFixtures.document(digits + "年" + digits + "月", published: "2025-12-13")
    #expect(doc?.dates.isEmpty == true)
  }

  @Test func longRunsOfDateCharactersStayLinear() {
    let text = String(repeating: "年月日周一2025年12月", count: 20_000)
    let dates = DateFixtures.dates(text, published: "2025-12-13")
    #expect(dates.count >= 20_000)
  }
}

/// Damaged scrapes: what can be read with confidence is read, the rest is declined aloud.
@Suite struct DamagedDateTests {
  @Test(arguments: [
    ("时间:20251110", "20251110", "2025-11-10"), ("日期:20240229", "20240229", "2024-02-29"), ("发布于 20251021", "20251021", "2025-10-21"),
    ("202410月,阿联酋参与", "202410月", "2024-10"), ("20251月,在达沃斯", "20251月", "2025-01"),
    ("转折点发生在627日,", "627日", "2025-06-27"), ("1027日,公司致信", "1027日", "2025-10-27"),
  ])
  func readsWhatIsCertain(_ text: String, _ surface: String, _ value: String) {
    let dates = DateFixtures.dates(text, published: "2025-11-18")
    #expect(dates.map(\.text) == [surface])
    #expect(dates.map(\.value) == [value])
  }

  @Test func declinesWhatItCannotSplit() {
    let doc = DateFixtures.document("116日,公司宣布。106日,交易完成。", published: "2025-11-18")
    #expect(doc?.dates.isEmpty == true)
    #expect(doc?.warnings.filter { $0.code == "dates.declined-damaged-day" }.count == 2)
  }

  @Test func sevenDigitsAfterACueKeepOnlyTheYear() {
    let doc = DateFixtures.document("时间:2025116", published: "2025-11-18")
    #expect(doc?.dates.map(\.value) == ["2025"])
    #expect(doc?.warnings.map(\.code) == ["dates.declined-compact"])
  }

  @Test func quartersRunTogetherAreDeclined() {
    let doc = DateFixtures.document("从2024Q12025Q47个季度里,收入翻倍。", published: "2025-11-18")
    #expect(doc?.dates.isEmpty == true)
    #expect(doc?.warnings.map(\.code) == ["dates.declined-run-together"])
  }

  @Test func theYearOfAMonthWithLostDigitsIsKept() {
    let doc = DateFixtures.document("2025月,某公司宣布扩产。", published: "2025-11-18")
    #expect(doc?.dates.map(\.value) == ["2025"])
    #expect(doc?.warnings.map(\.code) == ["dates.declined-damaged-month"])
  }

  @Test func anInvalidCompactDateAfterACueIsDeclined() {
    let doc = DateFixtures.document("时间:20251399", published: "2025-11-18")
    #expect(doc?.dates.isEmpty == true)
    #expect(doc?.warnings.map(\.code) == ["dates.declined-compact"])
  }
}

/// Generated text from the date alphabet: whatever comes in, nothing crashes, every span
/// stays inside the text and every value matches the schema's shape.
@Suite struct DateRobustnessTests {
  static let alphabet = Array("0123456789年月日号周星期一二三四五六七八九十〇零两上下本今明去前后季度半初底末中旬至到-~/.: QFYH农历正腊闰大春节元宵清明财年Nov.Dec 时分点午,".unicodeScalars)

  @Test(arguments: [1, 7, 42, 2025])
  func generatedTextNeverCrashes(_ seed: UInt64) {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    var view = String.UnicodeScalarView()
    for _ in 0..<20_000 {
      state ^= state << 13; state ^= state >> 7; state ^= state << 17
      view.append(Self.alphabet[Int(state % UInt64(Self.alphabet.count))])
    }
    let text = String(view)
    let count = text.unicodeScalars.count
    for published in ["2025-12-13", nil] {
      let dates = DateFixtures.dates(text, published: published)
      for date in dates {
        #expect(date.start >= 0 && date.start < date.end && date.end <= count)
        #expect(date.value.allSatisfy { $0.isNumber || "XQHW-/T:".contains($0) })
      }
    }
  }
}

/// Issue 11 item 16: years outside 0001–9999 never reach the output.
@Suite struct DateYearRangeTests {
  static let extractor = Result { try Extractor() }

  @Test(arguments: [("9999-12-31", "明年营收将翻倍。"), ("9999-06-01", "明年1月上市。"), ("0001-03-01", "前年亏损。")])
  func relativeDatesBeyondTheCalendarAreWarnings(anchor: String, text: String) throws {
    guard case .document(let document) = try Self.extractor.get().extract(text: text, id: "t", published: anchor) else {
      Issue.record("no document"); return
    }
    #expect(document.dates.isEmpty, "\(document.dates.map(\.value))")
    #expect(document.warnings.contains { $0.code == "dates.year-out-of-range" || $0.code == "dates.impossible" }, "\(document.warnings)")
    #expect(document.meta.published == anchor)
  }

  @Test func aPublishedValueThatIsNoDayIsNotWritten() throws {
    for given in ["0000", "2025-02-31", "2025"] {
      guard case .document(let document) = try Self.extractor.get().extract(text: "昨天营收120亿元。", id: "t", published: given) else {
        Issue.record("no document"); return
      }
      #expect(document.meta.published == nil, "\(given)")
      #expect(document.warnings.map(\.code).contains("dates.unreadable-anchor"), "\(given)")
    }
  }

  @Test(arguments: [
    ("10000", true), ("2025", false), ("XXXX-01-27", false), ("9999-12/10000-01", true), ("0000-Q1", true), ("2025-W49", false), ("-0001", true),
  ])
  func yearRange(value: String, outside: Bool) {
    #expect(DateExtractor.hasYearOutsideISORange(value) == outside)
  }
}

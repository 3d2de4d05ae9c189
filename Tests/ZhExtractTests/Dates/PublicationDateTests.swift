import Testing
@testable import ZhExtract

/// `meta.published`: what the document states about itself, in the documented order.
@Suite struct PublicationDateTests {
  static func published(_ text: String, format: MarkupFormat? = nil, override: String? = nil) -> String? {
    DateFixtures.document(text, published: override, format: format)?.meta.published
  }

  @Test(arguments: [
    ("媒体早报\n神译局·2025年12月13日 08:00\n正文第一段。", "2025-12-13T08:00"),
    ("登录\n星期二, 3 2 月, 2026\n首页 科技\n正文。", "2026-02-03"),
    ("大数据\n0\n某某研选\n2025-11-18\n导读:正文。", "2025-11-18"),
    ("标题\n时间:2025年11月10日\n正文。", "2025-11-10"),
    ("标题\n时间:20251110\n正文。", "2025-11-10"),
    ("标题\n發佈時間:2025年11月10日 14:05\n正文。", "2025-11-10T14:05"),
    ("标题\n作者|某某 2025/11/09\n正文。", "2025-11-09"),
  ])
  func datelineNearTheTop(_ text: String, _ expected: String) {
    #expect(Self.published(text) == expected)
  }

  /// The dateline shapes of issue 16, then more from real outlets' formats: a dateline may
  /// open the line or close it, carry a cue, a source, a byline, a weekday, a lunar date, a
  /// time with seconds or a UTC offset.
  @Test(arguments: [
    ("某公司获新一轮融资\n2025年3月4日 09:15 来源：某某财经\n\n正文。", "2025-03-04T09:15"),
    ("某公司获新一轮融资\n2025-03-04 09:15:27 来源：某某网\n\n正文。", "2025-03-04T09:15:27"),
    ("某公司获新一轮融资\n发布时间：2025年3月4日　来源：某某报\n\n正文。", "2025-03-04"),
    ("某公司获新一轮融资\n某某晚报 2025.03.04 记者 某某\n\n正文。", "2025-03-04"),
    ("某公司获新一轮融资\n某某网（记者 某某）北京时间2025年3月4日电 记者从市交通局获悉，长江三桥主体工程已于3月1日实现合龙，比原计划提前两个月完工。\n正文。", "2025-03-04"),
    ("标题\n2025-03-04T09:15:27+08:00\n正文。", "2025-03-04T09:15:27+08:00"),
    ("标题\n来源：新华网 2025/03/04 09:15\n正文。", "2025-03-04T09:15"),
    ("标题\n日期：2025-03-04\n正文。", "2025-03-04"),
    ("Title\nBy Staff Reporter | Nov 13, 2025\n正文。", "2025-11-13"),
    ("标题\n13 November 2025 | Reuters\n正文。", "2025-11-13"),
    ("标题\n2025年03月04日 09:15  星期二\n正文。", "2025-03-04T09:15"),
    ("标题\n【2025年3月4日 新华社】\n正文。", "2025-03-04"),
    ("标题\n原创 某某公众号 2025年3月4日 09:15 北京\n正文。", "2025-03-04T09:15"),
    ("标题\n2025年3月4日 星期二 农历二月初五\n正文。", "2025-03-04"),
    ("標題\n發佈時間：2025/03/04 09:15 | 中央社\n正文。", "2025-03-04T09:15"),
    ("标题\n2025.03.04 | 人民日报\n正文。", "2025-03-04"),
    // A Taiwanese article's stamp may count years from 1911.
    ("北市電動公車採購案流標\n最後更新：115/11/17 14:22\n\n臺北市政府交通局今（17）日證實。", "2026-11-17T14:22"),
    ("北市電動公車採購案流標\n更新時間：115年11月17日 14:22\n\n臺北市政府交通局今（17）日證實。", "2026-11-17T14:22"),
    // Stamped to the minute, before a section's short name.
    ("港鐵中期業績公布\n2026年8月27日 11:20　港聞速遞\n\n【本報訊】港鐵昨日公布業績。", "2026-08-27T11:20"),
    ("标题\n2025年3月4日 09:15 财经频道\n正文。", "2025-03-04T09:15"),
    // A medium whose name ends in 观察 or 财经 after the stamp.
    ("韩日氢能合作提速\n2026.06.03 08:15　亚洲经贸观察\n\n本报首尔6月2日电（记者 某某）朴志勋1日会见佐藤健一。", "2026-06-03T08:15"),
    ("标题\n2025年3月4日 某某财经\n正文。", "2025-03-04"),
    ("标题\n新华社北京2025年3月4日电（记者 某某）国务院总理主持召开国务院常务会议，研究部署进一步扩大内需的政策措施，会议指出当前经济运行总体平稳。\n正文。", "2025-03-04"),
  ])
  func datelineShapes(_ text: String, _ expected: String) {
    #expect(Self.published(text) == expected)
  }

  /// A newspaper's own report: the wire head (本报讯, a bracketed byline) and then the date
  /// that opens the lead, a comma or space after it.
  @Test(arguments: [
    ("云雾县春茶开采\n本报讯（记者 李明）2026年4月20日，记者从云雾县农业农村局获悉，今年春茶开采比去年提早了一周，首批明前茶已经上市。\n正文。", "2026-04-20"),
    ("標題\n本報訊（記者 陳怡君／台北報導）2026年10月3日，立法院今天召開院會，審查總預算案，朝野攻防持續到深夜，會議並未完成表決。\n正文。", "2026-10-03"),
    ("标题\n本报讯 2026年4月20日 市政府召开新闻发布会，通报今年一季度全市经济运行情况，多项指标好于预期，增速位居全省前列。\n正文。", "2026-04-20"),
  ])
  func dateAfterTheWireHeadOfTheLead(_ text: String, _ expected: String) {
    #expect(Self.published(text) == expected)
  }

  @Test(arguments: [
    // The date names an event (no comma or space after it).
    "标题\n本报讯（记者 李明）2026年4月20日国务院常务会议决定，进一步扩大内需，出台多项政策措施，支持消费和投资增长，稳定市场预期。\n正文。",
    // No wire head: a lead that opens with a date is what the text is about.
    "标题\n2026年4月20日，记者从云雾县农业农村局获悉，今年春茶开采比去年提早了一周，首批明前茶已经上市，价格比去年略高。\n正文。",
    // A bracket too long for a byline is text.
    "标题\n本报讯（据介绍，该县今年共有茶园十二万亩，其中有机茶园三万亩，分布在十八个乡镇）2026年4月20日，茶叶开采，市场价格平稳，销路良好。\n正文。",
  ])
  func noDateAfterAWireHeadWithoutItsShape(_ text: String) {
    #expect(Self.published(text) == nil)
  }

  /// Xinhua's wire dateline names no year: the one year the header states completes it.
  @Test(arguments: [
    ("资水流域2026年汛期回顾：四轮洪水过境\n\n新华社长沙12月2日电（记者彭雨桐）记者从湖南省水利厅获悉，资水流域今年汛期已于11月30日正式结束，沿线无一人因洪灾死亡。\n正文。", "2026-12-02"),
    ("2026年春运首日 铁路发送旅客1200万人次\n\n新华社北京1月14日电 记者从国铁集团获悉，今年春运首日全国铁路发送旅客1200万人次，同比增长百分之五，各大站点运输秩序良好，未发生旅客滞留。\n正文。", "2026-01-14"),
  ])
  func aWireDatelineWithoutAYearTakesTheHeadlinesYear(_ text: String, _ expected: String) {
    #expect(Self.published(text) == expected)
  }

  @Test(arguments: [
    // No year in the header.
    "资水流域汛期回顾\n\n新华社长沙12月2日电（记者彭雨桐）记者从湖南省水利厅获悉，资水流域今年汛期已于11月30日正式结束，全流域共发生四轮编号洪水，沿线无一人因洪灾死亡。\n正文。",
    // A report's year: the report comes out the next year.
    "华光科技2025年年报出炉 营收增长一成\n\n新华社北京3月28日电 华光科技28日晚间披露2025年年度报告，全年营收同比增长百分之十，净利润创出新高，董事会拟每十股派发现金红利三元。\n正文。",
    // Two years in the header: which one is not said.
    "从2024年到2026年 一座县城的变迁\n\n新华社长沙12月2日电 记者近日走访了湘西一座县城，看到道路、学校和医院都焕然一新，群众收入逐年增长，生活明显改善，外出务工人员纷纷返乡创业。\n正文。",
  ])
  func aWireDatelineWithoutAYearAndNoOneYearIsNoDate(_ text: String) {
    #expect(Self.published(text) == nil)
  }

  /// A paper's date under the text, beside its name or a source cue.
  @Test(arguments: [
    ("報稅季開跑\n\n（記者林冠廷／台北報導）財政部今天宣布，綜合所得稅申報即日起開始，民眾可透過網路申報。\n\n〔北辰日報 2026-05-04 05:30〕\n", "2026-05-04T05:30"),
    ("婺源公布乡村旅游重点村\n\n县文旅局日前公布名单，18个村入选，今日起至12月31日发放消费券。\n\n（来源：婺源县融媒体中心　2026年11月12日）", "2026-11-12"),
  ])
  func aFootersDatelineNamesItsSource(_ text: String, _ expected: String) {
    #expect(Self.published(text) == expected)
  }

  /// A body paragraph long enough to end a header (more than 60 scalars with a sentence end).
  static let release = "　　政府今日宣布，將於本月十七日向立法會工務小組委員會提交撥款申請，以興建位於北區的新急症醫院及相關配套設施，工程費用約為387億元。"
  static let report = "我县共接待游客42.6万人次，实现旅游综合收入约3.15亿元，同比分别增长22%和27%，并带动县城餐饮、住宿等消费数千万元。"

  /// A government release's sign-off (the date with its weekday alone, the time below it), a
  /// wire-headed first paragraph closed by its date, a text whose last words are its date.
  @Test(arguments: [
    ("政府申請撥款興建新醫院\n＊＊＊＊＊＊\n\n" + release + "\n\n完\n\n2026年7月14日（星期二）\n香港時間15時30分\n", "2026-07-14T15:30"),
    ("政府公布新措施\n\n" + release + "\n\n完\n\n2026年7月14日（星期二）\n", "2026-07-14"),
    ("新措施出台\n\n" + release + "\n\n2026年7月14日(二)\n北京时间 09:05\n", "2026-07-14T09:05"),
    (
      "某案一审宣判\n\n【本报讯】（记者 某某）某法院昨天下午对某公司证券虚假陈述责任纠纷案作出一审判决，判令该公司赔偿投资者损失共计9.47亿元。（2026-06-18）\n\n据法院查明，该公司于2019年上市。\n",
      "2026-06-18"
    ),
    ("蓝山县接待游客42.6万人次\n\n" + report + "\n\n首期投资2.6亿元，力争2027年底前建成投用。（2026年10月9日）", "2026-10-09"),
  ])
  func aSignOffOrAClosingDateIsTheDocumentsOwn(_ text: String, _ expected: String) {
    #expect(Self.published(text) == expected)
  }

  @Test(arguments: [
    // A first paragraph closed by a date, but no wire head opens it: a date the text is about.
    "某公司公告\n\n公司称董事会已审议通过年度报告及利润分配方案，并将提交股东大会审议表决，具体内容详见同日披露的公告全文。（2026-06-18）\n\n第二段没有日期。\n",
    // The date in parentheses does not close the text, or is a range, or no full date.
    "标题\n\n" + report + "\n\n力争建成投用（2026-10-09）并对外开放，吸引更多游客前来参观。",
    "标题\n\n" + report + "\n\n展期为两周，欢迎市民前往参观。（2026-10-09至2026-10-12）",
    "标题\n\n" + report + "\n\n展期为两周，欢迎市民前往参观。（10月9日）",
    // A date with its weekday that a line goes on from is an event.
    "标题\n\n" + report + "\n\n2026年7月14日（星期二）举行开幕式\n",
    // A time below a date without its weekday: a schedule's last item.
    "标题\n\n" + report + "\n\n日程如下。\n\n2026年7月14日\n15时30分\n",
  ])
  func noSignOffNorClosingDate(_ text: String) {
    #expect(Self.published(text) == nil)
  }

  @Test func theFirstDatelineOfTheHeaderIsTheDocumentsOwn() {
    // A digest's own date comes first; the items' datelines below start sections.
    let text = "每日早报\n编辑部 2025-03-05\n\n【2025年3月2日 新华社】\n今天发布数据。\n"
    #expect(Self.published(text) == "2025-03-05")
  }

  @Test(arguments: [
    "标题\n2022 年 11 月 30 日,某公司对外发布了新产品。\n正文。",
    // A line that names an event after its date is what the text is about.
    "新闻标题\n2025年3月4日国务院召开常务会议\n正文。",
    // A time and more than a section's name: an event, not a label.
    "新闻标题\n2025年3月4日 09:15 国务院召开常务会议\n正文。",
    "新闻标题\n2025年3月4日 09:15 国务院开会\n正文。",
    // A section's name without a time of day: the date may be what the line is about.
    "新闻标题\n2025年3月4日 港聞速遞\n正文。",
    // A date the body is about, even after a cue word.
    "标题\n" + String(repeating: "公司发布于2025年3月4日的报告显示，营收增长，利润下降，现金流改善，负债率下降，市场份额提升。", count: 2) + "\n",
    "标题\n正文里提到今天和1月27日。",
    "标题\n时间:2025116\n正文。",
    "标题\n" + String(repeating: "一段不含日期的正文。\n", count: 20) + "2025-11-18\n",
    "没有任何日期的文章。",
  ])
  func noStatedDateIsNull(_ text: String) {
    #expect(Self.published(text) == nil)
  }

  @Test func frontMatterComesFirst() {
    let text = "---\ntitle: \"某文\"\ndate: 2026-01-04T13:38:32Z\n---\n神译局·2025年12月13日 08:00\n正文。"
    #expect(Self.published(text, format: .markdown) == "2026-01-04T13:38:32Z")
    let spaced = "---\npublished: 2025-12-13 08:00:00\n---\n正文。"
    #expect(Self.published(spaced, format: .markdown) == "2025-12-13T08:00:00")
  }

  @Test func htmlMetaComesBeforeTheDateline() {
    let html = """
      <html><head><meta property="article:published_time" content="2025-11-18T09:30:00+08:00"><title>某文</title></head>
      <body><p>神译局·2025年12月13日 08:00</p><p>正文。</p></body></html>
      """
    #expect(Self.published(html, format: .html) == "2025-11-18T09:30:00+08:00")
  }

  @Test func anUnreadableStampWarnsAndFallsThrough() {
    let doc = DateFixtures.document("---\ndate: 上周\n---\n2025-11-18\n正文。", format: .markdown)
    #expect(doc?.meta.published == "2025-11-18")
    #expect(doc?.warnings.contains { $0.code == "dates.unreadable-published" } == true)
  }

  @Test func noPublicationDateWarnsWhenRelativeDatesNeedOne() throws {
    let doc = try #require(DateFixtures.document("标题\n公司上季度亏损。"))
    #expect(doc.meta.published == nil)
    #expect(doc.warnings.map(\.code) == ["dates.no-published"])
    // Absolute dates alone need none, and a given date is a date.
    #expect(DateFixtures.document("标题\n公司2025年3月4日上市。")?.warnings.isEmpty == true)
    #expect(DateFixtures.document("标题\n公司上季度亏损。", published: "2025-12-13")?.warnings.isEmpty == true)
  }

  @Test func theCallersDateOverridesTheStatedOne() {
    let doc = DateFixtures.document("神译局·2025年12月13日 08:00\n昨天发布。", published: "2026-02-03")
    #expect(doc?.meta.published == "2026-02-03")
    #expect(doc?.dates.last?.value == "2026-02-02")
  }

  @Test func theCallersStampIsWrittenAsTheSpecShows() {
    #expect(DateFixtures.document("正文。", published: "2026-01-04 20:00:00.000+0000")?.meta.published == "2026-01-04T20:00:00+00:00")
  }

  @Test func theStatedDateAnchorsRelativeDates() {
    let doc = DateFixtures.document("神译局·2025年12月13日 08:00\n公司上季度亏损。")
    #expect(doc?.dates.map(\.value) == ["2025-12-13T08:00", "2025-Q3"])
    #expect(doc?.dates.last?.anchor == "2025-12-13")
  }

  @Test func aUTCStampIsConvertedWithTheTimeZone() throws {
    let late = "---\ndate: 2026-01-04T20:00:00Z\n---\n昨天发布。"
    #expect(DateFixtures.document(late, format: .markdown)?.dates.first?.value == "2026-01-04")
    let utc = try Extractor(options: ExtractorOptions(timeZoneOffsetMinutes: 0))
    guard case .document(let doc) = utc.extract(text: late, id: "t", format: .markdown) else { Issue.record("no document"); return }
    #expect(doc.dates.first?.value == "2026-01-03")
    #expect(doc.dates.first?.anchor == "2026-01-04")
  }

  @Test func anUnreadableOverrideWarns() {
    let doc = DateFixtures.document("昨天发布。", published: "last week")
    #expect(doc?.dates.first?.value == "XXXX-XX-XX")
    #expect(doc?.warnings.map(\.code) == ["dates.unreadable-anchor"])
  }

  /// Issue 13 item 8: no publication date anywhere — a warning at the first relative date
  /// that is left unresolved, so a consumer knows why its value is X.
  @Test func noPublicationDateWarnsAtTheFirstUnresolvedRelativeDate() throws {
    let doc = try #require(DateFixtures.document("公司2024年营收增长，去年亏损，明天发布。"))
    #expect(doc.meta.published == nil)
    #expect(doc.dates.map(\.value) == ["2024", "XXXX", "XXXX-XX-XX"])
    let warning = try #require(doc.warnings.first { $0.code == "dates.no-published" })
    #expect(warning.start == 12 && warning.end == 14)
    #expect(
      warning.message
        == "no publication date found (none stated in the text, none given with --published or the record's \"published\"): 2 relative dates left "
        + "unresolved (X), the first \"去年\" at code point 12"
    )
    #expect(doc.warnings.count == 1)
    // Given, or with nothing relative to resolve: no warning.
    #expect(DateFixtures.document("公司去年亏损。", published: "2025-12-13")?.warnings == [])
    #expect(DateFixtures.document("公司2024年营收增长。")?.warnings == [])
  }
}

@Suite struct PublishedStampTests {
  @Test(arguments: [
    ("2025-12-13", "2025-12-13"), ("\"2025-12-13 08:00\"", "2025-12-13T08:00"), ("2025-11-18T09:30:00.000Z", "2025-11-18T09:30:00Z"),
    ("2025-11-18T09:30:00+0800", "2025-11-18T09:30:00+08:00"), ("2026-01-04T13:38:32Z", "2026-01-04T13:38:32Z"),
  ])
  func stampsAreWrittenAsTheSpecShows(_ raw: String, _ expected: String) {
    #expect(PublicationDate.normalizedStamp(raw) == expected)
  }

  @Test func nonsenseIsNoStamp() {
    #expect(PublicationDate.normalizedStamp("last Tuesday") == nil)
  }
}

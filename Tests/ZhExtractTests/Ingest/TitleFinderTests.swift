import Testing
@testable import ZhExtract

@Suite struct TitleFinderTests {
  static let finder: TitleFinder = {
    var problems = LexiconProblems()
    let finder = TitleFinder(lexicons: .bundled, problems: &problems)
    precondition(problems.isEmpty)
    return finder
  }()

  static func title(_ text: String) -> String? { finder.title(in: Array(text.unicodeScalars)) }

  @Test func firstHeadingLikeLine() {
    #expect(Self.title("\n  季度巨亏120亿,还能撑多久?  \n\n正文第一段。") == "季度巨亏120亿,还能撑多久?")
  }

  @Test func pageChromeDatesAndShortLinesAreSkipped() {
    let page = "登录\n星期二, 3 2 月, 2026\n首页 科技 - 某公司再融资\n大数据\n0\n某公司再融资:估值翻倍的背后\n正文。"
    #expect(Self.title(page) == "某公司再融资:估值翻倍的背后")
  }

  @Test func chromeIsComparedInSimplified() {
    #expect(Self.title("登錄\n編輯I某某某某\n新模型發布會今日舉行\n正文。") == "新模型發布會今日舉行")
  }

  @Test func bodyTextEndsTheSearch() {
    #expect(Self.title("“这是一段引语,并不是标题。”\n这一行也许像标题吗") == nil)
    #expect(Self.title("The quick brown fox\n12345\n") == nil)
  }

  @Test func searchStopsAfterTheFirstLines() {
    let lines = Array(repeating: "短", count: TitleFinder.maximumLines).joined(separator: "\n")
    #expect(Self.title(lines + "\n这一行本可以是标题") == nil)
  }

  @Test func titleOfAPlainTextDocumentIsTheLineAsWritten() {
    let ingested = IngestFixtures.ingestor().ingest(text: "登入\n新款手機售價ＮＴ＄３９９００元起\n內文。", format: .text)
    #expect(ingested.title == "新款手機售價ＮＴ＄３９９００元起")
  }
}

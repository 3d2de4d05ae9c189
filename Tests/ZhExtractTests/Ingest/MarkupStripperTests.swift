import Testing
import ZhExtractTestSupport
@testable import ZhExtract

@Suite struct MarkupStripperTests {
  static func strip(_ text: String, _ format: MarkupFormat? = nil) -> StrippedText {
    MarkupStripper.strip(IngestFixtures.scalars(text), format: format)
  }

  static func visible(_ stripped: StrippedText) -> String { AnalysisText.string(stripped.scalars[...]) }

  /// Every visible scalar that is not a decoded reference or a line break for a tag is the
  /// original scalar at its mapped offset.
  static func expectPlainScalarsMapToThemselves(_ stripped: StrippedText, _ original: String) {
    let original = IngestFixtures.scalars(original)
    for (i, scalar) in stripped.scalars.enumerated() {
      let span = stripped.map.originalSpan(TextSpan(i, i + 1))
      if span.length == 1 { #expect(original[span.start] == scalar, "visible \(i) maps to \(span)") }
    }
  }

  @Test func htmlDropsTagsCommentsScriptsAndStyles() {
    let html =
      "<html><head><style>p { color: red }</style><script>var x = \"1亿元\";</script></head>"
      + "<body><!-- 广告 5 亿 --><p>公司<b>去年</b>营收<span class=\"n\">120亿元</span>。</p></body></html>"
    let stripped = Self.strip(html)
    #expect(stripped.format == .html)
    #expect(Self.visible(stripped) == "公司去年营收120亿元。\n")
    Self.expectPlainScalarsMapToThemselves(stripped, html)
  }

  @Test func visibleCharactersKeepTheirOriginalOffsets() {
    let marked = MarkedText("<div><p>估值<em>⟦5000亿美元⟧</em></p></div>")
    let stripped = Self.strip(marked.text, .html)
    let visible = Self.visible(stripped)
    let start = visible.unicodeScalars.distance(
      from: visible.unicodeScalars.startIndex, to: visible.range(of: "5000")!.lowerBound.samePosition(in: visible.unicodeScalars)!)
    let span = stripped.map.originalSpan(TextSpan(start, start + "5000亿美元".unicodeScalars.count))
    #expect([span.start, span.end] == marked.span(0))
  }

  @Test func characterReferencesAreDecodedAndMapToTheWholeReference() {
    let marked = MarkedText("<p>A⟦&amp;⟧B⟦&nbsp;⟧⟦&#x4E2D;⟧⟦&#20013;⟧⟦&lt;⟧&unknown;</p>")
    let stripped = Self.strip(marked.text, .html)
    #expect(Self.visible(stripped) == "A&B\u{A0}中中<&unknown;\n")
    let decodedAt = [1, 3, 4, 5, 6]
    for (k, i) in decodedAt.enumerated() {
      let span = stripped.map.originalSpan(TextSpan(i, i + 1))
      #expect([span.start, span.end] == marked.span(k))
    }
    #expect(stripped.warnings.isEmpty)
  }

  @Test func outOfRangeReferenceBecomesReplacementWithWarning() {
    let marked = MarkedText("<p>价格⟦&#x110000;⟧元</p>")
    let stripped = Self.strip(marked.text, .html)
    #expect(Self.visible(stripped) == "价格\u{FFFD}元\n")
    #expect(stripped.warnings == [.invalidCharacterReference("&#x110000;", at: marked.spans[0].start)])
  }

  @Test func blockElementsBecomeLineBreaks() {
    let stripped = Self.strip("<div>甲</div><div>乙<br>丙</div><ul><li>丁</li><li>戊</li></ul><h2>己</h2>庚", .html)
    #expect(Self.visible(stripped) == "甲\n乙\n丙\n丁\n戊\n己\n庚")
  }

  @Test func metaPairsGoToFrontMatterAndTitleComesFromTitleElement() {
    let html = """
      <!DOCTYPE html><html><head><title>标题 &amp; 副标题</title>
      <meta property="article:published_time" content="2026-01-04T13:38:32Z">
      <meta name='author' content="记者 张三"><meta charset="utf-8"></head>
      <body><h1>正文大标题</h1><p>内容</p></body></html>
      """
    let stripped = Self.strip(html)
    #expect(stripped.format == .html)
    #expect(stripped.title == "标题 & 副标题")
    #expect(stripped.frontMatter == ["article:published_time": "2026-01-04T13:38:32Z", "author": "记者 张三"])
    #expect(!Self.visible(stripped).contains("副标题"), "the <title> is not body text")
  }

  @Test func firstH1IsTheTitleWithoutTitleElement() {
    let stripped = Self.strip("<body><h1>  正文 <b>大</b>标题 </h1><h1>第二</h1><p>内容</p></body>", .html)
    #expect(stripped.title == "正文 大标题")
  }

  @Test func markdownFrontMatterIsReadAndRemoved() {
    let marked = MarkedText("---\ntitle: \"要么封神 要么破产\"\ndate: 2026-01-04T13:38:32Z\ntags: [\n  \"a\"\n]\n---\n⟦正文⟧第一段")
    let stripped = Self.strip(marked.text)
    #expect(stripped.format == .markdown)
    #expect(stripped.title == "要么封神 要么破产")
    #expect(stripped.frontMatter["title"] == "要么封神 要么破产")
    #expect(stripped.frontMatter["date"] == "2026-01-04T13:38:32Z")
    #expect(Self.visible(stripped) == "正文第一段")
    let span = stripped.map.originalSpan(TextSpan(0, 2))
    #expect([span.start, span.end] == marked.span(0))
  }

  @Test func markdownImagesAndLinksKeepTheirVisibleText() {
    let marked = MarkedText("看![⟦配图⟧](https://x/y.png)和[⟦原文⟧](https://example.com/a)。\n![]()\n")
    let stripped = Self.strip(marked.text, .markdown)
    #expect(Self.visible(stripped) == "看配图和原文。\n\n")
    let first = stripped.map.originalSpan(TextSpan(1, 3))
    let second = stripped.map.originalSpan(TextSpan(4, 6))
    #expect([first.start, first.end] == marked.span(0))
    #expect([second.start, second.end] == marked.span(1))
  }

  @Test func markdownHeadingIsTitleAndLosesItsMarker() {
    let stripped = Self.strip("# 季度巨亏 120 亿\n\n正文。\n## 小节\n", .markdown)
    #expect(stripped.title == "季度巨亏 120 亿")
    #expect(Self.visible(stripped) == "季度巨亏 120 亿\n\n正文。\n小节\n")
  }

  @Test func htmlInsideMarkdownIsStripped() {
    let stripped = Self.strip("---\ntitle: T\n---\n<p>第一段</p><p>第二&amp;段</p>")
    #expect(stripped.format == .markdown)
    #expect(Self.visible(stripped) == "第一段\n第二&段\n")
  }

  @Test func plainTextIsLeftAlone() {
    let text = "价格 <5 元 & 不含税 [注](见下)"
    let stripped = Self.strip(text, .text)
    #expect(Self.visible(stripped) == text)
    #expect(stripped.map == .identity(length: text.unicodeScalars.count))
  }

  @Test func literalLessThanInHTMLStaysText() {
    let stripped = Self.strip("<p>a < b 且 3<5</p>", .html)
    #expect(Self.visible(stripped) == "a < b 且 3<5\n")
  }

  @Test(arguments: [
    ("公司去年营收120亿元。\n第二段。", MarkupFormat.text),
    ("---\ntitle: x\n---\n正文", .markdown),
    ("![]()\n“引语。”\n正文", .markdown),
    ("# 标题\n正文", .markdown),
    ("<!DOCTYPE html><html><body>x</body></html>", .html),
    ("  <div>一</div>", .html),
    ("正文<p>一</p><p>二</p>", .html),
    ("比较 a<b 和 c>d", .text),
  ])
  func detectsTheFormat(text: String, expected: MarkupFormat) {
    #expect(MarkupDetector.detect(IngestFixtures.scalars(text)) == expected)
  }
}

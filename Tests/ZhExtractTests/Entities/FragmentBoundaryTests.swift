import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names found one part too short (issue 15, boundaries): a short form the text declares in a
/// parenthesis. Sentences written for these tests.
@Suite struct FragmentBoundaryTests {
  private static func spans(_ text: String) -> [String] {
    EntityFixture.entities(text).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  /// A short form declared in a parenthesis after a company's name (以下简称“X”, 下称“X”) is its
  /// alias, though it is no form the linker derives (禾川农机 of 禾川农业机械), wherever the text uses
  /// it: before the full name too (a headline), where a shorter derived form (禾川) would cut it.
  @Test(arguments: [
    (
      "禾川农机净利增长四成\n常州禾川农业机械股份有限公司（以下简称“禾川农机”，股票代码：301999）发布年报。禾川农机表示将扩产。",
      [
        "禾川农机 organization 0-4", "常州禾川农业机械股份有限公司 organization 11-25", "禾川农机 organization 31-35",
        "禾川农机 organization 54-58",
      ]
    ),
    (
      "宁远锂材停牌\n宁远锂业材料股份有限公司（下称“宁远锂材”）公告称，宁远锂材将回购股份。",
      ["宁远锂材 organization 0-4", "宁远锂业材料股份有限公司 organization 7-19", "宁远锂材 organization 23-27", "宁远锂材 organization 33-37"]
    ),
  ])
  func declaredShortForm(sentence: String, expected: [String]) {
    #expect(Self.spans(sentence) == expected, "\(sentence)")
    #expect(Set(EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.id)).count == 1, "\(EntityFixture.ids(sentence))")
  }

  /// No quoted form after the declaration, or a quoted form not made of the name's characters:
  /// no alias.
  @Test(arguments: [
    ("宁远锂业材料股份有限公司（以下简称公司）公告称，公司将回购股份。", ["宁远锂业材料股份有限公司 organization 0-12"]),
    ("宁远锂业材料股份有限公司（下称“该公司”）公告称。", ["宁远锂业材料股份有限公司 organization 0-12"]),
  ])
  func noDeclaredShortForm(sentence: String, expected: [String]) {
    #expect(Self.spans(sentence) == expected, "\(sentence)")
  }
}

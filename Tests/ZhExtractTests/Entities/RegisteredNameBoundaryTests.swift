import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Registered company names whose start was cut or whose name swallowed a verb and the body
/// before it (issue 15 item 3): a verb acting on a company (`org-verb`: 宣判 起诉 收购) is never
/// part of a name, a registered name never holds another one, industry words read only inside a
/// registered name (`registered-industry`: 文化传媒 规划设计 研究) reach the trade name before them, a
/// place inside a trade name is part of it, and a trade name holds no function word. Sentences
/// and names written for these tests.
@Suite struct RegisteredNameBoundaryTests {
  /// `surface→id` of every organisation, in order.
  private static func organizations(_ text: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == "organization" }.map { "\($0.text)→\($0.id)" }
  }

  @Test(arguments: [
    // A verb before the name: the name starts after it; a court before the verb is its own name.
    ("法院公开宣判岚穗食品有限公司一案。", ["岚穗食品有限公司→org:lan-sui-shi-pin-you-xian-gong-si-4440fb"]),
    (
      "沈丘县人民法院宣判周口金穗食品有限公司一案。",
      ["沈丘县人民法院→org:shen-qiu-xian-ren-min-fa-yuan-1308be", "周口金穗食品有限公司→org:zhou-kou-jin-sui-shi-pin-you-xian-gong-si-65fa56"]
    ),
    // A registered name before a verb is another company.
    (
      "临川精工股份有限公司收购杭州岳远机械有限公司。",
      [
        "临川精工股份有限公司→org:lin-chuan-jing-gong-gu-fen-you-xian-gong-si-621f0c",
        "杭州岳远机械有限公司→org:hang-zhou-yue-yuan-ji-xie-you-xian-gong-si-c204e0",
      ]
    ),
  ])
  func verbsEndNames(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Industry words of a registered name: the trade name before them is whole, with its place.
    ("中水淮河规划设计研究有限公司中标该项目。", ["中水淮河规划设计研究有限公司→org:zhong-shui-huai-he-gui-hua-she-ji-yan-jiu-you-xi-e2a849"]),
    ("苏州棠溪规划设计有限公司成立于2010年。", ["苏州棠溪规划设计有限公司→org:su-zhou-tang-xi-gui-hua-she-ji-you-xian-gong-si-83a8ce"]),
    // Not names: the industry words alone, or outside a registered name.
    ("该公司从事文化传媒。", []),
    ("这家公司的研究设计能力很强。", []),
    // A trade name holds no function word standing as a word of its own; a character that stops names
    // elsewhere may end a trade name (腾飞达).
    ("昨天，他收购了一家科技有限公司。", []),
    ("深圳市腾飞达电子科技有限公司成立于2010年。", ["深圳市腾飞达电子科技有限公司→org:shen-zhen-shi-teng-fei-da-dian-zi-ke-ji-you-xian-331e2f"]),
  ])
  func industryWordsOfARegisteredName(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A trade name the path reads as a person's, before a company's form: the company wins.
    ("凯基证券分析师指出，市场仍有压力。", ["凯基证券→org:kai-ji-zheng-quan-fa56be"]),
    ("凱基證券表示，台股短線震盪。", ["凱基證券→org:kai-ji-zheng-quan-fa56be"]),
    // Not after a common word or a function word.
    ("这家银行的利率上调。", []),
    ("王先生在银行工作。", []),
  ])
  func personReadTradeName(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  @Test func shortFormWithoutPlaceAndIndustryWordsSharesTheID() {
    let found = Self.organizations("北京星澜互娱文化传媒有限公司完成融资。星澜互娱称资金用于内容制作。")
    #expect(
      found == [
        "北京星澜互娱文化传媒有限公司→org:bei-jing-xing-lan-hu-yu-wen-hua-chuan-mei-you-xi-04f6b7",
        "星澜互娱→org:bei-jing-xing-lan-hu-yu-wen-hua-chuan-mei-you-xi-04f6b7",
      ])
  }
}

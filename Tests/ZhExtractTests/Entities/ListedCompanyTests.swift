import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Companies listed in Taiwan by their short names (`entities-companies-tw.tsv`, generated from
/// twstock), the short names that are common words and count only beside a cue
/// (`entity-aliases-listed.tsv`), and companies named by a trade name and an industry word without
/// 公司 (`IndustryCompanyScanner`). Sentences written for these tests.
@Suite struct ListedCompanyTests {
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text)→\($0.id)" }
  }

  /// The short name, the full name with an industry word, and the forms the script derives
  /// (京元電子 → 京元電, 日月光投控 → 日月光) are one company, by its stock code.
  @Test(arguments: [
    ("載板廠⟦欣興⟧表示，產能利用率回升。", "org:tw-3037"),
    ("⟦欣興電子⟧（3037）10月營收創新高。", "org:tw-3037"),
    ("测试厂⟦京元电子⟧公布营收。", "org:tw-2449"),
    ("⟦京元電⟧指出，訂單能見度已看到明年。", "org:tw-2449"),
    ("封測龍頭⟦日月光投控⟧表示產能吃緊。", "org:tw-3711"),
    ("⟦日月光⟧的訂單同步成長。", "org:tw-3711"),
  ])
  func shortAndFullNames(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let m = try #require(EntityFixture.entities(text.text).first { $0.type == "organization" }, "no company in \(text.text)")
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.id == id)
  }

  /// A short name that is a common word counts before its stock code or a company cue only.
  @Test(arguments: [
    ("食品大廠統一（1216）公布財報。", ["統一→org:tw-1216"]),
    ("統一股價今天上漲。", ["統一→org:tw-1216"]),
    ("兩岸產業統一標準的討論持續進行。", []),
    ("他們全家人都去了。", []),
    ("全家公司宣布展店。", ["全家公司→org:tw-5903"]),
    ("中華民族的傳統節日。", []),
    ("他說世界第一的目標不變。", []),
  ])
  func commonWordsNeedACue(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected)
  }

  /// A short name counts only at word boundaries of the segmentation path.
  @Test(arguments: [
    "他希望可成為業界標竿。",  // 可|成為, not 可成 (2474)
    "我们要努力成为第一。",  // 力成 (6239) inside 努力|成为
  ])
  func shortNamesInsideWords(sentence: String) {
    #expect(organizations(sentence) == [])
  }

  /// A short name that crosses a word of the path hides nothing after it: 和成 (1810), 和大 (1536),
  /// 同泰 (1805) and 及成 (8291) are dropped there, and the lexicon's pass resumes inside them.
  @Test(arguments: [
    ("北京和成都都在下雨。", ["北京→place:cn-beijing@0", "成都→place:cn-chengdu@3"]),
    ("上海和大连的港口。", ["上海→place:cn-shanghai@0", "大连→place:cn-dalian@3"]),
    ("南京同泰州签署合作协议。", ["南京→place:cn-nanjing@0", "泰州→place:cn-321200@3"]),
    ("邯郸及成安县的农民增收。", ["邯郸→place:cn-130400@0", "成安县→place:cn-130424@3"]),
    ("中日友好条约签订四十五周年。", ["中→place:cn@0", "日→place:jp@1"]),
  ])
  func shortNamesHideNoPlaceAfterThem(sentence: String, expected: [String]) {
    #expect(EntityFixture.entities(sentence).map { "\($0.text)→\($0.id)@\($0.start)" } == expected)
  }

  /// A trade name no table lists and an industry word: a company without 公司.
  @Test(arguments: [
    ("⟦澜尚科技⟧昨日发布新机。", "澜尚科技"),
    ("他看好⟦澜尚科技⟧的前景。", "澜尚科技"),
  ])
  func tradeNameAndIndustryWord(marked: String, nameZh: String) throws {
    let text = MarkedText(marked)
    let m = try #require(EntityFixture.entities(text.text).first { $0.type == "organization" }, "no company in \(text.text)")
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.rule == "entities.industry-company")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: [
    "消费电子需求回升。",  // a common word before the industry word
    "房地产市场仍然低迷。",  // 地产 inside 房地产
    "汽车电子的份额扩大。",
    "大型地产商纷纷降价。",
    "他在中国电子展上发言。",  // a place before it
    "高端材料的需求增加。",
    "路边停着一长溜汽车。",  // an unknown trade name after a numeral is a noun phrase
    "这批电子元件已经出厂。",
  ])
  func wordsThatAreNoTradeName(sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.rule == "entities.industry-company" }.map(\.text) == [])
  }

  /// The trade name alone names the company after it (澜尚科技 → 澜尚), one id.
  @Test func tradeNameAloneLinks() throws {
    let mentions = EntityFixture.entities("澜尚科技昨日发布新机，澜尚的股价上涨。").filter { $0.type == "organization" }
    #expect(mentions.map(\.text) == ["澜尚科技", "澜尚"])
    #expect(mentions.map(\.id) == ["org:lan-shang-ke-ji-24906a", "org:lan-shang-ke-ji-24906a"])
  }
}

import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A body of numbered terms after its term's ordinal (rule `entities.term-body`, issue 15 item 3): one
/// mention from the ordinal to the body's end, with the body's own id; counts of terms (两届, 上一届) and
/// ordinals before other bodies stay out. Sentences written for these tests, in analysis offsets.
@Suite struct TermBodyTests {
  /// The organisations of the sentence, as `surface start-end id`.
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // 第 + numerals + 届 before a body of the tables: its id stays.
    ("在第十四届全国人民代表大会第二次会议上，代表们审议了报告。", ["第十四届全国人民代表大会 1-13 org:cn-npc"]),
    ("提请第九届全国人大审议。", ["第九届全国人大 2-9 org:cn-npc"]),
    // Numerals and 届 alone at a word's start, before a body a pattern reads: the pattern's id is
    // made from the whole surface (a bare 人大常委会 elsewhere gets another: not yet linked).
    ("经过八届人大常委会第五次会议审议。", ["八届人大常委会 2-9 org:ba-jie-ren-da-chang-wei-hui-7478bf"]),
    // 首届: the first term.
    ("他当选首届立法会议员。", ["首届立法会 3-8 org:hk-legco"]),
  ])
  func ordinalJoinsTheBody(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A count of terms, not an ordinal: the body alone.
    ("他连任两届全国人大代表。", ["全国人大 5-9 org:cn-npc"]),
    ("上一届全国人大通过了该法。", ["全国人大 3-7 org:cn-npc"]),
    // The body alone, no ordinal before it.
    ("全国人大常委会今天闭幕。", ["全国人大常委会 0-7 org:cn-npcsc"]),
  ])
  func countsAndBareBodies(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // An ordinal before an organisation that is no body of terms stays out of it.
    "第三届中国国际进口博览会开幕。",
    "本届人大代表共有三千人。",
  ])
  func noTermBody(sentence: String) {
    #expect(!EntityFixture.entities(sentence).contains { $0.rule == "entities.term-body" }, "\(sentence)")
  }
}

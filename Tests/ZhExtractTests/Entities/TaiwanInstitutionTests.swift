import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Taiwan's and Hong Kong's major institutions by full and short name (issue 15 item 2: rows of
/// `entities-organizations.tsv`, short forms that are common words only in context in
/// `entity-aliases.tsv`), and generic words before a bank's suffix that name no bank (item 4).
/// Sentences written for these tests.
@Suite struct TaiwanInstitutionTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // A national university's full name with 國立 and its short form share its id; 國立清華大學 is
    // Taiwan's, not Beijing's Tsinghua.
    (
      "國立成功大學（成大）與國立清華大學（清大）簽約。",
      [
        "國立成功大學 organization 0-6 org:ncku", "成大 organization 7-9 org:ncku", "國立清華大學 organization 11-17 org:nthu",
        "清大 organization 18-20 org:nthu",
      ]
    ),
    ("清大攜手工研院開發固態電池。", ["清大 organization 0-2 org:nthu", "工研院 organization 4-7 org:itri"]),
    (
      "台電與工業技術研究院合作，中研院也參與。",
      ["台電 organization 0-2 org:taipower", "工業技術研究院 organization 3-10 org:itri", "中研院 organization 13-16 org:academia-sinica"]
    ),
    ("台電今年在台電大林發電廠增設機組。", ["台電 organization 0-2 org:taipower", "台電 organization 5-7 org:taipower", "大林發電廠 location 7-12 place:da-lin-fa-dian-chang-acc3bd"]),
    ("中華電信與中華郵政簽約。", ["中華電信 organization 0-4 org:tw-2412", "中華郵政 organization 5-9 org:chunghwa-post"]),
    ("台灣中油調降油價。", ["台灣中油 organization 0-4 org:cpc-taiwan"]),
    (
      "國立臺灣科技大學（台科大）與國立臺灣大學合作。",
      ["國立臺灣科技大學 organization 0-8 org:ntust", "台科大 organization 9-12 org:ntust", "國立臺灣大學 organization 14-20 org:ntu-taiwan"]
    ),
    ("香港測量師學會前會長表示。", ["香港測量師學會 organization 0-7 org:hkis"]),
    // Negatives: the short forms inside common words (一台電腦, 造成大量, 分清大是大非) are none.
    ("他買了一台電腦，這台電視很好。", []),
    ("造成大量損失，形成大規模災害。", []),
    ("要分清大是大非。", []),
  ])
  func institutions(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A generic word before 银行 (发卡, 上述, the dictionary's 商业银行) and a bank card (银行卡, one word)
    // name no bank.
    ("拟要求发卡银行以年化利率形式披露费用。", [String]()),
    ("国家金融监督管理总局就《商业银行信用卡业务监督管理办法》征求意见。", ["国家金融监督管理总局 organization 0-10 org:nfra"]),
    ("经查，上述银行卡流入涉诈资金。", []),
    ("其出售银行卡时曾被告知。", []),
    ("上述银行发布公告。", []),
    // Positive: a bank's name.
    ("招商银行发布公告。", ["招商银行 organization 0-4 org:cmb"]),
  ])
  func genericBanks(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}

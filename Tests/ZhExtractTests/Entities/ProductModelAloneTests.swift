import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A product named again by its model alone after the document named it with its brand, brands
/// that are common words before their models, a Chinese model word with a tier, and companies
/// named by a Latin name with a domain ending (issue 15 item 5). Sentences written for these tests.
@Suite struct ProductModelAloneTests {
  private func products(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "product" }.map { "\($0.text)→\($0.id)@\($0.start)" }
  }

  /// The model code alone, after its brand named it, is the same product (one id).
  @Test(arguments: [
    (
      "新车曜途S9正式上市。业内人士认为，S9的定价颇具竞争力。",
      ["曜途S9→product:yao-tu-s9-bc186e@2", "S9→product:yao-tu-s9-bc186e@18"]
    ),
    ("小米YU7上市以来，YU7的订单持续增长。", ["小米YU7→product:xiaomi-yu7@0", "YU7→product:xiaomi-yu7@10"]),
    ("理想L9交付量创新高，L9仍是主力车型。", ["理想L9→product:li-auto-l9@0", "L9→product:li-auto-l9@11"]),
  ])
  func modelAloneAfterItsBrand(sentence: String, expected: [String]) {
    #expect(products(sentence) == expected)
  }

  /// A model code with no brand before it in the document is no product by itself.
  @Test(arguments: [
    "S9的订单持续增长。",
    "L9仍是主力车型之一。",
    "业内认为S9的定价偏高，曜途S9随后调价。",  // the bare code before its brand names nothing
  ])
  func modelAloneFromNowhere(sentence: String) {
    #expect(products(sentence).allSatisfy { !$0.hasPrefix("S9→") && !$0.hasPrefix("L9→") }, "\(products(sentence))")
  }

  /// A brand that is a common word (理想) is a brand only before one of its models.
  @Test(arguments: ["这是一个理想的结果。", "理想很丰满，现实很骨感。"])
  func commonWordBrandAlone(sentence: String) {
    #expect(EntityFixture.entities(sentence).map(\.id) == [])
  }

  /// A Chinese model word glued to a Latin tier (神行PLUS, 麒麟Pro) is one product.
  @Test(arguments: [
    ("宁德时代发布⟦神行PLUS⟧电池。", "神行PLUS"),
    ("该车搭载⟦曜石Max⟧电驱系统。", "曜石Max"),
  ])
  func chineseModelWordAndTier(marked: String, nameZh: String) throws {
    let m = try EntityFixture.product(marked: marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: ["新款Pro版本售价更高。", "这款Max卖得最好。", "高端PLUS会员可享受折扣。"])
  func commonWordAndTierAreNoProduct(sentence: String) {
    #expect(products(sentence) == [], "\(sentence)")
  }

  /// A Latin product name with a word in capitals (DRIVE Thor) before a kind of product, and the
  /// same name later without it: one product.
  @Test func capitalsWordProductNamedAgain() {
    let sentence = "英伟达推出DRIVE Thor芯片，DRIVE Thor的算力大幅提升。"
    #expect(products(sentence) == ["DRIVE Thor→product:drive-thor@5", "DRIVE Thor→product:drive-thor@18"])
  }

  /// A Latin company name with a domain ending is an organisation after a company cue.
  @Test(arguments: [
    ("自动驾驶公司⟦DeepRoute.ai⟧宣布完成新一轮融资。", "org:deeproute.ai"),
    ("人工智能企业⟦Tidewave.ai⟧发布新模型。", "org:tidewave.ai"),
  ])
  func companyWithDomainEnding(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let m = try #require(EntityFixture.entities(text.text).first { $0.type == "organization" }, "no company in \(text.text)")
    #expect([m.start, m.end] == text.span(0))
    #expect(m.id == id)
  }

  /// The same name in parentheses after a company of the lexicon links the earlier mention to it.
  @Test func domainNameLinkedByAParenthesis() {
    let ids = EntityFixture.ids("人工智能企业Moonshot.ai发布新模型。月之暗面(Moonshot.ai)由杨植麟创立。")
    #expect(
      ids.filter { $0.hasPrefix("Moonshot.ai") || $0.hasPrefix("月之暗面") } == [
        "Moonshot.ai→org:moonshot-ai", "月之暗面→org:moonshot-ai", "Moonshot.ai→org:moonshot-ai",
      ])
  }

  @Test(arguments: ["详情请访问Example.com查看。", "他常用Character.ai聊天。"])
  func domainWithoutCompanyCue(sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "organization" }.map(\.text) == [])
  }
}

import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A maker and a model number of three digits with a variant digit after a hyphen is one product
/// (波音787-9); a span of years or a range of figures after a maker is none (issue 15 item 5, rule
/// `entities.product-model`). Sentences written for these tests.
@Suite struct VariantNumberProductTests {
  @Test(arguments: [
    ("⟦波音787-9⟧客机首航成功。", "product:boeing-787-9"),
    ("⟦波音737-8⟧恢复交付。", "product:boeing-737-8"),
  ])
  func makerAndVariantNumber(marked: String, id: String) throws {
    #expect(try EntityFixture.product(marked: marked).id == id)
  }

  @Test(arguments: ["波音2024-25财年收入增长。", "比亚迪100-200万辆的目标。"])
  func noVariantNumber(_ sentence: String) {
    #expect(!EntityFixture.entities(sentence).contains { $0.type == "product" })
  }
}

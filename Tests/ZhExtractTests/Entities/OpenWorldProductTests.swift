import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Products that no lexicon lists, found by their shape (issue 15 item 5): a maker and a model
/// code, a model code before a kind of product, a quoted name after one. Sentences written for
/// these tests, with the mention marked.
@Suite struct OpenWorldProductTests {
  private func product(_ marked: String) throws -> EntityMention {
    let text = MarkedText(marked)
    let mention = try #require(EntityFixture.entities(text.text).first { $0.type == "product" }, "no product in \(text.text)")
    #expect([mention.start, mention.end] == text.span(0), "\(mention.text) in \(text.text)")
    return mention
  }

  @Test(arguments: [
    ("⟦小米YU7⟧上市以来订单持续增长。", "product:xiaomi-yu7", "Xiaomi YU7"),
    ("新款⟦小米 YU7⟧将于下月交付。", "product:xiaomi-yu7", "Xiaomi YU7"),
    ("⟦比亚迪E5⟧的续航提升了。", "product:byd-e5", "BYD E5"),
  ])
  func makerAndModelCode(marked: String, id: String, name: String) throws {
    let m = try product(marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.id == id)
    #expect(m.name == name)
  }

  @Test(arguments: [
    ("工厂将为客户生产⟦GB200⟧服务器。", "product:gb200"),
    ("為客戶生產⟦GB200⟧伺服器。", "product:gb200"),
    ("公司发布了⟦X9⟧手机。", "product:x9"),
  ])
  func modelCodeBeforeAKindOfProduct(marked: String, id: String) throws {
    let m = try product(marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.id == id)
  }

  @Test(arguments: [
    ("资金将用于大模型“⟦星澜2.0⟧”的研发。", "星澜2.0"),
    ("公司上线了应用「⟦青鸟出行⟧」。", "青鸟出行"),
  ])
  func quotedNameAfterAKindOfProduct(marked: String, nameZh: String) throws {
    let m = try product(marked)
    #expect(m.rule == "entities.product-model")
    #expect(m.nameZh == nameZh)
  }

  @Test(arguments: [
    "腾讯Q3营收增长。",  // a quarter, no model
    "小米H1利润上升。",  // a half-year
    "PM2.5浓度下降。",  // a decimal, no code
    "大模型“幻觉”问题仍未解决。",  // a common word in quotes
    "公司推出“以旧换新”活动。",  // no kind of product before the quotes
    "第5代服务器性能提升。",  // no capital letter
    "COVID19x病毒",  // letters after the digits
  ])
  func shapesThatAreNoProduct(_ sentence: String) {
    #expect(EntityFixture.entities(sentence).filter { $0.type == "product" }.map(\.text) == [])
  }
}

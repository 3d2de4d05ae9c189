import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Products named in quotation marks right after a verb of release, and a known maker glued before a
/// known product (issue 15 item 5). Sentences written for these tests.
@Suite struct ReleasedQuotedProductTests {
  private func products(_ text: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == "product" }.map { "\($0.text)@\($0.start)→\($0.id)" }
  }

  @Test(arguments: [
    // A quoted name after a verb of release (推出 研发, with 的 or 了 between or none), then the
    // clause's end, a kind of product (产品) or a product line (系列).
    ("遂川县支行推出“茶农贷”，单户授信最高30万元。", ["茶农贷@8→product:cha-nong-dai-6c3164"]),
    ("景区联合推出的“一票通游”产品售价199元。", ["一票通游@8→product:yi-piao-tong-you-67ed60"]),
    ("团队研发的“睿视”系列显微镜已交付。", ["睿视@6→product:rui-shi-61a440"]),
    // A quoted name after a kind of product (产品, 车机系统).
    ("该行推出信贷产品“赣信专精贷”，首期额度10亿元。", ["赣信专精贷@9→product:gan-xin-zhuan-jing-dai-6aaeae"]),
    ("汽车的车机系统“曜驰OS 3.0”今天升级。", ["曜驰OS 3.0@8→product:yao-chi-os-3.0-b9e96b"]),
  ])
  func quotedNameAfterARelease(text: String, expected: [String]) {
    #expect(products(text) == expected, "\(text)")
  }

  @Test(arguments: [
    "商场推出“以旧换新”活动。",  // an event
    "机场同步推出“空铁联运”服务。",  // a service, a scheme
    "市政府发布“十五五”规划纲要。",  // a plan
    "商家推出“套餐”，价格不变。",  // a common word of the dictionary quoted
  ])
  func noProductAfterTheRelease(_ text: String) {
    #expect(products(text) == [], "\(text)")
  }

  @Test(arguments: [
    // A known company glued before a known product: one mention of the product, with its id.
    ("座舱采用高通骁龙8295平台。", ["高通骁龙8295@4→product:snapdragon-8295"]),
    ("手机搭载联发科天玑9500处理器。", ["联发科天玑9500@4→product:dimensity-9500"]),
    ("同档位的苹果iPhone 17 Pro起售价更高。", ["苹果iPhone 17 Pro@4→product:iphone-17-pro"]),
    // A space or a word between them leaves the company a mention of its own.
    ("高通的骁龙8295出货量上升。", ["骁龙8295@3→product:snapdragon-8295"]),
    // A maker in Latin letters run together with a product in Latin letters: two names.
    ("近似SpaceXStarlink的服务。", ["Starlink@8→product:starlink"]),
  ])
  func makerGluedBeforeAProduct(text: String, expected: [String]) {
    #expect(products(text) == expected, "\(text)")
  }

  @Test func theMakerIsNoMentionOfItsOwn() {
    let found = EntityFixture.entities("座舱采用高通骁龙8295平台。")
    #expect(found.map(\.text) == ["高通骁龙8295"])
  }
}

import Testing
@testable import ZhExtract

/// `entities.alias`: a short form in parentheses right after an organisation's name, made of the name's own
/// characters in order, names it again with its id, though it leaves out the name's place or its parent (so it
/// starts past the name's first characters: 城|投集团 of 滨海市|城市建设投资集团, 农|委会 of 行政院|农业委员会) and
/// though a known name was read inside it (浙大 of 浙大二院). A frequent common word of the name's characters
/// (信息) is no short form. Sentences written for these tests.
@Suite struct ParenthesisedShortFormTests {
  @Test(arguments: [
    ("滨海市城市建设投资集团有限公司（城投集团）今日发布公告。", "滨海市城市建设投资集团有限公司", [0, 15], "城投集团", [16, 20]),
    ("浙江大学医学院附属第二医院（浙大二院）专家介绍，浙大二院将扩建。", "浙江大学医学院附属第二医院", [0, 13], "浙大二院", [14, 18]),
    ("行政院农业委员会（农委会）昨日表示将补助农民。", "行政院农业委员会", [0, 8], "农委会", [9, 12]),
  ])
  func shortFormPastThePlaceOrTheParent(text: String, full: String, fullSpan: [Int], short: String, shortSpan: [Int]) throws {
    let mentions = EntityFixture.entities(text)
    let name = try #require(mentions.first { $0.text == full }, "\(mentions.map(\.text))")
    let alias = try #require(mentions.first { $0.text == short }, "\(mentions.map(\.text))")
    #expect([name.start, name.end] == fullSpan)
    #expect([alias.start, alias.end] == shortSpan)
    #expect(name.type == "organization" && alias.type == "organization")
    #expect(alias.id == name.id, "\(alias.id) \(name.id)")
    // No part of the short form is a mention of its own.
    #expect(!mentions.contains { $0.start >= shortSpan[0] && $0.end <= shortSpan[1] && $0.text != short }, "\(mentions.map(\.text))")
  }

  @Test(arguments: [
    // A frequent common word made of the name's characters (信息 of 中华信息技术).
    ("中华信息技术有限公司（信息）公布业绩。", "信息"),
    // Characters that are not the name's in order (技信 of 中华信息技术).
    ("中华信息技术有限公司（技信）公布业绩。", "技信"),
  ])
  func noShortForm(text: String, inner: String) {
    let mentions = EntityFixture.entities(text)
    #expect(!mentions.contains { $0.text == inner }, "\(mentions.map(\.text))")
  }
}

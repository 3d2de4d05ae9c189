import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Words that look like an organisation's name and name none (issue 15 item 6, `entity-cues.tsv`):
/// a class of banks, schools or hospitals (`org-generic` 内地 私立 急症 before the suffix) and meetings
/// the segmenter dictionary tags as organisations (`not-dictionary-name` 汇报会 通报会 招商会 招标会
/// 协商会 联席会); and a farmers' association by its form (`org-suffix` 农会). Sentences written for
/// these tests.
@Suite struct GenericBodyWordTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    "多家內地銀行表示會跟進。",
    "這所私立大學今年擴招。",
    "市民可到急症醫院求診。",
    "区政府召开汇报会，通报会上公布了数字。",
    "两地举行招商会和联席会。",
    "市里召开招标会和协商会。",
    "农会与合作社。",
  ])
  func namesNone(sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A farmers' association: its place and its name before 農會.
    ("枋山地區農會今年收購芒果。", ["枋山地區農會 organization 0-6 org:fang-shan-de-qu-nong-hui-7634e6"]),
    ("南投縣信義鄉農會推出梅酒。", ["南投縣信義鄉農會 organization 0-8 org:nan-tou-xian-xin-yi-xiang-nong-hui-8ca5bd"]),
    // A named bank or school keeps its name.
    ("中央銀行與商業銀行。", ["中央銀行 organization 0-4 org:zhong-yang-yin-xing-b6d866"]),
  ])
  func names(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}

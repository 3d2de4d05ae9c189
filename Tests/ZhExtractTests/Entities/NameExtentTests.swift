import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Names found with the wrong extent (issue 15, session 22): a country cut off a known public body's name
/// (中国|国家统计局), and a registered company's name that took in the word for its role before it
/// (经营者|…有限公司). Sentences written for these tests.
@Suite struct NameExtentTests {
  /// Every mention of the sentence, as (surface, id, start, end) in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.id) \($0.start)-\($0.end)" }
  }

  // MARK: a country before a known public body (`country-body-suffix`, `CountryBodyJoiner`)

  /// China before a body of the tables: one mention with the body's record; a later bare mention shares its id.
  @Test(arguments: [
    ("中国国家统计局今天公布了数据。", ["中国国家统计局 org:nbs 0-7"]),
    ("中国国务院发言人今天表示。", ["中国国务院 org:state-council 0-5"]),
    ("据中国海关总署统计，出口增长。", ["中国海关总署 org:cn-gac 1-7"]),
    ("中国国家统计局发布数据。国家统计局还表示，价格平稳。", ["中国国家统计局 org:nbs 0-7", "国家统计局 org:nbs 12-17"]),
  ])
  func chinaBeforeAKnownBody(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// Another country before a known body: one organisation of its own (the table's body may be China's).
  @Test(arguments: [
    ("日本厚生劳动省提醒民众注意防暑。", ["日本厚生劳动省 ORGID 0-7"])
  ])
  func otherCountryBeforeAKnownBody(sentence: String, expected: [String]) {
    let id = EntityID.pattern(.organization, Array("日本厚生劳动省".unicodeScalars))
    #expect(mentions(sentence) == expected.map { $0.replacingOccurrences(of: "ORGID", with: id) }, "\(sentence)")
  }

  /// No join: a known company after its country (日本|三井), a punctuation mark between (中国、国家统计局), a body
  /// that ends with no public body's suffix.
  @Test(arguments: [
    ("日本三井今年扩大投资。", ["日本 place:jp 0-2", "三井 org:mitsui 2-4"]),
    ("中国、国家统计局均表示。", ["中国 place:cn 0-2", "国家统计局 org:nbs 3-8"]),
  ])
  func noJoin(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  // MARK: a word for a party toward a company before its registered name (`registered-lead`: 经营者 业者 申请人)

  /// The registered name starts after the word (经营者|杭州明禾餐饮管理有限公司), whose last character the
  /// name would otherwise take in.
  @Test(arguments: [
    ("经营者杭州明禾餐饮管理有限公司被罚款两万元。", "杭州明禾餐饮管理有限公司", 3),
    ("申请人宁波嘉诚物流有限公司提出异议。", "宁波嘉诚物流有限公司", 3),
  ])
  func registeredNameAfterALead(sentence: String, name: String, start: Int) {
    let id = EntityID.pattern(.organization, Array(name.unicodeScalars))
    #expect(mentions(sentence) == ["\(name) \(id) \(start)-\(start + name.unicodeScalars.count)"], "\(sentence)")
  }
}

import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Hong Kong's places, government bodies, companies and parties by their usual names (issue 15
/// items 3 and 4: `entities-places-hk.tsv`, the Hong Kong rows of `entities-government-bodies.tsv`
/// and `entities-organizations.tsv`). Sentences written for these tests, in Traditional script as
/// Hong Kong writes them.
@Suite struct HongKongTableTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test func bundledTableLoads() throws {
    var problems = LexiconProblems()
    let lexicon = EntityLexicon(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
    #expect(problems.isEmpty, "\(problems)")
    for id in ["place:hk-tseung-kwan-o", "place:hk-taikoo-shing", "place:hk-northern-metropolis", "org:hk-ura", "org:mtr"] {
      #expect(lexicon.entity(id: id) != nil, "\(id)")
    }
    let hk = try #require(lexicon.entity(id: "place:hk-tung-chung"))
    #expect(lexicon.boundToWords[Int(hk)], "Hong Kong's places count only at word boundaries")
  }

  @Test(arguments: [
    // Neighbourhoods, new towns and estates, with their ids.
    ("將軍澳和東涌的新盤今日開售。", ["將軍澳 location 0-3 place:hk-tseung-kwan-o", "東涌 location 4-6 place:hk-tung-chung"]),
    ("啟德的土地昨日招標。", ["啟德 location 0-2 place:hk-kai-tak"]),
    // The estate whole, not the place inside it (古城, 沙田).
    ("太古城一個單位以千萬元成交。", ["太古城 location 0-3 place:hk-taikoo-shing"]),
    ("沙田第一城的租金回升。", ["沙田第一城 location 0-5 place:hk-city-one-shatin"]),
    ("日出康城第十期開售。", ["日出康城 location 0-4 place:hk-lohas-park"]),
    ("北部都會區的規劃公布了。", ["北部都會區 location 0-5 place:hk-northern-metropolis"]),
    ("天水圍的居民不滿。", ["天水圍 location 0-3 place:hk-tin-shui-wai"]),
  ])
  func places(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Short and full forms of one body share its id.
    ("市建局宣布新項目。", ["市建局 organization 0-3 org:hk-ura"]),
    ("市區重建局宣布新項目。", ["市區重建局 organization 0-5 org:hk-ura"]),
    ("發展局與地政總署回應。", ["發展局 organization 0-3 org:hk-devb", "地政總署 organization 4-8 org:hk-landsd"]),
    ("食環署和康文署加強巡查。", ["食環署 organization 0-3 org:hk-fehd", "康文署 organization 4-7 org:hk-lcsd"]),
    ("房委會公布輪候時間。", ["房委會 organization 0-3 org:hk-ha"]),
  ])
  func governmentBodies(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    ("港鐵公司公布業績。", ["港鐵公司 organization 0-4 org:mtr"]),
    ("港鐵加價。", ["港鐵 organization 0-2 org:mtr"]),
    ("恒基兆業地產推出新盤。", ["恒基兆業地產 organization 0-6 org:henderson-land"]),
    ("新世界發展出售資產。", ["新世界發展 organization 0-5 org:new-world-development"]),
    ("美聯物業的報告顯示樓價回落。", ["美聯物業 organization 0-4 org:midland-realty"]),
    ("港燈下調電費。", ["港燈 organization 0-2 org:hk-electric"]),
    ("八達通推出新服務。", ["八達通 organization 0-3 org:octopus"]),
    ("民建聯和工聯會提出建議。", ["民建聯 organization 0-3 org:dab", "工聯會 organization 4-7 org:hong-kong-federation-of-trade-unions"]),
  ])
  func companiesAndParties(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Forms left out because they are words (金鐘 a bell, 火炭 charcoal, 太古 ancient times) or
    // because the table's forms count only at word boundaries (上水 in 上水管 is no place).
    "他敲響了金鐘。",
    "工人搬運火炭。",
    "太古時代的傳說。",
    "廚房的上水管漏水。",
    // Short forms that would cut through words are not aliases (永恒地 eternally, 经济增长和就业).
    "他们永恒地守护着家园。",
    "经济增长和就业都好于预期。",
  ])
  func wordsThatAreNoName(sentence: String) {
    #expect(mentions(sentence) == [], "\(sentence)")
  }
}

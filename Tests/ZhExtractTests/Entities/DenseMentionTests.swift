import Testing

@testable import ZhExtract

/// Documents dense with the mentions that the entity mergers compare with one another. Each
/// merger once looked through every mention for every mention it placed (or removed mentions one
/// by one, moving all later ones), quadratic in a document like these: 1.4 MB of 据杭州日报报道
/// took 28 s of CPU, 2.7 MB of 中共河北省委和美国联邦航空局 49 s. The answers here are the ones of
/// one sentence, repeated; `Scripts/hostile-resources.sh` checks the time at two sizes.
/// Sentences written for these tests.
@Suite struct DenseMentionTests {
  /// Patterns that take in the place they begin with (杭州|日报) are accepted one by one.
  @Test func manyMediaNamesBeginningWithAPlace() {
    let found = EntityFixture.entities(String(repeating: "据杭州日报报道，", count: 300))
    #expect(found.count == 300)
    #expect(Set(found.map(\.id)) == ["org:hang-zhou-ri-bao-7cf1c6"])
    #expect(found.suffix(2).map { "\($0.text) \($0.start)-\($0.end)" } == ["杭州日报 2385-2389", "杭州日报 2393-2397"])
  }

  /// A known company and its company word, with the town before it (深圳|华为|公司).
  @Test func manyCompaniesWithCompanyWords() {
    let found = EntityFixture.entities(String(repeating: "深圳华为公司与微软公司合作，", count: 300))
    #expect(found.count == 600)
    let ids = Dictionary(grouping: found, by: \.id).mapValues(\.count)
    #expect(ids == ["org:huawei": 300, "org:microsoft-corporation": 300])
    #expect(found.suffix(2).map { "\($0.text) \($0.start)-\($0.end)" } == ["深圳华为公司 4186-4192", "微软公司 4193-4197"])
  }

  /// A registered name holding a known company, its city and its legal suffix.
  @Test func manyLegalNames() {
    let found = EntityFixture.entities(String(repeating: "深圳市腾讯计算机系统有限公司、", count: 300))
    #expect(found.count == 300)
    #expect(Set(found.map(\.id)) == ["org:tencent"])
    #expect(found.last.map { "\($0.text) \($0.start)-\($0.end)" } == "深圳市腾讯计算机系统有限公司 4485-4499")
  }

  /// A body after the place it belongs to (美国|联邦|航空局).
  @Test func manyNestedBodies() {
    let found = EntityFixture.entities(String(repeating: "美国联邦航空局和杭州日报，", count: 300))
    #expect(found.count == 600)
    let ids = Dictionary(grouping: found, by: \.id).mapValues(\.count)
    #expect(ids == ["org:mei-guo-lian-bang-hang-kong-ju-d7a115": 300, "org:hang-zhou-ri-bao-7cf1c6": 300])
    #expect(found.suffix(2).map { "\($0.text) \($0.start)-\($0.end)" } == ["美国联邦航空局 3887-3894", "杭州日报 3895-3899"])
  }

  /// Short forms of a company named in full that replace the name model's guesses.
  @Test func manyShortFormsOfOneCompany() {
    let found = EntityFixture.entities(String(repeating: "海岚智造股份有限公司公告，海岚智造的订单翻倍。", count: 300))
    #expect(found.count == 600)
    #expect(Set(found.map(\.id)).count == 1)
    #expect(found.suffix(2).map { "\($0.text) \($0.start)-\($0.end)" } == ["海岚智造股份有限公司 6877-6887", "海岚智造 6890-6894"])
  }

  /// The index by start finds every mention that overlaps a span, as reading them all does.
  @Test func indexByStartAgreesWithReadingEveryMention() {
    var generator = SeededGenerator(seed: 7)  // JSONOutputTests
    for _ in 0..<50 {
      let found = (0..<Int(generator.next() % 40)).map { _ -> FoundEntity in
        let start = Int(generator.next() % 200)
        let record = EntityRecord(id: "x", kind: .location, name: nil, nameZh: nil)
        return FoundEntity(start: start, end: start + 1 + Int(generator.next() % 12), record: record, source: "lexicon", lexiconEntity: nil, rule: .lexicon)
      }
      let index = MentionsByStart(found)
      for _ in 0..<40 {
        let start = Int(generator.next() % 210)
        let end = start + 1 + Int(generator.next() % 15)
        let expected = Set(found.indices.filter { found[$0].start < end && start < found[$0].end })
        let viaIndex = Set(index.candidates(overlapping: start, end).map { index.order[$0] }.filter { found[$0].start < end && start < found[$0].end })
        #expect(viaIndex == expected)
      }
    }
  }
}

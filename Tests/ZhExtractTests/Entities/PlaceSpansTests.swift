import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// `PlaceSpans`, rebuilt after each scanner that finds a place, reads the mentions in place and
/// tells countries from their ids' bytes: the same tables as the plain build it replaced.
@Suite struct PlaceSpansTests {
  /// The plain build: every place read from a copy of its mention, countries by prefix and literals.
  static func reference(_ found: [FoundEntity]) -> (endByStart: [Int: Int], startByEnd: [Int: Int], countries: Set<Int>) {
    var endByStart: [Int: Int] = [:]
    var startByEnd: [Int: Int] = [:]
    var countries = Set<Int>()
    for f in found where f.record.kind == .location {
      endByStart[f.start] = f.end
      startByEnd[f.end] = f.start
      if referenceIsCountry(f.record.id) { countries.insert(f.start) }
    }
    return (endByStart, startByEnd, countries)
  }

  static func referenceIsCountry(_ id: String) -> Bool {
    guard id.utf8.count == 8, id.hasPrefix("place:"), id.utf8.suffix(2).allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    return !["place:hk", "place:mo", "place:tw"].contains(id)
  }

  @Test(arguments: [
    ("place:us", true), ("place:jp", true), ("place:cn", true), ("place:hk", false), ("place:mo", false), ("place:tw", false),
    ("place:cn-beijing", false), ("place:US", false), ("place:u1", false), ("placexus", false), ("org:abcd", false), ("place:u", false),
    ("", false), ("place:üs", false),
  ])
  func countries(id: String, isCountry: Bool) {
    #expect(PlaceSpans.isCountry(id) == isCountry)
    #expect(Self.referenceIsCountry(id) == isCountry)
  }

  /// Every id of the bundled lexicon is a country or not as the plain test says.
  @Test func everyLexiconIdAgreesWithThePlainTest() throws {
    let records = try #require(EntityFixture.extractor).entities.lexicon.records
    #expect(records.count > 1_000)
    var countries = 0
    for record in records {
      #expect(PlaceSpans.isCountry(record.id) == Self.referenceIsCountry(record.id), "\(record.id)")
      if PlaceSpans.isCountry(record.id) { countries += 1 }
    }
    #expect(countries > 150)
  }

  /// Random mentions (places, countries, other kinds; overlapping, repeated starts and ends): the
  /// tables equal the plain build's.
  @Test func agreesWithThePlainBuild() {
    var generator = SeededGenerator(seed: 15)
    let ids: [(String, EntityKind)] = [
      ("place:us", .location), ("place:hk", .location), ("place:cn-beijing", .location), ("place:jp", .location), ("org:acme", .organization),
      ("person:li", .person), ("place:zhu-mu-lang-ma-feng-de955a", .location),
    ]
    for _ in 0..<300 {
      let found = (0..<Int(generator.next() % 50)).map { _ -> FoundEntity in
        let start = Int(generator.next() % 120)
        let (id, kind) = ids[Int(generator.next() % UInt64(ids.count))]
        let record = EntityRecord(id: id, kind: kind, name: nil, nameZh: nil)
        return FoundEntity(start: start, end: start + 1 + Int(generator.next() % 6), record: record, source: "lexicon", lexiconEntity: nil, rule: .lexicon)
      }
      let spans = PlaceSpans(found)
      let expected = Self.reference(found)
      #expect(spans.endByStart == expected.endByStart)
      #expect(spans.startByEnd == expected.startByEnd)
      #expect(spans.countryStarts == expected.countries)
    }
  }
}

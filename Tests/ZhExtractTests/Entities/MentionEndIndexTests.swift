import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// `MentionEndIndex`, the sorted keys that replaced `LegalNameMerger`'s dictionary of every
/// mention's end: the same answer as that dictionary (filled in order, the last mention ending at
/// an offset wins) at every offset.
@Suite struct MentionEndIndexTests {
  static func mention(_ start: Int, _ end: Int) -> FoundEntity {
    FoundEntity(
      start: start, end: end, record: EntityRecord(id: "org:acme", kind: .organization, name: nil, nameZh: nil), source: "lexicon",
      lexiconEntity: nil, rule: .lexicon)
  }

  /// The plain build it replaced.
  static func reference(_ found: [FoundEntity]) -> [Int: Int] {
    var byEnd: [Int: Int] = [:]
    for (k, f) in found.enumerated() { byEnd[f.end] = k }
    return byEnd
  }

  @Test func examples() {
    // 0..<2, 1..<4, 2..<4 (two end at 4: the later wins), 5..<6; nothing ends at 0, 1, 3, 5, 7.
    let found = [Self.mention(0, 2), Self.mention(1, 4), Self.mention(2, 4), Self.mention(5, 6)]
    let index = MentionEndIndex(found)
    #expect(index[2] == 0)
    #expect(index[4] == 2)
    #expect(index[6] == 3)
    for end in [-1, 0, 1, 3, 5, 7, Int(Int32.max), Int(Int32.max) + 1] { #expect(index[end] == nil, "\(end)") }
    #expect(MentionEndIndex([])[0] == nil)
    // An end at the largest offset 32 bits hold.
    #expect(MentionEndIndex([Self.mention(0, Int(Int32.max))])[Int(Int32.max)] == 0)
  }

  /// Random lists (sorted by start as the merger has them, and unsorted; overlapping, repeated
  /// starts and ends): every offset answers as the dictionary does.
  @Test func agreesWithTheDictionary() {
    var generator = SeededGenerator(seed: 18)
    for round in 0..<400 {
      var found = (0..<Int(generator.next() % 60)).map { _ -> FoundEntity in
        let start = Int(generator.next() % 150)
        return Self.mention(start, start + 1 + Int(generator.next() % 8))
      }
      if round % 2 == 0 { found.sortByStart() }
      let index = MentionEndIndex(found)
      let expected = Self.reference(found)
      for end in -2..<170 { #expect(index[end] == expected[end], "round \(round), end \(end)") }
    }
  }
}

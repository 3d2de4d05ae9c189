import Testing
@testable import ZhExtract

/// Two pieces the entity scanners share: the titles in 《》 (`BracketedTitles`, read by the media-title and
/// titled-work rules) and the in-place join of adjacent mentions (`joinAdjacent`, used by the country-body and
/// gazetteer-body joins). Texts written for these tests.
@Suite struct BracketedTitlesAndJoinTests {
  private func titles(_ text: String, maxLength: Int = 6) -> [String] {
    let s = Array(text.unicodeScalars)
    return BracketedTitles(in: s, maxLength: maxLength).map { "\(String(String.UnicodeScalarView(s[$0.start..<$0.end]))) \($0.open)-\($0.close)" }
  }

  /// Each title with the offsets of its marks; what is not a title on one line of 2 to `maxLength` scalars is skipped.
  @Test(arguments: [
    ("看《长河》和《山海经》。", ["长河 1-4", "山海经 6-10"]),
    ("《《长河》", ["长河 1-4"]),  // a second 《 opens the title again
    ("《长》《长河》", ["长河 3-6"]),  // one scalar is no title
    ("《长河\n落日》", []),  // no title across a line
    ("《一二三四五六》", ["一二三四五六 0-7"]),  // six scalars: the longest read
    ("《一二三四五六七》《山海》", ["山海 9-12"]),  // seven: too long, reading goes on
    ("《长河", []),
    ("长河》", []),
    ("", []),
  ])
  func bracketedTitles(text: String, expected: [String]) {
    #expect(titles(text) == expected, "\(text)")
  }

  private func mention(_ start: Int, _ end: Int, _ id: String) -> FoundEntity {
    FoundEntity(
      start: start, end: end, record: EntityRecord(id: id, kind: .organization, name: nil, nameZh: id), source: "lexicon",
      rule: .bodyWord)
  }

  /// Adjacent mentions that join become one, the right one's record stretched back; a joined mention joins the next
  /// in turn; the others keep their order; the mentions are sorted by start first.
  @Test func joinAdjacentKeepsTheRightRecordAndChains() {
    var found = [mention(4, 6, "c"), mention(0, 2, "a"), mention(2, 4, "b"), mention(7, 9, "d"), mention(9, 10, "e")]
    found.joinAdjacent(where: { left, right in left.end == right.start && right.record.id != "e" })
    #expect(found.map { "\($0.record.id) \($0.start)-\($0.end)" } == ["c 0-6", "d 7-9", "e 9-10"])
  }

  /// The merge sees the joined mention and the left one it took in, and may give the whole a new record.
  @Test func joinAdjacentMergeSeesTheLeftMention() {
    var found = [mention(0, 2, "a"), mention(2, 5, "b"), mention(6, 8, "c")]
    found.joinAdjacent(
      where: { left, right in left.end == right.start },
      merged: { joined, left in
        joined.record = EntityRecord(id: left.record.id + "+" + joined.record.id, kind: .organization, name: nil, nameZh: nil)
      })
    #expect(found.map { "\($0.record.id) \($0.start)-\($0.end)" } == ["a+b 0-5", "c 6-8"])
  }

  /// Nothing to join: the list is the same, sorted; an empty or one-mention list is left alone.
  @Test func joinAdjacentWithNothingToJoin() {
    var found = [mention(3, 4, "b"), mention(0, 2, "a")]
    found.joinAdjacent(where: { _, _ in false })
    #expect(found.map(\.record.id) == ["a", "b"])
    var none: [FoundEntity] = []
    none.joinAdjacent(where: { _, _ in true })
    #expect(none.isEmpty)
  }
}

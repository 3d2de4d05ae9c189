/// A place of the lexicon that starts on the last character of a role title (县长|江启臣 holds 长江,
/// 议员|林志豪 员林, 次长|江明宪 长江, 国防部长|安圭伯 长安) may hide a person's name that starts
/// right after the title. Such a place is set aside before the segmentation path is built, so
/// that the name model may read a name there, and the path then decides:
/// - a name candidate of the path starts where the title ends: the title and the person win, and
///   the place is no mention (县长|江启臣|出席);
/// - the path ends another word where the title ends: the place is no mention either, and the
///   lexicon reads on from there (部长|江西|考察 is 江西, no 长江);
/// - the path holds the place's first character in a longer word: the place stays (湖南省|长沙市,
///   where 省长 is a title too; 部|长江|平, where the dictionary knows 江平 as a place).
extension EntityExtractor {
  /// The places of `found` that start on the last character of a role title begun before them,
  /// taken out with their positions released.
  func setPlacesAcrossTitlesAside(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap) -> [FoundEntity] {
    let roles = lexicon.cues.roles
    var aside: [FoundEntity] = []
    // Each mention lent in place (`removeAll(where:)` handed the predicate a copy of each).
    found.removeAllInPlace { f in
      guard f.source == "lexicon", f.record.kind == .location, f.start > 0, f.end - f.start >= 2, ScalarClass.isHan(s[f.start]),
        let role = roles.longestMatch(in: s, endingAt: f.start + 1, maxLength: 8), role.start < f.start
      else { return false }
      coverage.release(f.start, f.end)
      aside.append(copy f)
      return true
    }
    return aside
  }

  /// Puts back each place set aside by `setPlacesAcrossTitlesAside` unless the path ends a word
  /// where the title ends (see the type's note).
  func settlePlacesAcrossTitles(_ s: [Unicode.Scalar], _ aside: [FoundEntity], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    for f in aside {
      let after = f.start + 1
      if words.startsWord(after) {
        if case .candidate = words.kind(at: after) { continue }
        var resumed: [FoundEntity] = []
        matchLexicon(s, from: after, to: f.end, words: words, coverage: &coverage, into: &resumed)
        insertInOrder(resumed, into: &found)
        continue
      }
      guard coverage.isFree(f.start, f.end) else { continue }
      coverage.take(f.start, f.end)
      insertInOrder([f], into: &found)
    }
  }

  /// Inserts `mentions` (in order) where their starts fall among `found`'s, which are in order.
  private func insertInOrder(_ mentions: [FoundEntity], into found: inout [FoundEntity]) {
    guard let first = mentions.first else { return }
    let at = found.firstIndex { $0.start > first.start } ?? found.count
    found.insert(contentsOf: mentions, at: at)
  }
}

/// A place of two characters of the lexicon whose first character is a preposition of place
/// (`place-preposition`: 从 在 到 至 于) and whose last character starts another place of the
/// lexicon, longer than the rest of it and ending at a word boundary of the path, is that other
/// place after the preposition: 从|江门|发往 is "from Jiangmen", not 从江 (a county of Guizhou) and
/// 门. The preposition ends the words before a place (issue 15 item 1); the place that reads on
/// past the short form wins over the form the preposition begins.
extension EntityExtractor {
  func movePlacesPastPrepositions(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    let prepositions = lexicon.cues.placePrepositions
    var moved: [Int] = []
    for k in found.indices {
      // Tested in place first: a copy of every mention retained and released its strings.
      guard found[k].end - found[k].start == 2, found[k].source == "lexicon", found[k].record.kind == .location,
        prepositions.contains(s[found[k].start]), placeReadsOn(s, from: found[k].start + 1, past: found[k].end, coverage: coverage, words: words)
      else { continue }
      moved.append(k)
    }
    guard !moved.isEmpty else { return }
    var resumed: [FoundEntity] = []
    for k in moved {
      coverage.release(found[k].start, found[k].end)
      matchLexicon(s, from: found[k].start + 1, to: found[k].start + 2, words: words, coverage: &coverage, into: &resumed)
    }
    let movedSet = Set(moved)
    var kept: [FoundEntity] = []
    kept.reserveCapacity(found.count - moved.count + resumed.count)
    for k in found.indices where !movedSet.contains(k) { kept.append(found[k]) }
    kept.append(contentsOf: resumed)
    kept.sortByStart()
    found = kept
  }

  /// Whether a place of the lexicon starts at `start` and ends past `end` at a word boundary of the
  /// path, over positions that no other mention holds.
  private func placeReadsOn(_ s: [Unicode.Scalar], from start: Int, past end: Int, coverage: CoverageMap, words: Segmentation) -> Bool {
    var candidates: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: s, at: start, into: &candidates)
    for c in candidates where c.end > end && words.startsWord(c.end) && coverage.isFree(end, c.end) {
      let surface = lexicon.surfaces[Int(c.payload)]
      if surface.context == .always, lexicon.records[Int(surface.entity)].kind == .location { return true }
    }
    return false
  }
}

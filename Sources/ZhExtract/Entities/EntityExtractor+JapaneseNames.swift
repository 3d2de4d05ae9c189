/// Lexicon forms that hide a Japanese name: they are released before the patterns read the text,
/// so that `JapaneseNameScanner` reads the name.
extension EntityExtractor {
  /// A listed company's short name (or another name bound to words) that is a Japanese family
  /// name, right before a Japanese given name that the table lists and ends where a name plainly
  /// ends, is that family name (官员森田|翔也|表示: 森田 is a listed company too): it is left free
  /// for the Japanese-name rule.
  func releaseJapaneseFamilyNames(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap) {
    let names = lexicon.japaneseNames, surnameStarts = lexicon.cues.japaneseSurnameStarts
    let surnames = lexicon.cues.japaneseSurnames, followers = lexicon.cues.nameFollowers
    found.removeAllInPlace { f in
      guard f.end - f.start >= 2, f.source == "lexicon", f.record.kind == .organization, let entity = f.lexiconEntity,
        lexicon.boundToWords[Int(entity)], surnameStarts.contains(s[f.start]),
        surnames.longestMatch(in: s, at: f.start)?.end == f.end
      else { return false }
      for q in stride(from: f.end + JapaneseNameScanner.maxGiven, through: f.end + 2, by: -1) where q <= s.count {
        guard (f.end..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), names.isGiven(s[f.end..<q]) else { continue }
        guard q == s.count || !ScalarClass.isHan(s[q]) || followers.contains(s[q]) || lexicon.cues.personWordAfter(in: s, q) else { continue }
        coverage.release(f.start, f.end)
        return true
      }
      return false
    }
  }

  /// Places of one character that lie inside a Japanese family name and a given name the table
  /// lists, ending where a name plainly ends (田|中|美|咲|表示: 中 and 美 stand for China and the
  /// United States only in a compound, 中美关系), are no mentions: they are released for the
  /// Japanese-name rule. The family name starts a word of the path, or follows a character that is
  /// no Han; the given name is no common word.
  func releasePlacesInsideJapaneseNames(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    func isLonePlace(_ f: FoundEntity) -> Bool { f.end - f.start == 1 && f.source == "lexicon" && f.record.kind == .location }
    let lonePlaces = Set(found.lazy.filter(isLonePlace).map(\.start))
    guard !lonePlaces.isEmpty else { return }
    var japaneseNames: [Range<Int>] = []
    for start in lonePlaces.sorted() where !japaneseNames.contains(where: { $0.contains(start) }) {
      if let name = japaneseName(s, around: start, lonePlaces: lonePlaces, coverage: coverage, words: words) { japaneseNames.append(name) }
    }
    guard !japaneseNames.isEmpty else { return }
    found.removeAllInPlace { f in
      guard isLonePlace(f), japaneseNames.contains(where: { $0.contains(f.start) }) else { return false }
      coverage.release(f.start, f.end)
      return true
    }
  }

  /// A Japanese family name and a given name the table lists that hold position `i`, with only
  /// places of one character (`lonePlaces`) taking positions inside them.
  private func japaneseName(
    _ s: [Unicode.Scalar], around i: Int, lonePlaces: Set<Int>, coverage: CoverageMap, words: Segmentation
  ) -> Range<Int>? {
    let names = lexicon.japaneseNames, surnames = lexicon.cues.japaneseSurnames, followers = lexicon.cues.nameFollowers
    func isFree(_ k: Int) -> Bool { ScalarClass.isHan(s[k]) && (!coverage[k] || lonePlaces.contains(k)) }
    for a in max(0, i - 2)...i where a == 0 || !ScalarClass.isHan(s[a - 1]) || words.startsWord(a) {
      guard let e = surnames.longestMatch(in: s, at: a)?.end ?? names.wordFamilies.longestMatch(in: s, at: a)?.end,
        e + 2 <= s.count, (a..<e).allSatisfy(isFree)
      else { continue }
      for q in stride(from: min(e + JapaneseNameScanner.maxGiven, s.count), through: e + 2, by: -1) {
        guard (e..<q).allSatisfy(isFree), names.isGiven(s[e..<q]), !dictionary.isNonPersonWord(s[e..<q]),
          q == s.count || !ScalarClass.isHan(s[q]) || followers.contains(s[q]) || lexicon.cues.personWordAfter(in: s, q)
            || words.startsClauseWord(at: q, in: s, dictionary: dictionary)
        else { continue }
        if (a..<q).contains(i) { return a..<q }
        break
      }
    }
    return nil
  }
}

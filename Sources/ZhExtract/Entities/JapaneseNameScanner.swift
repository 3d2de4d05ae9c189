/// Japanese people's names (佐藤由美, 桥本龙太郎, 冈田武史) and a Japanese family name alone
/// beside a title (桥本首相, 安倍表示): a family name of the `japanese-surname` cues, then one
/// to three characters of a given name that end where a new word plainly starts (punctuation,
/// a mention, a `name-follower` character, a role, a title or a verb of speech).
///
/// The given name needs evidence: a cue around the name (a role before it, a role, a title or a
/// verb of speech after it), or a last character typical of Japanese given names
/// (`japanese-given-end` cues: 郎 子 夫 雄 美) or two or more characters, either no common word
/// (龙太郎 yes, 组织 no: 山口|组织了 is no name). A family name alone needs a cue. Linear: only
/// positions whose character starts a Japanese family name are read, each a bounded number of
/// characters.
struct JapaneseNameScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  /// The generated Japanese names: given names as evidence, and the romanisation of both.
  let names: JapaneseNames
  var rule: EntityRule { .japaneseName }
  static let maxGiven = 3

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var p = 0
    while p < n - 1 {
      guard cues.japaneseSurnameStarts.contains(s[p]), !coverage[p], words.startsWord(p) || !ScalarClass.isHan(s[p - 1]),
        let surname = cues.japaneseSurnames.longestMatch(in: s, at: p), coverage.isFree(p, surname.end)
      else { p += 1; continue }
      let e = surname.end
      let before = cues.roleBefore(in: s, p)
      var end: Int?
      for length in stride(from: Self.maxGiven, through: 1, by: -1) {
        let q = e + length
        guard q <= n, (e..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] && !cues.nameFollowers.contains(s[$0]) }) else { continue }
        // A given name of the table (由美, 一郎) is as good evidence as a typical last character.
        let typical = cues.japaneseGivenEnds.contains(s[q - 1]) || names.isGiven(s[e..<q])
        // The name ends where a word of the path starts (佐藤由美|代表, not 佐藤由美代|表).
        guard words.startsWord(q) || !ScalarClass.isHan(s[q]) else { continue }
        guard boundary(s, q, coverage) || (typical && length >= 2) else { continue }
        // (jieba files some whole Japanese names as common nouns, 桥本龙太郎: only the given part counts.)
        let common = dictionary.isNonPersonWord(s[e..<q])
        // A family name of the generated table only (no `japanese-surname` cue) wants a given
        // name it knows or a cue: its family names are many, and some read as Chinese words.
        if before || cues.personWordAfter(in: s, q) || (!common && (typical || (length >= 2 && surname.value))) { end = q }
        break
      }
      if end == nil, before || cues.personWordAfter(in: s, e) { end = e }
      guard let end else { p += 1; continue }
      let surface = Array(s[p..<end])
      let romanized = names.romanized(family: s[p..<e], given: s[e..<end])
      let record = EntityRecord(
        id: EntityID.pattern(.person, surface, romanized: romanized), kind: .person, name: romanized, nameZh: String(String.UnicodeScalarView(surface)))
      found.append(FoundEntity(start: p, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      p = end
    }
  }

  /// Where a new word plainly starts: the end of the text, a character that is no Han, a
  /// mention, a character that follows names (说 在 的), a role, a title or a verb of speech.
  private func boundary(_ s: [Unicode.Scalar], _ q: Int, _ coverage: CoverageMap) -> Bool {
    q == s.count || !ScalarClass.isHan(s[q]) || coverage[q] || cues.nameFollowers.contains(s[q]) || cues.personWordAfter(in: s, q)
  }
}

/// Korean people's names in a Korean passage (韩国统一部长官郑东泳出席, 韩国总统尹锡悦表示): a
/// family name of the `korean-surname` cues (朴 金 李 崔 郑 姜 尹 韩) and exactly two characters
/// of a given name, within `contextReach` characters after a `korean-context` cue of the same
/// paragraph (韩国 韩方 首尔; a paragraph break ends the context sooner).
///
/// The name needs a cue of its own (a role before it; a role, a title or a verb of speech after
/// it; a list's 、), stands as whole words of the segmentation path, and ends where a new word
/// plainly starts: the end of the text, a character that is no Han, a mention, a `name-follower`
/// character, a role, a title, a verb of speech, or a verb, a conjunction or a time word of the
/// path (郑东泳|出席). Its given
/// name is no common word and holds no `name-follower` character, but for its first after a role
/// title (总统|李在明). The Chinese-name model reads most such names too, but cuts those whose given
/// characters it has rarely seen together (郑东|泳); names of two characters (朴振, 赵显) stay its own.
///
/// Linear: only positions whose character is a Korean family name after a context cue are read,
/// each a bounded number of characters.
struct KoreanNameScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .koreanName }
  /// How many characters after a `korean-context` cue a name may start.
  static let contextReach = 80

  /// A paragraph break, a `korean-context` cue's first character and a Korean family name: the only
  /// places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger(starts: [cues.koreanContextStarts, cues.koreanSurnames])
    trigger.start(on: "\n")
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    // Locals: a field of the large `cues` read in the loop is copied with all of `cues` at each position.
    let contextStarts = cues.koreanContextStarts, contexts = cues.koreanContexts, surnames = cues.koreanSurnames
    // The end of the last `korean-context` cue of the paragraph (-1: none).
    var context = -1
    var p = 0
    while starts.advance(&p, below: n - 2) {
      if s[p] == "\n" {
        context = -1
      } else if contextStarts.contains(s[p]), let cue = contexts.longestMatch(in: s, at: p) {
        context = cue.end
      }
      guard context >= 0, p >= context, p - context <= Self.contextReach, surnames.contains(s[p]), let end = nameEnd(s, p, words: words, coverage: coverage)
      else {
        p += 1
        continue
      }
      append(s, p, end, into: &found)
      p = end
    }
  }

  /// The end of the name of a family name and two characters at `p`, if it stands there.
  private func nameEnd(_ s: [Unicode.Scalar], _ p: Int, words: Segmentation, coverage: CoverageMap) -> Int? {
    let q = p + 3
    guard (p..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), p == 0 || !ScalarClass.isHan(s[p - 1]) || words.startsWord(p),
      words.startsWord(q) || !ScalarClass.isHan(s[q])
    else { return nil }
    let roleBefore = cues.roleBefore(in: s, p)
    let followers = cues.nameFollowers
    guard !followers.contains(s[p + 2]), roleBefore || !followers.contains(s[p + 1]) else { return nil }
    let plainEnd =
      q == s.count || !ScalarClass.isHan(s[q]) || coverage[q] || followers.contains(s[q]) || cues.personWordAfter(in: s, q)
      || words.startsClauseWord(at: q, in: s, dictionary: dictionary)
    let cue = roleBefore || cues.personWordAfter(in: s, q) || (p > 0 && s[p - 1] == "、") || (q < s.count && s[q] == "、")
    guard plainEnd, cue, !dictionary.isNonPersonWord(s[p + 1..<q]), !dictionary.isNonPersonWord(s[p..<q]), cues.notNames.longestMatch(in: s, at: p) == nil
    else { return nil }
    return q
  }

  private func append(_ s: [Unicode.Scalar], _ p: Int, _ end: Int, into found: inout [FoundEntity]) {
    let surface = Array(s[p..<end])
    let name = Romanizer.shared.personName(
      family: String(scalars: s[p..<p + 1]), given: String(scalars: s[p + 1..<end]))
    let record = EntityRecord(
      id: EntityID.pattern(.person, surface, romanized: name), kind: .person, name: name, nameZh: String(scalars: surface))
    found.append(FoundEntity(start: p, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }
}

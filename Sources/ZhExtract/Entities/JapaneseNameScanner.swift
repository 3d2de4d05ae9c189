/// Japanese people's names (佐藤由美, 桥本龙太郎, 冈田武史) and a Japanese family name alone
/// beside a title (桥本首相, 安倍表示): a family name of the `japanese-surname` cues, then one
/// to three characters of a given name that end where a new word plainly starts (punctuation,
/// a mention, a `name-follower` character, a role, a title or a verb of speech).
///
/// The given name needs evidence: a cue around the name (a role before it, a role, a title or a
/// verb of speech after it), or a last character typical of Japanese given names
/// (`japanese-given-end` cues: 郎 子 夫 雄 美) or two or more characters, either no common word
/// (龙太郎 yes, 组织 no: 山口|组织了 is no name). A family name alone needs a cue.
///
/// A family name that no table lists (赤泽亮正) is read in a name of two and two characters whose
/// kanji are each likely at their place (`JapaneseKanjiModel`), only within
/// `japaneseContextReach` characters after a `japanese-context` cue of the same paragraph (日本,
/// 日方, 东京), with a cue of its own (a role before it, a role, a title or a verb of speech after
/// it, a list's 、) and ending where a new word plainly starts, or before a verb, a conjunction or
/// a time word of the dictionary that the path read a word across (赤泽亮正|当天, the path 正当).
///
/// Linear: only positions whose character starts a Japanese family name, or whose kanji starts
/// a likely name after a context cue, are read, each a bounded number of characters.
struct JapaneseNameScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  /// The generated Japanese names: given names as evidence, and the romanisation of both.
  let names: JapaneseNames
  /// Kanji likely at each place of a Japanese name, for family names no table lists.
  let kanji: JapaneseKanjiModel
  var rule: EntityRule { .japaneseName }
  static let maxGiven = 3
  /// How many characters after a `japanese-context` cue a name whose family name no table lists
  /// may start (a paragraph break ends the context sooner).
  static let japaneseContextReach = 80

  /// A paragraph break, the first characters of a `japanese-context` cue, of a Japanese family name
  /// and of a family name that is also a word: the only places where the loop reads anything, but
  /// within `japaneseContextReach` of a context cue (where it visits every position).
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger(starts: [cues.japaneseContextStarts, cues.japaneseSurnameStarts, names.wordFamilyStarts])
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
    var p = 0
    // The end of the last `japanese-context` cue of the paragraph (-1: none).
    var context = -1
    // Locals: a field of the large `cues` read in the loop is copied with all of `cues` at each position.
    let contextStarts = cues.japaneseContextStarts, surnameStarts = cues.japaneseSurnameStarts
    let familyStarts = names.wordFamilyStarts
    while p < n - 1 {
      // Within a context cue's reach a name no table lists may start anywhere; past it only the marked positions.
      if context < 0 || p - context > Self.japaneseContextReach { guard starts.advance(&p, below: n - 1) else { break } }
      if s[p] == "\n" {
        context = -1
      } else if contextStarts.contains(s[p]), let cue = cues.japaneseContexts.longestMatch(in: s, at: p) {
        context = cue.end
      }
      guard surnameStarts.contains(s[p]), !coverage[p], words.startsWord(p) || !ScalarClass.isHan(s[p - 1]),
        let surname = cues.japaneseSurnames.longestMatch(in: s, at: p), coverage.isFree(p, surname.end)
      else {
        if familyStarts.contains(s[p]), names.wordFamilySeconds.contains(s[p + 1]), !coverage[p],
          let end = wordFamilyName(s, p, words: words, coverage: coverage)
        {
          append(s, p, end.family, end.name, into: &found)
          p = end.name
          continue
        }
        if context >= 0, p >= context, p - context <= Self.japaneseContextReach, let end = unlistedName(s, p, words: words, coverage: coverage) {
          append(s, p, p + 2, end, into: &found)
          p = end
        } else {
          p += 1
        }
        continue
      }
      let e = surname.end
      let before = cues.roleBefore(in: s, p)
      var end: Int?
      for length in stride(from: Self.maxGiven, through: 1, by: -1) {
        let q = e + length
        guard q <= n, (e..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }) else { continue }
        // A character that follows names (也 和) is part of a given name of two or more that the
        // table lists (拓也, 和也): 中村拓也, not 中村拓 and 也.
        let listed = length >= 2 && names.isGiven(s[e..<q])
        guard listed || !(e..<q).contains(where: { cues.nameFollowers.contains(s[$0]) }) else { continue }
        // A given name of the table followed by a function word (美咲|以3比1获胜) ends before it:
        // 美咲以 is no given name.
        guard listed || length < 2 || !endsOnFunctionWord(s, e, q) else { continue }
        // A given name of the table (由美, 一郎) is as good evidence as a typical last character.
        let typical = cues.japaneseGivenEnds.contains(s[q - 1]) || listed || names.isGiven(s[e..<q])
        // The name ends where a word of the path starts (佐藤由美|代表, not 佐藤由美代|表).
        guard words.startsWord(q) || !ScalarClass.isHan(s[q]) else { continue }
        guard boundary(s, q, coverage, words) || (typical && length >= 2) else { continue }
        // (jieba files some whole Japanese names as common nouns, 桥本龙太郎: only the given part counts.)
        let common = dictionary.isNonPersonWord(s[e..<q])
        // A family name of the generated table only (no `japanese-surname` cue) wants a given
        // name it knows or a cue: its family names are many, and some read as Chinese words.
        if before || cues.personWordAfter(in: s, q) || (!common && (typical || (length >= 2 && surname.value))) { end = q }
        break
      }
      if end == nil, before || cues.personWordAfter(in: s, e) { end = e }
      guard let end else { p += 1; continue }
      append(s, p, e, end, into: &found)
      p = end
    }
  }

  /// Dictionary tags of function words: prepositions, conjunctions, adverbs, particles, pronouns.
  static let functionTags: Set<String> = ["p", "c", "d", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "y"]

  /// Whether the given name `e..<q` is a given name of the table and one character the dictionary
  /// files as a function word (美咲|以, 由美|与): the name ends before that character.
  private func endsOnFunctionWord(_ s: [Unicode.Scalar], _ e: Int, _ q: Int) -> Bool {
    guard names.isGiven(s[e..<q - 1]), let word = dictionary.lookupTag(s[q - 1..<q]) else { return false }
    return Self.functionTags.contains(dictionary.tags[Int(word.tag)])
  }

  /// The person `p..<end` whose family name is `p..<e`.
  private func append(_ s: [Unicode.Scalar], _ p: Int, _ e: Int, _ end: Int, into found: inout [FoundEntity]) {
    let surface = Array(s[p..<end])
    let romanized = names.romanized(family: s[p..<e], given: s[e..<end])
    let record = EntityRecord(
      id: EntityID.pattern(.person, surface, romanized: romanized), kind: .person, name: romanized, nameZh: String(scalars: surface))
    found.append(FoundEntity(start: p, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }

  /// The name at `p` whose family name is also a common Chinese word (山下|美咲, 根本|和也): only
  /// with a given name of two or three characters that the table lists, no common word itself,
  /// standing where the path's words start and end and a new word plainly starts after it.
  private func wordFamilyName(_ s: [Unicode.Scalar], _ p: Int, words: Segmentation, coverage: CoverageMap) -> (family: Int, name: Int)? {
    guard p == 0 || !ScalarClass.isHan(s[p - 1]) || words.startsWord(p), let family = names.wordFamilies.longestMatch(in: s, at: p),
      coverage.isFree(p, family.end)
    else { return nil }
    let e = family.end
    for length in stride(from: Self.maxGiven, through: 2, by: -1) {
      let q = e + length
      guard q <= s.count, (e..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), words.startsWord(e),
        words.startsWord(q) || !ScalarClass.isHan(s[q]), boundary(s, q, coverage, words), names.isGiven(s[e..<q]), !dictionary.isNonPersonWord(s[e..<q])
      else { continue }
      return (e, q)
    }
    return nil
  }

  /// The end of a name of two and two characters at `p` whose family name no table lists
  /// (赤泽|亮正): each kanji likely at its place, a word of the path or a character that is no Han
  /// before it, no common word in either half, a plain end after it, and a cue of its own.
  private func unlistedName(_ s: [Unicode.Scalar], _ p: Int, words: Segmentation, coverage: CoverageMap) -> Int? {
    let q = p + 4
    guard kanji.isFourCharacterName(s, at: p),
      (p..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] && !cues.nameFollowers.contains(s[$0]) }),
      p == 0 || !ScalarClass.isHan(s[p - 1]) || words.startsWord(p),
      (words.startsWord(q) || !ScalarClass.isHan(s[q])) && boundary(s, q, coverage, words) || clauseWordAcrossEnd(s, q, words: words),
      cues.roleBefore(in: s, p) || cues.personWordAfter(in: s, q) || (p > 0 && s[p - 1] == "、") || (q < s.count && s[q] == "、"),
      !dictionary.isNonPersonWord(s[p..<p + 2]), !dictionary.isNonPersonWord(s[p + 2..<q]), cues.notNames.longestMatch(in: s, at: p) == nil
    else { return nil }
    return q
  }

  /// Whether a verb, a conjunction or a time word of the dictionary starts at `q` and ends where
  /// a word of the path starts, the path having read a word across `q` instead (赤泽亮正|当天|出席,
  /// where the path reads 正当): for a name whose family name no table lists, the path's words
  /// inside it are no evidence.
  private func clauseWordAcrossEnd(_ s: [Unicode.Scalar], _ q: Int, words: Segmentation) -> Bool {
    guard q + 2 <= s.count else { return false }
    for k in (q + 2)...min(q + 3, s.count) {
      if let word = dictionary.lookupTag(s[q..<k]), Segmentation.clauseTags.contains(dictionary.tags[Int(word.tag)]), words.startsWord(k) { return true }
    }
    return false
  }

  /// Where a new word plainly starts: the end of the text, a character that is no Han, a
  /// mention, a character that follows names (说 在 的), a role, a title, a verb of speech, or a
  /// verb, a conjunction or a time word of two characters or more that the path starts there
  /// (山下美咲|获得, 赤泽亮正|出席, 茂木敏充|以及).
  private func boundary(_ s: [Unicode.Scalar], _ q: Int, _ coverage: CoverageMap, _ words: Segmentation) -> Bool {
    q == s.count || !ScalarClass.isHan(s[q]) || coverage[q] || cues.nameFollowers.contains(s[q]) || cues.personWordAfter(in: s, q)
      || words.startsClauseWord(at: q, in: s, dictionary: dictionary)
  }
}

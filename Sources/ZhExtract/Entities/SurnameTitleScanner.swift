/// A person named by the family name alone with a title after it (李先生, 陈老师, 毛主席,
/// 唐外长, 欧阳女士): the family name and its title are the mention, as a reader of news marks it
/// (the person's name is the family name's; `EntityLinker` gives it the full name's id when the
/// document names one person of that family).
///
/// The family name (`surname` cues) must start a word of the segmentation path and stand
/// alone on it (感|谢老师 and 中|方发言人 are no names: 谢 and 方 end a word there); the title is a
/// role or a `title-after` cue; a family name that is also a preposition (向 于 和) inside a
/// clause is that preposition (向老师请教). The familiar forms 老于, 小李 and 胡老 name the family
/// person too, with a verb of speech or a name follower after them (老于|的女儿, 胡老|说). Linear: only positions whose character starts a family
/// name are read, each a bounded number of characters.
struct SurnameTitleScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .surnameTitle }
  /// Only the familiar forms (老于 小李 胡老): read before the Chinese names, which would take 胡老 whole.
  var familiarOnly = false
  /// Every family name of `person-surnames.tsv` (俞 甘 龚 …), read before a `title-after` cue
  /// only (俞|阿姨, 甘|女士): a role after a rarer family name is as often a word before a role
  /// (全|省长), so with a role only the `surname` cues start a name.
  var names: PersonNameModel? = nil

  /// The first characters of the family names it reads (`surname` cues, and the full table's when
  /// `names` is given): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger(starts: familiarOnly ? [] : [names?.surnameStarts ?? ScalarBitmap()])
    trigger.start(onFlags: cues.surnameStarts)
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    // Read from locals in the loop: a field of the large `cues` read there is copied with all of
    // `cues` at each position (a memcpy of some 2 KB a character, measured with callgrind).
    let surnameStarts = cues.surnameStarts
    let anySurnameStarts = familiarOnly ? ScalarBitmap() : names?.surnameStarts ?? ScalarBitmap()
    var p = 0
    while starts.advance(&p, below: n - 1) {
      // The familiar pass reads only family names beside 老 or 小 (a test of two characters, before any lookup).
      if familiarOnly, !(p > 0 && (s[p - 1] == "老" || s[p - 1] == "小")), s[p + 1] != "老" {
        p += 1
        continue
      }
      let v = s[p].value
      let listed = v < 0x10000 && surnameStarts[Int(v)]
      guard listed || anySurnameStarts.contains(s[p]), !coverage[p], words.startsWord(p) || (p > 0 && s[p - 1] == "老") else { p += 1; continue }
      let surnameEnd: Int
      if listed, let surname = cues.surnames.longestMatch(in: s, at: p) {
        surnameEnd = surname.end
      } else if let names, names.isLoneFamilyName(s[p]), p + 1 < n, let title = cues.titlesAfter.longestMatch(in: s, at: p + 1),
        words.startsWord(p + 1) || words.wordEnd(at: p) == title.end
      {
        // 俞|阿姨, 俞先生 (a word of the dictionary): a family name of the full table, a title
        // after it (no role).
        surnameEnd = p + 1
      } else {
        p += 1
        continue
      }
      let e = surnameEnd
      // 老 or 小 before a lone family name, or 老 after it, with a verb of speech or a word
      // that follows names right after (老于|的, 小李|说, 胡老|说): the familiar form is the mention.
      if let title = familiarEnd(s, p, e, words: words), coverage.isFree(p, title) {
        // A preposition inside a clause (向 于) names someone only after 老 or 小 (老于).
        if p > 0, ScalarClass.isHan(s[p - 1]), s[p - 1] != "老", s[p - 1] != "小", cues.organizationStops.contains(s[p]) { p += 1; continue }
        let before = title == e && p > 0 && !coverage[p - 1] && (s[p - 1] == "老" || s[p - 1] == "小")
        append(s, p, e, mention: before ? p - 1..<e : p..<title, into: &found)
        p = title
        continue
      }
      if familiarOnly { p += 1; continue }
      guard words.startsWord(p), e < n, words.startsWord(e) || words.wordEnd(at: p) > e,
        let title = cues.titlesAfter.longestMatch(in: s, at: e)?.end ?? cues.roles.longestMatch(in: s, at: e)?.end,
        words.wordEnd(at: p) <= title, coverage.isFree(p, title),
        // A title of one character ends a word of the path (郑|总|表示, not 王|总是).
        title - e >= 2 || title >= n || words.startsWord(title) || !ScalarClass.isHan(s[title])
      else { p += 1; continue }
      if p > 0, ScalarClass.isHan(s[p - 1]), cues.organizationStops.contains(s[p]) { p += 1; continue }
      // A family name right after a numeral is a measure word there (五|任|县长: five county heads in turn).
      if p > 0, NumeralCharacter.digit(s[p - 1]) != nil { p += 1; continue }
      if cues.notNames.longestMatch(in: s, at: p) != nil { p += 1; continue }
      // The end of an organisation's form is no family name (凯基投|顾|分析师).
      if p > 0, let form = cues.organizationFormEnd(in: s, at: p - 1), form > p { p += 1; continue }
      append(s, p, e, mention: p..<title, into: &found)
      p = title
    }
  }

  /// Appends the person of the family name `s[p..<e]`, mentioned by `mention` (李先生, 老于).
  private func append(_ s: [Unicode.Scalar], _ p: Int, _ e: Int, mention: Range<Int>, into found: inout [FoundEntity]) {
    let surface = Array(s[p..<e])
    let name = Romanizer.shared.personName(family: String(scalars: surface), given: "")
    let record = EntityRecord(
      id: EntityID.pattern(.person, surface, romanized: name), kind: .person, name: name,
      nameZh: String(scalars: surface))
    found.append(FoundEntity(start: mention.lowerBound, end: mention.upperBound, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }

  /// The end of the familiar form around the one-character family name `s[p..<e]` — 老于, 小李
  /// (the family name a word of its own after 老 or 小, which stand alone on the path: 老师 and
  /// 小时 are words) or 胡老 — when a verb of speech or a character that follows names comes
  /// right after it (老于|的, 小李|说, 胡老|介绍); `nil` otherwise (深山老林, 高老庄).
  private func familiarEnd(_ s: [Unicode.Scalar], _ p: Int, _ e: Int, words: Segmentation) -> Int? {
    guard e - p == 1 else { return nil }
    func speechAt(_ q: Int) -> Bool { q < s.count && cues.speechVerbs.longestMatch(in: s, at: q) != nil }
    func cueAt(_ q: Int) -> Bool { speechAt(q) || (q < s.count && cues.nameFollowers.contains(s[q])) }
    if p > 0, s[p - 1] == "老" || s[p - 1] == "小", words.startsWord(e) {
      // 老 a word of its own (老|于), or 老张 a word of the dictionary, then only before a verb of
      // speech (老张|告诉; 老牛|的 is an ox).
      if words.startsWord(p - 1), words.wordEnd(at: p - 1) == p, cueAt(e) { return e }
      if s[p - 1] == "老", !words.startsWord(p), words.startsWord(p - 1), words.wordEnd(at: p - 1) == e, speechAt(e) { return e }
    }
    if e < s.count, s[e] == "老", words.startsWord(e + 1), cueAt(e + 1) { return e + 1 }
    return nil
  }
}

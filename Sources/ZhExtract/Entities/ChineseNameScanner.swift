import Foundation

/// Chinese people's names that no lexicon lists (周立恒, 陈思远, 欧阳明): a family name and one
/// or two given characters that the segmentation path takes as one word — either a name
/// candidate of `PersonNameModel` that beat the dictionary's words there, or a person-tagged
/// dictionary word (江泽民) that the model also reads as a name. Function words and verbs
/// around it (据, 担任, 表示) are words of their own on the path, so they never join the name.
final class ChineseNameScanner: EntityPatternScanner {
  let model: PersonNameModel
  let cues: EntityCues
  /// Bit `t` set: tag `t` is a person's (read at every word of the path: no hashing).
  let personTags: UInt64
  let foreignTags: UInt64
  /// Bit `t` set: tag `t` is a numeral's (`m`: 数十 万 千).
  let numeralTags: UInt64
  let dictionary: WordDictionary
  /// The cue-less person rules, read in this scanner's walk over the path (`nil`: this rule alone).
  /// Unwrapped once per document, never per word: binding the optional copies the scanner and
  /// retains every table it holds.
  let lone: LonePersonScanner?
  /// The cost of a word seen twenty times in the dictionary's corpus: a commoner word costs less.
  let commonHeadCost: WordDictionary.Cost
  /// The cost of a word seen 15,000 times in the dictionary's corpus: a character as common as
  /// a word of its own (家, 我) does not end a name the model cut short.
  let commonCharacterCost: WordDictionary.Cost
  /// The cost of a word seen 2,000 times: a rarer word that a name's last character starts with a
  /// follower of names (定向 of 赵显定|向) may be cut.
  let rareWordCost: WordDictionary.Cost
  /// Bit `t` set: a character with tag `t` alone may end a name (nouns, names, adjectives, bound
  /// morphemes: 岭 茵 翰 湜), unlike verbs, adverbs and function words (摄 才 等).
  let nameEndTags: UInt64
  /// The words around a name that show it is none (于|明年, 现|金红利, 蓝驰|创投).
  let edges: NameEdges
  var rule: EntityRule { .chineseName }

  init(model: PersonNameModel, cues: EntityCues, dictionary: WordDictionary, lone: LonePersonScanner? = nil) {
    self.lone = lone
    self.model = model
    self.cues = cues
    self.dictionary = dictionary
    commonHeadCost = WordDictionary.cost(ofCount: 20)
    commonCharacterCost = WordDictionary.cost(ofCount: 15_000)
    rareWordCost = WordDictionary.cost(ofCount: 2_000)
    nameEndTags = dictionary.tags.indices.filter { ["n", "ng", "nr", "nrfg", "nrt", "nz", "a", "ag", "zg"].contains(dictionary.tags[$0]) }
      .reduce(0) { $0 | 1 << UInt64($1) }
    personTags = dictionary.tags.indices.filter { ["nr", "nrfg"].contains(dictionary.tags[$0]) }.reduce(0) { $0 | 1 << UInt64($1) }
    numeralTags = dictionary.tags.indices.filter { dictionary.tags[$0] == "m" }.reduce(0) { $0 | 1 << UInt64($1) }
    edges = NameEdges(cues: cues, dictionary: dictionary)
    foreignTags = dictionary.tags.indices.filter { ["nr", "nrt", "nrfg"].contains(dictionary.tags[$0]) }.reduce(0) { $0 | 1 << UInt64($1) }
  }

  /// Whether a cue stands around the name. A title after it that the path reads as the start of a
  /// longer word (许可费|总额: 总额 the total, no 许总) is none.
  private func hasCue(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, words: Segmentation) -> Bool {
    let swallowed =
      end < s.count && words.startsWord(end) && cues.titlesAfter.longestMatch(in: s, at: end).map { words.wordEnd(at: end) > $0.end } == true
    return cues.nameCue(in: s, start, end, titleAfter: !swallowed)
  }

  /// A family name and a title the dictionary keeps as one word (陈老师, 毛主席) is no name of
  /// three characters: the surname-title rule reads the family name.
  private func holdsTitle(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    for k in (start + 1)..<end {
      if let t = cues.titlesAfter.longestMatch(in: s, at: k), t.end <= end { return true }
      if let r = cues.roles.longestMatch(in: s, at: k), r.end <= end { return true }
    }
    return false
  }

  /// Whether the first two characters of a three-character name are a common word (王国|生,
  /// 安全|性, 花岗|岩): such a name needs a cue, as a family name and a given character rarely
  /// make a word of their own.
  private func startsWithCommonWord(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
    guard let head = dictionary.lookupTag(s[start..<start + 2]) else { return false }
    return head.cost <= commonHeadCost && foreignTags & 1 << UInt64(head.tag) == 0
  }

  /// Whether a foreign name the dictionary knows (a person's word of transliteration characters
  /// only) starts at `end`: two names
  /// do not stand side by side, so the last character of a three-character candidate before one
  /// is a verb between them (武磊|接|奥斯卡: 武磊 passes the ball to Oscar).
  private func nameFollows(_ s: [Unicode.Scalar], _ words: Segmentation, _ end: Int) -> Bool {
    guard end < s.count, words.startsWord(end), words.wordEnd(at: end) - end >= 2 else { return false }
    guard case .word(let tag) = words.kind(at: end), foreignTags & 1 << UInt64(tag) != 0 else { return false }
    return (end..<words.wordEnd(at: end)).allSatisfy { cues.transliteration.contains(s[$0].value) }
  }

  /// Whether a two-character name ends before the word that follows a name (王芳|在, 李昕|的,
  /// 郑咏|是) or at the end of a clause (嫁给了刘杰|。): the name model's candidate beat the
  /// dictionary's words there, and the next word is one that starts a predicate.
  private func endsBeforeAFollower(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
    guard end < s.count else { return true }
    return cues.nameFollowers.contains(s[end]) || (ScalarClass.endsClause(s[end]) && s[end] != "“" && s[end] != "《")
  }

  /// The end of a two-character candidate (family name and one given character) taken on by one
  /// more character that the name model has no evidence for as a given name's last (贾西|平,
  /// 林楚|茵, 李凤|岭): the character stands as a word of its own on the path, is no character that
  /// follows names (说 在 的), no verb or function word (摄 才) nor a common word (家 我), and a name plainly ends after it — the text's
  /// end, a character that is no Han (、，。), or a verb of speech, a title, a role or a verb of
  /// reporting (记者贾西平|报道, 立委林楚茵|说). `nil`: the candidate keeps its end.
  private func cutShortEnd(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, words: Segmentation, coverage: CoverageMap) -> Int? {
    let next = end + 1
    guard end - start == 2, model.familyLength(s[start..<end]) == 1, next <= s.count, ScalarClass.isHan(s[end]), !coverage[end],
      !cues.nameFollowers.contains(s[end]), words.startsWord(end)
    else { return nil }
    // The name's last character and a follower of names made a rarer word of the path (赵显|定向|日方:
    // 赵显定 向 日方); the two given characters must be seen as such.
    if !words.startsWord(next) {
      guard words.wordEnd(at: end) == next + 1, cues.nameFollowers.contains(s[next]), !coverage[next],
        model.givenNameCost(s[start + 1], s[end]) != nil, let word = dictionary.lookupTag(s[end...next]), word.cost > rareWordCost
      else { return nil }
      return next
    }
    if let word = dictionary.lookupTag(s[end..<next]) {
      if word.cost <= commonCharacterCost { return nil }
      // A character the dictionary files as a word of another kind (蓉 the short name of Chengdu,
      // 婷 a bound morpheme) still ends the name when the model has seen the two characters as a
      // given name and a cue follows: 议员詹佩|蓉|表示 is 詹佩蓉 表示.
      if nameEndTags & 1 << UInt64(word.tag) == 0 {
        guard model.givenNameCost(s[start + 1], s[end]) != nil, next < s.count,
          cues.personWordAfter(in: s, next) || cues.mediaVerbs.longestMatch(in: s, at: next) != nil || s[next] == "、"
        else { return nil }
        return next
      }
    }
    guard next == s.count || !ScalarClass.isHan(s[next]) || cues.personWordAfter(in: s, next) || cues.mediaVerbs.longestMatch(in: s, at: next) != nil
    else { return nil }
    return next
  }

  /// The run of transliteration characters around the name `start..<end` when the name is wholly
  /// of them and the run goes on past it on either side, over free positions, and ends at a word
  /// boundary of the path: 尤尔科|夫 → 尤尔科夫, 奥|兰迪斯 → 奥兰迪斯. At most
  /// `TransliteratedNameScanner.maxLength` characters.
  private func transliterationRun(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, words: Segmentation, coverage: CoverageMap) -> (start: Int, end: Int)? {
    func foreign(_ k: Int) -> Bool { k >= 0 && k < s.count && !coverage[k] && cues.transliteration.contains(s[k].value) }
    guard foreign(start - 1) || foreign(end) else { return nil }
    for k in start..<end where !foreign(k) { return nil }
    var a = start, b = end
    while foreign(a - 1), b - a < TransliteratedNameScanner.maxLength { a -= 1 }
    while foreign(b), b - a < TransliteratedNameScanner.maxLength { b += 1 }
    guard words.startsWord(a), words.startsWord(b), !foreign(a - 1), !foreign(b) else { return nil }
    return (a, b)
  }

  /// Whether the family name at `start` ends a dictionary word that a character of content (a noun's
  /// or an adjective's, as `nameEndTags` say) standing alone on the path begins right before it, and no
  /// role title ends there: the candidate is the tail of a longer name (大|华继显 of 大华继显), no
  /// person's. A character that ends a word of the path (元老|宋双) is that word's.
  private func startsInsideWord(_ s: [Unicode.Scalar], _ start: Int, words: Segmentation) -> Bool {
    guard start > 0, ScalarClass.isHan(s[start - 1]), words.startsWord(start - 1), dictionary.isNonPersonWord(s[start - 1...start]),
      let before = dictionary.lookupTag(s[start - 1..<start]), nameEndTags & 1 << UInt64(before.tag) != 0
    else { return false }
    return !cues.roleBefore(in: s, start) && !cues.endsRoleBefore(in: s, start - 1)
  }

  /// Whether the given characters of `start..<end` end with the end of an estate's or a checkpoint's
  /// name (`name-place-end` cues: 吉|景苑, 兰|关卡), or one follows them (林丽景|苑).
  private func endsWithPlaceEnd(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    if end < s.count, cues.namePlaceEnds.longestMatch(in: s, at: end) != nil { return true }
    guard let match = cues.namePlaceEnds.longestMatch(in: s, endingAt: end, maxLength: 4) else { return false }
    return match.start > start
  }

  /// The end of the person's name that starts the dictionary word `start..<end`, when the
  /// rest of the word is a common word of its own (邓小平|理论).
  private func leadingName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
    for length in [3, 2] where end - start - length >= 2 {
      let name = s[start..<start + length], rest = s[start + length..<end]
      guard model.hasSurname(name), let word = dictionary.lookupTag(name), personTags & 1 << UInt64(word.tag) != 0,
        dictionary.isNonPersonWord(rest)
      else { continue }
      return start + length
    }
    return nil
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    // The cue-less person rules read the same walk (`lone`); their findings come after this
    // rule's, as when they were a scanner of their own after this one.
    guard let lone else {
      words.forEachWord { start, end, kind in scanWord(s, start, end, kind, words: words, coverage: coverage, into: &found) }
      return
    }
    var loneFound: [FoundEntity] = []
    words.forEachWord { start, end, kind in
      let before = found.count
      scanWord(s, start, end, kind, words: words, coverage: coverage, into: &found)
      if found.count == before { lone.scanWord(s, start, end, kind, words: words, coverage: coverage, into: &loneFound) }
    }
    found.append(contentsOf: loneFound)
  }

  private func scanWord(
    _ s: [Unicode.Scalar], _ start: Int, _ pathEnd: Int, _ kind: Segmentation.Kind, words: Segmentation, coverage: CoverageMap,
    into found: inout [FoundEntity]
  ) {
    var end = pathEnd
    // A name taken on past the model's candidate always needs a cue around it.
    var extended = false
    if case .candidate = kind, let longer = cutShortEnd(s, start, end, words: words, coverage: coverage) { end = longer; extended = true }
    let length = end - start
    guard length >= 2, length <= 6, coverage.isFree(start, end) else { return }
    // Only a candidate or a person's word can be a name: the title check below reads the cue
    // tables at every position of the word, so other words are left before it.
    if case .word(let tag) = kind, (personTags | foreignTags) & 1 << UInt64(tag) == 0 { return }
    guard !holdsTitle(s, start, end) else { return }
    let surface = s[start..<end]
    // Whether the name may stand without a cue around it.
    let strong: Bool
    switch kind {
    case .candidate:
      // After a numeral the candidate is a unit of measure (数十|吉瓦时), never a name.
      if start > 0, words.startsWord(start), case .word(let tag) = words.kind(at: words.wordStart(containing: start - 1)),
        numeralTags & 1 << UInt64(tag) != 0
      {
        return
      }
      if edges.rejects(s, start, end, family: model.familyLength(surface) ?? 1) { return }
      if startsInsideWord(s, start, words: words) { return }
      strong =
        !extended && !endsWithPlaceEnd(s, start, end)
        && (s[end - 1] == "某" || (length == 3 && !startsWithCommonWord(s, start) && !nameFollows(s, words, end))
          || (length == 2 && endsBeforeAFollower(s, end)))
    case .word(let tag)
    where length <= 4 && personTags & 1 << UInt64(tag) != 0 && model.hasSurname(surface)
      && !cues.notDictionaryNames.contains(Array(surface)):
      if edges.rejects(s, start, end, family: model.familyLength(surface) ?? 1) { return }
      strong = length >= 3 && !startsWithCommonWord(s, start)
    case .word(let tag)
    where foreignTags & 1 << UInt64(tag) != 0 && surface.allSatisfy({ cues.transliteration.contains($0.value) })
      && !cues.notDictionaryNames.contains(Array(surface)):
      strong = false
    case .word(let tag) where length >= 4 && personTags & 1 << UInt64(tag) != 0:
      // A name and a word the dictionary keeps together (邓小平理论, 周恩来思想): the name is
      // the part that is a person's word of its own.
      if let name = leadingName(s, start, end) {
        let romanized = model.romanized(s[start..<name])
        let record = EntityRecord(
          id: EntityID.pattern(.person, Array(s[start..<name]), romanized: romanized), kind: .person, name: romanized,
          nameZh: String(scalars: s[start..<name]))
        found.append(FoundEntity(start: start, end: name, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      }
      return
    default:
      return
    }
    guard strong || hasCue(s, start, end, words: words) else { return }
    // A name the model reads inside a longer run of transliteration characters (尤尔科|夫,
    // 奥|兰迪斯) is part of a foreign name: the whole run is.
    if let run = transliterationRun(s, start, end, words: words, coverage: coverage) {
      let runSurface = Array(s[run.start..<run.end])
      guard !cues.notDictionaryNames.contains(runSurface) else { return }
      let record = EntityRecord(
        id: EntityID.pattern(.person, runSurface), kind: .person, name: nil, nameZh: String(scalars: runSurface))
      found.append(FoundEntity(start: run.start, end: run.end, record: record, source: "pattern", lexiconEntity: nil, rule: .transliteratedName))
      return
    }
    let romanized = model.romanized(surface)
    let record = EntityRecord(
      id: EntityID.pattern(.person, Array(surface), romanized: romanized), kind: .person, name: romanized, nameZh: String(scalars: surface))
    found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }
}

import Foundation

/// People the segmentation path names without a role or a title around them, read after the
/// cued patterns:
///
/// - `entities.person-word`: a foreign name that the segmenter dictionary lists as a person's —
///   a word of the path tagged `nr`, `nrfg` (three characters or more) or `nrt` (two or more),
///   written wholly in transliteration characters (`translit` cues) and standing as a word of its
///   own in the clause: 基里延科认为, 穆巴拉克|就, 亨德利|和. jieba tags many common words `nr` too
///   (青少年, 今天上午), which transliteration characters leave out; the foreign words it tags
///   so that are none (路基, 卢比, 摩托罗拉) are `not-dictionary-name` cues.
/// - `entities.lone-family-name`: a family name that the path leaves as a word of one character
///   (jieba tags it a person's, `nr`, or a bound morpheme, `zg`) and two characters after it that
///   are likely as a given name and end a word of the path (江|宏伟 → 江宏伟, 戚|西洋 → 戚西洋):
///   such a family name stands alone only as part of a name. Two characters that make a common
///   word (连|正常, 富|起来) stay that word.
///
/// Linear: one walk over the words of the path; a word reads at most its own characters and one
/// on each side.
final class LonePersonScanner: EntityPatternScanner {
  let model: PersonNameModel
  let cues: EntityCues
  let dictionary: WordDictionary
  /// Bit `t` set: tag `t` is a person's (`nr`, `nrfg`, `nrt`).
  private let personTags: UInt64
  /// Bit `t` set: a family name of one character with tag `t` standing alone on the path is a
  /// name's start (`nr`, `zg`).
  private let loneTags: UInt64
  /// Bit `t` set: tag `t` is a foreign person's (`nrt`).
  private let foreignTag: UInt64
  /// Bit `t` set: tag `t` is a numeral's (`m`: 万 千 数).
  private let numeralTags: UInt64
  /// The most a two-character given name after a lone family name may cost (100 × −ln p of its
  /// characters as first and second given characters): 宏伟 of 江宏伟 costs 1,260, 正常 1,285.
  static let loneGivenCostLimit: Int32 = 1_470
  /// The cost of a word seen 2,000 times in the dictionary's corpus: a commoner word after a
  /// family name is that word (连|正常), not a given name.
  private let commonGivenCost: WordDictionary.Cost
  /// The words around a name that show it is none (派发|现金|红利).
  private let edges: NameEdges
  var rule: EntityRule { .personWord }

  init(model: PersonNameModel, cues: EntityCues, dictionary: WordDictionary) {
    self.model = model
    self.cues = cues
    self.dictionary = dictionary
    func mask(_ names: [String]) -> UInt64 {
      dictionary.tags.indices.filter { names.contains(dictionary.tags[$0]) }.reduce(0) { $0 | 1 << UInt64($1) }
    }
    personTags = mask(["nr", "nrfg", "nrt"])
    loneTags = mask(["nr", "zg"])
    foreignTag = mask(["nrt"])
    numeralTags = mask(["m"])
    commonGivenCost = WordDictionary.cost(ofCount: 2_000)
    edges = NameEdges(cues: cues, dictionary: dictionary)
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    words.forEachWord { start, end, kind in scanWord(s, start, end, kind, words: words, coverage: coverage, into: &found) }
  }

  /// The rules for the word `start..<end` of the path. `ChineseNameScanner` calls it from its own
  /// walk over the path (one walk for both scanners) for the words where it found no name.
  func scanWord(
    _ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: Segmentation.Kind, words: Segmentation, coverage: CoverageMap,
    into found: inout [FoundEntity]
  ) {
    guard case .word(let tag) = kind else { return }
    let bit = UInt64(1) << UInt64(tag)
    if end - start >= 5, let head = doctrineHead(s, start, end), coverage.isFree(start, head) {
      append(s, start, head, rule: .personWord, romanize: model.hasSurname(s[start..<head]), into: &found)
    } else if end - start >= 2 {
      guard personTags & bit != 0, end - start >= 3 || foreignTag & bit != 0, end - start <= 6, isForeignName(s, start, end),
        coverage.isFree(start, end), !cues.notDictionaryNames.contains(Array(s[start..<end]))
      else { return }
      append(s, start, end, rule: .personWord, romanize: false, into: &found)
    } else if loneTags & bit != 0 {
      let g = end
      guard g + 2 <= s.count, model.isLoneFamilyName(s[start]), !followsANumber(s, start, words), coverage.isFree(start, g + 2),
        ScalarClass.isHan(s[g]), ScalarClass.isHan(s[g + 1]), words.startsWord(g + 2), !cues.nameFollowers.contains(s[g + 1]),
        let given = model.givenNameCost(s[g], s[g + 1]), given <= Self.loneGivenCostLimit,
        !holdsTitle(s, start, g + 2), !dictionary.isNonPersonWord(s[start..<g + 2])
      else { return }
      // A common word after the family name (连|正常, 富|起来, 康|公司) is that word.
      if let word = dictionary.lookupTag(s[g..<g + 2]), word.cost <= commonGivenCost { return }
      if edges.rejects(s, start, g + 2, family: 1) { return }
      // Given characters that end an estate's or a checkpoint's name (兀|兰|关卡, 金|吉|景苑) are a place's, no name's.
      if cues.namePlaceEnds.longestMatch(in: s, endingAt: g + 2, maxLength: 2).map({ $0.start >= g }) ?? false { return }
      append(s, start, g + 2, rule: .loneFamilyName, romanize: true, into: &found)
    }
  }

  /// Whether a figure or a numeral stands right before `start` (42.3|吉|瓦时, 1.2万|吉瓦): the
  /// character there starts a unit of measure (吉瓦时 gigawatt-hours), not a name.
  private func followsANumber(_ s: [Unicode.Scalar], _ start: Int, _ words: Segmentation) -> Bool {
    guard start > 0 else { return false }
    if ScalarClass.isASCIIDigit(s[start - 1]) { return true }
    guard case .word(let tag) = words.kind(at: words.wordStart(containing: start - 1)) else { return false }
    return numeralTags & 1 << UInt64(tag) != 0
  }

  /// The end of the person's name at the start of a doctrine the dictionary keeps as one word
  /// (马克思|主义, 毛泽东|思想, 凯恩斯|主义): the name is a word of three characters or more that it
  /// tags a person's, and the rest a `doctrine-word` cue.
  private func doctrineHead(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
    guard let doctrine = cues.doctrineWords.longestMatch(in: s, endingAt: end, maxLength: 4) else { return nil }
    let head = doctrine.start
    guard head - start >= 3, dictionary.isPersonWord(s[start..<head]), !cues.notDictionaryNames.contains(Array(s[start..<head]))
    else { return nil }
    return head
  }

  /// A foreign name the dictionary knows (亨德利, 穆巴拉克) read without a role: every character is
  /// one of transliteration and the run of them is the word itself (库|尼科娃 and 帕斯|特拉纳 are
  /// parts of longer names); no preposition of place stands before it (在|伯尔尼); and the word
  /// after it starts a clause's verb or ends the clause (穆巴拉克|就, 亨德利|和, 恩格斯|）).
  private func isForeignName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    for k in start..<end where !cues.transliteration.contains(s[k].value) { return false }
    if start > 0 {
      let before = s[start - 1]
      if cues.transliteration.contains(before.value) || cues.placePrepositions.contains(before) || Self.joinsNames(before) { return false }
    }
    // A word alone on a line is a heading or page chrome (a ticker's name), not a sentence's subject.
    if (start == 0 || s[start - 1] == "\n") && (end == s.count || s[end] == "\n") { return false }
    guard end < s.count else { return true }
    if cues.transliteration.contains(s[end].value) || Self.joinsNames(s[end]) { return false }
    switch s[end] {
    case "“", "”", "「", "」", "《", "》", "(": return false  // 卡西尼”号 names a craft
    default: return cues.nameFollowers.contains(s[end]) || ScalarClass.endsClause(s[end])
    }
  }

  /// A middle dot or a dash between parts of one name (彼得·皮奥, 道—琼斯): the word is only a part.
  private static func joinsNames(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "·", "•", "‧", "・", "—", "-", "–", "/", "／": true
    default: false
    }
  }

  private func append(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, rule: EntityRule, romanize: Bool, into found: inout [FoundEntity]) {
    let surface = s[start..<end]
    let romanized = romanize ? model.romanized(surface) : nil
    let record = EntityRecord(
      id: EntityID.pattern(.person, Array(surface), romanized: romanized), kind: .person, name: romanized,
      nameZh: String(scalars: surface))
    found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }

  /// A title or role inside the word after its first character (王主任, 李老师): no name.
  private func holdsTitle(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    for k in (start + 1)..<end {
      if let t = cues.titlesAfter.longestMatch(in: s, at: k), t.end <= end { return true }
      if let r = cues.roles.longestMatch(in: s, at: k), r.end <= end { return true }
    }
    return false
  }
}

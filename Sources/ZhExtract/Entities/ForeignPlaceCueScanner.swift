/// Foreign places that no table lists, by a verb of travel or location right before them (issue 15
/// item 4): a run of transliteration characters (`translit` cues, as the people's scanner reads)
/// of three to eight characters after a `place-verb` cue that is a word of the path (赴|波尔图,
/// 位于|斯图加特, 抵达|武吉加里尔).
///
/// The run is whole words of the segmentation path, no common word of the dictionary (a word it
/// tags a person's stays a candidate: 波尔图, 马尔默 — after the verb even one that starts with a
/// Chinese family name), and ends where the text leaves names: no Han character, or a word of the path
/// that is a verb, a preposition, a conjunction, a particle, an adverb or a direction (赴里斯本|参加,
/// 位于X|的). A role or a title after it makes a person (`TransliteratedNameScanner`), never a place.
/// Linear: every position is read once as part of at most one run.
struct ForeignPlaceCueScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .foreignPlaceCue }
  static let minLength = 3
  static let maxLength = 8
  /// `afterTags[t]`: the words that may follow a place's name (参加 的 和 附近).
  private let afterTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    let after: Set<String> = ["v", "p", "c", "u", "uj", "ul", "d", "f", "vn", "m", "r"]
    afterTags = dictionary.tagMask(after)
  }

  /// The position after the last character of a verb of travel (`place-verb` cues): the only places
  /// where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [], after: cues.placeVerbs.endScalars)
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    let translit = cues.transliteration
    let verbs = cues.placeVerbs
    var i = 1
    while starts.advance(&i, below: n) {
      guard !coverage[i], translit.contains(s[i].value), words.startsWord(i), !coverage[i - 1],
        let verb = verbs.longestMatch(in: s, endingAt: i, maxLength: 3), words.wordStart(containing: i - 1) == verb.start
      else { i += 1; continue }
      var j = i + 1
      while j < n, j - i < Self.maxLength + 2, !coverage[j], translit.contains(s[j].value) { j += 1 }
      defer { i = j }
      var end = j
      if !words.startsWord(end) { end = words.wordStart(containing: end - 1) }
      guard end - i >= Self.minLength, end - i <= Self.maxLength, followedByNoName(s, words: words, coverage: coverage, at: end) else { continue }
      let surface = s[i..<end]
      guard !dictionary.isNonPersonWord(surface), !cues.notDictionaryNames.contains(Array(surface)),
        !cues.roleBefore(in: s, i), !cues.personWordAfter(in: s, end)
      else { continue }
      let record = EntityRecord(
        id: EntityID.pattern(.location, Array(surface)), kind: .location, name: nil, nameZh: String(scalars: surface))
      found.append(FoundEntity(start: i, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
    }
  }

  /// Whether the text at `end` leaves names: its end, no Han character, or a word that follows a place.
  private func followedByNoName(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, at end: Int) -> Bool {
    guard end < s.count, ScalarClass.isHan(s[end]), !coverage[end] else { return end == s.count || !ScalarClass.isHan(s[end]) }
    if case .word(let tag) = words.kind(at: end) { return afterTags[Int(tag)] }
    return false
  }
}

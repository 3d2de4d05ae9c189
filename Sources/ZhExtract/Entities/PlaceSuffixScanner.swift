/// Places by their last word (issue 15 item 4), the `place-suffix` cues (县 镇 乡 村 新区 开发区
/// 度假区 机场 半岛 …):
/// - after a place found before, the suffix is part of it (`extend`): a division keeps the
///   place's record (塔科马|市 is Tacoma, 栾城|县 栾城); a longer suffix names a place inside it
///   (苏州|新区, 苏州|工业园区, 德黑兰|机场, 朝鲜|半岛), a new one;
/// - after an unknown name, a division suffix makes the two a place (`scan`): 泥汊|镇, 红庄|乡,
///   陈沟|村, the name one to three characters of a name, an unknown word or a guess of the name
///   model (which must not read 高升镇 as a person); a longer suffix of a zone, a plant, a station
///   or a venue (新区 经开区 电厂 码头 机场 体育馆) after whole name words of two characters or
///   more (东津|新区, 东湖|公园), never after a preposition alone (到|新区) or a common noun (学校|体育馆).
/// The suffix must end a word of the segmentation path: 北京|市场, 美国|州长 and 日本|乡村 hold none.
struct PlaceSuffixScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .placeSuffix }
  /// `nameTags[t]`: words tagged `t` may be the name before a division (names, places, abbreviations).
  private let nameTags: [Bool]
  /// Longest name before a division suffix.
  static let maxName = 3

  /// `boundaryTags[t]`: a word tagged `t` may stand right before a place's name (verbs,
  /// prepositions, conjunctions, particles, adverbs, directions: 到|耿镇, 北岸的|泥汊镇).
  private let boundaryTags: [Bool]
  private let dictionary: WordDictionary
  /// `nounTags[t]`: common nouns; one of two characters or more may stand before a name too (故乡|集美镇).
  private let nounTags: [Bool]
  /// `placeTags[t]`: the dictionary's places (山镇, a word that may hold a division and the end of its name).
  private let placeTags: [Bool]
  /// `functionTags[t]`: pronouns, numerals, measure words, time words: no character of a name (该|村, 两|市, 今|年).
  private let functionTags: [Bool]
  /// `directionTags[t]`: directions (前 中 东), part of a name only between other characters (镇|前|镇).
  private let directionTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    let tags: Set<String> = ["nr", "nrfg", "nrt", "ns", "nz", "j"]
    nameTags = dictionary.tags.map { tags.contains($0) }
    let boundaries: Set<String> = ["v", "p", "c", "u", "uj", "d", "vn"]
    boundaryTags = dictionary.tags.map { boundaries.contains($0) }
    nounTags = dictionary.tags.map { $0 == "n" }
    placeTags = dictionary.tags.map { $0 == "ns" }
    let functions: Set<String> = ["r", "m", "q", "mq", "zg", "y", "e", "o", "x", "t", "tg"]
    functionTags = dictionary.tags.map { functions.contains($0) }
    directionTags = dictionary.tags.map { $0 == "f" }
  }

  /// Places found before, with the suffix after them taken in.
  func extend(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    // A place takes in one suffix after another (钦州|港|片区: a zone of the port of 钦州), at most three.
    for k in found.indices where found[k].record.kind == .location {
      var taken = 0
      while taken < 3, extend(s, &found[k], coverage: &coverage, words: words) { taken += 1 }
    }
  }

  /// Takes the suffix right after `place` into it; whether there was one.
  private func extend(_ s: [Unicode.Scalar], _ place: inout FoundEntity, coverage: inout CoverageMap, words: Segmentation) -> Bool {
    let f = place
    guard f.end - f.start >= 2, f.end < s.count, cues.placeSuffixStarts.contains(s[f.end]),
      let suffix = cues.placeSuffixes.longestMatch(in: s, at: f.end), coverage.isFree(f.end, suffix.end), words.startsWord(suffix.end),
      // The place does not already end with the suffix's division (宁波市|市场 is none anyway).
      !(suffix.end - f.end == 1 && s[f.end - 1] == s[f.end]),
      // A common word of the dictionary is none (大城|市 is 大城市, a big city).
      !isCommonWord(s, f.start, suffix.end)
    else { return false }
    coverage.take(f.end, suffix.end)
    place.end = suffix.end
    // A division keeps the place's record; a zone, a port or a station is a place of its own.
    if suffix.end - f.end >= 2 || !cues.divisionSuffixes.contains(s[f.end]) {
      let surface = Array(s[f.start..<suffix.end])
      place.record = EntityRecord(
        id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
      place.lexiconEntity = nil
    }
    place.source = "pattern"
    place.rule = rule
    return true
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 1
    // The end of the place this scan found last: a boundary for the next (上固乡|回龙村).
    var lastEnd = -1
    while i < n {
      guard !coverage[i] else { i += 1; continue }
      // A one-character division (镇 乡 村), or a longer suffix of a zone, a station or a venue
      // (新区 高新区 东站 体育馆) that is whole words of the path: 东津|新区, 白云|机场.
      let suffix: (end: Int, value: Bool)
      if cues.divisionSuffixes.contains(s[i]), words.startsWord(i + 1) {
        suffix = (end: i + 1, value: true)
      } else if i > 1, cues.placeSuffixStarts.contains(s[i]), words.startsWord(i), let long = cues.placeSuffixes.longestMatch(in: s, at: i), long.end - i >= 2,
        words.startsWord(long.end), coverage.isFree(i, long.end)
      {
        suffix = long
      } else {
        i += 1
        continue
      }
      let division = suffix.end - i == 1
      defer { i = suffix.end }
      // The name: a guess of the name model that took the suffix in (高升镇), or whole words before it.
      var start = words.wordStart(containing: i)
      // A place word of the dictionary of two characters may hold the division and the name's last
      // character (铁|山镇: 山镇, a mountain town); the name goes on before it.
      var inWord = false
      if start < i {
        if case .candidate = words.kind(at: start), words.wordEnd(at: start) == suffix.end {
        } else if division, i - start == 1, words.wordEnd(at: start) == suffix.end, case .word(let tag) = words.kind(at: start), placeTags[Int(tag)] {
          inWord = true
        } else {
          continue
        }
      }
      if start == i || inWord {
        var p = start
        while p > 0, i - p < Self.maxName {
          let w = words.wordStart(containing: p - 1)
          guard i - w <= Self.maxName, (w..<p).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), nameWord(words.kind(at: w)),
            // A word the dictionary tags a place that is none (城市|街道, 山区|公园).
            p - w < 2 || !cues.notDictionaryNames.contains(Array(s[w..<p]))
          else { break }
          p = w
        }
        // No name word before the suffix, or one of one character: two characters that are words of
        // one character each and none a function word (石|屯|镇, 镇|前|镇, 熊|山|街道, 濠|河|风景区; not 该|村, 两|市).
        var singles = false
        if !inWord, i - p < 2 {
          let q = twoSingleCharacters(s, words: words, coverage: coverage, before: i)
          if q < p {
            p = q
            singles = true
          }
        }
        // One more character of one word (上|固|乡, 窑|河|乡, 前|李卜|村), then a boundary before the
        // name: the text's start, no Han character, a mention, a function word or a verb.
        // A longer suffix takes whole words of two characters or more only (东津|新区, not 的|东|新区).
        guard division || i - p >= 2 else { continue }
        if division, !singles, p > 0, p < i, p != lastEnd, i - p < Self.maxName, !coverage[p - 1], ScalarClass.isHan(s[p - 1]),
          !cues.organizationStops.contains(s[p - 1]),
          words.wordStart(containing: p - 1) == p - 1, !boundaryWord(words, p - 1),
          // Before a place word of the dictionary, no direction or measure word (大、中|城市, 这座|城市).
          !inWord || nameCharacter(words.kind(at: p - 1), direction: false)
        {
          p -= 1
        }
        // The dictionary's word is no name by itself (山区, 城市): a character before it must join.
        if inWord, p == start { continue }
        guard
          p == 0 || p == lastEnd || coverage[p - 1] || !ScalarClass.isHan(s[p - 1]) || cues.organizationStops.contains(s[p - 1])
            || boundaryWord(words, words.wordStart(containing: p - 1))
        else { continue }
        start = p
      }
      guard i - start >= 1, !isCommonWord(s, start, suffix.end), suffix.end - start >= 2, coverage.isFree(start, i), !cues.organizationStops.contains(s[start]),
        !cues.notDictionaryNames.contains(Array(s[start..<suffix.end]))
      else { continue }
      let surface = Array(s[start..<suffix.end])
      let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
      found.append(FoundEntity(start: start, end: suffix.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      lastEnd = suffix.end
    }
  }

  /// Where a name of two one-character words ending at `end` starts (or `end` when there is none):
  /// each character a word of its own on the path, free, unknown or a word of no function tag.
  private func twoSingleCharacters(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, before end: Int) -> Int {
    var q = end
    while q > 0, end - q < 2, !coverage[q - 1], ScalarClass.isHan(s[q - 1]), words.wordStart(containing: q - 1) == q - 1, words.wordEnd(at: q - 1) == q,
      !cues.organizationStops.contains(s[q - 1])
    {
      guard nameCharacter(words.kind(at: q - 1), direction: true) else { return end }
      q -= 1
    }
    return end - q == 2 ? q : end
  }

  /// Whether a word of one character may be part of a place's name: unknown, or of no function tag
  /// (and, unless `direction`, no direction: 镇|前|镇 has one, 中|城市 is none).
  private func nameCharacter(_ kind: Segmentation.Kind, direction: Bool) -> Bool {
    switch kind {
    case .unknown: true
    case .word(let tag): !boundaryTags[Int(tag)] && !functionTags[Int(tag)] && (direction || !directionTags[Int(tag)])
    default: false
    }
  }

  /// Whether the word of the path at `start` is a verb, a preposition or another word that may stand before a name.
  private func boundaryWord(_ words: Segmentation, _ start: Int) -> Bool {
    if case .word(let tag) = words.kind(at: start) { return boundaryTags[Int(tag)] || (nounTags[Int(tag)] && words.wordEnd(at: start) - start >= 2) }
    return false
  }

  /// Whether `s[start..<end]` is a word of the dictionary that is no name (大城市, 全村).
  private func isCommonWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard let word = dictionary.lookup(s[start..<end]) else { return false }
    return !["ns", "nz", "nt", "nr", "nrt", "nrfg", "j"].contains(word.tag)
  }

  private func nameWord(_ kind: Segmentation.Kind) -> Bool {
    switch kind {
    case .word(let tag): nameTags[Int(tag)]
    case .unknown, .candidate: true
    case .other: false
    }
  }
}

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

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    let tags: Set<String> = ["nr", "nrfg", "nrt", "ns", "nz", "j"]
    nameTags = dictionary.tags.map { tags.contains($0) }
    let boundaries: Set<String> = ["v", "p", "c", "u", "uj", "d", "vn"]
    boundaryTags = dictionary.tags.map { boundaries.contains($0) }
    nounTags = dictionary.tags.map { $0 == "n" }
  }

  /// Places found before, with the suffix after them taken in.
  func extend(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    for k in found.indices where found[k].record.kind == .location {
      let f = found[k]
      guard f.end - f.start >= 2, f.end < s.count, cues.placeSuffixStarts.contains(s[f.end]),
        let suffix = cues.placeSuffixes.longestMatch(in: s, at: f.end), coverage.isFree(f.end, suffix.end), words.startsWord(suffix.end),
        // The place does not already end with the suffix's division (宁波市|市场 is none anyway).
        !(suffix.end - f.end == 1 && s[f.end - 1] == s[f.end]),
        // A common word of the dictionary is none (大城|市 is 大城市, a big city).
        !isCommonWord(s, f.start, suffix.end)
      else { continue }
      coverage.take(f.end, suffix.end)
      found[k].end = suffix.end
      if suffix.end - f.end >= 2 {
        let surface = Array(s[f.start..<suffix.end])
        found[k].record = EntityRecord(
          id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
        found[k].lexiconEntity = nil
      }
      found[k].source = "pattern"
      found[k].rule = rule
    }
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
      if start < i {
        guard case .candidate = words.kind(at: start), words.wordEnd(at: start) == suffix.end else { continue }
      } else {
        var p = i
        while p > 0, i - p < Self.maxName {
          let w = words.wordStart(containing: p - 1)
          guard i - w <= Self.maxName, (w..<p).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), nameWord(words.kind(at: w)) else { break }
          p = w
        }
        // One more character of one word (上|固|乡, 窑|河|乡, 前|李卜|村), then a boundary before the
        // name: the text's start, no Han character, a mention, a function word or a verb.
        // A longer suffix takes whole words of two characters or more only (东津|新区, not 的|东|新区).
        guard division || i - p >= 2 else { continue }
        if division, p > 0, p < i, p != lastEnd, i - p < Self.maxName, !coverage[p - 1], ScalarClass.isHan(s[p - 1]),
          !cues.organizationStops.contains(s[p - 1]),
          words.wordStart(containing: p - 1) == p - 1, !boundaryWord(words, p - 1)
        {
          p -= 1
        }
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

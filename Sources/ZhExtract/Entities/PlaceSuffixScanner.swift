import Foundation

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
/// - a street or an estate (`street-suffix`: 道 街 路 邨) after a place (荔枝角|道) or after whole name
///   words or two single characters that are no person's (弥|敦|道; 李明|道 is 李明 said);
/// - a planning area after a place: 第, a number, 区 (屯门|第54区);
/// - a division after a word of two characters that no name tag marks right after a place (眉县|常兴|镇,
///   西城区|首善|街道), or after a place word of the dictionary whose last character the path gave the
///   division (评为|土|城镇 → 土城镇).
/// - a town or a village that the dictionary files as one word tagged a person's name or a proper noun
///   (高升镇 万埠镇 红庙李村 `nr`), unless `not-dictionary-name` lists it (小城镇 贾雨村);
/// - in a list, all that stands between the list's mark after a place and the division (禾源镇、|堆子前|镇);
///   a rare character that jieba tags `zg` is a name's (红|圩|村), a time word stands before a name
///   (如今|陇穷村), and a division's character ends the place before the name (书楼镇|金沙|村).
/// - a town's suffix (镇 乡 村) after a listed company's short name makes the two a town (金洲|镇);
/// - a country or a region before 区 as a word of its own names a company's region of sales (亚太|区 副总裁):
///   no place at all.
/// The suffix must end a word of the segmentation path: 北京|市场, 美国|州长 and 日本|乡村 hold none.
final class PlaceSuffixScanner: EntityPatternScanner {
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
  /// `verbTags[t]`: verbs, which may be the first of two single characters of a name (横|渠|镇).
  private let verbTags: [Bool]
  /// `personTags[t]`: people's names, never a street's (李明|道).
  private let personTags: [Bool]
  /// `nameBeforeDivision[t]`: distinguishing words and verbs, a name of two characters right after a place (眉县|常兴|镇).
  private let nameBeforeDivision: [Bool]
  /// The dictionary's tags of place words (ns, and s: 西岸) that make a name before a division whatever the path.
  private let placeWordTags: [Bool]
  /// `misfiledNameTags[t]`: people's names and other proper nouns (nr nrt nz): jieba files many towns and
  /// villages as one such word with their division (高升镇, 万埠镇, 红庙李村 `nr`), a place all the same.
  private let misfiledNameTags: [Bool]
  /// `timeTags[t]`: time words (如今 今年 目前), which may stand before a place's name (如今|陇穷村).
  private let timeTags: [Bool]
  /// `pronounTags[t]`: pronouns (其中 这些 我们).
  private let pronounTags: [Bool]
  /// `junkTags[t]`: jieba's tag `zg`, given to frequent function characters (很 此 每 今) and to rare
  /// characters of names alike (圩 of 红圩村, 崇 of 崇皇乡): a rare one is a name's character.
  private let junkTags: [Bool]
  /// `descriptiveTags[t]`: common nouns, verbal nouns and distinguishing words (动力电池 智能), the words
  /// between a place and the suffix of a zone named after both. A name there names a zone of its own
  /// (东湖高新区|光谷科技会展中心, 鄂州市|葛店经济技术开发区, 上海|虹口体育馆: two places).
  private let descriptiveTags: [Bool]
  /// The cost of a word seen 20,000 times: a noun more frequent (国家 国际 人民 文化) names a level or a
  /// class, not a zone of the place before it (上海|国家会展中心, 华盛顿|国家广场).
  private let everydayNounCost: WordDictionary.Cost
  /// The cost of a word seen 2,000 times in the dictionary's corpus: a `zg` character rarer than
  /// that may be part of a place's name.
  private let rareCharacterCost: WordDictionary.Cost
  /// `coinedTags[t]`: nouns and verbs, and their morphemes (n v vn ng vg): the characters of a coined word (智|造, 文|创).
  private let coinedTags: [Bool]
  /// The cost of a word seen 20 times in the dictionary's corpus: a noun of a character and a division
  /// rarer than that (口镇 前镇) is the path's reading of a town's name, not a word (渔村 全村 山村 are words).
  private let rareDivisionWordCost: WordDictionary.Cost
  /// `modifierTags[t]`: directions, adjectives, numerals, pronouns, measure words (中 大 两 该), which
  /// name no place before a word of the division (中|城市).
  private let modifierTags: [Bool]
  /// `countingTags[t]`: numerals, measure words and pronouns (m q mq r).
  private let countingTags: [Bool]
  /// `adjectiveOrDirectionTags[t]`: adjectives and directions (a f).
  private let adjectiveOrDirectionTags: [Bool]
  /// `stemTags[t]`: words that may be a feature's stem by themselves (names, places, abbreviations: 舟山 肇兴).
  private let stemTags: [Bool]
  /// `commonStemTags[t]`: common nouns, a feature's stem only right after a place (重庆|果园|港, 三亚|海棠|湾).
  private let commonStemTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    let tags: Set<String> = ["nr", "nrfg", "nrt", "ns", "nz", "j"]
    nameTags = dictionary.tagMask(tags)
    let boundaries: Set<String> = ["v", "p", "c", "u", "uj", "d", "vn"]
    boundaryTags = dictionary.tagMask(boundaries)
    nounTags = dictionary.tagMask(["n"])
    placeTags = dictionary.tagMask(["ns"])
    let functions: Set<String> = ["r", "m", "q", "mq", "zg", "y", "e", "o", "x", "t", "tg"]
    functionTags = dictionary.tagMask(functions)
    directionTags = dictionary.tagMask(["f"])
    verbTags = dictionary.tagMask(["v"])
    personTags = dictionary.tagMask(["nr", "nrfg", "nrt"])
    nameBeforeDivision = dictionary.tagMask(["b", "v"])
    placeWordTags = dictionary.tagMask(["ns", "s"])
    modifierTags = dictionary.tagMask(["f", "a", "b", "m", "r", "q"])
    countingTags = dictionary.tagMask(["m", "q", "mq", "r"])
    adjectiveOrDirectionTags = dictionary.tagMask(["a", "f"])
    stemTags = dictionary.tagMask(["ns", "nz", "nr", "nrt", "nrfg", "j"])
    commonStemTags = dictionary.tagMask(["n", "nz", "ns", "nr", "j"])
    misfiledNameTags = dictionary.tagMask(["nr", "nrt", "nrfg", "nz"])
    timeTags = dictionary.tagMask(["t"])
    pronounTags = dictionary.tagMask(["r"])
    descriptiveTags = dictionary.tagMask(["n", "vn", "b"])
    coinedTags = dictionary.tagMask(["n", "v", "vn", "ng", "vg"])
    everydayNounCost = WordDictionary.cost(ofCount: 20_000)
    junkTags = dictionary.tagMask(["zg"])
    rareCharacterCost = WordDictionary.cost(ofCount: 2_000)
    rareDivisionWordCost = WordDictionary.cost(ofCount: 20)
  }

  /// Places found before, with the suffix after them taken in.
  func extend(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    // A company's region of sales (亚太|区, 欧洲|区 副总裁) is no place at all.
    found.removeAllInPlace(where: { Self.namesSalesRegion(s, $0, words: words) })
    // A town that a table's short name of an organisation names (金洲|镇: a listed company 金洲).
    for k in found.indices where found[k].record.kind == .organization {
      if let end = townNamedLikeOrganization(s, found[k], coverage: coverage, words: words) {
        coverage.take(found[k].end, end)
        found[k].end = end
        renameAsPattern(&found[k], s)
      }
    }
    // A place takes in one suffix after another (钦州|港|片区: a zone of the port of 钦州), at most three.
    for k in found.indices where found[k].record.kind == .location {
      var taken = 0
      while taken < 3, extend(s, &found[k], coverage: &coverage, words: words) { taken += 1 }
    }
    joinDescriptiveZones(s, found: &found, coverage: &coverage, words: words)
  }

  /// A zone, a park or a venue named by the place it lies in and common nouns (三江新区|动力电池|产业园,
  /// 北京|图书|大厦): the place, one to four words of two characters or more that are common nouns or
  /// distinguishing words, none an everyday noun (no name, verb, particle or function word between), ten
  /// characters at most, and a suffix of two characters or more (产业园 园区 码头 体育馆) are one place.
  /// A zone the suffix rule found already right after the place (动力电池产业园) joins it. A country
  /// names no such zone (美国|科技|园区 is a class of parks).
  private func joinDescriptiveZones(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    found.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    var joined = false
    for k in found.indices where found[k].record.kind == .location && found[k].end > found[k].start {
      let f = found[k]
      guard f.end - f.start >= 2, f.end < s.count, ScalarClass.isHan(s[f.end - 1]), !PlaceSpans.isCountry(f.record.id) else { continue }
      // A zone found by its suffix right after the place, made of common nouns and its suffix.
      if k + 1 < found.count, found[k + 1].start == f.end, found[k + 1].record.kind == .location, found[k + 1].rule == rule,
        found[k + 1].source == "pattern", descriptiveZoneEnd(s, after: f.end, coverage: coverage, words: words, within: found[k + 1].end) == found[k + 1].end
      {
        place(&found[k], s, end: found[k + 1].end)
        found[k + 1].end = found[k + 1].start  // dropped below
        joined = true
        continue
      }
      if let end = descriptiveZoneEnd(s, after: f.end, coverage: coverage, words: words, within: f.end) {
        coverage.take(f.end, end)
        place(&found[k], s, end: end)
      }
    }
    if joined { found.removeAll { $0.end == $0.start } }
  }

  private func place(_ f: inout FoundEntity, _ s: [Unicode.Scalar], end: Int) {
    f.end = end
    renameAsPattern(&f, s)
  }

  /// The end of common nouns and a long place suffix that start at `start` (动力电池|产业园), or `nil`.
  /// Positions before `within` may be covered (by the zone found before, which they are).
  private func descriptiveZoneEnd(_ s: [Unicode.Scalar], after start: Int, coverage: CoverageMap, words: Segmentation, within: Int) -> Int? {
    func free(_ a: Int, _ b: Int) -> Bool { b <= within || coverage.isFree(max(a, within), b) }
    var e = start
    var count = 0
    while count <= 4, e < s.count, e - start <= 10, words.startsWord(e) {
      if count > 0, let suffix = cues.placeSuffixes.longestMatch(in: s, at: e), suffix.end - e >= 2, words.startsWord(suffix.end), free(e, suffix.end) {
        return suffix.end
      }
      let w = words.wordEnd(at: e)
      // A coined word of two characters that the dictionary does not know (智|造, 文|创, 生|医), right
      // before a long suffix: the zone's own word (临江|智造|产业园, 松山|文创|园区).
      if count < 4, let coined = coinedWordEnd(s, at: e, words: words), free(e, coined),
        let suffix = cues.placeSuffixes.longestMatch(in: s, at: coined), suffix.end - coined >= 2, words.startsWord(suffix.end), free(coined, suffix.end)
      {
        return suffix.end
      }
      guard count < 4, w - e >= 2, case .word(let tag) = words.kind(at: e), descriptiveTags[Int(tag)], free(e, w),
        let word = dictionary.lookupTag(s[e..<w]), word.cost > everydayNounCost,
        (e..<w).allSatisfy({ ScalarClass.isHan(s[$0]) })
      else { return nil }
      e = w
      count += 1
    }
    return nil
  }

  /// The end of two words of one Han character each at `start` that the dictionary knows as nouns
  /// or verbs (ng vg too: 智 造, 文 创, 生 医) and not as one word together: a coined word (智造 文创), or `nil`.
  private func coinedWordEnd(_ s: [Unicode.Scalar], at start: Int, words: Segmentation) -> Int? {
    guard start + 2 <= s.count, words.wordEnd(at: start) == start + 1, words.wordEnd(at: start + 1) == start + 2,
      ScalarClass.isHan(s[start]), ScalarClass.isHan(s[start + 1]), dictionary.lookup(s[start..<(start + 2)]) == nil
    else { return nil }
    for k in start..<(start + 2) {
      guard case .word(let tag) = words.kind(at: k), coinedTags[Int(tag)] else { return nil }
    }
    return start + 2
  }

  /// Takes the suffix right after `place` into it; whether there was one.
  private func extend(_ s: [Unicode.Scalar], _ place: inout FoundEntity, coverage: inout CoverageMap, words: Segmentation) -> Bool {
    let f = place
    if let area = numberedArea(s, after: f.end), coverage.isFree(f.end, area), words.startsWord(area) {
      coverage.take(f.end, area)
      place.end = area
      renameAsPattern(&place, s)
      return true
    }
    guard f.end - f.start >= 2, f.end < s.count, cues.placeSuffixStarts.contains(s[f.end]),
      let suffix = cues.placeSuffixes.longestMatch(in: s, at: f.end), coverage.isFree(f.end, suffix.end), words.startsWord(suffix.end),
      // The place does not already end with the suffix's division (宁波市|市场 is none anyway).
      !(suffix.end - f.end == 1 && s[f.end - 1] == s[f.end]),
      // A common word of the dictionary is none (大城|市 is 大城市, a big city).
      !isCommonWord(s, f.start, suffix.end),
      // A country or a continent has no one port, station or bay of that name (亚马逊|欧洲|站, 德国|站 are sites).
      !(suffix.end - f.end == 1 && cues.tailCharacters.contains(s[f.end]) && Self.namesARealm(f.record.id))
    else { return false }
    coverage.take(f.end, suffix.end)
    place.end = suffix.end
    // A division keeps the place's record; a zone, a port or a station is a place of its own, and so is
    // a town or a village named after a division of a higher rank (荷塘|村 is no 荷塘区, 白沙|镇 no 白沙县).
    if suffix.end - f.end >= 2 || !cues.divisionSuffixes.contains(s[f.end]) || Self.namesTownBelow(f.record, s[f.end]) {
      renameAsPattern(&place, s)
    } else {
      place.source = "pattern"
      place.rule = rule
    }
    return true
  }

  /// Whether a town's or a village's suffix (镇 乡 村) after the place `record` names a place of its own:
  /// the record's name ends in another division's character (荷塘区|村, 白沙黎族自治县|镇), not in that
  /// suffix (秀林乡: 秀林|乡 is the township itself).
  static func namesTownBelow(_ record: EntityRecord, _ suffix: Unicode.Scalar) -> Bool {
    guard suffix == "镇" || suffix == "乡" || suffix == "村", let last = record.nameZh?.unicodeScalars.last else { return false }
    return last != suffix && DivisionRank.of(endingIn: last) != nil
  }

  /// The end of a town's or a village's suffix (镇 乡 村) right after an organisation the lexicon found by
  /// a name of two or three Han characters alone (金洲, a listed company: 宁乡市|金洲|镇), the suffix a word
  /// of its own and free; `nil` otherwise. The two are a town of that name, no company.
  private func townNamedLikeOrganization(_ s: [Unicode.Scalar], _ f: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    let e = f.end
    guard f.source == "lexicon", (2...3).contains(e - f.start), e < s.count, s[e] == "镇" || s[e] == "乡" || s[e] == "村", !coverage[e],
      words.startsWord(e), words.startsWord(e + 1), (f.start..<e).allSatisfy({ ScalarClass.isHan(s[$0]) }), !isCommonWord(s, f.start, e + 1)
    else { return nil }
    return e + 1
  }

  /// Whether the place `f` is a country, a continent or a wider region that 区 follows as a word of its
  /// own (亚太|区, 北美|区, 中国|区): the region of a company's sales or of a competition, no place
  /// (马士基亚太区首席运营官; 亚太区域 holds no such 区).
  static func namesSalesRegion(_ s: [Unicode.Scalar], _ f: FoundEntity, words: Segmentation) -> Bool {
    f.record.kind == .location && f.end < s.count && s[f.end] == "区" && words.startsWord(f.end + 1)
      && namesARealm(f.record.id)
  }

  /// Whether the place is a country or a continent (`place:de`, `place:region-europe`).
  static func namesARealm(_ id: String) -> Bool { PlaceSpans.isCountry(id) || id.hasPrefix("place:region-") }

  /// `place`, grown to its new end, as a place of its own named by its surface (屯门第54区, 东津新区).
  private func renameAsPattern(_ place: inout FoundEntity, _ s: [Unicode.Scalar]) {
    let surface = Array(s[place.start..<place.end])
    place.record = EntityRecord(
      id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
    place.lexiconEntity = nil
    place.source = "pattern"
    place.rule = rule
  }

  /// A division's character, a longer suffix's first character and a feature's tail: the only places
  /// where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.divisionSuffixes, cues.placeSuffixStarts, cues.featureTails])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    var i = 1
    // The end of the place this scan found last: a boundary for the next (上固乡|回龙村).
    var lastEnd = -1
    // Read from locals in the loop (a field of the large `cues` may be copied with all of it).
    let divisionSuffixes = cues.divisionSuffixes, placeSuffixStarts = cues.placeSuffixStarts, tailCharacters = cues.tailCharacters
    let featureTails = cues.featureTails
    while starts.advance(&i, below: n) {
      guard !coverage[i] else { i += 1; continue }
      // A one-character division (镇 乡 村), or a longer suffix of a zone, a station or a venue
      // (新区 高新区 东站 体育馆) that is whole words of the path: 东津|新区, 白云|机场.
      let suffix: (end: Int, value: Bool)
      if divisionSuffixes.contains(s[i]), words.startsWord(i + 1) {
        suffix = (end: i + 1, value: true)
      } else if i > 1, placeSuffixStarts.contains(s[i]), words.startsWord(i), let long = cues.placeSuffixes.longestMatch(in: s, at: i),
        long.end - i >= 2 || cues.streetSuffixStarts.contains(s[i]),
        words.startsWord(long.end), coverage.isFree(i, long.end)
      {
        suffix = long
      } else {
        // A feature's tail after its stem (重庆|果园|港, 三亚|海棠|湾), read where no suffix is.
        if featureTails.contains(s[i]), let start = featureStemStart(s, words: words, coverage: coverage, places: places, tail: i) {
          let surface = Array(s[start...i])
          let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
          found.append(FoundEntity(start: start, end: i + 1, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
          lastEnd = i + 1
        }
        i += 1
        continue
      }
      let division = suffix.end - i == 1 && cues.divisionSuffixes.contains(s[i])
      // A street's or an estate's end (道 街 路 邨): never after a person's name (李明|道 is 李明 said).
      let street = suffix.end - i == 1 && cues.streetSuffixStarts.contains(s[i])
      defer { i = suffix.end }
      // A place word of the dictionary of two characters right before a division wins over the
      // path, which may have taken its last character into the division (土|城镇, 评为|土城|镇).
      if division, let q = dictionaryPlaceBefore(s, words: words, coverage: coverage, division: i) {
        let surface = Array(s[q...i])
        let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
        found.append(FoundEntity(start: q, end: i + 1, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
        lastEnd = i + 1
        continue
      }
      // The name: a guess of the name model that took the suffix in (高升镇), or whole words before it.
      var start = words.wordStart(containing: i)
      // A place word of the dictionary of two characters may hold the division and the name's last
      // character (铁|山镇: 山镇, a mountain town); the name goes on before it.
      var inWord = false
      if start < i {
        if case .candidate = words.kind(at: start), words.wordEnd(at: start) == suffix.end {
        } else if division, i - start >= 2, words.wordEnd(at: start) == suffix.end, case .word(let tag) = words.kind(at: start), misfiledNameTags[Int(tag)] {
          // A town or a village the dictionary files as a person's name or a proper noun (高升镇 万埠镇 `nr`).
        } else if division, i - start == 1, words.wordEnd(at: start) == suffix.end, case .word(let tag) = words.kind(at: start),
          placeTags[Int(tag)] || (nounTags[Int(tag)] && (dictionary.lookupTag(s[start...i]).map { $0.cost > rareDivisionWordCost } ?? false))
        {
          // Or a noun of the dictionary seen fewer than 20 times (口镇 of 秋口镇, 前镇 of 镇前镇): the
          // path's reading of the name's last character and the division, no word of running text.
          inWord = true
        } else {
          continue
        }
      }
      if start == i || inWord {
        var p = start
        while p > 0, i - p < Self.maxName {
          let w = words.wordStart(containing: p - 1)
          guard i - w <= Self.maxName, (w..<p).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), nameWord(words.kind(at: w), street: street),
            // A port's or a station's end right after a place found before is that place's, no name's
            // start (九江|港|彭泽|港区); after no place it may be (荆山|湖|行洪区).
            !(p - w == 1 && tailCharacters.contains(s[w]) && w > 0 && coverage[w - 1]),
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
        // A word of two characters that no name tag marks, right after a place, before a division or
        // a longer suffix that begins as a street's (眉县|常兴|镇, 西城区|首善|街道):
        // the place before is the name's start boundary.
        if !inWord, division || (!street && cues.streetSuffixStarts.contains(s[i])), p == i,
          let q = wordAfterPlace(s, words: words, coverage: coverage, places: places, before: i)
        {
          p = q
          singles = true
        }
        // One more character of one word (上|固|乡, 窑|河|乡, 前|李卜|村), then a boundary before the
        // name: the text's start, no Han character, a mention, a function word or a verb.
        // A longer suffix takes whole words of two characters or more only (东津|新区, not 的|东|新区).
        guard division || i - p >= 2 else { continue }
        if division, !singles, p > 0, p < i, p != lastEnd, i - p < Self.maxName, !coverage[p - 1], ScalarClass.isHan(s[p - 1]),
          !cues.organizationStops.contains(s[p - 1]), !divisionSuffixes.contains(s[p - 1]),
          words.wordStart(containing: p - 1) == p - 1, !boundaryWord(words, p - 1), !countingWord(words.kind(at: p - 1)),
          // Before a place word of the dictionary, no direction or measure word (大、中|城市, 这座|城市).
          !inWord || nameCharacter(words.kind(at: p - 1), direction: false)
        {
          p -= 1
        }
        // In a list of places, the name is all that stands between the list's mark and the division
        // (禾源镇、|堆子前|镇: 堆 is no verb there; 篁岭村、|秋|口镇: 秋 is no time word there).
        if division, let q = listedNameStart(s, coverage: coverage, places: places, lastEnd: lastEnd, before: i), q < p { p = q }
        // The dictionary's word is no name by itself (山区, 城市): a character before it must join.
        if inWord, p == start { continue }
        // A division's character before the name ends a place the rules did not find (书楼镇|金沙|村).
        guard
          p == 0 || p == lastEnd || coverage[p - 1] || !ScalarClass.isHan(s[p - 1]) || cues.organizationStops.contains(s[p - 1])
            || boundaryWord(words, words.wordStart(containing: p - 1)) || (division && divisionSuffixes.contains(s[p - 1]) && p - 1 >= 2)
            // A port's or a station's end after a place ends that place (九江港|彭泽港区).
            || (p >= 2 && tailCharacters.contains(s[p - 1]) && coverage[p - 2] && words.wordStart(containing: p - 1) == p - 1)
        else { continue }
        start = p
      }
      guard i - start >= 1, !isCommonWord(s, start, suffix.end), suffix.end - start >= 2, coverage.isFree(start, i), !cues.organizationStops.contains(s[start]),
        // A numeral and an adjective count a class (八大|景区, 三大|园区), no name.
        !countsAClass(s, start, i),
        !cues.notDictionaryNames.contains(Array(s[start..<suffix.end]))
      else { continue }
      let surface = Array(s[start..<suffix.end])
      let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
      found.append(FoundEntity(start: start, end: suffix.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      lastEnd = suffix.end
    }
  }

  /// Where the stem of a feature's name starts when the `feature-tail` character at `tail` is a word
  /// of the path by itself (港 湾 岛, not 香港 海港 港口), or `nil`. The stem is a word of two or three Han
  /// characters, free, that the dictionary tags a name, a place or an abbreviation (舟山|港), or a
  /// common noun right after a place that is no country (重庆|果园|港, 三亚|海棠|湾); or two words of one
  /// character, none an adjective or a direction (位于|油|塘|湾). A boundary stands before it: the text's
  /// start, no Han character, a mention, a character that stops a name, or a word that may stand before a
  /// place (a verb, a preposition, a noun or a pronoun of two characters). A count of a class (三大|港) is none.
  private func featureStemStart(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, tail i: Int) -> Int? {
    guard i >= 2, words.startsWord(i), words.startsWord(i + 1), !coverage[i - 1], ScalarClass.isHan(s[i - 1]),
      // A number after the tail makes the whole a vessel's or a product's name (巢县港1065).
      i + 1 == s.count || !ScalarClass.isASCIIDigit(s[i + 1])
    else { return nil }
    let w = words.wordStart(containing: i - 1)
    var start = w
    if i - w >= 2 {
      guard i - w <= Self.maxName, (w..<i).allSatisfy({ ScalarClass.isHan(s[$0]) }), coverage.isFree(w, i) else { return nil }
      switch words.kind(at: w) {
      case .word(let tag):
        let afterPlace = places.startByEnd[w].map { !places.countryStarts.contains($0) } ?? false
        guard stemTags[Int(tag)] || (afterPlace && commonStemTags[Int(tag)]) else { return nil }
      case .unknown: break
      case .candidate, .other: return nil
      }
    } else {
      start = twoSingleCharacters(s, words: words, coverage: coverage, before: i)
      guard start < i, (start..<i).allSatisfy({ !modifierWord(words.kind(at: $0)) }) else { return nil }
    }
    guard
      start == 0 || coverage[start - 1] || !ScalarClass.isHan(s[start - 1]) || cues.organizationStops.contains(s[start - 1])
        || boundaryWord(words, words.wordStart(containing: start - 1))
    else { return nil }
    guard !countsAClass(s, start, i), !isCommonWord(s, start, i + 1), !cues.organizationStops.contains(s[start]),
      !cues.notDictionaryNames.contains(Array(s[start...i]))
    else { return nil }
    return start
  }

  /// Whether a word of one character is an adjective or a direction (大 小 东 西): no stem of a feature by
  /// itself (大|小|岛).
  private func modifierWord(_ kind: Segmentation.Kind) -> Bool {
    if case .word(let tag) = kind { return adjectiveOrDirectionTags[Int(tag)] }
    return false
  }

  /// Whether `s[start..<end]` is a numeral and an adjective of one character each (八大, 三小): a count
  /// of a class before a suffix (八大景区, 三大港), no name.
  private func countsAClass(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard end - start == 2, NumeralCharacter.chineseDigit(s[start]) != nil, let second = dictionary.lookupTag(CollectionOfOne(s[start + 1])) else {
      return false
    }
    return dictionary.tags[Int(second.tag)] == "a"
  }

  /// Where a name of two one-character words ending at `end` starts (or `end` when there is none):
  /// each character a word of its own on the path, free, unknown or a word of no function tag.
  /// The first may be a verb (横|渠|镇, 弥|敦|道).
  private func twoSingleCharacters(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, before end: Int) -> Int {
    var q = end
    while q > 0, end - q < 2, !coverage[q - 1], ScalarClass.isHan(s[q - 1]), words.wordStart(containing: q - 1) == q - 1, words.wordEnd(at: q - 1) == q,
      !cues.organizationStops.contains(s[q - 1])
    {
      guard nameCharacter(words.kind(at: q - 1), direction: true, s[q - 1]) || (end - q == 1 && isVerb(words.kind(at: q - 1))) else { return end }
      q -= 1
    }
    return end - q == 2 ? q : end
  }

  /// Where a name of one to three Han characters before the division at `end` starts when a list's
  /// mark (、) stands right before it and a place ends right before the mark (禾源镇、|堆子前|镇,
  /// 耿镇、|崇皇|乡): every character free, none a division's or one that stops a name, and the
  /// name and division no common word. `nil` otherwise.
  private func listedNameStart(_ s: [Unicode.Scalar], coverage: CoverageMap, places: PlaceSpans, lastEnd: Int, before end: Int) -> Int? {
    var q = end
    while q > 0, end - q < Self.maxName, ScalarClass.isHan(s[q - 1]), !coverage[q - 1], !cues.divisionSuffixes.contains(s[q - 1]),
      !cues.organizationStops.contains(s[q - 1])
    {
      q -= 1
    }
    guard q < end, q >= 2, s[q - 1] == "、", lastEnd == q - 1 || places.startByEnd[q - 1] != nil, !isCommonWord(s, q, end + 1) else { return nil }
    return q
  }

  /// Where a word of two characters tagged a distinguishing word or a verb (常兴, 首善) starts when it
  /// ends at `end` and a place found before ends right before it (no country: 中国|建设|村 is none).
  private func wordAfterPlace(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, before end: Int) -> Int? {
    guard end >= 3 else { return nil }
    let w = words.wordStart(containing: end - 1)
    guard end - w == 2, words.wordEnd(at: w) == end, coverage.isFree(w, end), ScalarClass.isHan(s[w]), ScalarClass.isHan(s[w + 1]),
      let placeStart = places.startByEnd[w], !places.countryStarts.contains(placeStart),
      case .word(let tag) = words.kind(at: w), nameBeforeDivision[Int(tag)],
      !cues.organizationStops.contains(s[w]), !cues.notDictionaryNames.contains(Array(s[w..<end]))
    else { return nil }
    return w
  }

  /// Where a word of two characters that the dictionary tags a place (土城, 梁沟, 西岸) starts when
  /// it ends right before the division at `i` and a boundary stands before it: the text's start,
  /// no Han character, a mention, a character that stops a name, or a word of the path that ends
  /// there and is a verb, a preposition, a particle or a noun (评为|土城|镇, 小小的|梁沟|村).
  private func dictionaryPlaceBefore(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, division i: Int) -> Int? {
    let q = i - 2
    guard q >= 0, coverage.isFree(q, i + 1), ScalarClass.isHan(s[q]), ScalarClass.isHan(s[q + 1]),
      let word = dictionary.lookupTag(s[q..<i]), placeWordTags[Int(word.tag)], !cues.notDictionaryNames.contains(Array(s[q...i])),
      !isCommonWord(s, q, i + 1),
      // The path's word of the name's last character and the division (城市, 城镇) wins over a
      // first character that names no place alone (大、中|城市: 中 is a direction; 土|城镇 stays).
      !(dictionary.lookupTag(s[(q + 1)...i]) != nil && (dictionary.lookupTag(s[q...q]).map { modifierTags[Int($0.tag)] } ?? false))
    else { return nil }
    if q == 0 || coverage[q - 1] || !ScalarClass.isHan(s[q - 1]) || cues.organizationStops.contains(s[q - 1]) { return q }
    let w = words.wordStart(containing: q - 1)
    guard words.wordEnd(at: w) == q, boundaryWord(words, w) else { return nil }
    return q
  }

  /// Whether the word is a numeral, a measure word or a pronoun (月 of 10月, 个, 该): no character of a name.
  private func countingWord(_ kind: Segmentation.Kind) -> Bool {
    if case .word(let tag) = kind { return countingTags[Int(tag)] }
    return false
  }

  private func isVerb(_ kind: Segmentation.Kind) -> Bool {
    if case .word(let tag) = kind { return verbTags[Int(tag)] }
    return false
  }

  /// The end of a planning area's number after a place (屯门|第54区, 第五十四区): `第`, digits, `区`.
  private func numberedArea(_ s: [Unicode.Scalar], after start: Int) -> Int? {
    guard start + 2 < s.count, s[start] == "第" else { return nil }
    var k = start + 1
    while k < s.count, k - start <= 4, s[k].properties.numericType != nil { k += 1 }
    guard k > start + 1, k < s.count, s[k] == "区" else { return nil }
    return k + 1
  }

  /// Whether a word of one character may be part of a place's name: unknown, or of no function tag
  /// (and, unless `direction`, no direction: 镇|前|镇 has one, 中|城市 is none).
  private func nameCharacter(_ kind: Segmentation.Kind, direction: Bool, _ c: Unicode.Scalar? = nil) -> Bool {
    switch kind {
    case .unknown: return true
    case .word(let tag):
      // A rare character tagged `zg` (圩, 崇) is a name's; a frequent one (此 每 今) is a function word.
      if junkTags[Int(tag)], let c, let word = dictionary.lookupTag(CollectionOfOne(c)), word.cost > rareCharacterCost { return true }
      return !boundaryTags[Int(tag)] && !functionTags[Int(tag)] && (direction || !directionTags[Int(tag)])
    default: return false
    }
  }

  /// Whether the word of the path at `start` is a verb, a preposition or another word that may stand before a name.
  private func boundaryWord(_ words: Segmentation, _ start: Int) -> Bool {
    if case .word(let tag) = words.kind(at: start) {
      // A pronoun of two characters or more stands before a name too (其中|乌镇|景区, 这些|东湖|公园).
      return boundaryTags[Int(tag)]
        || ((nounTags[Int(tag)] || timeTags[Int(tag)] || pronounTags[Int(tag)]) && words.wordEnd(at: start) - start >= 2)
    }
    return false
  }

  /// Whether `s[start..<end]` is a word of the dictionary that is no name (大城市, 全村).
  private func isCommonWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard let word = dictionary.lookup(s[start..<end]) else { return false }
    return !["ns", "nz", "nt", "nr", "nrt", "nrfg", "j"].contains(word.tag)
  }

  /// A street's name is no person's: no word tagged a person's and no guess of the name model.
  private func nameWord(_ kind: Segmentation.Kind, street: Bool) -> Bool {
    switch kind {
    case .word(let tag): nameTags[Int(tag)] && !(street && personTags[Int(tag)])
    case .unknown: true
    case .candidate: !street
    case .other: false
    }
  }
}

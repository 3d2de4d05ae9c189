import Foundation

/// Names the segmenter dictionary knows with their kind: a word on the segmentation path
/// tagged `nt` is an organisation (国务院, 新华社, 安理会), one tagged `ns` a place (曼谷,
/// 珠穆朗玛峰, 朝鲜半岛). jieba's tags are not all right, so a word tagged a place must have
/// at least two characters, and the words that are tagged a name but are none (美化, 关联)
/// are listed as `not-dictionary-name` cues; a place of two characters counts beside a
/// `feature-cue` word (登上|狼山, 瓯江|沿岸).
struct DictionaryNameScanner: EntityPatternScanner {
  let cues: EntityCues
  /// `kinds[tag]`: the kind of a name that the dictionary tags `tag`, or `nil` (indexed, not hashed: read at every word).
  private let kinds: [EntityKind?]
  private let dictionary: WordDictionary
  var rule: EntityRule { .dictionaryName }
  /// The cost of a word seen 150 times: a place of two characters ending in a division that is
  /// rarer than that names one place (乌镇 巢县), not a class of them (城镇 重镇 古镇).
  private let rareDivisionWordCost = WordDictionary.cost(ofCount: 150)

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    var kinds = [EntityKind?](repeating: nil, count: 64)
    for (k, tag) in dictionary.tags.enumerated() {
      if tag == "nt" { kinds[k] = .organization }
      if tag == "ns" { kinds[k] = .location }
    }
    self.kinds = kinds
  }

  /// jieba tags many common words as places or organisations (深度, 入口, 市值, 即将来临), so a
  /// tagged word counts only when its shape agrees: an organisation of three characters or more
  /// ending like one (`org-suffix`, `body-suffix` or `media-suffix` cues end with its last
  /// character: 新华社, 安理会), a place of three or more ending in a `place-ending` character
  /// (朝鲜半岛, 珠穆朗玛峰) or written wholly in transliteration characters (莫斯科, 凡尔赛).
  private func shaped(_ surface: [Unicode.Scalar], _ kind: EntityKind) -> Bool {
    guard surface.count >= 3, let last = surface.last else { return false }
    switch kind {
    case .organization:
      guard cues.organizationEndings.contains(last) else { return false }
      // A venue that ends with a place's word of two characters or more (中国|美术馆, 国家|博物馆) stays a
      // place, though 馆 ends missions (大使馆), unless an organisation's suffix as long ends it too.
      let n = surface.count
      if let venue = cues.placeSuffixes.longestMatch(in: surface, endingAt: n, maxLength: 4), venue.start < n - 1,
        (cues.organizationSuffixes.longestMatch(in: surface, endingAt: n, maxLength: 6)?.start ?? n) > venue.start
      {
        return false
      }
      return true
    case .location: return cues.placeEndings.contains(last) || surface.allSatisfy { cues.transliteration.contains($0.value) }
    default: return false
    }
  }

  /// A place of two characters that ends like one (狼山, 瓯江, 濠河) counts beside a `feature-cue`
  /// word before or after it (登上|狼山, 瓯江|沿岸); alone it may be a common word.
  private func feature(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: EntityKind) -> Bool {
    guard kind == .location, end - start == 2, cues.placeEndings.contains(s[end - 1]) else { return false }
    return cues.featureCues.longestMatch(in: s, endingAt: start, maxLength: 4) != nil || cues.featureCues.longestMatch(in: s, at: end) != nil
  }

  /// A place of two characters that ends in a division of a county, a town or a village (乌镇, 巢县) and that the
  /// dictionary seldom sees (fewer than 150 times: not 城镇 重镇 古镇 新村) counts beside another place:
  /// right after one that is no country (安徽省|巢县), or with one across a list's mark (乌镇|、|西塘古镇).
  /// The divisions of counties, towns and villages that end such a place (not 区 市 省 州: 三江|新区 is a
  /// zone of 三江, 邢台县|南市|屯村 a village's name).
  private static let townDivisions: Set<Unicode.Scalar> = ["县", "镇", "乡", "村"]

  private func besidePlace(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: EntityKind, places: PlaceSpans) -> Bool {
    guard kind == .location, end - start == 2, Self.townDivisions.contains(s[end - 1]),
      let word = dictionary.lookupTag(s[start..<end]), word.cost > rareDivisionWordCost
    else { return false }
    if let before = places.startByEnd[start], !places.countryStarts.contains(before) { return true }
    if end + 1 < s.count, s[end] == "、", places.endByStart[end + 1] != nil { return true }
    return start >= 2 && s[start - 1] == "、" && places.startByEnd[start - 1] != nil
  }

  /// A body suffix's first character (`suffixStarts`), for the bodies before their titles (the words of
  /// the path are walked whole): the only places where that loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger()
    trigger.start(onFlags: cues.suffixStarts)
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    words.forEachWord { start, end, kind in
      guard case .word(let tag) = kind, let entityKind = kinds[Int(tag)], end - start >= 2 else { return }
      // An organisation may hold places found before (中国队, 中国共产党); a place holds nothing.
      let free = coverage.isFree(start, end)
      // A place that is the whole word stays a place, whatever the tag (北投区, a district the dictionary files as `nt`).
      guard free || (entityKind == .organization && places.coverOnlyPlaces(start, end, coverage) && places.endByStart[start] != end) else { return }
      let surface = Array(s[start..<end])
      guard !cues.notDictionaryNames.contains(surface),
        shaped(surface, entityKind) || feature(s, start, end, entityKind) || besidePlace(s, start, end, entityKind, places: places)
      else { return }
      // A word that ends with a title (党|立委, jieba's 党立委) names a person's office, no body.
      if entityKind == .organization, let title = cues.roles.longestMatch(in: s, endingAt: end, maxLength: end - start - 1), title.start > start { return }
      // A word that begins a title (财政司|司长 in 财政司司长, Hong Kong's Financial Secretary) names the office, no body.
      if entityKind == .organization, let title = cues.roles.longestMatch(in: s, at: start), title.end > end { return }
      let record = EntityRecord(id: EntityID.pattern(entityKind, surface), kind: entityKind, name: nil, nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = !free
      found.append(f)
    }
    bodiesBeforeTheirTitle(s, from: starts, words: words, coverage: coverage, places: places, into: &found)
  }

  /// A body whose last character starts the title after it (外交部|长, 司法部|长, 农业局|长): the
  /// dictionary keeps 外交部长 as one word, but its first three characters are an organisation
  /// it tags `nt`. Only positions that hold a one-character body suffix (部 局 署 院) at the start
  /// of a role title (部长, 局长) are read; a title before a `title-compound` word (部长|会议,
  /// 部长|级) names ministers as a class, and no body (欧盟外交部长会议).
  private func bodiesBeforeTheirTitle(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    var r = 2
    while starts.advance(&r, below: s.count - 1) {
      defer { r += 1 }
      guard s[r].value < 0x10000, cues.suffixStarts[Int(s[r].value)], !coverage[r],
        let suffix = cues.organizationSuffixes.longestMatch(in: s, at: r, limit: r + 1), suffix.value,
        let role = cues.roles.longestMatch(in: s, at: r), role.end > r + 1,
        // A title that names a class of people (经贸部长|会议, 国防部长|级) holds no body.
        cues.titleCompounds.longestMatch(in: s, at: role.end) == nil
      else { continue }
      var start = words.wordStart(containing: r - 1)
      guard r + 1 - start >= 3, coverage.isFree(start, r + 1), dictionary.lookup(s[start..<r + 1])?.tag == "nt",
        !cues.notDictionaryNames.contains(Array(s[start..<r + 1]))
      else { continue }
      // The country in front belongs to the body (芬兰|农林部|长 → 芬兰农林部).
      let place = places.startByEnd[start]
      if let place { start = place }
      let surface = Array(s[start..<r + 1])
      let record = EntityRecord(id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: r + 1, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = place != nil
      found.append(f)
    }
  }
}

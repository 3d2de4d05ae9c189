/// A chain of places written together (issue 15 item 4): a county and a township (五河县|临北回族乡),
/// a district and a town (淮上区|沫河口镇), a city and a district (台南市|中西区), a town and a village
/// (付井镇|张营村), a county and a named area (怀远县|荆山湖行洪区). Each unit after the first is chosen
/// with its parent: a division that `entity-places-within.tsv` lists under the parent is that one
/// (台南市|中西区 is Tainan's, not Hong Kong's 中西区); otherwise the place found right after the parent
/// (高雄市|苓雅区), or a name of one to four characters ending in a place's last word (淮上区|沫河口|镇:
/// 河口镇 alone would be Shandong's 河口 with 镇), named by its own surface as it would be alone. Each
/// unit stays a mention of its own, as MSRA marks them (青海省|曲麻莱县).
///
/// The parent is a Chinese division (`place:cn-`, `place:tw-`, `place:hk-`) or a place a pattern
/// found whose last character is a division's (付井镇); a country is none (美国|塔科马市). A parent
/// without its division's last character (上海, 高雄) takes only a child that ends in one.
final class PlaceChainMerger: Sendable {
  let cues: EntityCues
  let within: PlacesWithin
  let dictionary: WordDictionary
  /// The lexicon's forms, surfaces and records: a child that is a place's form takes its record (上海|浦东新区).
  private let trie: EntityTrie
  private let surfaces: [EntityLexicon.Surface]
  private let records: [EntityRecord]
  /// Longest name before a place's last word in a child no table lists (沫河口|镇, 荆山湖|行洪区).
  static let maxName = 4
  /// Tags of words that start no place's name (该 各 两 今年 这).
  private let functionTags: [Bool]
  /// Tags of the words among `functionTags` that may still be part of a town's or a village's name right
  /// after a division above it (仪征市|真|州|镇, 余杭区|五常|街道, 白沙镇|西|柳|沟|村): times, directions,
  /// adverbs, verbs and adjectives, one character each or a word the dictionary saw rarely.
  private let lowerDivisionNameTags: [Bool]
  /// The cost of a word seen 100 times in the dictionary's corpus: a word rarer than that (五常) may be a name's.
  private let rareWordCost: WordDictionary.Cost

  init(cues: EntityCues, lexicon: EntityLexicon, dictionary: WordDictionary) {
    self.cues = cues
    within = lexicon.placesWithin
    trie = lexicon.trie
    surfaces = lexicon.surfaces
    records = lexicon.records
    self.dictionary = dictionary
    let functions: Set<String> = ["r", "m", "q", "mq", "t", "tg", "f", "p", "c", "u", "uj", "d", "v", "vn", "a", "ad", "zg", "y", "e", "o", "x"]
    functionTags = dictionary.tagMask(functions)
    lowerDivisionNameTags = dictionary.tagMask(["t", "tg", "f", "d", "v", "vn", "a", "ad", "zg"])
    rareWordCost = WordDictionary.cost(ofCount: 100)
  }

  func merge(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    found.sortByStart()
    // One pass that writes the list over itself (`PlaceChainOutput`): no insertion or removal in
    // the middle of it, and no second list of every mention beside it.
    var out = PlaceChainOutput()
    var k = 0
    // A child just made, read next as a parent: a chain of three or more takes one child after
    // another (蚌埠市|淮上区|沫河口镇).
    var carry: FoundEntity?
    while carry != nil || k < found.count {
      let f: FoundEntity
      if let c = carry {
        f = c
        carry = nil
      } else {
        f = found[k]
        k += 1
      }
      // A city and a station or an airport after it that bears its name are one place (杭州萧山国际机场);
      // a province before a city's station stays apart (四川|广元火车站).
      if isParent(s, f), !isProvince(f), let facility = child(s, after: f, next: found[k...], coverage: coverage, words: words, facility: true),
        endsInFacility(s, f.end, facility.end)
      {
        while k < found.count, found[k].start < facility.end { k += 1 }
        coverage.take(f.end, facility.end)
        let surface = Array(s[f.start..<facility.end])
        let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
        out.append(
          FoundEntity(start: f.start, end: facility.end, record: record, source: "pattern", lexiconEntity: nil, rule: .placeChain), to: &found, read: k)
        continue
      }
      out.append(f, to: &found, read: k)
      guard isParent(s, f), let child = child(s, after: f, next: found[k...], coverage: coverage, words: words) else { continue }
      let e = f.end
      // A place found there already is kept as it is (it comes next).
      if k < found.count, found[k].start == e, found[k].end == child.end, found[k].record == child.record { continue }
      // The mentions inside the child give way to it.
      while k < found.count, found[k].start < child.end { k += 1 }
      coverage.take(e, child.end)
      carry = FoundEntity(start: e, end: child.end, record: child.record, source: "pattern", lexiconEntity: child.entity, rule: .placeChain)
    }
    out.finish(&found)
  }

  /// Whether `f` may stand before a place inside it.
  private func isParent(_ s: [Unicode.Scalar], _ f: FoundEntity) -> Bool {
    guard f.record.kind == .location, f.end - f.start >= 2, !PlaceSpans.isCountry(f.record.id) else { return false }
    let id = f.record.id
    return id.hasPrefix("place:cn-") || id.hasPrefix("place:tw-") || id.hasPrefix("place:hk-")
      || (f.source == "pattern" && DivisionRank.of(endingIn: s[f.end - 1]) != nil)
  }

  /// The place right after `parent` that lies inside it: its end, record and lexicon entity.
  /// `facility`: also a station or an airport after a parent without its division's last character
  /// (杭州|萧山国际机场, 上海|虹桥站).
  private func child(
    _ s: [Unicode.Scalar], after parent: FoundEntity, next: ArraySlice<FoundEntity>, coverage: CoverageMap, words: Segmentation,
    facility: Bool = false
  )
    -> (end: Int, record: EntityRecord, entity: Int32?)?
  {
    let e = parent.end
    guard e < s.count, ScalarClass.isHan(s[e]) else { return nil }
    // A parent ending in a division's last character takes any child.
    let suffixed = facility || DivisionRank.of(endingIn: s[e - 1]) != nil
    // A division the table lists under the parent (台南市|中西区).
    if !facility, let c = within.child(of: parent.record.id, in: s, at: e), words.startsWord(c.end), onlyPlacesInside(e, c.end, next: next, coverage: coverage)
    {
      return c
    }
    // A place found right after it that ends in a division's or a place's last word (高雄市|苓雅区).
    if let b = next.prefix(while: { $0.start <= e }).first(where: { $0.start == e && $0.record.kind == .location }), !PlaceSpans.isCountry(b.record.id),
      endsInPlaceWord(s, b.start, b.end, division: !suffixed)
    {
      return (b.end, b.record, b.lexiconEntity)
    }
    // A name no table lists and a place's last word (沫河口|镇, 临北|回族乡, 张营|村).
    // The path may have joined the parent and the child's first word (上海浦东|新区).
    guard words.startsWord(e) || words.wordStart(containing: e) >= parent.start, !cues.organizationStops.contains(s[e]) else { return nil }
    // A function word in the name: none at all, or one that a town's or a village's name may hold
    // right after a division above it (`lowerDivisionName`).
    var functionWord = FunctionWordInName.none
    if words.startsWord(e) {
      functionWord = functionWord.with(functionWordKind(s, words, e))
      if functionWord == .hard { return nil }
    }
    // A name of two characters at least (邢台县|南市屯村 holds no 南市).
    var q = e + 2
    while q < s.count, q - e <= Self.maxName, ScalarClass.isHan(s[q - 1]) {
      // The name is whole words of the path, none a function word (农村|的|道路 is none).
      if words.startsWord(q) {
        let w = words.wordStart(containing: q - 1)
        if w > e {
          functionWord = functionWord.with(functionWordKind(s, words, w))
          if functionWord == .hard { return nil }
        }
      }
      if cues.placeSuffixStarts.contains(s[q]), let suffix = cues.placeSuffixes.longestMatch(in: s, at: q), words.startsWord(suffix.end),
        functionWord == .none || lowerDivisionName(s, parent: parent, e, q, suffix.end),
        endsInPlaceWord(s, e, suffix.end, division: !suffixed), onlyPlacesInside(e, suffix.end, next: next, coverage: coverage),
        !isCommonWord(s, e, suffix.end), !cues.notDictionaryNames.contains(Array(s[e..<suffix.end])),
        !commonWordBeforeInnerPlace(s, e, suffix.end, next: next, words: words)
      {
        if let known = placeForm(s, e, suffix.end) { return (suffix.end, records[Int(known)], known) }
        let surface = Array(s[e..<suffix.end])
        let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
        return (suffix.end, record, nil)
      }
      q += 1
    }
    return nil
  }

  /// What a word of the path at `w` is to a name: no function word, one a town's or a village's name may
  /// hold after a division above it (真 西 五常), or one no name holds (该 各 两 今年 的).
  private func functionWordKind(_ s: [Unicode.Scalar], _ words: Segmentation, _ w: Int) -> FunctionWordInName {
    guard case .word(let tag) = words.kind(at: w), functionTags[Int(tag)] else { return .none }
    guard lowerDivisionNameTags[Int(tag)] else { return .hard }
    let end = words.wordEnd(at: w)
    if end - w == 1 { return .soft }
    return (dictionary.lookupTag(s[w..<end]).map { $0.cost > rareWordCost } ?? false) ? .soft : .hard
  }

  /// Whether `s[start..<suffixStart]` before the suffix ending at `end` names a town or a village inside
  /// the parent though a soft function word stands in it: the parent ends in a division's character of
  /// a higher rank than the suffix (仪征市|真州|镇, 余杭区|五常|街道, 白沙镇|西柳沟|村), and the name holds
  /// no character of a county's rank or above (邢台县|南市屯|村 is left to the path).
  private func lowerDivisionName(_ s: [Unicode.Scalar], parent: FoundEntity, _ start: Int, _ suffixStart: Int, _ end: Int) -> Bool {
    guard let parentRank = DivisionRank.of(endingIn: s[parent.end - 1]), let childRank = DivisionRank.ofTownOrVillageSuffix(s, suffixStart, end),
      childRank > parentRank, suffixStart - start >= 2
    else { return false }
    return (start..<suffixStart).allSatisfy { ScalarClass.isHan(s[$0]) && !Self.countyOrAboveCharacters.contains(s[$0]) }
  }

  /// Characters of divisions of a county's rank or above that no town's name holds (南市屯村 is left to
  /// the path); 州 盟 旗 are common in names (真州镇).
  private static let countyOrAboveCharacters: Set<Unicode.Scalar> = ["省", "市", "县", "区"]

  /// Whether the place `f` is a province or a region of that rank (四川省, 广西壮族自治区), by its name.
  private func isProvince(_ f: FoundEntity) -> Bool {
    guard let name = f.record.nameZh else { return false }
    return name.hasSuffix("省") || name.hasSuffix("自治区")
  }

  /// Whether `s[start..<end]` ends in a station's or an airport's last word after a name (虹桥|站, 萧山|国际机场).
  private func endsInFacility(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    end - start >= 2 && cues.facilitySuffixes.longestMatch(in: s, endingAt: end, maxLength: end - start - 1) != nil
  }

  /// Whether `s[start..<end]` ends in a division's last character or, unless `division`, in any
  /// place's last word (湖|行洪区, 王咀|泵站).
  private func endsInPlaceWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, division: Bool) -> Bool {
    if cues.divisionSuffixes.contains(s[end - 1]) || DivisionRank.of(endingIn: s[end - 1]) != nil { return true }
    guard !division else { return false }
    for q in (start + 1)..<end where cues.placeSuffixStarts.contains(s[q]) {
      if let m = cues.placeSuffixes.longestMatch(in: s, at: q), m.end == end { return true }
    }
    return false
  }

  /// Whether every mention in `start..<end` is a place wholly inside it, and the rest is free.
  private func onlyPlacesInside(_ start: Int, _ end: Int, next: ArraySlice<FoundEntity>, coverage: CoverageMap) -> Bool {
    var inside = [Bool](repeating: false, count: end - start)
    for f in next {
      if f.start >= end { break }
      guard f.end > start else { continue }
      guard f.record.kind == .location, f.start >= start, f.end <= end else { return false }
      for p in f.start..<f.end { inside[p - start] = true }
    }
    return (start..<end).allSatisfy { inside[$0 - start] || !coverage[$0] }
  }

  /// The lexicon's place whose form, read anywhere, is `s[start..<end]` (浦东新区).
  private func placeForm(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int32? {
    var candidates: [(end: Int, payload: Int32)] = []
    trie.candidates(in: s, at: start, into: &candidates)
    for c in candidates where c.end == end && surfaces[Int(c.payload)].context == .always {
      let entity = surfaces[Int(c.payload)].entity
      if records[Int(entity)].kind == .location { return entity }
    }
    return nil
  }

  /// Whether a place found inside `s[start..<end]` ends where it ends and a common word of two
  /// characters or more stands whole on the path before it (上海|落户|南昌市, 江城|际|铁路|温州): the
  /// found place stands alone and the words before it name none. A character that is no word of
  /// its own joins the found place's name (淮上区|沫|河口镇 is 沫河口镇).
  private func commonWordBeforeInnerPlace(
    _ s: [Unicode.Scalar], _ start: Int, _ end: Int, next: ArraySlice<FoundEntity>, words: Segmentation
  ) -> Bool {
    for f in next {
      if f.start >= end { break }
      guard f.end == end, f.start > start, f.record.kind == .location else { continue }
      var p = words.startsWord(start) ? start : words.wordEnd(at: words.wordStart(containing: start))
      while p < f.start {
        let q = words.wordEnd(at: p)
        if q <= f.start, q - p >= 2, isCommonWord(s, p, q) { return true }
        p = q
      }
    }
    return false
  }

  /// Whether `s[start..<end]` is a word of the dictionary that is no name (农村, 乡镇, 郊区).
  private func isCommonWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard let word = dictionary.lookup(s[start..<end]) else { return false }
    return !["ns", "nz", "nt", "nr", "nrt", "nrfg", "j"].contains(word.tag)
  }
}

/// Where `PlaceChainMerger.merge` writes its list: over the slots of the mentions already read,
/// in order; a mention that finds no such slot free yet (a child made before the next mention is
/// read) waits in a short queue, and whatever still waits at the end goes after the rest.
struct PlaceChainOutput {
  /// The next slot to write.
  private(set) var written = 0
  private var waiting: [FoundEntity] = []
  private var firstWaiting = 0

  /// Appends `f`; `read` is the count of mentions of `list` read so far (their slots are free).
  mutating func append(_ f: FoundEntity, to list: inout [FoundEntity], read: Int) {
    flush(into: &list, read: read)
    if firstWaiting == waiting.count, written < read {
      list[written] = f
      written += 1
    } else {
      waiting.append(f)
    }
  }

  /// Moves waiting mentions into the free slots, in order.
  private mutating func flush(into list: inout [FoundEntity], read: Int) {
    while firstWaiting < waiting.count, written < read {
      list[written] = waiting[firstWaiting]
      written += 1
      firstWaiting += 1
    }
    if firstWaiting == waiting.count, firstWaiting > 0 {
      waiting.removeAll(keepingCapacity: true)
      firstWaiting = 0
    } else if firstWaiting >= Self.compactAfter, 2 * firstWaiting >= waiting.count {
      // The queue is emptied only when nothing waits; behind one child that finds no free slot,
      // every later mention waits too, so without this the queue kept every mention it had passed
      // on: on a 20 MB document a second list of them (786,000 slots, 19 MB at the peak).
      waiting.removeSubrange(0..<firstWaiting)
      firstWaiting = 0
    }
  }

  /// Mentions passed on from the queue before those slots are given back (half of it at least).
  static let compactAfter = 16

  /// The mentions the queue holds, passed on or not (for tests).
  var queueStorageCount: Int { waiting.count }

  /// Ends the list after what was written (every mention has been read).
  mutating func finish(_ list: inout [FoundEntity]) {
    flush(into: &list, read: list.count)
    list.removeSubrange(written..<list.count)
    let rest = waiting[firstWaiting...]
    if !rest.isEmpty {
      list.reserveCapacity(list.count + rest.count)
      list.append(contentsOf: rest)
    }
  }
}

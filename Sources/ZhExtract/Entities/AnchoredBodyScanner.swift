/// A long name of a committee, an association or a national body that begins with its anchor: a place
/// found before or a national word (`body-anchor` cues: 中国 国家 全国 国际 国务院), and ends with an
/// `anchored-suffix` (委员会 协会 学会 研究会 促进会 基金会 局 署 机构): 中国|文化|扶贫|委员会,
/// 国务院|残疾人|工作|协调|委员会, 俄罗斯|国家|统计|委员会, 中国|环境|管理|体系|认证|指导|委员会, 国家|原子能|机构.
/// Such names hold verbs of their work (扶贫 协调 指导 认可), which end any other organisation's name on
/// the left, so they are read here, before the suffix patterns, and only from an anchor.
///
/// - Between the anchors and the suffix: two to fourteen free Han characters, whole words of the path,
///   none of them a clause word (a preposition, a conjunction, an adverb, a pronoun, a particle, a
///   numeral, a measure word or a time: 中国|将|成立委员会 names none), a function character standing
///   alone (的 和 与), a title, a verb of an authority or of speech; the first word a noun (中国|成立|委员会
///   is a clause; a function of government may begin it: 国家|统计|委员会), at most two verbs, and not one generic word alone (中国|行业协会 is a class).
/// - A `placed-anchored-suffix` (实验室) needs a place among the anchors: 美国|国家|可再生能源|实验室, while
///   国家|重点|实验室 names a class.
/// - The suffix starts a word of the path, or ends a word of three characters or more (统计局 法学会);
///   大局 and 格局 hold no 局. It ends a word, the text, or stands before a title.
/// - A place begins the name wherever it stands (代表|中国文化扶贫委员会); a national word only at a
///   boundary: the text's start, a character that is no Han, a mention's end, or after a word that is
///   no noun (是|国务院…, 成立了|国家…). A function of government alone after a place is left to
///   `GovernmentDepartmentScanner` (杭州市|市场监督管理局). Anchors side by side are
///   read together (俄罗斯|国家, 东京|国际). A body found before as the anchor (国务院) stays a mention
///   of its own: the name starts after it, and `NestedBodyMerger` joins them (国务院|残疾人工作协调委员会).
struct AnchoredBodyScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .anchoredBody }
  /// The longest run of name between the anchors and the suffix.
  static let maxName = 14
  /// Verbs of a body's work a name may hold (认证 … 认可).
  static let maxVerbs = 2
  /// `stopTags[t]`: words tagged `t` are never part of such a name.
  private let stopTags: [Bool]
  /// `verbTags[t]`: plain verbs, two of which may stand in the name but not first.
  private let verbTags: [Bool]
  /// `nounTags[t]`: words that may start the name after its anchors and stand before an anchor.
  private let nounTags: [Bool]
  /// `organizationTags[t]`: the dictionary's organisations (`nt`: 理工大学).
  private let organizationTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    let stop: Set<String> = ["p", "c", "d", "r", "rr", "rz", "m", "mq", "q", "t", "tg", "y", "e", "o", "dg", "zg", "f"]
    stopTags = dictionary.tags.map { stop.contains($0) || $0.hasPrefix("u") }
    verbTags = dictionary.tagMask(["v", "vd", "vi"])
    let nouns: Set<String> = ["n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "b", "l", "an", "vn", "s", "i"]
    nounTags = dictionary.tagMask(nouns)
    organizationTags = dictionary.tagMask(["nt"])
  }

  /// An anchored suffix's first character (`anchored-suffix` cues): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.anchoredSuffixes.startScalars])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    // Locals: a field of the large `cues` read in the loop copies all of `cues` at each position.
    let suffixes = cues.anchoredSuffixes
    var i = 2
    while starts.advance(&i, below: n) {
      guard suffixes.mayStart(with: s[i]), !coverage[i], let suffix = suffixes.longestMatch(in: s, at: i), coverage.isFree(i, suffix.end),
        var (start, end) = name(s, suffixAt: i, suffixEnd: suffix.end, suffixNeedsNoPlace: suffix.value, words: words, coverage: coverage, places: places)
      else { i += 1; continue }
      // A foreign country before a place of its own that begins the name says where that place lies: the body is the
      // place's, the country stays a place (德国|汉堡港务局, 越南|广宁省人民委员会; 俄罗斯|国家统计委员会 and, a place of
      // China after it, 日本|台湾|交流协会 keep it).
      let placeAfterCountry =
        places.foreignCountryStarts.contains(start)
        ? places.endByStart[start].flatMap { e in
          places.endByStart[e].map { $0 < i && !places.countryStarts.contains(e) && !places.chineseRegionsAfterCountry.contains(e) } == true ? e : nil
        } : nil
      if let after = placeAfterCountry { start = after }
      let surface = Array(s[start..<end])
      let record = EntityRecord(
        id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = !coverage.isFree(start, end)
      f.apartFromCountry = placeAfterCountry != nil
      found.append(f)
      i = end
    }
  }

  /// The name that ends with the suffix `i..<end`, or nil.
  private func name(
    _ s: [Unicode.Scalar], suffixAt i: Int, suffixEnd end: Int, suffixNeedsNoPlace: Bool, words: Segmentation, coverage: CoverageMap, places: PlaceSpans
  ) -> (Int, Int)? {
    let n = s.count
    guard end == n || !ScalarClass.isHan(s[end]) || words.startsWord(end) || cues.roles.longestMatch(in: s, at: end) != nil else { return nil }
    // The suffix starts a word, or ends one of three characters or more whose head is free (统计|局 of 统计局).
    var p = i
    if !words.startsWord(i) {
      let w = words.wordStart(containing: i)
      guard words.wordEnd(at: w) == end, end - w >= 3, coverage.isFree(w, i) else { return nil }
      p = w
    }
    // Words of the name, right to left, until an anchor ends at `p`.
    var verbs = 0
    var firstIsVerb = false
    while anchorStart(s, endingAt: p, words: words, places: places) == nil {
      guard p > 0, i - p <= Self.maxName, ScalarClass.isHan(s[p - 1]), !coverage[p - 1] else { return nil }
      let w = words.wordStart(containing: p - 1)
      guard words.wordEnd(at: w) == p, coverage.isFree(w, p), i - w <= Self.maxName else { return nil }
      if p - w == 1, cues.organizationStops.contains(s[w]) { return nil }
      if cues.roles.longestMatch(in: s, at: w) != nil { return nil }
      if let verb = cues.organizationVerbs.longestMatch(in: s, at: w), verb.end <= p { return nil }
      if let verb = cues.speechVerbs.longestMatch(in: s, at: w), verb.end <= p { return nil }
      switch words.kind(at: w) {
      case .word(let tag):
        if stopTags[Int(tag)] { return nil }
        // A verb right after an organisation's name is the clause's, the name ends before it (江西理工大学|共建|陶瓷膜联合实验室,
        // 帝国理工学院代表团|访问|之江实验室): a word the dictionary files as an organisation or one that ends with a suffix.
        if verbTags[Int(tag)], w > 0, endsOrganization(s, before: w, words: words) { return nil }
        // A function of government is a verb the name may begin with (国家|统计|委员会).
        firstIsVerb = verbTags[Int(tag)] && (cues.governmentFunctions.longestMatch(in: s, at: w)?.end ?? 0) < p
        if verbTags[Int(tag)] { verbs += 1 }
      case .unknown, .candidate: firstIsVerb = false
      case .other: return nil
      }
      p = w
    }
    guard i - p >= 2 || p < i, !firstIsVerb, verbs <= Self.maxVerbs else { return nil }
    // A generic word alone before the suffix names a class (中国|行业协会, 国际|金融机构).
    if p < i, cues.genericWords.longestMatch(in: s, at: p, limit: i)?.end == i { return nil }
    // A function of government alone after a place is the department pattern's (杭州市|市场监督管理|局);
    // after 国家 it is this one's (俄罗斯|国家|统计|委员会).
    if p < i, places.startByEnd[p] != nil, cues.governmentFunctions.longestMatch(in: s, at: p, limit: i)?.end == i { return nil }
    // The anchors, right to left, side by side. A body found before (国务院 of the lexicon) stays a
    // mention of its own: the name starts after it, and the nested-body merger joins the two.
    var start = p
    while let a = anchorStart(s, endingAt: start, words: words, places: places), i - a <= Self.maxName + 6 {
      if places.startByEnd[start] == nil, !coverage.isFree(a, start) { return p < i ? (p, end) : nil }
      start = a
    }
    // A place begins a name wherever it stands; a national word only at a boundary (发展中国家 holds no 中国).
    guard places.endByStart[start] != nil || boundary(s, before: start, words: words, coverage: coverage) else { return nil }
    // A laboratory needs a place among its anchors (美国|国家|可再生能源|实验室; 国家|重点|实验室 is a class).
    if !suffixNeedsNoPlace, !hasPlace(places, start, p) { return nil }
    return (start, end)
  }

  /// Whether the word of the path that ends at `p` is an organisation: one the dictionary files so (理工大学 `nt`) or
  /// one that ends with an organisation's suffix (代表团).
  private func endsOrganization(_ s: [Unicode.Scalar], before p: Int, words: Segmentation) -> Bool {
    let w = words.wordStart(containing: p - 1)
    guard words.wordEnd(at: w) == p else { return false }
    if case .word(let tag) = words.kind(at: w), organizationTags[Int(tag)] { return true }
    for k in w..<p where s[k].value < 0x10000 && cues.suffixStarts[Int(s[k].value)] {
      if cues.organizationSuffixes.longestMatch(in: s, at: k, limit: p)?.end == p, p - k >= 2 { return true }
    }
    return false
  }

  /// Whether a place found before begins at one of the anchors in `start..<p`.
  private func hasPlace(_ places: PlaceSpans, _ start: Int, _ p: Int) -> Bool {
    var k = start
    while k < p {
      if places.endByStart[k] != nil { return true }
      k += 1
    }
    return false
  }

  /// The start of an anchor that ends at `p`: a place found before, or a `body-anchor` word of the path.
  private func anchorStart(_ s: [Unicode.Scalar], endingAt p: Int, words: Segmentation, places: PlaceSpans) -> Int? {
    if let place = places.startByEnd[p] { return place }
    guard let anchor = cues.bodyAnchors.longestMatch(in: s, endingAt: p, maxLength: 4), words.startsWord(anchor.start) else { return nil }
    return anchor.start
  }

  /// Whether a name may start at `start`: at the text's start, after a character that is no Han or a
  /// mention, or after a word of the path that is no noun (a verb, a particle, a preposition).
  private func boundary(_ s: [Unicode.Scalar], before start: Int, words: Segmentation, coverage: CoverageMap) -> Bool {
    guard start > 0, ScalarClass.isHan(s[start - 1]), !coverage[start - 1] else { return true }
    let w = words.wordStart(containing: start - 1)
    switch words.kind(at: w) {
    case .word(let tag): return !nounTags[Int(tag)]
    case .unknown, .candidate, .other: return false
    }
  }
}

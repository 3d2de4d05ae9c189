/// Where a registered company's name starts before its legal form (`legal-suffix`: 有限公司 股份有限公司
/// 有限责任公司 株式会社 私人有限公司): one left-boundary rule, read by `OrganizationSuffixScanner` and
/// `LegalNameMerger`.
///
/// A registered name is [places] + trade name + [industry words] + [(qualifier)] + form. Read from
/// the form leftwards, the name runs to the nearest boundary:
/// - the start of the text or a character that is no Han (punctuation, Latin, digits);
/// - a mention that is no place (another company, a person);
/// - a verb acting on it (`org-verb`: 收购 起诉);
/// - a word that ends a descriptive phrase before the name (`registered-lead`: 股东 子公司 上市公司 营运商
///   国企) or a word for a class of companies (`company-class`: 公司 企业 发展商);
/// - once the trade name holds two characters: a character that stops an organisation's name (`org-stop`:
///   由 与 的 为) standing as a word of its own, a preposition, conjunction or pronoun of one character, or a
///   verb, adverb or function word of the path of two characters or more (宣布成立|晟熙半导体); before that
///   they are part of the trade name (智慧|停车|运营, 为|利|达|科技, 三和|电机).
/// A place is no boundary: it is read into the name and the boundary sought before it (与|中车太原轨道车辆,
/// 运营商|深圳鹏城智慧停车运营); a country too, as MSRA marks it (澳大利亚利富国际有限公司). The trade name (no place, no industry word) holds two to `maxTrade`
/// characters and is no generic word (这家|工业股份有限公司, 一家|私人有限公司 name no company).
struct RegisteredNameStart {
  let cues: EntityCues
  /// The longest trade name before the industry words, places not counted (中车 + 轨道车辆).
  static let maxTrade = 8
  /// The longest qualifier in parentheses before the form: (香港) (集团) (马来西亚).
  static let maxQualifier = 6
  /// `boundaryTags[t]`: a word of two characters or more tagged `t` (a verb, a preposition, a
  /// conjunction, an adverb, a pronoun, a particle, a numeral, a measure or time word) may end right before a name.
  private let boundaryTags: [Bool]
  /// `functionTags[t]`: particles, prepositions, conjunctions and pronouns (了 的 在 和 他).
  private let functionTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    boundaryTags = dictionary.tagMask(Self.boundaryWordTags)
    functionTags = dictionary.tagMask(Self.functionWordTags)
  }

  /// The tags of words that may end right before a name (`boundaryTags`); `OrganizationSuffixScanner`
  /// reads the same.
  static let boundaryWordTags: Set<String> = [
    "v", "vd", "vi", "vg", "p", "c", "d", "r", "rr", "rz", "u", "uj", "ul", "uz", "ug", "uv", "ud", "f", "m", "mq", "q", "t",
  ]
  /// The tags of function words (`functionTags`); `OrganizationSuffixScanner` reads the same.
  static let functionWordTags: Set<String> = ["u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "r", "rr", "rz"]

  /// The start of the qualifier in parentheses that ends right before the form at `i` (明辉科技|(香港)|有限公司,
  /// 华盛置业|(集团)|有限公司): places, or a company word (集团 控股). `i` when there is none.
  func qualifierStart(_ s: [Unicode.Scalar], _ coverage: CoverageMap, _ places: PlaceSpans, _ i: Int) -> Int {
    guard i >= 4, s[i - 1] == ")" else { return i }
    var j = i - 2
    while j > 0, i - 1 - j <= Self.maxQualifier, ScalarClass.isHan(s[j]) { j -= 1 }
    guard s[j] == "(", j + 1 < i - 1, j > 0, ScalarClass.isHan(s[j - 1]) else { return i }
    let inner = j + 1
    if cues.companyWords.longestMatch(in: s, at: inner, limit: i - 1)?.end == i - 1, coverage.isFree(inner, i - 1) { return j }
    var p = inner
    while let e = places.endByStart[p], e <= i - 1 { p = e }
    return p == i - 1 ? j : i
  }

  /// The start of the registered name whose form starts at `form`, or nil when no boundary stands near
  /// enough or the words before the form hold no trade name.
  func start(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, form: Int) -> Int? {
    let i = qualifierStart(s, coverage, places, form)
    let q = industryStart(s, words, coverage, i)
    var p = q
    var trade = 0
    while true {
      // Two characters of trade name, or a place that begins the name (的|嘉兴|国际控股有限公司), make the weak boundaries count.
      if trade >= 2 || places.endByStart[p] != nil, isBoundary(s, words, coverage, places, p, weak: true) { break }
      if isBoundary(s, words, coverage, places, p, weak: false) { break }
      if let placeStart = places.startByEnd[p] {
        // A place is read into the name, and the boundary sought before it.
        p = placeStart
        continue
      }
      guard p > 0, ScalarClass.isHan(s[p - 1]), !coverage[p - 1] else { break }
      let w = words.wordStart(containing: p - 1)
      let whole = words.wordEnd(at: w) == p && coverage.isFree(w, p)
      // A trade name holds no particle, preposition, conjunction or pronoun of one character standing as a
      // word (的 了 在); a word of two that the path tags a verb or a numeral it may be (停车, 三和): a
      // generic one (这家 一家) is caught below.
      // Only a trade name of two single characters between a boundary and the industry words may end with
      // one (日本|三|和|电机株式会社, 大股东|安|和|创业投资有限公司).
      if whole, p - w == 1, case .word(let tag) = words.kind(at: w), functionTags[Int(tag)],
        !pairsWithCharacterBefore(s, words, coverage, places, w, trade: trade)
      {
        return nil
      }
      var step = whole ? p - w : 1
      // A word of the path that a descriptor ends inside (营运|商城|港: the path reads 商城) is stepped up to it.
      if step > 1, let x = ((w + 1)..<p).last(where: { endsLead(s, words, $0) }) { step = p - x }
      guard trade + step <= Self.maxTrade else { return nil }
      trade += step
      p -= step
    }
    // A place and industry words are a name too (由|东亚|精密机械股份有限公司, 的|嘉兴|国际控股有限公司).
    guard trade >= 2 || (trade == 0 && p < q && q < i) else { return nil }
    // A trade name of generic words alone names a class (工业|股份有限公司, 私人|有限公司).
    var first = p
    while let e = places.endByStart[first], e < q { first = e }
    if cues.genericWords.longestMatch(in: s, at: first, limit: q)?.end == q { return nil }
    return p
  }

  /// Whether the one-character function word at `w`, with `trade` characters of trade name after it, ends a
  /// trade name of two single characters: the character before it is a word of its own that is no function
  /// word and no stop, and a boundary or a place stands before that.
  private func pairsWithCharacterBefore(
    _ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, _ w: Int, trade: Int
  ) -> Bool {
    guard trade == 0, w >= 1, ScalarClass.isHan(s[w - 1]), !coverage[w - 1], words.wordStart(containing: w - 1) == w - 1,
      !cues.organizationStops.contains(s[w - 1])
    else { return false }
    if case .word(let tag) = words.kind(at: w - 1), functionTags[Int(tag)] { return false }
    return places.startByEnd[w - 1] != nil || isBoundary(s, words, coverage, places, w - 1, weak: false)
  }

  /// Whether a legal form follows `k`, after industry words and company words (冷链|物流控股|有限公司) and a
  /// qualifier in parentheses (恒信置业|(集团)有限公司): the words before `k` begin a registered name, which the
  /// legal form reads whole.
  func formFollows(_ s: [Unicode.Scalar], at k: Int) -> Bool {
    var k = k
    for _ in 0..<4 {
      guard
        let m = cues.companyIndustries.longestMatch(in: s, at: k) ?? cues.registeredIndustries.longestMatch(in: s, at: k)
          ?? cues.companyWords.longestMatch(in: s, at: k)
      else { break }
      k = m.end
    }
    if k < s.count, s[k] == "(", let close = s[k..<min(s.count, k + Self.maxQualifier + 2)].firstIndex(of: ")") { k = close + 1 }
    return cues.legalSuffixes.contains { k + $0.count <= s.count && s[k..<(k + $0.count)].elementsEqual($0) }
  }

  /// The start of the industry words right before `i` (`company-industry`, `org-generic`,
  /// `registered-industry`, or a word of two characters ending with 业: 茶业, 矿业), read leftwards.
  func industryStart(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ i: Int) -> Int {
    var q = i
    while q - 2 >= 0, coverage.isFree(q - 2, q) {
      if let m = cues.companyIndustries.longestMatch(in: s, endingAt: q, maxLength: 3) ?? cues.genericWords.longestMatch(in: s, endingAt: q, maxLength: 3)
        ?? cues.registeredIndustries.longestMatch(in: s, endingAt: q, maxLength: 4),
        m.start < q - 1
      {
        q = m.start
      } else if s[q - 1] == "业", ScalarClass.isHan(s[q - 2]), words.wordStart(containing: q - 2) == q - 2, words.wordEnd(at: q - 2) == q {
        q -= 2
      } else {
        break
      }
    }
    return q
  }

  /// Whether a registered name may start at `p`. `weak`: also after a verb, adverb or function word of
  /// the path of two characters or more (read once the trade name holds two characters).
  /// `mentions`: a mention that is no place ending at `p` is a boundary (the merger, which takes known
  /// companies in, reads them itself).
  func isBoundary(
    _ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, _ p: Int, weak: Bool, mentions: Bool = true
  ) -> Bool {
    guard p > 0, ScalarClass.isHan(s[p - 1]) else { return true }
    if coverage[p - 1], mentions { return places.startByEnd[p] == nil }
    if endsLead(s, words, p) { return true }
    if let verb = cues.organizationVerbs.longestMatch(in: s, endingAt: p, maxLength: 4), coverage.isFree(verb.start, p) { return true }
    let w = words.wordStart(containing: p - 1)
    // A character that stops a name, standing alone, is read so once the trade name holds two characters:
    // the path splits a trade name it does not know into characters (为|利|达|科技: 达 stops 达1亿元).
    if weak, w == p - 1, cues.organizationStops.contains(s[p - 1]) {
      switch words.kind(at: w) {
      case .candidate, .unknown: return true
      default: if words.wordEnd(at: w) == p { return true }
      }
    }
    guard weak, words.startsWord(p), case .word(let tag) = words.kind(at: w) else { return false }
    // A preposition, a conjunction, a particle or a pronoun of one character standing as a word (据|华信证券).
    return p - w >= 2 ? boundaryTags[Int(tag)] : functionTags[Int(tag)]
  }

  /// Whether a word that ends a phrase before a registered name (`registered-lead`: 股东 上市公司 营运商; or
  /// `company-class`: 公司 企业 发展商) ends at `p`, where a word of the path starts or ends (巴士|营运|商城港:
  /// the path reads 商城).
  func endsLead(_ s: [Unicode.Scalar], _ words: Segmentation, _ p: Int) -> Bool {
    guard let lead = cues.registeredLeads.longestMatch(in: s, endingAt: p, maxLength: 5) ?? cues.companyClasses.longestMatch(in: s, endingAt: p, maxLength: 3)
    else { return false }
    return words.startsWord(p) || words.startsWord(lead.start)
  }
}

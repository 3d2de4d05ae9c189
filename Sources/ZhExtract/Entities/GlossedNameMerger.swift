/// An organisation's Chinese name that its English name in parentheses follows is one name, though its words are
/// generic ones no other rule reads as a name: 美国国际开发金融公司(DFC), 浙江长龙航空(Loong Air), 韩国航空宇宙产业公司(KAI),
/// 日本国际协力机构(JICA). The gloss is what says so: a writer glosses a name, not a class of firms.
///
/// The name ends right before the parenthesis with an organisation's form that ends a word of the path (`org-suffix`,
/// `body-suffix`, `company-form`, `place-body-form`, `company-industry`, `org-generic`: 公司 机构 航空 航运). It starts
/// at a place found in the run of words before the form (美国|国际|开发|金融|公司, 地中海|航运; the leftmost of the run,
/// the places inside taken into the name), or without a place at the first of the name words right before the form
/// (长龙|航空). The run holds name words of the path (nouns, names, distinguishing words, unknown characters) and, after
/// a place, verbs (开发); a function word, a time word, punctuation or a mention other than a place ends it.
///
/// The English name is Latin, starts with a capital and holds no mention (a person's name in parentheses was read
/// already: 艾琳娜麦克道尔(Elena McDowell)); no mention but a place ends at the parenthesis (an organisation found there
/// takes its gloss in the linker). A form of an industry or a generic word (航空 汽车 机构) needs a place or a proper word
/// in the name, or an English name written in words (长龙|航空(Loong Air)): glossed by an acronym, 电动|汽车(EV) is a
/// class. The linker then reads the English name as the organisation's alias.
///
/// After the other mergers, before the linker. Linear: each parenthesis reads at most `maxName` characters before it.
struct GlossedNameMerger {
  let cues: EntityCues
  let dictionary: WordDictionary
  /// The longest name before the parenthesis, its form included.
  static let maxName = 16
  /// The longest English name in parentheses.
  static let maxGloss = 40
  /// The longest form that ends the name (股份有限公司).
  static let maxForm = 6
  /// `nameTags[t]`: words tagged `t` may stand in the name (nouns, names, distinguishing words, idioms of nouns).
  private let nameTags: [Bool]
  /// `properTags[t]`: names and abbreviations (`nr` `ns` `nt` `nz` `j`): a word that makes the name proper.
  private let properTags: [Bool]
  /// `verbTags[t]`: plain verbs (`v`): inside a name that starts with a place (美国|国际|开发|金融|公司).
  private let verbTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    nameTags = dictionary.tagMask(["n", "ng", "nz", "ns", "nt", "nr", "j", "b", "vn", "an", "l"])
    properTags = dictionary.tagMask(["nr", "nrfg", "nrt", "ns", "nt", "nz", "j"])
    verbTags = dictionary.tagMask(["v"])
  }

  /// The form that ends a glossed name.
  private struct Forms {
    let suffixes: ScalarTrie<Bool>
    let companyForms: ScalarTrie<Bool>
    let placeBodyForms: ScalarTrie<Bool>
    let industries: ScalarTrie<Bool>
    let generic: ScalarTrie<Bool>

    /// The start of the longest form that ends at `end` and starts a word of the path or follows a word of the dictionary
    /// inside one (金融|公司 of the path's 金融公司), and whether it is a form of an industry or a generic word only.
    func form(in s: [Unicode.Scalar], endingAt end: Int, words: Segmentation, dictionary: WordDictionary) -> (start: Int, weak: Bool)? {
      for q in max(0, end - GlossedNameMerger.maxForm)..<end {
        if !words.startsWord(q) {
          let w = words.wordStart(containing: q)
          guard q - w >= 2, dictionary.lookup(s[w..<q]) != nil else { continue }
        }
        let strong =
          suffixes.longestMatch(in: s, at: q, limit: end)?.end == end || companyForms.longestMatch(in: s, at: q, limit: end)?.end == end
          || placeBodyForms.longestMatch(in: s, at: q, limit: end)?.end == end
        if strong { return (q, false) }
        if industries.longestMatch(in: s, at: q, limit: end)?.end == end || generic.longestMatch(in: s, at: q, limit: end)?.end == end {
          return (q, true)
        }
      }
      return nil
    }
  }

  func merge(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    guard s.contains("(") else { return }
    found.sortByStart()
    // The mention that ends at a position (the last by index): a sorted array made at its size, no
    // dictionary of every mention's end (on a long document with a parenthesis, hundreds of thousands).
    let endingAt = MentionEndIndex(found)
    let forms = Forms(
      suffixes: cues.organizationSuffixes, companyForms: cues.companyForms, placeBodyForms: cues.placeBodyForms,
      industries: cues.companyIndustries, generic: cues.genericWords)
    let generic = cues.genericWords
    var added: [FoundEntity] = []
    var dropped = Set<Int>()
    var p = 1
    while p < s.count {
      defer { p += 1 }
      guard s[p] == "(", ScalarClass.isHan(s[p - 1]), let acronym = gloss(s, open: p, coverage: coverage) else { continue }
      if let k = endingAt[p], found[k].record.kind != .location { continue }
      guard let form = forms.form(in: s, endingAt: p, words: words, dictionary: dictionary), coverage.isFree(form.start, p) else { continue }
      // Walk left over the words of the name.
      var k = form.start
      var nounStart = form.start
      var sawVerb = false
      var placeStart: Int?
      var places: [Int] = []
      var proper = false
      while k > 0, p - k < Self.maxName {
        if coverage[k - 1] {
          guard let m = endingAt[k], found[m].record.kind == .location, p - found[m].start <= Self.maxName, !(sawVerb && placeStart != nil)
          else { break }
          placeStart = found[m].start
          places.append(m)
          k = found[m].start
          continue
        }
        let w = words.wordStart(containing: k - 1)
        guard coverage.isFree(w, k), (w..<k).allSatisfy({ ScalarClass.isHan(s[$0]) }) else { break }
        switch words.kind(at: w) {
        case .word(let tag):
          if verbTags[Int(tag)] {
            // A verb before the place the name starts with is the clause's (美方|透过|美国…).
            if placeStart != nil { k = -1 }
            sawVerb = true
          } else if nameTags[Int(tag)] {
            if !sawVerb { nounStart = w }
            if properTags[Int(tag)] { proper = true }
          } else {
            k = -1
          }
        case .unknown, .candidate:
          if !sawVerb { nounStart = w }
          proper = true
        case .other:
          k = -1
        }
        if k < 0 { break }
        k = w
      }
      let start = placeStart ?? nounStart
      // The places taken into the name are those from its start on.
      let inside = places.filter { found[$0].start >= start }
      guard form.start - start >= 2 else { continue }
      // A name of generic words alone (国际|金融|公司) is a class, glossed or not.
      if inside.isEmpty, !holdsNamedWord(s, start, form.start, words: words, generic: generic) { continue }
      if form.weak, inside.isEmpty, !proper, acronym { continue }
      let surface = Array(s[start..<p])
      let record = EntityRecord(id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      added.append(FoundEntity(start: start, end: p, record: record, source: "pattern", lexiconEntity: nil, rule: .glossedName))
      dropped.formUnion(inside)
      coverage.take(start, p)
    }
    guard !added.isEmpty else { return }
    if !dropped.isEmpty { found = found.indices.filter { !dropped.contains($0) }.map { found[$0] } }
    found += added
    found.sortByStart()
  }

  /// Whether a Latin name that starts with a capital stands in the parentheses that open at `open`, free of mentions:
  /// nil when none does, true for capitals alone (an acronym: EV, DFC), false for a name written in words (Loong Air).
  private func gloss(_ s: [Unicode.Scalar], open: Int, coverage: CoverageMap) -> Bool? {
    var a = open + 1
    while a < s.count, s[a] == " " { a += 1 }
    guard a < s.count, ScalarClass.isUpper(s[a]) else { return nil }
    var close = a
    var lower = false
    while close < s.count, close - open <= Self.maxGloss, s[close] != ")" {
      let c = s[close]
      guard ScalarClass.isLatinWordScalar(c) || c == " " || c == "." || c == "-" || c == "&" || c == "'" else { return nil }
      if ScalarClass.isLower(c) { lower = true }
      close += 1
    }
    guard close < s.count, s[close] == ")", coverage.isFree(a, close) else { return nil }
    return !lower
  }

  /// Whether a word of the path between `start` and `end` is no generic word (长龙 of 长龙|航空; 国际 and 金融 are generic).
  private func holdsNamedWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, words: Segmentation, generic: ScalarTrie<Bool>) -> Bool {
    var w = start
    while w < end {
      let e = min(words.wordEnd(at: w), end)
      if generic.longestMatch(in: s, at: w, limit: e)?.end != e { return true }
      w = e
    }
    return false
  }
}

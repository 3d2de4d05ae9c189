/// An organisation's full name read as the parts a short form may keep or drop, for
/// `EntityLinker.linkShortNames`: its legal form (有限公司), the places in it (洛阳市, 西湖区), generic
/// words (国际, 政府), industry and function words (物流, 交通, 水利), a parent body before the last
/// body's suffix inside it (經濟部|水利署, 杭州市公安局|西湖区分局) and the rest, the trade name (鹏程, 人民).
///
/// A short form keeps the head (the body's or the company's form word, 集团 基金会 分局 署), in full
/// and at the end, and some of the other characters in their order (洛阳公交集团 of 洛阳市公共交通集团有限公司,
/// 鹏程基金会 of 深圳市鹏程公益基金会, 水利署 of 經濟部水利署); a place it starts with may stand anywhere in the
/// name (西湖公安分局 of 杭州市公安局西湖区分局). What it must keep, so that it names this body and no other:
/// a character of the trade name after the parent body (人民 of 中国人民银行: 中国银行 is another bank);
/// without one, a character of an industry word there (农业 of 中国农业银行); without either, a character
/// that is no place and no generic word (局 of 中国铁路上海局集团: 上海局集团, not 中国集团).
struct FullNameShape {
  /// The class of a character of the name before its head.
  enum Part: UInt8 {
    case place, generic, industry, trade
  }

  /// What a short form must keep a character of.
  enum Requirement {
    case tradeAfterParent, industryAfterParent, notPlaceOrGeneric, nothing
  }

  /// The name without its legal form (洛阳市公共交通集团 of 洛阳市公共交通集团有限公司).
  let core: [Unicode.Scalar]
  /// The legal form at the end, or empty.
  let legal: [Unicode.Scalar]
  /// The class of each character of `core`.
  let parts: [Part]
  /// Where the last parent body inside the name ends (after 經濟部), 0 without one.
  let parentEnd: Int
  /// The lengths of the heads that end `core`: the longest (分局 of 杭州市公安局西湖区分局, not 局), and a
  /// shorter one after a generic word of two characters or more that the longest begins with (机场 of
  /// 温州龙湾|国际机场). Empty without one.
  let headLengths: [Int]
  /// Whether the name is a place's (a facility: 温州龙湾国际机场), whose heads are facilities' suffixes.
  let location: Bool

  /// The cue tables the shape reads, copied once per document (never read from the large `EntityCues`
  /// inside a loop).
  struct Tables {
    var legalSuffixes: [[Unicode.Scalar]]
    var organizationSuffixes: ScalarTrie<Bool>
    var branchSuffixes: ScalarTrie<Bool>
    var companyForms: ScalarTrie<Bool>
    var facilitySuffixes: ScalarTrie<Bool>
    var genericWords: ScalarTrie<Bool>
    var industries: [ScalarTrie<Bool>]
    var divisionSuffixes: ScalarBitmap
    var trie: EntityTrie
    var surfaces: [EntityLexicon.Surface]
    var records: [EntityRecord]

    init(_ lexicon: EntityLexicon) {
      legalSuffixes = lexicon.cues.legalSuffixes
      organizationSuffixes = lexicon.cues.organizationSuffixes
      branchSuffixes = lexicon.cues.branchSuffixes
      companyForms = lexicon.cues.companyForms
      facilitySuffixes = lexicon.cues.facilitySuffixes
      genericWords = lexicon.cues.genericWords
      industries = [lexicon.cues.companyIndustries, lexicon.cues.registeredIndustries, lexicon.cues.governmentFunctions]
      divisionSuffixes = lexicon.cues.divisionSuffixes
      trie = lexicon.trie
      surfaces = lexicon.surfaces
      records = lexicon.records
    }

    /// The end of the longest place of the lexicon that starts at `start`, or nil (`candidates`: a
    /// buffer, reused).
    func placeEnd(_ text: [Unicode.Scalar], _ start: Int, _ candidates: inout [(end: Int, payload: Int32)]) -> Int? {
      candidates.removeAll(keepingCapacity: true)
      trie.candidates(in: text, at: start, into: &candidates)
      return candidates.last(where: { records[Int(surfaces[Int($0.payload)].entity)].kind == .location })?.end
    }

    /// Whether `word` is a whole head: an organisation's, a body's or a branch's suffix, a company's
    /// form, a legal form or (for places) a facility's suffix (站 机场).
    func isHead(_ word: ArraySlice<Unicode.Scalar>, location: Bool) -> Bool {
      let key = Array(word)
      func whole(_ trie: ScalarTrie<Bool>) -> Bool { trie.longestMatch(in: key, at: 0)?.end == key.count }
      if location { return whole(facilitySuffixes) }
      return whole(organizationSuffixes) || whole(branchSuffixes) || whole(companyForms) || legalSuffixes.contains { $0.elementsEqual(word) }
    }
  }

  /// The shape of a name of Han characters; nil for other names.
  init?(_ name: [Unicode.Scalar], tables: Tables, location: Bool = false) {
    guard name.count >= 4, name.count <= 40, name.allSatisfy(ScalarClass.isHan) else { return nil }
    let legal = tables.legalSuffixes.first { $0.count < name.count - 1 && name[(name.count - $0.count)...].elementsEqual($0) } ?? []
    let core = Array(name[..<(name.count - legal.count)])
    self.core = core
    self.legal = legal
    var parts = [Part](repeating: .trade, count: core.count)
    var candidates: [(end: Int, payload: Int32)] = []
    var k = 0
    while k < core.count {
      if var end = tables.placeEnd(core, k, &candidates) {
        // A place with its division's word (洛阳|市, 西湖|区).
        if end < core.count, tables.divisionSuffixes.contains(core[end]) { end += 1 }
        for p in k..<end { parts[p] = .place }
        k = end
        continue
      }
      // A place the tables do not hold at the name's start: two characters and a division's word (涟溪县).
      if k == 0, core.count > 4, tables.divisionSuffixes.contains(core[2]) {
        for p in 0..<3 { parts[p] = .place }
        k = 3
        continue
      }
      let generic = tables.genericWords.longestMatch(in: core, at: k)?.end ?? k
      var industry = k
      for trie in tables.industries { industry = max(industry, trie.longestMatch(in: core, at: k)?.end ?? k) }
      // An industry word wins a tie (汽车 is both): it says which body this is.
      if industry > k, industry >= generic {
        for p in k..<industry { parts[p] = .industry }
        k = industry
      } else if generic > k {
        for p in k..<generic { parts[p] = .generic }
        k = generic
      } else {
        k += 1
      }
    }
    self.parts = parts
    // A body's suffix inside the name, after a name of its own and before more: a parent body
    // (經濟部|水利署, 杭州市公安局|西湖区分局). The head's own suffix at the end is no parent.
    var parentEnd = 0
    for b in stride(from: core.count - 1, through: 2, by: -1) {
      if let m = tables.organizationSuffixes.longestMatch(in: core, endingAt: b, maxLength: 6), m.start >= 1 {
        parentEnd = b
        break
      }
    }
    self.parentEnd = parentEnd
    self.location = location
    var heads: [Int] = []
    if let longest = stride(from: min(6, core.count - 1), through: 1, by: -1).first(where: { tables.isHead(core[(core.count - $0)...], location: location) }) {
      heads.append(longest)
      let start = core.count - longest
      if let generic = tables.genericWords.longestMatch(in: core, at: start), generic.end - start >= 2, generic.end < core.count,
        tables.isHead(core[generic.end...], location: location)
      {
        heads.append(core.count - generic.end)
      }
    }
    headLengths = heads
  }

  /// Whether `short` (Han characters) names this body: see the type.
  func isShortForm(_ short: [Unicode.Scalar], tables: Tables) -> Bool {
    guard short.count >= 3, short.count < core.count + legal.count, short.allSatisfy(ScalarClass.isHan) else { return false }
    // The name's own head (杭州市公安局 is no short form of 杭州市公安局西湖区分局: its head is 分局, not 局).
    for h in headLengths where short.count > h && short[(short.count - h)...].elementsEqual(core[(core.count - h)...]) {
      if matches(Array(short[..<(short.count - h)]), stemEnd: core.count - h, tables: tables) { return true }
    }
    // A company's form that ends its legal form (北捷|公司 of 臺北大眾捷運|股份有限公司).
    guard !location, !legal.isEmpty else { return false }
    for h in stride(from: min(legal.count, short.count - 1), through: 2, by: -1) {
      let head = short[(short.count - h)...]
      guard legal[(legal.count - h)...].elementsEqual(head), tables.isHead(head, location: false) else { continue }
      return matches(Array(short[..<(short.count - h)]), stemEnd: core.count, tables: tables)
    }
    return false
  }

  /// The characters before the head: in order in the name before `stemEnd`, or after a leading place
  /// that stands anywhere in the name.
  private func matches(_ stem: [Unicode.Scalar], stemEnd: Int, tables: Tables) -> Bool {
    var free = [Bool](repeating: true, count: stemEnd)
    if inOrder(stem[...], stemEnd: stemEnd, free: free) { return true }
    // A place first: 西湖|公安分局 of 杭州市公安局|西湖区|分局.
    var candidates: [(end: Int, payload: Int32)] = []
    guard let placeEnd = tables.placeEnd(stem, 0, &candidates), placeEnd < stem.count else { return false }
    let place = stem[..<placeEnd]
    guard stemEnd > placeEnd, let at = (1...(stemEnd - placeEnd)).first(where: { core[$0..<($0 + placeEnd)].elementsEqual(place) }) else { return false }
    var end = at + placeEnd
    while end < stemEnd, parts[end] == .place { end += 1 }
    for p in at..<end { free[p] = false }
    return inOrder(stem[placeEnd...], stemEnd: stemEnd, free: free)
  }

  /// Whether `stem`'s characters stand in this order among the free characters before `stemEnd`, one at
  /// least of them where the requirement says.
  private func inOrder(_ stem: ArraySlice<Unicode.Scalar>, stemEnd: Int, free: [Bool]) -> Bool {
    // A parent body that ends where the head starts is the name itself (上海局|集团 of 中国铁路上海局集团).
    let parent = parentEnd < stemEnd ? parentEnd : 0
    let needed = requirement(parent: parent, stemEnd: stemEnd, free: free)
    func counts(_ p: Int) -> Bool {
      switch needed {
      case .tradeAfterParent: return p >= parent && parts[p] == .trade
      case .industryAfterParent: return p >= parent && parts[p] == .industry
      case .notPlaceOrGeneric: return parts[p] != .place && parts[p] != .generic
      case .nothing: return true
      }
    }
    // reach[j]: bit 0, the characters so far can end before position j; bit 1, and one of them counts.
    var reach = [UInt8](repeating: 0, count: stemEnd + 1)
    reach[0] = 1
    for c in stem {
      var next = [UInt8](repeating: 0, count: stemEnd + 1)
      var best: UInt8 = 0
      for j in 0..<stemEnd {
        best |= reach[j]
        guard best != 0, free[j], core[j] == c else { continue }
        next[j + 1] |= counts(j) ? (best != 0 ? 3 : 0) : best
      }
      // What is reached before j is reached before any later position too (kept in `best` above).
      reach = next
      guard reach.contains(where: { $0 != 0 }) else { return false }
    }
    return reach.contains { $0 & 2 != 0 } || (needed == .nothing && reach.contains { $0 != 0 })
  }

  private func requirement(parent: Int, stemEnd: Int, free: [Bool]) -> Requirement {
    if (parent..<stemEnd).contains(where: { free[$0] && parts[$0] == .trade }) { return .tradeAfterParent }
    if (parent..<stemEnd).contains(where: { free[$0] && parts[$0] == .industry }) { return .industryAfterParent }
    if (0..<stemEnd).contains(where: { free[$0] && parts[$0] != .place && parts[$0] != .generic }) { return .notPlaceOrGeneric }
    return .nothing
  }
}

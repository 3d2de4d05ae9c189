/// A body or an institution named from its place, the words of its name and its form is one organisation
/// from the place on, though no pattern read it whole: 浙江省|科技评估和成果转化|中心, 扬州|临江|智造|产业园管委会,
/// 中国|汽车|动力电池|产业|创新|联盟, 涟溪县|卫生|职业|技术学校. The walk starts at a place of China (a country
/// other than China says where a firm is from: 韩国|晓星集团) and reads to the right: free name words of the path
/// (a verb among them, never first: 成渝|氢能|产学研|创新|联盟, not 广东省|支持|…), places found there (扬州|临江), and
/// one 和 与 及 between two nouns (温州市|铁路与轨道交通|投资集团); it ends at an organisation's form that ends a word
/// of the path (`org-suffix`, `body-suffix`, `company-form`, `place-body-form`) or at an organisation a pattern
/// found there. The places inside are no mentions of their own.
///
/// After every pattern and the other mergers: it reads the mentions left, in order, and the path between them.
struct PlaceLedBodyMerger {
  let cues: EntityCues
  let dictionary: WordDictionary
  /// The longest run of the name's words between the place and the form.
  static let maxInner = 15
  /// `nameTags[t]`: words tagged `t` may stand in the name (nouns, names, distinguishing words, idioms of nouns).
  private let nameTags: [Bool]
  /// `verbTags[t]`: plain verbs (`v`): inside a name (产学研|创新|联盟), never its first word (江苏省|支持|…).
  private let verbTags: [Bool]
  /// `formWordTags[t]`: a word of the path that ends with a form of one character is a noun (管理|局, 慈善|会), no
  /// place or part of one (东北|部 is `f`).
  private let formWordTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    nameTags = dictionary.tagMask(["n", "ng", "nz", "ns", "nt", "j", "b", "vn", "an", "l"])
    verbTags = dictionary.tagMask(["v"])
    formWordTags = dictionary.tagMask(["n", "nt", "j", "vn", "nz", "nr", "l"])
  }

  func merge(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    guard !found.isEmpty else { return }
    found.sortByStart()
    // Written over the mentions already read: `found[0..<kept]`.
    var kept = 0
    var changed = false
    var k = 0
    while k < found.count {
      let f = found[k]
      if isStart(s, f, words: words), !beginsChain(s, f, at: k, found: found),
        let (end, last) = bodyEnd(s, from: f, at: k, found: found, coverage: coverage, words: words)
      {
        let surface = Array(s[f.start..<end])
        let record = EntityRecord(
          id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
        coverage.take(f.start, end)
        found[kept] = FoundEntity(start: f.start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: .nestedBody)
        kept += 1
        k = last + 1
        changed = true
        continue
      }
      if kept != k { found[kept] = f }
      kept += 1
      k += 1
    }
    if changed { found.removeSubrange(kept..<found.count) }
  }

  /// Whether the mention may begin such a name: a full place of China, three characters or more with its division's
  /// word (湖州市, 涟溪县, 苏州工业园区), China itself, or a short form of a place (南京, 扬州) that the path reads as one
  /// word with what follows it (南京博物院, 中国民航): a short form before words of their own says where a firm is
  /// (香港|康泰旅行社), no part of its name. No country other than China.
  private func isStart(_ s: [Unicode.Scalar], _ f: FoundEntity, words: Segmentation) -> Bool {
    guard f.record.kind == .location, f.end - f.start >= 2, !PlaceSpans.isForeignCountry(f) else { return false }
    if f.record.id == "place:cn" || isFullPlace(s, f) { return true }
    return f.end < s.count && !words.startsWord(f.end)
  }

  /// Whether the place is three characters or more and ends with its division's word (丽水市; 杭州 is a short form).
  private func isFullPlace(_ s: [Unicode.Scalar], _ f: FoundEntity) -> Bool {
    f.end - f.start >= 3 && DivisionRank.of(endingIn: s[f.end - 1]) != nil
  }

  /// Whether the province `f` stands right before another place: the body is that place's, the province a place of its
  /// own (江苏省|南京市玄武区人民法院).
  private func beginsChain(_ s: [Unicode.Scalar], _ f: FoundEntity, at k: Int, found: [FoundEntity]) -> Bool {
    guard DivisionRank.of(endingIn: s[f.end - 1]) == 0, k + 1 < found.count else { return false }
    return found[k + 1].start == f.end && found[k + 1].record.kind == .location
  }

  /// The end of the organisation that the place `f` (at `k` in `found`) begins, and the index of the last
  /// mention inside it; nil when no form ends the run.
  private func bodyEnd(
    _ s: [Unicode.Scalar], from f: FoundEntity, at k: Int, found: [FoundEntity], coverage: CoverageMap, words: Segmentation
  ) -> (Int, Int)? {
    let n = s.count
    var p = f.end
    var next = k + 1
    var first = true
    var joined = false
    // A word of the name that is no generic word (运河 of 扬州|运河|艺术馆): a company's form after a place without its
    // division's word needs one (杭州|互联网|公司 is a class).
    var named = false
    // The length of the noun before a joiner (铁路 of 铁路|与).
    var nounBefore = 0
    while p < n, p - f.end <= Self.maxInner {
      if next < found.count, found[next].start == p {
        let m = found[next]
        if m.record.kind == .location, !PlaceSpans.isForeignCountry(m) {
          p = m.end
          next += 1
          first = false
          named = true
          nounBefore = 0
          continue
        }
        // An organisation a pattern read after the words (扬州|临江|智造|产业园管委会): the whole is the name. A party
        // committee named by a place of its own (阿城市委) and a firm read apart from its country stay apart; a known
        // body keeps its record.
        // A registered company's name stops at what stands before it (香港|子公司|皖江国际传媒有限公司).
        guard m.record.kind == .organization, m.lexiconEntity == nil, m.source == "pattern", !m.apartFromCountry,
          !(m.absorbsPlaces && m.rule == .bodyWord), !cues.legalSuffixes.containsWord(endingAt: m.end, in: s, from: m.start),
          let form = formStart(s, endingAt: m.end, after: m.start, words: words),
          p > f.end || form - m.start >= 2, accepts(s, f, formStart: form, end: m.end, named: true)
        else { return nil }
        return (m.end, next)
      }
      guard !coverage[p], ScalarClass.isHan(s[p]) else { return nil }
      let w = words.wordStart(containing: p)
      let limit = next < found.count ? found[next].start : n
      let e = min(words.wordEnd(at: w), limit)
      guard coverage.isFree(p, e) else { return nil }
      // The form that ends this word of the path; a body's suffix of three characters may follow the place alone
      // (苏州工业园区|管委会). Another form may follow it (航空工业集团|有限公司). A word that ends with a form it does not
      // end as one (子公司, 会展中心) ends the walk.
      if e == words.wordEnd(at: w), let q = formInWord(s, p, e, wordStart: max(w, p), words: words) {
        let head = max(w, p)
        let headNamed = q > head && cues.genericWords.longestMatch(in: s, at: head, limit: q)?.end != q
        guard q - f.end >= 2 || (q == f.end && isLongBodySuffix(s, q, e)), accepts(s, f, formStart: q, end: e, named: named || headNamed) else {
          return nil
        }
        return (formsEnd(s, after: e, words: words, coverage: coverage, limit: limit), next - 1)
      }
      if (max(w, p)..<e).contains(where: { formEnd(s, at: $0, limit: e) == e }) { return nil }
      // 和 与 及 between two nouns of the name, once.
      if e - p == 1, cues.organizationStops.contains(s[p]) || cues.unitJoiners.contains(s[p]) {
        let mentionAfter = next < found.count && found[next].start == e && found[next].record.kind == .organization
        guard cues.unitJoiners.contains(s[p]), !joined, nounBefore >= 2, e < n, words.startsWord(e), words.wordEnd(at: e) - e >= 2,
          mentionAfter || coverage.isFree(e, words.wordEnd(at: e)), case .word(let tag) = words.kind(at: e), nameTags[Int(tag)]
        else { return nil }
        joined = true
        nounBefore = 0
        p = e
        continue
      }
      // A piece of a word that began inside the place (民航 of 中国民航) or ran into a mention is part of the name.
      if w >= p, e == words.wordEnd(at: w) {
        switch words.kind(at: w) {
        case .word(let tag):
          guard nameTags[Int(tag)] || (verbTags[Int(tag)] && !first) else { return nil }
          if nameTags[Int(tag)], cues.genericWords.longestMatch(in: s, at: p, limit: e)?.end != e { named = true }
          nounBefore = nameTags[Int(tag)] ? e - p : 0
        case .unknown, .candidate:
          named = true
          nounBefore = 0
        case .other:
          return nil
        }
      } else {
        named = true
        nounBefore = 0
      }
      first = false
      p = e
    }
    return nil
  }

  /// The start of an organisation's form that ends the word of the path `p..<e` (whose own part begins at `w`): the
  /// form is the word itself (研究中心, 联盟), or the word holds a word of two characters or more before it
  /// (慈善|会, 技术|学校, 旅行|社, 管理|局); a form of one character ends a noun of the path (东北|部 is a part of a region).
  private func formInWord(_ s: [Unicode.Scalar], _ p: Int, _ e: Int, wordStart w: Int, words: Segmentation) -> Int? {
    for q in w..<e {
      guard let end = formEnd(s, at: q, limit: e), end == e else { continue }
      if q > w {
        guard q - w >= 2, dictionary.lookup(s[w..<q]) != nil else { continue }
      }
      if e - q == 1 {
        let start = words.wordStart(containing: q)
        guard case .word(let tag) = words.kind(at: start), formWordTags[Int(tag)] else { continue }
      }
      if cues.notDictionaryNames.contains(Array(s[words.wordStart(containing: q)..<e])) { return nil }
      // A venue or a room that ends with the form (会展中心 活动中心) is no body.
      if cues.notUnits.longestMatch(in: s, endingAt: e, maxLength: 6) != nil { return nil }
      return q
    }
    return nil
  }

  /// The end of the forms that follow the form ending at `e`, each ending a word of the path, free, before `limit`:
  /// 航空工业集团|有限公司, 发展|银行|股份有限公司.
  private func formsEnd(_ s: [Unicode.Scalar], after e: Int, words: Segmentation, coverage: CoverageMap, limit: Int) -> Int {
    var end = e
    while end < limit, let next = formEnd(s, at: end, limit: limit), next - end >= 2, words.startsWord(end), words.startsWord(next),
      coverage.isFree(end, next)
    {
      end = next
    }
    return end
  }

  /// Whether `q..<e` is a body's suffix (局 委员会): a public body, no firm.
  private func isBody(_ s: [Unicode.Scalar], _ q: Int, _ e: Int) -> Bool {
    cues.organizationSuffixes.longestMatch(in: s, at: q, limit: e).map { $0.end == e && $0.value } ?? false
  }

  /// Whether the place is Hong Kong, Macau or Taiwan as a whole (`place:hk` `place:mo` `place:tw`).
  private func isRegionOfItsOwn(_ f: FoundEntity) -> Bool {
    let id = f.record.id
    return id == "place:hk" || id == "place:mo" || id == "place:tw"
  }

  /// Whether `q..<e` is a body's suffix of three characters or more (管委会 委员会 管理局).
  private func isLongBodySuffix(_ s: [Unicode.Scalar], _ q: Int, _ e: Int) -> Bool {
    e - q >= 3 && isBody(s, q, e)
  }

  /// The start of the form that ends an organisation a pattern found (`start..<end`), or nil.
  private func formStart(_ s: [Unicode.Scalar], endingAt end: Int, after start: Int, words: Segmentation) -> Int? {
    for q in start..<end where formEnd(s, at: q, limit: end) == end { return q }
    return nil
  }

  /// The end of the longest form at `q` that ends by `limit`: an organisation's or a body's suffix, a company's form,
  /// or a form of a body named from its place.
  private func formEnd(_ s: [Unicode.Scalar], at q: Int, limit: Int) -> Int? {
    var end = 0
    if s[q].value < 0x10000, cues.suffixStarts[Int(s[q].value)], let m = cues.organizationSuffixes.longestMatch(in: s, at: q, limit: limit) {
      end = m.end
    }
    if let m = cues.companyForms.longestMatch(in: s, at: q, limit: limit) { end = max(end, m.end) }
    if let m = cues.placeBodyForms.longestMatch(in: s, at: q, limit: limit) { end = max(end, m.end) }
    return end > q ? end : nil
  }

  /// Whether the place `f`, the words after it and the form `formStart..<end` make an organisation: no title ends
  /// with the form (市委|常委) or holds it (办公室|主任), no office after places alone, and a company's form after a place
  /// without its division's word follows a word of a name (杭州|互联网|公司 is a class).
  private func accepts(_ s: [Unicode.Scalar], _ f: FoundEntity, formStart q: Int, end: Int, named: Bool) -> Bool {
    for p in max(f.end, q - 2)..<end where cues.roles.longestMatch(in: s, at: p, limit: end)?.end == end { return false }
    if let title = cues.roles.longestMatch(in: s, at: q), title.end > end { return false }
    if cues.officeWords.longestMatch(in: s, at: q)?.end == end, !named { return false }
    // A firm's form (公司 集团 银行), and a form of no public body (中心 基金).
    let firm =
      cues.companyForms.longestMatch(in: s, at: q)?.end == end
      || cues.organizationSuffixes.longestMatch(in: s, at: q).map { $0.end == end && !$0.value } ?? false
    let company = firm || (cues.placeBodyForms.longestMatch(in: s, at: q)?.end == end && !isBody(s, q, end))
    if company, !named, !isFullPlace(s, f) { return false }
    // A firm after Hong Kong, Macau or Taiwan as a whole is named without it (香港|康泰集团).
    if firm, isRegionOfItsOwn(f) { return false }
    return true
  }
}

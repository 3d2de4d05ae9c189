/// A registered company name that contains a known company: `深圳市腾讯计算机系统有限公司`
/// is Tencent's legal entity, not a city, a company and a stray `计算机系统有限公司`. A legal
/// suffix (`legal-suffix` cues: 有限公司, 股份有限公司, 有限责任公司) read leftwards over places, organisations and free
/// CJK characters becomes one mention when it holds an organisation; the mention takes the
/// record of the lexicon organisation inside (or a new one named by the whole legal name),
/// `source: "pattern"`, and the parts it absorbed are dropped.
final class LegalNameMerger: Sendable {
  let cues: EntityCues
  static let maxLength = 24
  /// First scalars of the legal suffixes: positions that start none are skipped at once.
  private let starts: ScalarBitmap
  private let registered: RegisteredNameStart
  /// `listed[e]`: lexicon entity `e` is a listed company's short name that is a common word too (材料, 世界),
  /// which names that company only where the registered name starts with it.
  private let listed: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary, listed: [Bool]) {
    self.cues = cues
    starts = ScalarBitmap(cues.legalSuffixes.compactMap(\.first))
    registered = RegisteredNameStart(cues: cues, dictionary: dictionary)
    self.listed = listed
  }

  func merge(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    guard !found.isEmpty, s.indices.contains(where: { starts.contains(s[$0]) && suffix(in: s, at: $0) != nil }) else { return }
    found.sortByStart()
    let places = PlaceSpans(found)
    let byEnd = MentionEndIndex(found)
    var removed: Set<Int> = []
    var added: [FoundEntity] = []
    var i = 0
    while i < s.count {
      guard starts.contains(s[i]), let suffixEnd = suffix(in: s, at: i) else { i += 1; continue }
      // The suffix itself may end a mention (a pattern organisation) that we absorb.
      var end = suffixEnd
      var absorbed: [Int] = []
      var organization: Int?
      if let k = byEnd[suffixEnd], found[k].record.kind == .organization, !removed.contains(k) {
        absorbed.append(k)
        if found[k].lexiconEntity != nil { organization = k }
        end = suffixEnd
      }
      // A qualifier in parentheses before the form is part of it: 恒信置业|(集团)|有限公司.
      var start = absorbed.first.map { found[$0].start } ?? registered.qualifierStart(s, coverage, places, i)
      while start > 0, end - start < Self.maxLength {
        // A verb acting on the company ends its name (公开宣判|周口金穗食品有限公司), and a registered
        // name before it is another company (宁波海天精工股份有限公司|收购|…有限公司).
        if cues.organizationVerbs.longestMatch(in: s, endingAt: start, maxLength: 4) != nil { break }
        // A descriptor before a registered name is no part of it (深交所主板上市公司|浙江恒远新材料股份有限公司).
        if registered.endsLead(s, words, start) { break }
        if let k = byEnd[start], !removed.contains(k), found[k].record.kind == .organization || found[k].record.kind == .location {
          if found[k].record.kind == .organization, cues.legalSuffixes.containsWord(endingAt: found[k].end, in: s, from: found[k].start) { break }
          absorbed.append(k)
          if found[k].record.kind == .organization, found[k].lexiconEntity != nil { organization = k }
          start = found[k].start
        } else if !coverage[start - 1], !registered.isBoundary(s, words, coverage, places, start, weak: true), !cues.organizationStops.contains(s[start - 1]) {
          start -= 1
        } else {
          break
        }
      }
      // A listed company's short name that is a common word, inside the name after free characters, is
      // that word (新|材料|股份有限公司): the name is a new company's.
      if let k = organization, let e = found[k].lexiconEntity, listed[Int(e)], found[k].start > start, places.startByEnd[found[k].start] == nil {
        organization = nil
      }
      if absorbed.contains(where: { found[$0].end <= i && found[$0].record.kind == .organization }) {
        // The known organisation inside, or else a new one named by the whole legal name.
        let surface = Array(s[start..<end])
        let record =
          organization.map { found[$0].record }
          ?? EntityRecord(id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
        removed.formUnion(absorbed)
        added.append(
          FoundEntity(
            start: start, end: end, record: record, source: "pattern", lexiconEntity: organization.flatMap { found[$0].lexiconEntity }, rule: .legalName))
        coverage.take(start, end)
      }
      i = suffixEnd
    }
    guard !added.isEmpty else { return }
    found.removeAll(atOffsets: removed.contains)
    found.append(contentsOf: added)
  }

  /// A known company followed by a word that names it a company (`company-word` cues: 公司,
  /// 集团, 控股): 微软公司, 宝马集团, 匯豐控股 are one mention of the company, with its id. The word must end a
  /// word of the text (微软|公司|的, not 微软|公司法). A town right before it is part of the name (深圳|华为公司; a
  /// country is not: 美国|微软公司). A company that a suffix found grows the same way, as a name of its own
  /// (日兴证券|公司, 大连化工集团|公司).
  func extendByCompanyWord(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    var placeByEnd: [Int: Int] = [:]
    var removed: Set<Int> = []
    for k in found.indices where found[k].record.kind == .organization && (found[k].rule == .lexicon || found[k].rule == .organizationSuffix) {
      let known = found[k].lexiconEntity != nil && found[k].rule == .lexicon
      guard known || found[k].lexiconEntity == nil else { continue }
      let end = found[k].end
      if known, let wordEnd = latinOrganizationWord(s, after: end), coverage.isFree(end, wordEnd) {
        // HSBC| Holdings, Toyota| Motors: the company's English name with its last word.
        coverage.take(end, wordEnd)
        found[k].end = wordEnd
        found[k].source = "pattern"
        found[k].rule = .legalName
        continue
      }
      guard end < s.count, let word = cues.companyWords.longestMatch(in: s, at: end), coverage.isFree(end, word.end),
        words.startsWord(word.end)
      else { continue }
      coverage.take(end, word.end)
      found[k].end = word.end
      found[k].source = "pattern"
      if known {
        found[k].rule = .legalName
        if placeByEnd.isEmpty {
          for (p, f) in found.enumerated() where f.record.kind == .location { placeByEnd[f.end] = p }
        }
        if let p = placeByEnd[found[k].start], !PlaceSpans.isCountry(found[p].record.id), !removed.contains(p) {
          found[k].start = found[p].start
          removed.insert(p)
        }
      } else {
        let surface = Array(s[found[k].start..<word.end])
        found[k].record = EntityRecord(
          id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      }
    }
    // One pass, in order (removing each place by index moved every later mention: quadratic in a
    // document of many such companies).
    if !removed.isEmpty { found.removeAll(atOffsets: removed.contains) }
  }

  /// The end of an English organisation word (`org-word` cues: Holdings, Group) after one space at `end`,
  /// right after a Latin name: `HSBC| Holdings`. The word must end at a word boundary.
  private func latinOrganizationWord(_ s: [Unicode.Scalar], after end: Int) -> Int? {
    guard end > 0, end + 2 < s.count, s[end] == " ", ScalarClass.isLatinWordScalar(s[end - 1]), ScalarClass.isUpper(s[end + 1]) else { return nil }
    var e = end + 1
    while e < s.count, ScalarClass.isLatinWordScalar(s[e]) || s[e] == "." { e += 1 }
    guard e - end <= 16, cues.organizationWords.contains(String(scalars: s[(end + 1)..<e])) else { return nil }
    return e
  }

  private func suffix(in s: [Unicode.Scalar], at i: Int) -> Int? {
    for w in cues.legalSuffixes where i + w.count <= s.count && w.indices.allSatisfy({ s[i + $0] == w[$0] }) { return i + w.count }
    return nil
  }
}

/// Chinese organisation names that no lexicon knows, by their last word (公司 集团 银行 资本
/// 基金 证券 研究所 大学 有限公司 股份有限公司 控股 …) and a sensible left boundary: the name is
/// the run of CJK characters before the suffix, stopped by a function word (`org-stop` cues: 的 和
/// 与 在 是 …),
/// 2 to 8 characters long, and with no generic word in it (科技公司, 初创公司, 投资银行 and
/// 风投公司 are common nouns, not names).
struct OrganizationSuffixScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .organizationSuffix }
  static let maxName = 8

  func scan(_ s: [Unicode.Scalar], coverage: CoverageMap, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 2
    while i < n {
      guard s[i].value < 0x10000, cues.suffixStarts[Int(s[i].value)], !coverage[i], let suffix = cues.organizationSuffixes.longestMatch(in: s, at: i), coverage.isFree(i, suffix.end) else { i += 1; continue }
      var start = i
      while start > 0, i - start < Self.maxName, ScalarClass.isHan(s[start - 1]), !coverage[start - 1], !cues.organizationStops.contains(s[start - 1]) { start -= 1 }
      let boundary = start == 0 || !ScalarClass.isHan(s[start - 1]) || coverage[start - 1] || cues.organizationStops.contains(s[start - 1])
      if boundary, i - start >= 2, !containsGeneric(s, start, i) {
        let surface = Array(s[start..<suffix.end])
        let record = EntityRecord(id: PatternID.make(.organization, surface), kind: .organization, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
        found.append(FoundEntity(start: start, end: suffix.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      }
      i = suffix.end
    }
  }

  private func containsGeneric(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    for j in start..<end where cues.genericWords.longestMatch(in: s, at: j, limit: end) != nil { return true }
    return false
  }
}

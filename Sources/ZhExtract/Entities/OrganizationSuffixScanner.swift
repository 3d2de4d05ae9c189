/// Chinese organisation names that no lexicon knows, by their last word (公司 集团 银行 资本
/// 基金 证券 研究所 大学 有限公司 股份有限公司 控股 …) and a sensible left boundary: the name is
/// the run of CJK characters before the suffix, stopped by a function word (的 和 与 在 是 …),
/// 2 to 8 characters long, and with no generic word in it (科技公司, 初创公司, 投资银行 and
/// 风投公司 are common nouns, not names).
struct OrganizationSuffixScanner {
  let cues: EntityCues
  static let maxName = 8
  static let stops: Set<UInt32> = Set("的和与及或是了在将被从向对为由把让给等于如像就也都还而并但这那该其每各某一两几多家位名个说称到至以非即曾已仍又再更最很哪所达往入读".unicodeScalars.map(\.value))

  func scan(_ s: [Unicode.Scalar], coverage: CoverageMap, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 2
    while i < n {
      guard s[i].value < 0x10000, cues.suffixStarts[Int(s[i].value)], !coverage[i], let suffix = cues.organizationSuffixes.longestMatch(in: s, at: i), coverage.isFree(i, suffix.end) else { i += 1; continue }
      var start = i
      while start > 0, i - start < Self.maxName, ScalarClass.isHan(s[start - 1]), !coverage[start - 1], !Self.stops.contains(s[start - 1].value) { start -= 1 }
      let boundary = start == 0 || !ScalarClass.isHan(s[start - 1]) || coverage[start - 1] || Self.stops.contains(s[start - 1].value)
      if boundary, i - start >= 2, !containsGeneric(s, start, i) {
        let surface = Array(s[start..<suffix.end])
        let record = EntityRecord(id: PatternID.make(.organization, surface), kind: .organization, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
        found.append(FoundEntity(start: start, end: suffix.end, record: record, source: "pattern", lexiconEntity: nil))
      }
      i = suffix.end
    }
  }

  private func containsGeneric(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    for j in start..<end where cues.genericWords.longestMatch(in: s, at: j, limit: end) != nil { return true }
    return false
  }
}

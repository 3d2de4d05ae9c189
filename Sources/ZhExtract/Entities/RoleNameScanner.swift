/// Chinese names right after a role title: 首席执行官张伟表示, 发言人李明说, 分析师王小明指出.
///
/// The name is a family name (`surname` cues, 欧阳 and the other double ones included) and one
/// or two more characters, and must end where a new word plainly starts: punctuation, a
/// non-CJK character, a mention, or a word that follows names (`name-follower` cues: 说 表示 称
/// 指出 认为 在 的 …).
/// Words that begin with a family name but are not names (`not-name` cues: 方面, 高度) are
/// skipped. Only positions right after a role title are read, so the scan stays cheap.
struct RoleNameScanner: EntityPatternScanner {
  let cues: EntityCues
  /// The words around a name that show it is none (董事于|明年, 合伙人蓝驰|创投).
  let edges: NameEdges
  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    edges = NameEdges(cues: cues, dictionary: dictionary)
  }
  var rule: EntityRule { .roleName }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var p = 1
    while p < n - 1 {
      let v = s[p].value
      guard v < 0x10000, cues.surnameStarts[Int(v)], !coverage[p], followsRole(s, p),
        let surname = cues.surnames.longestMatch(in: s, at: p)
      else { p += 1; continue }
      if cues.notNames.longestMatch(in: s, at: p) != nil { p += 1; continue }
      var end: Int?
      for length in [2, 1] {
        let q = surname.end + length
        guard q <= n, (surname.end..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] && !cues.nameFollowers.contains(s[$0]) }) else { continue }
        if q == n || !ScalarClass.isHan(s[q]) || coverage[q] || cues.nameFollowers.contains(s[q]) { end = q; break }
      }
      guard let end, !edges.rejects(s, p, end, family: surname.end - p) else { p += 1; continue }
      let surface = Array(s[p..<end])
      let name = Romanizer.shared.personName(
        family: String(String.UnicodeScalarView(s[p..<surname.end])),
        given: String(String.UnicodeScalarView(s[surname.end..<end])))
      let record = EntityRecord(
        id: EntityID.pattern(.person, surface, romanized: name), kind: .person, name: name, nameZh: String(String.UnicodeScalarView(surface)))
      found.append(FoundEntity(start: p, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      p = end
    }
  }

  /// A role title ends right before `p` (one space allowed between).
  private func followsRole(_ s: [Unicode.Scalar], _ p: Int) -> Bool {
    var e = p
    if s[e - 1] == " ", e >= 2 { e -= 1 }
    let last = s[e - 1].value
    guard last < 0x10000, cues.roleEnds[Int(last)] else { return false }
    return cues.roles.longestMatch(in: s, endingAt: e, maxLength: 8) != nil
  }
}

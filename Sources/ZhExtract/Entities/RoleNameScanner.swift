/// Chinese names right after a role title: 首席执行官张伟表示, 发言人李明说, 分析师王小明指出.
///
/// The name is a family name (any of `person-surnames.tsv`, the name model's: after a title 赖
/// and 詹 are as good as 王; 欧阳 and the other double ones included) and one or two more
/// characters, and must end where a new word plainly starts: punctuation, a non-CJK character, a
/// mention, a word that follows names (`name-follower` cues: 说 表示 称 指出 认为 在 的 受 …), or a
/// verb, a conjunction or a time word that the segmentation path starts there (部长|江启臣|出席).
/// A given name of two characters that the name model has seen as one may hold such a word
/// (董事长段|向东|表示, 副厅长吴|建平|日前: 向 and 平日 read no further there).
/// Words that begin with a family name but are not names (`not-name` cues: 方面, 高度) are
/// skipped. Only positions right after a role title are read, so the scan stays cheap.
final class RoleNameScanner: EntityPatternScanner {
  let cues: EntityCues
  /// The family names and the given names' characters.
  let model: PersonNameModel
  /// The words around a name that show it is none (董事于|明年, 合伙人蓝驰|创投).
  let edges: NameEdges
  let dictionary: WordDictionary
  init(cues: EntityCues, model: PersonNameModel, dictionary: WordDictionary) {
    self.cues = cues
    self.model = model
    self.dictionary = dictionary
    edges = NameEdges(cues: cues, dictionary: dictionary)
  }
  var rule: EntityRule { .roleName }

  /// The position after the last character of a role (`roleEnds`), or after a space (a byline: 记者 邬凌云):
  /// the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger()
    trigger.follow(onFlags: cues.roleEnds)
    trigger.follow(" ")
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    let surnameStarts = model.surnameStarts
    // Read from locals in the loop: a field of the large `cues` read there may be copied with all
    // of `cues` at each position.
    let roleEnds = cues.roleEnds, roles = cues.roles
    var p = 1
    while starts.advance(&p, below: n - 1) {
      guard surnameStarts.contains(s[p]), !coverage[p], Self.followsRole(s, p, roleEnds: roleEnds, roles: roles),
        let family = model.longestSurname(in: s, at: p)
      else {
        p += 1
        continue
      }
      if cues.notNames.longestMatch(in: s, at: p) != nil || insideRole(s, p) { p += 1; continue }
      // A family name the `surname` cues do not list (the rarer ones, 赖 詹 邸) must stand alone on the path
      // (长官|邸 is 官邸, 主任|商量 a verb) and be no function word (和 向 于).
      if cues.surnames.longestMatch(in: s, at: p) == nil,
        !words.startsWord(p) || words.wordEnd(at: p) != p + family
          || (family == 1 && (cues.organizationStops.contains(s[p]) || cues.nameFollowers.contains(s[p])))
      {
        p += 1
        continue
      }
      let g = p + family
      var end: Int?
      var seenGiven = false
      for length in [2, 1] {
        let q = g + length
        guard q <= n, (g..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }) else { continue }
        // A character that follows names opens a given name only as one of a pair the model has seen (向东),
        // no verb of speech (时|表示); it never ends one (林岚|说).
        let seen = length == 2 && model.givenNameCost(s[g], s[g + 1]) != nil && cues.speechVerbs.longestMatch(in: s, at: g) == nil
        guard !cues.nameFollowers.contains(s[q - 1]), seen || !(g..<q).contains(where: { cues.nameFollowers.contains(s[$0]) }) else { continue }
        if q == n || !ScalarClass.isHan(s[q]) || coverage[q] || cues.nameFollowers.contains(s[q])
          || words.startsClauseWord(at: q, in: s, dictionary: dictionary)
        {
          end = q
          seenGiven = seen
          break
        }
      }
      guard let end, !edges.rejects(s, p, end, family: family, timeWords: !seenGiven) else { p += 1; continue }
      let surface = Array(s[p..<end])
      let name = Romanizer.shared.personName(
        family: String(scalars: s[p..<g]),
        given: String(scalars: s[g..<end]))
      let record = EntityRecord(
        id: EntityID.pattern(.person, surface, romanized: name), kind: .person, name: name, nameZh: String(scalars: surface))
      found.append(FoundEntity(start: p, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      p = end
    }
  }

  /// Whether a role title that starts before `p` goes on past it (部|长官|邸: 官 is the title's, no family name).
  private func insideRole(_ s: [Unicode.Scalar], _ p: Int) -> Bool {
    for k in max(0, p - 3)..<p {
      if let role = cues.roles.longestMatch(in: s, at: k), role.end > p { return true }
    }
    return false
  }

  /// A role title ends right before `p` (one space allowed between).
  private static func followsRole(_ s: [Unicode.Scalar], _ p: Int, roleEnds: [Bool], roles: ScalarTrie<Bool>) -> Bool {
    var e = p
    if s[e - 1] == " ", e >= 2 { e -= 1 }
    let last = s[e - 1].value
    guard last < 0x10000, roleEnds[Int(last)] else { return false }
    return roles.longestMatch(in: s, endingAt: e, maxLength: 8) != nil
  }
}

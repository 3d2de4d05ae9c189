/// A named unit of a public body, a school, a hospital or a bank written right after it is one
/// organisation, the unit named with its parent (rule `entities.body-unit`): 湖东省商务厅|外贸处,
/// 临江市政府|产业发展处, 县农业农村局|茶业股, 金管局|金融科技与创新组, 中国工商银行|临江支行. The
/// unit is two to ten characters of name and a `unit-word` (处 科 股 组 站 中心 学系 委员会 分局 支行),
/// read without trusting the segmentation inside the name (外|经|处 and 疾|控|处 are no words of the
/// path): the name holds no clause word (a preposition, an adverb, a time: 县农业农村局|在…, 省商务厅|
/// 近日…), no title, no numeral but an ordinal (第一附属医院), at most one verb and not first (投资促进处; 召开… is a clause), at most one
/// joiner (与 及 和) after two characters; the unit word ends a word of the path, the text, or stands
/// before a title (外贸处|处长). After a company only a branch is a unit (台湾电力公司|高雄分公司;
/// 公司|财务部 is none), and after a bank a `bank-unit` (招商银行|信用卡中心). A place or a person a pattern read inside the unit's name (临江 of 临江支行)
/// is part of it; a known organisation there keeps the unit apart.
extension NestedBodyMerger {
  /// Longest name before the unit word.
  static let maxUnitName = 10

  /// The end of a named unit of `body` right after it, or nil. `following`: the mentions after `body`.
  func namedUnitEnd(
    _ s: [Unicode.Scalar], after body: FoundEntity, following: ArraySlice<FoundEntity>, coverage: CoverageMap, words: Segmentation
  ) -> Int? {
    let start = body.end
    guard start + 3 <= s.count, ScalarClass.isHan(s[start]), words.startsWord(start) else { return nil }
    let branchOnly = !isPublicBody(s, body)
    // A bank's units that are institutions of their own (信用卡中心) count as its branches do.
    let bank = branchOnly && cues.bankForms.longestMatch(in: s, endingAt: body.end, maxLength: 2) != nil
    var joined = false
    var verbs = 0
    // The start of the second verb of a pair that begins the name (认可 of 认证认可中心).
    var pairStart = -1
    var p = start
    while p < s.count, p - start <= Self.maxUnitName + (joined ? 1 : 0), ScalarClass.isHan(s[p]) {
      if p - start >= 2, let unit = cues.unitWords.longestMatch(in: s, at: p), unitWordFits(s, p, unit.end, unitStart: start, words: words),
        !branchOnly || cues.branchSuffixes.longestMatch(in: s, at: p)?.end == unit.end
          || (bank && cues.bankUnits.longestMatch(in: s, endingAt: unit.end, maxLength: 5).map { $0.start >= start } == true),
        mentionsFit(start, unit.end, following: following, coverage: coverage)
      {
        // A joiner after the unit word goes on to a longer unit (医学院内科|及|药物治疗学系).
        let e = unit.end
        let goesOn = !joined && e + 1 < s.count && cues.unitJoiners.contains(s[e]) && words.startsWord(e) && words.wordEnd(at: e) == e + 1
        if !goesOn { return e }
      }
      if words.startsWord(p) {
        let e = words.wordEnd(at: p)
        if e - p == 1 {
          if cues.organizationStops.contains(s[p]) {
            guard cues.unitJoiners.contains(s[p]), p - start >= 2, !joined else { return nil }
            joined = true
          }
        } else {
          // A title ends the name (植保站|站长 was read before; 副市长 here is no unit).
          if cues.roles.longestMatch(in: s, at: p) != nil { return nil }
          // A verb of an authority or of speech the dictionary files as a noun (责令) starts a clause.
          if (cues.organizationVerbs.longestMatch(in: s, at: p)?.end ?? .max) <= e || (cues.speechVerbs.longestMatch(in: s, at: p)?.end ?? .max) <= e {
            return nil
          }
          guard case .word(let tag) = words.kind(at: p) else { return nil }
          // An ordinal names one of several units of a kind (广西医科大学|第一附属医院, 第二分院); any other numeral is a clause's.
          if clauseTags[Int(tag)], OrganizationSuffixScanner.ordinalStart(s, before: e) != p { return nil }
          if plainVerbTags[Int(tag)] {
            verbs += 1
            // Two verbs side by side right before the unit word name its work (认证|认可|中心); one verb
            // first is a clause (决定|成立工作组).
            guard p > start || pairedVerbs(s, e, words: words), verbs <= 1 || (verbs == 2 && p == pairStart) else { return nil }
            if p == start { pairStart = e }
          }
        }
      }
      p += 1
    }
    return nil
  }

  /// Whether a verb of the path starts at `p` and a unit word starts right after it (认证|认可|中心).
  private func pairedVerbs(_ s: [Unicode.Scalar], _ p: Int, words: Segmentation) -> Bool {
    guard p < s.count, words.startsWord(p), case .word(let tag) = words.kind(at: p), plainVerbTags[Int(tag)] else { return false }
    let e = words.wordEnd(at: p)
    return e - p >= 2 && cues.unitWords.longestMatch(in: s, at: e) != nil
  }

  /// Whether the body may have units: a public body (its name ends with a body suffix: 局 厅 委员会),
  /// a school or a hospital (`department-parent`), a council (`chamber`), a government (政府), or an
  /// association, an exchange or an institute (`unit-parent`: 协会 交易所 研究院).
  func isPublicBody(_ s: [Unicode.Scalar], _ body: FoundEntity) -> Bool {
    let e = body.end
    if e - body.start >= 2, s[e - 2] == "政", s[e - 1] == "府" { return true }
    if let parent = cues.departmentParents.longestMatch(in: s, endingAt: e, maxLength: 4), parent.start >= body.start { return true }
    if let chamber = cues.chambers.longestMatch(in: s, endingAt: e, maxLength: 4), chamber.start >= body.start { return true }
    if let parent = cues.unitParents.longestMatch(in: s, endingAt: e, maxLength: 4), parent.start >= body.start { return true }
    for k in stride(from: e - 1, through: max(body.start, e - 5), by: -1) {
      if let suffix = cues.organizationSuffixes.longestMatch(in: s, at: k, limit: e), suffix.end == e { return suffix.value }
    }
    return false
  }

  /// Whether `unit` is a body a pattern read right after the company `left` that names one of its
  /// departments, no organisation of its own (澜江科技股份有限公司|财务部, 集团|研究中心): a short name
  /// that ends with a unit word or a body suffix, and no branch (高雄分公司 is one). So is one right after
  /// an institution, a place or an organisation whose name ends with a `department-holder` (大英博物馆|亚洲部).
  func isCompanyUnit(_ s: [Unicode.Scalar], _ unit: FoundEntity, after left: FoundEntity?) -> Bool {
    // A company's class word before the department is no name of it either (公司|财务部).
    if unit.record.kind == .organization, unit.source == "pattern", unit.lexiconEntity == nil,
      let word = cues.companyClasses.longestMatch(in: s, at: unit.start),
      word.end < unit.end, unit.end - word.end <= 6, endsWithUnit(s, from: word.end, unit.end)
    {
      return true
    }
    guard let left, unit.record.kind == .organization, unit.source == "pattern", unit.lexiconEntity == nil,
      left.end == unit.start, unit.end - unit.start <= 6, ScalarClass.isHan(s[left.end - 1]),
      (left.record.kind == .organization && isCompany(s, left)) || holdsDepartments(s, left),
      cues.branchSuffixes.longestMatch(in: s, endingAt: unit.end, maxLength: 3) == nil
    else { return false }
    return endsWithUnit(s, from: unit.start, unit.end)
  }

  /// Whether the place's or the organisation's name ends with a `department-holder` after two characters or more (大英|博物馆).
  private func holdsDepartments(_ s: [Unicode.Scalar], _ left: FoundEntity) -> Bool {
    guard left.record.kind == .organization || left.record.kind == .location,
      let holder = cues.departmentHolders.longestMatch(in: s, endingAt: left.end, maxLength: 3)
    else { return false }
    return holder.start >= left.start + 2
  }

  /// Whether `start..<end` ends with a unit word or 部 after a name of two characters or more (财务|部, 研发|中心).
  private func endsWithUnit(_ s: [Unicode.Scalar], from start: Int, _ end: Int) -> Bool {
    if let word = cues.unitWords.longestMatch(in: s, endingAt: end, maxLength: 4), word.start >= start + 2 { return true }
    return s[end - 1] == "部" && end - start >= 3
  }

  /// Whether `f.end..<end` is a department (X部) of the company `f` (新鸿基地产|市场部, 中原地产|研究部): no
  /// organisation, and no part of the company's name.
  func isCompanyDepartment(_ s: [Unicode.Scalar], _ f: FoundEntity, _ end: Int) -> Bool {
    end - f.end >= 2 && s[end - 1] == "部" && isCompany(s, f)
  }

  /// Whether the organisation's name ends with a company's form (公司 集团 银行: an `org-suffix` that is no body
  /// suffix), or with an industry word after a trade name (新鸿基|地产: `company-industry`).
  private func isCompany(_ s: [Unicode.Scalar], _ body: FoundEntity) -> Bool {
    let e = body.end
    if let industry = cues.companyIndustries.longestMatch(in: s, endingAt: e, maxLength: 4), industry.start >= body.start + 2 { return true }
    for k in stride(from: e - 1, through: max(body.start, e - 5), by: -1) {
      if let suffix = cues.organizationSuffixes.longestMatch(in: s, at: k, limit: e), suffix.end == e { return !suffix.value }
    }
    return false
  }

  /// Whether the unit word `j..<end` ends the unit: a one-character word starts a word of the path (外贸|处)
  /// or ends a word whose part before it is a word of two characters or more (植保|站, 工程|系, 监测|站;
  /// no 上市公|司, 关|系);
  /// the unit ends a word, the text, or stands before a title (外贸处|处长); no room (会议室).
  private func unitWordFits(_ s: [Unicode.Scalar], _ j: Int, _ end: Int, unitStart: Int, words: Segmentation) -> Bool {
    guard end == s.count || !ScalarClass.isHan(s[end]) || words.startsWord(end) || cues.roles.longestMatch(in: s, at: end) != nil else {
      return false
    }
    if end - j == 1, !words.startsWord(j) {
      let w = words.wordStart(containing: j)
      // The part of the word before the unit character is a word of the dictionary (监测|站; 上市公|司 is none).
      guard w >= unitStart, j - w >= 2, words.wordEnd(at: w) == end, dictionary.lookup(s[w..<j]) != nil else { return false }
    }
    if let room = cues.notUnits.longestMatch(in: s, endingAt: end, maxLength: 4), room.start >= unitStart { return false }
    return true
  }

  /// Whether every mention inside `start..<end` is a place, a person or an organisation a pattern
  /// read (临江 of 临江支行, 卫生委员会 of 环境及卫生委员会) and lies within it, and no other mention
  /// covers a character of it.
  private func mentionsFit(_ start: Int, _ end: Int, following: ArraySlice<FoundEntity>, coverage: CoverageMap) -> Bool {
    var p = start
    for m in following {
      if m.end <= start { continue }
      if m.start >= end { break }
      guard m.start >= start, m.end <= end, m.record.kind == .location || m.record.kind == .person || m.lexiconEntity == nil,
        m.start == p || coverage.isFree(p, m.start)
      else { return false }
      p = m.end
    }
    return p == end || coverage.isFree(p, end)
  }

  /// Whether the unit is an `office-word` alone before a title (市政府|办公室主任: a role, no unit).
  func isBareOffice(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    cues.officeWords.longestMatch(in: s, at: start)?.end == end && cues.roles.longestMatch(in: s, at: end) != nil
  }
}

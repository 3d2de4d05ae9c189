/// A body whose name begins with a place or with another body is one organisation, not a place
/// and a fragment: 中国|青年志愿者协会, 美国|联邦|航空局, 天津市|中华民族文化促进会 (a place before a
/// body found by a pattern), 国务院|法制办公室, 中共|河北省委 (a body before a body it names),
/// 联合国|禁毒|署, 国务院|办公厅 (a known body before a unit that ends with a body suffix). The
/// parts are dropped and the whole takes a new id (美国国务院 is not China's State Council).
///
/// Reads only the mentions found before, after every pattern: linear in their number, no
/// work at positions without a mention.
final class NestedBodyMerger: Sendable {
  let cues: EntityCues
  let dictionary: WordDictionary
  /// `nameTags[t]`: words tagged `t` may stand between a place and a body (nouns, names, distinguishing words).
  private let nameTags: [Bool]
  /// `bodyTags[t]`: the dictionary tags words tagged `t` as organisations (`nt`).
  private let bodyTags: [Bool]
  /// `properTags[t]`: names (`nr` `ns` `nt` `nz` `j`), which may name a subsidiary after its parent.
  private let properTags: [Bool]
  /// `verbTags[t]`: verbs (`v`, `vn`): jieba files a few bodies so (禁毒署).
  private let verbTags: [Bool]
  /// `phraseTags[t]`: fixed phrases (`l`: 对外贸易), which may name a unit (湖南省商务厅|对外贸易处).
  private let phraseTags: [Bool]
  /// `clauseTags[t]`: words that never stand in a unit's name (prepositions, conjunctions, adverbs,
  /// pronouns, particles, numerals, times, measure words): 省商务厅|在|广州, 县农业农村局|近日.
  let clauseTags: [Bool]
  /// `plainVerbTags[t]`: verbs (`v`), one of which may stand inside a unit's name (投资|促进|处) but never first (召开|…).
  let plainVerbTags: [Bool]
  /// The dictionary's tag of places (`ns`).
  private let placeTag: UInt8?
  /// Longest run of free characters between a place and the body after it (美国|联邦|航空局).
  static let maxGap = 4
  /// Longest unit between a body and the body suffix that ends it (联合国|环境规划|署).
  static let maxUnit = 8

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    let tags: Set<String> = ["n", "nz", "ns", "nt", "j", "b", "vn"]
    nameTags = dictionary.tagMask(tags)
    bodyTags = dictionary.tagMask(["nt"])
    let proper: Set<String> = ["nr", "nrfg", "nrt", "ns", "nt", "nz", "j"]
    properTags = dictionary.tagMask(proper)
    verbTags = dictionary.tagMask(["v", "vn"])
    phraseTags = dictionary.tagMask(["l"])
    let clause: Set<String> = ["p", "c", "d", "r", "t", "m", "q", "y", "e", "o", "mq", "tg", "dg", "rr", "rz", "zg"]
    clauseTags = dictionary.tags.map { clause.contains($0) || $0.hasPrefix("u") }
    plainVerbTags = dictionary.tagMask(["v"])
    placeTag = dictionary.tags.firstIndex(of: "ns").map { UInt8($0) }
  }

  func merge(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    guard !found.isEmpty else { return }
    found.sortByStart()
    // The merged list is written over the mentions already read: `found[0..<merged]` (it never
    // outgrows them, and no second list of every mention stands beside the first).
    var merged = 0
    var changed = false
    // The end of a branch that took in a place found after its body (浦东 of 上海市公安局|浦东|分局):
    // mentions that end by then are part of it.
    var branchUntil = -1
    for k in 0..<found.count {
      var f = found[k]
      if f.end <= branchUntil { continue }
      // The government of a city, county or province: 宁波市|政府 (a country's 政府 stays a place: 美国|政府).
      if f.record.kind == .location, let end = governmentEnd(s, after: f, coverage: coverage, words: words) {
        coverage.take(f.end, end)
        f.end = end
        f.record = EntityRecord(id: "", kind: .organization, name: nil, nameZh: nil)
        f.absorbsPlaces = true
        f.source = "pattern"
        f.rule = .nestedBody
      }
      // A department of a company named right after it is no organisation (澜江科技股份有限公司|财务部).
      if isCompanyUnit(s, f, after: merged > 0 ? found[merged - 1] : nil) {
        changed = true
        continue
      }
      if f.record.kind == .organization {
        var grew = false
        // A body named by its division's word alone right before it (省|发改委, 市|教委, 省|工商联): the
        // province's or the city's body, one organisation with the word.
        if let start = divisionStart(s, before: f, coverage: coverage, words: words) {
          coverage.take(start, f.start)
          f.start = start
          grew = true
        }
        // A unit of a known body right after it: 联合国|禁毒|署, 国务院|办公厅; a longer named unit
        // wins (沙田区议会|交通委员会, not 交通委).
        let next = k + 1 < found.count ? found[k + 1] : nil
        let named = namedUnitEnd(s, after: f, following: found[(k + 1)...], coverage: coverage, words: words)
        var unitRead = false
        if let end = named,
          end > (departmentEnd(s, after: f, next: next, coverage: coverage, words: words) ?? unitEnd(s, after: f, coverage: coverage, words: words) ?? 0)
        {
          coverage.take(f.end, end)
          f.end = end
          branchUntil = max(branchUntil, end)
          grew = true
          unitRead = true
        } else if let end = departmentEnd(s, after: f, next: next, coverage: coverage, words: words) ?? unitEnd(s, after: f, coverage: coverage, words: words)
          ?? subsidiaryEnd(s, after: f, coverage: coverage, words: words)
          ?? next.flatMap({ unitMentionEnd(s, after: f, next: $0, coverage: coverage, words: words) }),
          !isCompanyDepartment(s, f, end)
        {
          // A mention inside the unit (a person read in 麻醉科, the 技术学院 of 计算机科学与技术学院) is part of it.
          coverage.take(f.end, end)
          f.end = end
          branchUntil = max(branchUntil, end)
          grew = true
        } else if k + 1 < found.count, let end = branchEnd(s, after: f, place: found[k + 1], coverage: coverage, words: words) {
          // A branch named by its place after the body: 上海市公安局|浦东|分局, 中国银行|上海|分行.
          coverage.take(found[k + 1].end, end)
          f.end = end
          branchUntil = end
          grew = true
        }
        // A named unit after the department or the unit read so far (香港中文大学医学院|内科及药物治疗学系).
        if grew, let end = namedUnitEnd(s, after: f, following: found[(k + 1)...], coverage: coverage, words: words) {
          coverage.take(f.end, end)
          f.end = end
          branchUntil = max(branchUntil, end)
          unitRead = true
        }
        // A party's central body before a title: 致公党|中央|主席, 民革|中央|常务副主席.
        if let central = cues.partyCentrals.longestMatch(in: s, at: f.end), coverage.isFree(f.end, central.end), words.startsWord(f.end),
          central.end < s.count, let role = cues.roles.longestMatch(in: s, at: central.end), words.startsWord(role.end)
        {
          coverage.take(f.end, central.end)
          f.end = central.end
          grew = true
        }
        // Places and bodies to the left, nearest first.
        while merged > 0 {
          let left = found[merged - 1]
          guard joins(s, left, f, grown: grew, coverage: coverage, words: words) else { break }
          merged -= 1
          coverage.take(left.end, f.start)
          f.start = left.start
          grew = true
        }
        if grew || f.record.id.isEmpty {
          let surface = Array(s[f.start..<f.end])
          f.record = EntityRecord(
            id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
          f.source = "pattern"
          f.lexiconEntity = nil
          f.rule = unitRead ? .bodyUnit : .nestedBody
          changed = true
        }
      }
      // The ordinal of a body's term before it (第二届|全国人民代表大会): the same body, its span longer.
      if let start = termStart(s, before: f, coverage: coverage, words: words) {
        coverage.take(start, f.start)
        f.start = start
        f.rule = .termBody
        changed = true
      }
      found[merged] = f
      merged += 1
    }
    if changed { found.removeSubrange(merged..<found.count) }
  }

  /// A body of the gazetteer (set aside while the patterns ran, so `merge` never saw it) right
  /// before a party committee named by its place: 中共|河北省委, 中共|石家庄市委 are one organisation.
  func joinGazetteerBodies(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    found.joinAdjacent(
      where: { left, right in
        left.record.kind == .organization && left.lexiconEntity != nil && left.end == right.start && right.record.kind == .organization
          && right.rule == .bodyWord && right.absorbsPlaces && ScalarClass.isHan(s[left.end - 1])
      },
      merged: { body, _ in
        let surface = Array(s[body.start..<body.end])
        body.record = EntityRecord(
          id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
        body.rule = .nestedBody
      })
  }

  /// Whether `right` is a known body by the short form that its full name holds after a place
  /// (国会 of 美国国会) and `left` is another place right before it: 日本|国会 is Japan's parliament,
  /// a body of its own, not the U.S. Congress. 中国|国务院 stays the State Council (国务院 is its full name).
  /// So is a national body of China by a short form without 国家 (发改委 of 国家发展改革委) after a place that ends
  /// with a division's word (市 省 县 区 州): 上饶市|发改委 is that city's commission.
  private func otherPlacesBody(_ s: [Unicode.Scalar], _ left: FoundEntity, _ right: FoundEntity) -> Bool {
    guard left.record.kind == .location, left.end == right.start, right.lexiconEntity != nil, let full = right.record.nameZh else { return false }
    let name = Array(full.unicodeScalars)
    let short = s[right.start..<right.end]
    if name.count > 2, name[0] == "国", name[1] == "家", short.first != "国", cues.divisionSuffixes.contains(s[left.end - 1]),
      ScalarClass.isHan(s[right.start])
    {
      return true
    }
    guard name.count > short.count, name[(name.count - short.count)...].elementsEqual(short) else { return false }
    return !name.elementsEqual(s[left.start..<right.end])
  }

  /// The end of 政府 right after a place whose name ends with a division of China (市 县 区 省 州, and
  /// a town's or a township's 镇 乡: 书楼镇|人民政府, 汤湖镇|政府).
  private func governmentEnd(_ s: [Unicode.Scalar], after place: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    let e = place.end
    // 杭州市|人民政府, 宁波市|政府; a division written after a place found without it (滨海|市政府).
    var d = e
    if !"市县区省州镇乡".unicodeScalars.contains(s[e - 1]) {
      guard e + 3 <= s.count, "市县区".unicodeScalars.contains(s[e]) else { return nil }
      d = e + 1
    }
    let k = d + 2 <= s.count && s[d] == "人" && s[d + 1] == "民" ? d + 2 : d
    guard k + 2 <= s.count, s[k] == "政", s[k + 1] == "府", coverage.isFree(e, k + 2), words.startsWord(k + 2) else { return nil }
    return k + 2
  }

  /// Whether `left` (a place or a body) and the free characters after it begin the body `right`.
  private func joins(_ s: [Unicode.Scalar], _ left: FoundEntity, _ right: FoundEntity, grown: Bool, coverage: CoverageMap, words: Segmentation) -> Bool {
    // A known body keeps its own name and id after a place: 中国|国务院 is China's State Council.
    // After a body it is a part of that body (国务院|港澳办, 联合国|安理会, 中共|中央): one name.
    // Both in Han characters: 甲骨文|Oracle is one company named twice, CNBC|The Information two.
    let known = !((right.source == "pattern" && right.lexiconEntity == nil) || grown) && !otherPlacesBody(s, left, right)
    if known,
      !(left.record.kind == .organization && right.record.kind == .organization && left.end == right.start && left.record.id != right.record.id
        && ScalarClass.isHan(s[left.end - 1]) && ScalarClass.isHan(s[right.start]) && ScalarClass.isHan(s[right.end - 1]))
    {
      return false
    }
    // A registered company's name (a legal form: 有限公司 株式会社) took the places it holds and stops at
    // what stands before it (日本|丸井精工株式会社, 大马建筑公司|金柏建设(马来西亚)有限公司): `RegisteredNameStart`.
    if right.record.kind == .organization,
      cues.legalSuffixes.contains(where: { $0.count < right.end - right.start && s[(right.end - $0.count)..<right.end].elementsEqual($0) })
    {
      return false
    }
    switch left.record.kind {
    case .location:
      // A party committee named by a place of its own stays within it: 黑龙江省|阿城市委.
      guard !(right.absorbsPlaces && right.rule == .bodyWord) else { return false }
      // A firm read apart from the foreign country before it stays apart: 韩国|晓星集团.
      guard !right.apartFromCountry else { return false }
      // So does a body whose name begins with a place of its own (a city's name of two or three characters): the
      // country says where that place lies (英国|剑桥大学麦克唐纳考古研究所, 日本|东京大学; 美国|哥伦比亚大学 is one).
      guard !(PlaceSpans.isForeignCountry(left) && beginsWithPlaceWord(s, right)) else { return false }
      // A Chinese place glued to a Latin name is two names (德国|Voltaris AG).
      guard ScalarClass.isHan(s[left.end - 1]) == ScalarClass.isHan(s[right.start]) else { return false }
      return left.end == right.start || gapJoins(s, left.end, right, coverage: coverage, words: words)
    case .organization:
      // 中共|河北省委, 国务院|法制办公室: a body right before a body it names. A known
      // organisation on the right (联合国|安理会) keeps its own record. A legislature is no unit of
      // the body before it (`chamber`: 民建联|立法会 is a party and the council).
      return left.end == right.start && cues.chambers.longestMatch(in: s, at: right.start)?.end != right.end
    default:
      return false
    }
  }

  /// Whether the organisation's name begins with a word of two or three characters the dictionary files as a place
  /// (`ns`: 东京 of 东京大学, 剑桥 of 剑桥大学), with more of the name after it.
  private func beginsWithPlaceWord(_ s: [Unicode.Scalar], _ f: FoundEntity) -> Bool {
    guard f.record.kind == .organization, let ns = placeTag else { return false }
    for length in 2...3 where f.start + length < f.end {
      if dictionary.lookupTag(s[f.start..<(f.start + length)])?.tag == ns { return true }
    }
    return false
  }

  /// Whether `start..<end` is a short run of free name words (美国|联邦|航空局), no function word.
  private func gapJoins(_ s: [Unicode.Scalar], _ start: Int, _ right: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Bool {
    let end = right.start
    // A public body's name may hold generic words (美国|联邦|航空局, 俄|政府|新闻局); a company's may not.
    let body = endsWithBodySuffix(s, right.start, right.end)
    guard end > start, end - start <= Self.maxGap, coverage.isFree(start, end), words.startsWord(end) else { return false }
    var p = start
    while p < end {
      guard ScalarClass.isHan(s[p]), !cues.organizationStops.contains(s[p]) else { return false }
      p += 1
    }
    // Whole words of the path, each a name word and none generic (北京|台资企业|九鼎轩…有限公司 is
    // a place and a company); a word may begin inside the place (美国联邦).
    p = end
    while p > start {
      let w = words.wordStart(containing: p - 1)
      guard case .word(let tag) = words.kind(at: w), nameTags[Int(tag)] else { return false }
      let from = max(w, start)
      if !body, cues.genericWords.longestMatch(in: s, at: from, limit: p) != nil { return false }
      p = w
    }
    return true
  }

  /// The start of a division's word that stands alone right before the body `f` (省|发改委, 市|教委): one of
  /// 省 市 州 县 区 (a town's or a village's word names its party cell or committee, no body in particular:
  /// 镇|党委), free, a word of the path by itself, before a body of two characters or more that ends with a
  /// body suffix or is a body word (工商联 足协), no `placed-body-word` (党委 村委会).
  private func divisionStart(_ s: [Unicode.Scalar], before f: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    let d = f.start - 1
    guard d >= 0, f.end - f.start >= 2, !coverage[d], "省市州县区".unicodeScalars.contains(s[d]), words.startsWord(d), words.wordEnd(at: d) == f.start,
      endsWithBodySuffix(s, f.start, f.end) || f.rule == .bodyWord
    else { return nil }
    if let word = cues.bodyWords.longestMatch(in: s, at: f.start, limit: f.end), word.end == f.end, !word.value { return nil }
    return d
  }

  /// Whether a body suffix (`body-suffix` cues: 局 委员会 厅) ends `s[start..<end]`.
  private func endsWithBodySuffix(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    for k in stride(from: end - 1, through: max(start, end - 5), by: -1) {
      if let suffix = cues.organizationSuffixes.longestMatch(in: s, at: k, limit: end), suffix.end == end, suffix.value { return true }
    }
    return false
  }

  /// The end of a unit of `body` right after it that ends with a body suffix (联合国|禁毒|署,
  /// 国务院|办公厅, 联合国|开发计划署): free name words, then the suffix at the end of a word.
  private func unitEnd(_ s: [Unicode.Scalar], after body: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    let start = body.end
    // The dictionary may hold the body and its unit as one word (国务院办公厅).
    guard start < s.count, words.startsWord(start) || words.wordStart(containing: start) >= body.start else { return nil }
    var j = start
    var best: Int?
    var joined = false
    // A joiner lets the unit run two characters longer (化学及生物工程学系).
    while j < s.count, j - start < Self.maxUnit + (joined ? 2 : 0), !coverage[j], ScalarClass.isHan(s[j]) {
      // A character that stops a name stops the unit where it stands as a word of its own (湖南省商务厅|对外贸易处
      // goes on), unless it joins two parts of the unit's name (化學|及|生物工程學系).
      let oneCharacterWord = words.startsWord(j) && words.wordEnd(at: j) == j + 1
      let joiner = oneCharacterWord && joinsUnit(s, j, unitStart: start, coverage: coverage)
      if cues.organizationStops.contains(s[j]), oneCharacterWord, !joiner { break }
      joined = joined || joiner
      // A unit of a body (科学技术部|农村科技|司, 训练团|政治处, 省委|宣传部, 人大常委会法工委|研究室): its
      // suffix starts a word of the path or ends a word whose first part is a word of its own.
      if j > start, let unit = cues.unitSuffixes.longestMatch(in: s, at: j)?.end ?? bodySuffix(s, at: j), coverage.isFree(j, unit),
        words.startsWord(unit), words.startsWord(j) || isUnitWord(s, words, j, unit, unitStart: start) || holdsBodyAndUnit(words, body, unit)
      {
        // A title that ends with the suffix is no unit (台灣民眾黨|立委, 市委|常委).
        if endsTitle(s, from: start, j, unit) { return nil }
        best = unit
        break
      }
      if j > start, s[j].value < 0x10000, cues.suffixStarts[Int(s[j].value)],
        let suffix = cues.organizationSuffixes.longestMatch(in: s, at: j), suffix.value, coverage.isFree(j, suffix.end),
        words.startsWord(suffix.end), words.startsWord(j) || wordEndsWithSuffix(s, words, j, suffix.end, unitStart: start)
      {
        if endsTitle(s, from: start, j, suffix.end) { return nil }
        best = suffix.end
        break
      }
      let w = words.wordStart(containing: j)
      // A word that ends with the suffix may carry any tag (禁毒署 is filed as a verb).
      let endsUnit = wordEndsWithSuffix(s, words, words.wordEnd(at: w) - 1, words.wordEnd(at: w), unitStart: start)
      guard
        w < start || endsUnit || joiner || endsWithUnit(s, words, w)
          || { if case .word(let tag) = words.kind(at: w) { return nameTags[Int(tag)] || phraseTags[Int(tag)] } else { return false } }()
      else { return nil }
      j += 1
    }
    // An office word alone before a title is a title (市政府|办公室主任); a room is no unit (省商务厅|会议室).
    guard let end = best, !cues.notDictionaryNames.contains(Array(s[start..<end])), !isBareOffice(s, start, end),
      (cues.notUnits.longestMatch(in: s, endingAt: end, maxLength: 4).map { $0.start < start } ?? true)
    else { return nil }
    return end
  }

  /// Whether one word of the path holds the body and its unit, ending where the unit ends: the
  /// dictionary knows 清华大学经济管理学院 as one word.
  private func holdsBodyAndUnit(_ words: Segmentation, _ body: FoundEntity, _ unitEnd: Int) -> Bool {
    let w = words.wordStart(containing: body.end)
    return w <= body.start && words.wordEnd(at: w) == unitEnd
  }

  /// Whether the one-character word at `j` joins two parts of a unit's name (`unit-joiner`: 与 及 和): two
  /// characters of the unit before it and a free Han character after it.
  private func joinsUnit(_ s: [Unicode.Scalar], _ j: Int, unitStart: Int, coverage: CoverageMap) -> Bool {
    cues.unitJoiners.contains(s[j]) && j - unitStart >= 2 && j + 1 < s.count && ScalarClass.isHan(s[j + 1]) && !coverage[j + 1]
  }

  /// The end of a department of a hospital or a school right after it (`department` cues after a body
  /// that ends with a `department-parent`: 北京同仁医院|眼科, 沈丘县人民医院|消化内科, 北京大学|医学部). The
  /// department ends a word of the path or a title follows it (消化内科|主任); a person a pattern read in it
  /// (麻醉科) is part of it.
  private func departmentEnd(_ s: [Unicode.Scalar], after body: FoundEntity, next: FoundEntity?, coverage: CoverageMap, words: Segmentation) -> Int? {
    let start = body.end
    guard start < s.count, cues.departmentParents.longestMatch(in: s, endingAt: start, maxLength: 3) != nil,
      let department = cues.departments.longestMatch(in: s, at: start),
      words.startsWord(department.end) || cues.roles.longestMatch(in: s, at: department.end) != nil
    else { return nil }
    if coverage.isFree(start, department.end) { return department.end }
    guard let next, next.record.kind == .person, next.lexiconEntity == nil, next.start >= start, next.end <= department.end,
      next.start == start || coverage.isFree(start, next.start), next.end == department.end || coverage.isFree(next.end, department.end)
    else { return nil }
    return department.end
  }

  /// The end of a unit that a pattern found a few words after a body, its name joined by a `unit-joiner`
  /// (浙江大学|计算机科学与|技术学院, 武汉理工大学|材料科学与|工程学院): the words between are free name words and a
  /// joiner after two characters or more, and the unit ends with a `unit-suffix`.
  private func unitMentionEnd(_ s: [Unicode.Scalar], after body: FoundEntity, next: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    let start = body.end
    guard next.record.kind == .organization, next.lexiconEntity == nil, next.source == "pattern", next.start > start + 2,
      next.end - start <= Self.maxUnit + 4, cues.unitSuffixes.longestMatch(in: s, endingAt: next.end, maxLength: 5) != nil,
      coverage.isFree(start, next.start), words.startsWord(start), words.startsWord(next.start)
    else { return nil }
    var p = start
    var joined = false
    while p < next.start {
      let e = words.wordEnd(at: p)
      guard e <= next.start, s[p..<e].allSatisfy(ScalarClass.isHan) else { return nil }
      if e - p == 1, cues.unitJoiners.contains(s[p]) {
        guard p - start >= 2, !joined else { return nil }
        joined = true
      } else {
        guard case .word(let tag) = words.kind(at: p), nameTags[Int(tag)], !(e - p == 1 && cues.organizationStops.contains(s[p])) else { return nil }
      }
      p = e
    }
    return joined ? next.end : nil
  }

  /// The end of a branch of `body` named by the place found right after it (`branch-suffix` cues: 分局
  /// 分院 分行 支行 分公司 派出所): 上海市公安局|浦东|分局, 招商银行|深圳|分行; the suffix ends a word.
  private func branchEnd(_ s: [Unicode.Scalar], after body: FoundEntity, place: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    guard place.record.kind == .location, place.start == body.end, place.end < s.count,
      let suffix = cues.branchSuffixes.longestMatch(in: s, at: place.end), coverage.isFree(place.end, suffix.end), words.startsWord(suffix.end)
    else { return nil }
    return suffix.end
  }

  /// Whether a title (`role` cue) that starts inside the unit, one or two characters before the
  /// suffix at `j`, ends where the suffix ends: 立|委 after 台灣民眾黨 is a legislator, no unit.
  private func endsTitle(_ s: [Unicode.Scalar], from unitStart: Int, _ j: Int, _ end: Int) -> Bool {
    for p in max(unitStart, j - 2)..<j where cues.roles.longestMatch(in: s, at: p, limit: end)?.end == end { return true }
    return false
  }

  /// The end of a body suffix (部 局 委员会) at `j`, or nil.
  private func bodySuffix(_ s: [Unicode.Scalar], at j: Int) -> Int? {
    guard s[j].value < 0x10000, cues.suffixStarts[Int(s[j].value)], let suffix = cues.organizationSuffixes.longestMatch(in: s, at: j), suffix.value
    else { return nil }
    return suffix.end
  }

  /// Whether the word of the path that holds the suffix `j..<end` ends with it, begins inside the
  /// unit, and is a word of two characters or more and the suffix (宣传|部, 研究|室, 政治|处, 话剧|团):
  /// a common noun whose first part is no word (干部, 常委) is no unit.
  private func isUnitWord(_ s: [Unicode.Scalar], _ words: Segmentation, _ j: Int, _ end: Int, unitStart: Int) -> Bool {
    let w = words.wordStart(containing: j)
    guard w >= unitStart, w < j, j - w >= 2, words.wordEnd(at: w) == end else { return false }
    return dictionary.lookup(s[w..<j]) != nil
  }

  /// Whether the word of the path at `w` is a unit word (宣传部, which the dictionary tags as a name).
  private func endsWithUnit(_ s: [Unicode.Scalar], _ words: Segmentation, _ w: Int) -> Bool {
    let e = words.wordEnd(at: w)
    guard e - w >= 3 else { return false }
    for k in (w + 2)..<e {
      if let end = cues.unitSuffixes.longestMatch(in: s, at: k)?.end ?? bodySuffix(s, at: k), end == e, isUnitWord(s, words, k, e, unitStart: w) {
        return true
      }
    }
    return false
  }

  /// The end of a subsidiary named after a known company (中信|建投|证券): a trade piece of one or two
  /// characters that is no word of the dictionary (or a name it knows), then an organisation suffix
  /// that ends a word (证券 银行 基金 资本). A common word between is no trade piece (腾讯|旗下|银行).
  private func subsidiaryEnd(_ s: [Unicode.Scalar], after company: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    let start = company.end
    guard company.lexiconEntity != nil, company.rule == .lexicon, start + 3 <= s.count, words.startsWord(start) else { return nil }
    for gap in 1...2 {
      let j = start + gap
      guard j < s.count, ScalarClass.isHan(s[j - 1]), !coverage[j - 1], !cues.organizationStops.contains(s[j - 1]) else { return nil }
      guard words.startsWord(j), s[j].value < 0x10000, cues.suffixStarts[Int(s[j].value)],
        let suffix = cues.organizationSuffixes.longestMatch(in: s, at: j), !suffix.value, coverage.isFree(j, suffix.end), words.startsWord(suffix.end)
      else { continue }
      // The piece is characters the dictionary holds as no longer word, or a name it knows.
      var p = start
      while p < j {
        let e = words.wordEnd(at: p)
        if e - p >= 2, case .word(let tag) = words.kind(at: p), !properTags[Int(tag)] { return nil }
        p = e
      }
      return suffix.end
    }
    return nil
  }

  /// Whether the word of the path that holds `j` ends at `end` with a body suffix and is a body
  /// of the dictionary (开发计划署, 国务院办公厅, which began inside the body) or a word of three
  /// characters or more that it files as a verb (禁毒署); a common noun is no unit (老干部, 省委常委).
  private func wordEndsWithSuffix(_ s: [Unicode.Scalar], _ words: Segmentation, _ j: Int, _ end: Int, unitStart: Int) -> Bool {
    let w = words.wordStart(containing: j)
    guard words.wordEnd(at: w) == end, case .word(let tag) = words.kind(at: w) else { return false }
    guard bodyTags[Int(tag)] || (verbTags[Int(tag)] && end - w >= 3 && w >= unitStart) else { return false }
    return endsWithBodySuffix(s, w, end)
  }
}

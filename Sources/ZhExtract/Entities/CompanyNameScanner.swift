/// Companies and works that no lexicon lists, by a trade name and a company form (`company-form`
/// cues: 公司 总公司 厂 总厂 集团公司 商事): 劳拉|公司, 罗威|汽车|公司, 郑州|蝶阀|厂, 贵州|裕华|实业|公司.
///
/// 公司 and 厂 end common nouns far more often than names (保险公司, 水泥厂, 重资产公司, 美国半导体制造厂), so
/// the words before the form must hold a trade name, read strictly:
/// - a word the dictionary files as a name (`nr` `ns` `nt` `j`: 休斯, 人保), not `nz` (普通 is one);
/// - characters the dictionary does not know;
/// - a run of two or more transliteration characters (劳拉, 罗威): a foreign trade name;
/// - or a town or province found before (not a country) and a word after it that is no generic word
///   (郑州|蝶阀|厂, 大连|化工|集团公司): state works are named after their town.
/// A foreign country alone before a trade name is a place of its own, no part of the name (美国|休斯公司).
///
/// The name is whole words of the segmentation path, stopped by a function word, a verb, a mention
/// that is no place, or a non-Han character (据|X公司, 收购|X公司); it never begins with a generic
/// word (该|公司, 科技|公司, 美国|科技|公司).
struct CompanyNameScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .companyName }
  /// The longest name before the form, leading places not counted.
  static let maxName = 8
  /// `nameTags[t]`: words tagged `t` can be part of a trade name (nouns, names, distinguishing words).
  private let nameTags: [Bool]
  /// `tradeTags[t]`: words tagged `t` are names (people, places, organisations, abbreviations).
  private let tradeTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    let names: Set<String> = ["n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "b", "an", "vn", "x"]
    nameTags = dictionary.tagMask(names)
    let trade: Set<String> = ["nr", "nrfg", "nrt", "ns", "nt", "j"]
    tradeTags = dictionary.tagMask(trade)
  }

  /// The first characters of a company's form and of a class before an appositive name: the only
  /// places where either loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.companyForms.startScalars, cues.companyClasses.startScalars])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    scanForms(s, from: starts, words: words, coverage: coverage, places: places, into: &found)
    scanAppositives(s, from: starts, words: words, coverage: coverage, into: &found)
  }

  private func scanForms(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    // Read from a local in the loop (a field of the large `cues` may be copied with all of it).
    let companyForms = cues.companyForms
    var i = 1
    while starts.advance(&i, below: s.count) {
      // The form ends a word, or a role follows it in one word of the dictionary (劳拉|公司总裁).
      guard !coverage[i], let form = companyForms.longestMatch(in: s, at: i), coverage.isFree(i, form.end),
        words.startsWord(form.end) || cues.roles.longestMatch(in: s, at: form.end) != nil,
        // A legal suffix (有限公司) is the suffix rule's: 九鼎轩置业企划|有限公司.
        cues.organizationSuffixes.longestMatch(in: s, endingAt: form.end, maxLength: 7).map({ $0.start >= i }) ?? true,
        // A descriptor that ends with the form names a class (主板|上市公司, 全资|子公司: `registered-lead`).
        cues.registeredLeads.longestMatch(in: s, endingAt: form.end, maxLength: 5).map({ $0.start >= i }) ?? true,
        let start = nameStart(s, i, formEnd: form.end, words: words, coverage: coverage, places: places)
      else {
        i += 1
        continue
      }
      let surface = Array(s[start..<form.end])
      if !cues.notDictionaryNames.contains(surface) {
        let record = EntityRecord(
          id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
        var f = FoundEntity(start: start, end: form.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
        f.absorbsPlaces = !coverage.isFree(start, i)
        f.apartFromCountry = places.startByEnd[start].map { places.foreignCountryStarts.contains($0) } ?? false
        found.append(f)
      }
      i = form.end
    }
  }

  /// Where the name before the form at `form` starts, or nil when the words before it hold no trade name.
  private func nameStart(_ s: [Unicode.Scalar], _ form: Int, formEnd: Int, words: Segmentation, coverage: CoverageMap, places: PlaceSpans) -> Int? {
    // The form starts a word, or ends a word of the dictionary of three characters or more that the
    // name then begins with (北京|水泥厂; 工厂 is a common word: 陕西|工厂).
    var formWord = words.wordStart(containing: form)
    guard formWord == form || (words.wordEnd(at: formWord) == formEnd && formEnd - formWord >= 3) else { return nil }
    // A place and the form in one word of the dictionary (美国公司) are a place before the form.
    if formWord < form, !coverage.isFree(formWord, form) {
      guard places.endByStart[formWord] == form else { return nil }
      formWord = form
    }
    var p = formWord
    var hasTrade = false
    // Free name words to the left, then the places that begin the name.
    while p > 0, form - p < Self.maxName, places.startByEnd[p] == nil {
      let w = words.wordStart(containing: p - 1)
      guard form - w <= Self.maxName, (w..<p).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }) else { break }
      guard !(p - w == 1 && cues.organizationStops.contains(s[w])) else { break }
      // A word of one character is a verb or a function word (投|巨资) unless it is a name or transliterates one.
      // A guess of the name model is a person, not a trade name, unless it transliterates one (投巨资 is none).
      let kind = words.kind(at: w)
      let translit = (w..<p).allSatisfy { cues.transliteration.contains(s[$0].value) }
      guard isNameCandidate(kind) ? translit : p - w >= 2 ? namePart(kind) : (isTrade(kind) || translit) else { break }
      // A generic word left of a trade name ends the name (惠及|所有|X公司).
      let generic = cues.genericWords.longestMatch(in: s, at: w, limit: p)?.end == p
      if generic, hasTrade { break }
      hasTrade = hasTrade || !generic
      p = w
    }
    // A transliterated name with a middle dot (葛兰素·威康|公司).
    if p >= 2, p < form, ScalarClass.isNameDot(in: s, at: p - 1), ScalarClass.isHan(s[p - 2]), !coverage[p - 2] {
      var d = p - 2
      while d > 0, p - d < 6, !coverage[d - 1], ScalarClass.isHan(s[d - 1]), !cues.organizationStops.contains(s[d - 1]) { d -= 1 }
      return coverage.isFree(d, p) ? d : nil
    }
    let trade = p
    var town = false
    while let placeStart = places.startByEnd[p] {
      town = town || !places.countryStarts.contains(placeStart)
      p = placeStart
    }
    // Something between the places and the form, and no class word first (该|公司, 美国|科技|公司).
    guard trade < form, cues.genericWords.longestMatch(in: s, at: trade, limit: form) == nil else { return nil }
    if town { return p }
    // A foreign country alone before the trade name says where the firm is from, no part of its name: 美国|休斯公司
    // names 休斯公司 and the country (as `OrganizationSuffixScanner` reads 韩国|晓星集团).
    let from = p < trade && places.foreignCountryStarts.contains(p) && places.endByStart[p] == trade ? trade : p
    // A trade name among the words: a name the dictionary knows, unknown characters, or a run of
    // transliteration characters at its start (劳拉|公司, 罗威|汽车|公司).
    var q = trade
    var translitRun = 0
    var leading = true
    while q < form {
      let end = min(words.wordEnd(at: q), form)
      let kind = words.kind(at: q)
      if case .word(let tag) = kind, tradeTags[Int(tag)] { return from }
      if case .unknown = kind { return from }
      if leading, s[q..<end].allSatisfy({ cues.transliteration.contains($0.value) }), end - q == 1 || isNameCandidate(kind) {
        translitRun += end - q
        if translitRun >= 2 { return from }
      } else {
        leading = false
      }
      q = end
    }
    return nil
  }

  private func namePart(_ kind: Segmentation.Kind) -> Bool {
    switch kind {
    case .word(let tag): nameTags[Int(tag)]
    case .unknown, .candidate: true
    case .other: false
    }
  }

  private func isTrade(_ kind: Segmentation.Kind) -> Bool {
    switch kind {
    case .word(let tag): tradeTags[Int(tag)]
    case .unknown, .candidate: true
    case .other: false
    }
  }

  private func isNameCandidate(_ kind: Segmentation.Kind) -> Bool {
    if case .candidate = kind { return true }
    return false
  }

  // MARK: A name after the class of its company

  /// A company named right after its class (`company-class` cues: 公司 平台 企业 after a word that makes
  /// them a class): 生物科技公司|翠峰生物（Verdant Peak Biotech）, 出行平台|云帆出行（Yunfan Mobility）,
  /// 新创公司|曜石半导体. The name is 2 to 6 free Han characters before an English name in parentheses,
  /// or a trade name of two characters that is no word of the dictionary and an industry word (`org-generic`:
  /// 曜石|半导体, 翠峰|生物). The class itself must be a class: a generic word ends right before it (科技|公司, 新创|公司).
  private func scanAppositives(_ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, into found: inout [FoundEntity]) {
    let companyClasses = cues.companyClasses
    var i = 1
    while starts.advance(&i, below: s.count - 2) {
      guard let cls = companyClasses.longestMatch(in: s, at: i), words.startsWord(i), words.startsWord(cls.end),
        isClass(s, before: i, words: words, coverage: coverage), cls.end < s.count, coverage.isFree(cls.end, cls.end + 1)
      else {
        i += 1
        continue
      }
      let start = cls.end
      if let end = appositiveEnd(s, start, words: words, coverage: coverage) {
        let surface = Array(s[start..<end])
        let record = EntityRecord(
          id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
        found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: .companyAppositive))
        i = end
      } else {
        i = start
      }
    }
  }

  /// Whether the words before a class word at `i` make it a class: a generic word (生物科技|公司) or
  /// a free noun of two characters or more (出行|平台).
  private func isClass(_ s: [Unicode.Scalar], before i: Int, words: Segmentation, coverage: CoverageMap) -> Bool {
    if cues.genericWords.longestMatch(in: s, endingAt: i, maxLength: 4) != nil { return true }
    let w = words.wordStart(containing: i - 1)
    guard i - w >= 2, coverage.isFree(w, i), case .word(let tag) = words.kind(at: w) else { return false }
    return nameTags[Int(tag)]
  }

  /// The end of the name that starts at `start`, right after a class of companies.
  private func appositiveEnd(_ s: [Unicode.Scalar], _ start: Int, words: Segmentation, coverage: CoverageMap) -> Int? {
    var k = start
    while k < s.count, k - start <= 6, ScalarClass.isHan(s[k]), !coverage[k], !cues.organizationStops.contains(s[k]) { k += 1 }
    // An English name in parentheses right after it is its name in English: 翠峰生物|(Verdant Peak Biotech).
    if k - start >= 2, k - start <= 6, k + 2 < s.count, s[k] == "(", ScalarClass.isUpper(s[k + 1]), words.startsWord(k) {
      var close = k + 1
      while close < s.count, close - k <= EntityLinker.maxAlias, s[close] != ")", s[close] != "(" { close += 1 }
      if close < s.count, s[close] == ")" { return k }
    }
    // A trade name of two characters that the dictionary does not hold as a word, and an industry word.
    let first = words.kind(at: start)
    guard k - start >= 4, words.wordEnd(at: start) == start + 1 || first == .unknown || isNameCandidate(first), words.startsWord(start + 2),
      let industry = cues.genericWords.longestMatch(in: s, at: start + 2, limit: k), words.startsWord(industry.end)
    else { return nil }
    return industry.end
  }
}

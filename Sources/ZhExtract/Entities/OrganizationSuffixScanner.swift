import Foundation

/// Chinese organisation names that no lexicon knows, by their last word (公司 集团 银行 资本
/// 基金 证券 研究所 大学 有限公司 股份有限公司 控股 …) and a sensible left boundary: the name is
/// the run of CJK characters before the suffix, stopped by a function word (`org-stop` cues: 的 和
/// 与 在 是 …),
/// 2 to 8 characters long, and with no generic word in it (科技公司, 初创公司, 投资银行 and
/// 风投公司 are common nouns, not names).
final class OrganizationSuffixScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .organizationSuffix }
  static let maxName = 8
  /// The longest name before a body's or an institution's suffix of two characters or more (联盟 实验室 研究所): a stem of several
  /// words (成渝|氢能|产学研|创新|联盟, 输变电|装备|技术|全国重点实验室), whole words of the path that may be part of a name.
  static let maxLongName = 11
  /// The characters a foreign name run together at a name's start may add to `maxName` (弗劳恩霍夫太阳能系统研究所).
  static let foreignExtra = 4
  /// A suffix this long (律师事务所, 股份有限公司) takes a trade name of one-character words before it.
  static let longForm = 5
  /// Dictionary tags of words that can be part of a name: nouns, names, places,
  /// abbreviations, distinguishing words (国际, 中央), idioms and fixed phrases.
  private let nameTags: Set<UInt8>
  /// Tags of words that make a name proper: people, places, organisations, other names, abbreviations.
  private let properTags: Set<UInt8>
  /// `boundaryTags[t]`: a word of two characters or more tagged `t` (a verb, a preposition, a
  /// conjunction, an adverb, a pronoun, a particle, a numeral or measure word) ends right before a
  /// registered name: 宣布成立|X股份有限公司.
  private let boundaryTags: [Bool]
  /// `personTags[t]`: a one-character word tagged `t` may begin a name the path reads as a person's (凯 `nr`).
  private let personTags: [Bool]
  /// `functionTags[t]`: particles, prepositions, conjunctions and pronouns (了 的 在 和 他).
  private let functionTags: [Bool]
  /// Tags of people's and places' names (`nr` `nrfg` `nrt` `ns`): no noun of a body's name between its place and a conjunction.
  private let personOrPlaceTags: [Bool]
  /// The tag of other proper names (`nz`), which `personTags` counts too.
  private let nzTag: UInt8?
  /// The longest trade name of a registered company, read from a hard boundary (`registeredStart`).
  static let maxTrade = 4

  private let dictionary: WordDictionary
  /// The left boundary of a registered company's name before its legal form.
  private let registered: RegisteredNameStart
  /// A word seen this often in the dictionary's corpus is a common word, never a trade name.
  static let commonWordCount = 100.0
  /// The cost of a word seen `commonWordCount` times: a cheaper word is common.
  private let commonWordCost: WordDictionary.Cost

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    registered = RegisteredNameStart(cues: cues, dictionary: dictionary)
    commonWordCost = WordDictionary.cost(ofCount: Self.commonWordCount)
    let tags: Set<String> = ["n", "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "j", "b", "s", "l", "an", "vn", "x"]
    nameTags = Set(dictionary.tags.indices.filter { tags.contains(dictionary.tags[$0]) }.map { UInt8($0) })
    let proper: Set<String> = ["nr", "nrfg", "nrt", "ns", "nt", "nz", "j"]
    properTags = Set(dictionary.tags.indices.filter { proper.contains(dictionary.tags[$0]) }.map { UInt8($0) })
    personOrPlaceTags = dictionary.tagMask(["nr", "nrfg", "nrt", "ns"])
    boundaryTags = dictionary.tagMask(RegisteredNameStart.boundaryWordTags)
    functionTags = dictionary.tagMask(RegisteredNameStart.functionWordTags)
    personTags = dictionary.tagMask(["nr", "nrfg", "nrt", "nz"])
    nzTag = dictionary.tags.firstIndex(of: "nz").map { UInt8($0) }
  }

  private func namePart(_ kind: Segmentation.Kind) -> Bool {
    switch kind {
    case .word(let tag): nameTags.contains(tag)
    case .unknown, .candidate: true
    case .other: false
    }
  }

  /// An organisation suffix's first character (`suffixStarts`): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger()
    trigger.start(onFlags: cues.suffixStarts)
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    var i = 1
    // The end of a suffix that named nothing: a shorter suffix inside it (会计师|事务所 in
    // 一家会计师事务所) names no body either.
    var bareEnd = -1
    // A local: a field of the large `cues` read in the loop is copied with all of `cues` at each position.
    let suffixStarts = cues.suffixStarts
    let transliteration = cues.transliteration, abbreviationVerbs = cues.abbreviationVerbs
    while starts.advance(&i, below: n) {
      guard s[i].value < 0x10000, suffixStarts[Int(s[i].value)], !coverage[i],
        var suffix = cues.organizationSuffixes.longestMatch(in: s, at: i), coverage.isFree(i, suffix.end), suffix.end != bareEnd
      else { i += 1; continue }
      // A company's longest suffix that starts a longer word of the path is that word's head, no
      // name's end: 银行卡 (出售|银行卡, 上述|银行卡), 银行业, 证券化 (证券报 of 证券报道 is a word itself).
      if !suffix.value, words.startsWord(i), words.wordEnd(at: i) > suffix.end { i += 1; continue }
      // A longer suffix that ends inside a word of the path, or whose last character starts a verb
      // of reporting (证券|报道), gives way to a shorter one that ends a word: 青禾证券|报道 holds the
      // suffix 证券, not 证券报.
      let reporting = (cues.mediaVerbs.longestMatch(in: s, at: suffix.end - 1)?.end ?? 0) > suffix.end
      if !words.startsWord(suffix.end) || reporting, let shorter = cues.organizationSuffixes.longestMatch(in: s, at: i, limit: suffix.end - 1),
        words.startsWord(shorter.end) || reporting
      {
        suffix = shorter
      }
      // A title that ends where the suffix ends holds it (台灣民眾黨|立委, 市委|常委): the suffix names no body.
      if endsTitle(s, i, suffix.end) { i += 1; continue }
      // A title that starts with a suffix of two characters or more holds it (市政府|办公室主任|李强): no body.
      if suffix.end - i >= 2, let title = cues.roles.longestMatch(in: s, at: i), title.end > suffix.end { i += 1; continue }
      let isBody = suffix.value
      // A company's suffix right before a legal form is a word of the registered name (城港运输|控股|有限公司,
      // 华信|证券|股份有限公司): the legal form reads the name.
      if !isBody, !isLegalForm(s, i, suffix.end),
        cues.legalSuffixes.contains(where: { suffix.end + $0.count <= n && s[suffix.end..<(suffix.end + $0.count)].elementsEqual($0) })
      {
        i += 1
        continue
      }
      // A body suffix of one character (部, 局, 队) must be a word of its own or end a word.
      // A body suffix must be a word of its own or end a word (供应商|会 holds no 商会).
      // A word that is a place and the suffix (古巴队) or a guess of the name model (敖东|队) splits there.
      // A common noun of three characters or more that ends with the suffix (制片厂, 铁路局) names a
      // body only after a place (西安电影制片厂, 德国联邦铁路局): 格局 and 当局 are too short.
      // A word of the path listed as no name that ends with the suffix (中南部, a part of a region: 华北|中南部)
      // names no body, after a place either.
      if isBody, !words.startsWord(i), words.wordEnd(at: words.wordStart(containing: i)) == suffix.end,
        cues.notDictionaryNames.contains(Array(s[words.wordStart(containing: i)..<suffix.end]))
      {
        i += 1
        continue
      }
      var needsPlace = false
      if isBody,
        !((words.startsWord(suffix.end) || titleFollows(s, words, suffix.end))
          && (words.startsWord(i) || isDictionaryName(words, i) || splitsBefore(words, places, i)))
      {
        let word = words.wordStart(containing: i)
        guard words.startsWord(suffix.end), words.wordEnd(at: word) == suffix.end, suffix.end - word >= 3, coverage.isFree(word, i) else {
          i += 1
          continue
        }
        needsPlace = true
      }
      // The name is whole words of the path: a suffix inside a word (东亚银行) takes the word;
      // then words to the left while they can be part of a name (nouns, places, unknown
      // characters), never a verb or function word (据|青禾证券, 担任|青禾证券, 出借|证券).
      var start = words.wordStart(containing: i)
      var proper = start < i
      var absorbed = !coverage.isFree(start, i)
      var hasTrade = false
      var cutInForeignName = false
      var ordinalAt = -1
      // A public body's or an institution's suffix (联盟 实验室 研究所: a body or a `unit-word`) of two characters or more
      // takes a long stem; a company's form (集团 银行) does not (社会主义现代化|报业集团 is a class).
      let maxName =
        suffix.end - i >= 2 && (isBody || cues.unitWords.longestMatch(in: s, at: i)?.end == suffix.end) ? Self.maxLongName : Self.maxName
      if absorbed, !places.coverOnlyPlaces(start, i, coverage) { i += 1; continue }
      // A word of the dictionary that is a place and the suffix (古巴队) is the whole name.
      let placeWord = start < i && places.startByEnd[i] == start
      while start > 0, !placeWord {
        // A verb acting on the body is no part of its name (公开宣判|周口金穗食品有限公司).
        if endsVerb(s, coverage, start) { break }
        if let placeStart = places.startByEnd[start], i - placeStart <= Self.maxName + 4 {
          start = placeStart
          proper = true
          absorbed = true
          continue
        }
        // An ordinal (第一, 第十四届) is part of a body's name after a place or a mention before it (九江市|第一|人民医院,
        // 广西医科大学|第一|附属医院); a name that begins with it names none (第一|人民医院 alone).
        // After a country it ranks (日本|第二|信托银行 is Japan's second trust bank).
        if start < i || isBody, let o = Self.ordinalStart(s, before: start), o < start, i - o <= maxName, coverage.isFree(o, start),
          !(places.startByEnd[o].map { places.countryStarts.contains($0) } ?? false)
        {
          start = o
          ordinalAt = o
          continue
        }
        let previous = words.wordStart(containing: start - 1)
        // A mission's name holds 驻 (or 驻 and its host's one-character form, 驻华) between its country and
        // its host: 中国|驻|沙特|大使馆, 美国|驻华|大使馆.
        if isBody, words.wordEnd(at: previous) == start, start - previous <= 2, cues.stationedWords.contains(s[previous]),
          places.startByEnd[previous] != nil, places.endByStart[start] != nil || start == i, coverage.isFree(previous, start)
        {
          start = previous
          continue
        }
        // A place or a proper word of one character (港) glued to a one-character word before it that is no
        // function word, no `org-stop` and no verb of travel (`abbreviation-verb`: 赴 访 来) begins a name of
        // two characters with it: 維|港|政策研究所 is 維港政策研究所, no 港政策研究所. A word of two characters or
        // more stands between it and the suffix (差|博|学院 is none).
        if i - start >= 3, places.endByStart[start] == start + 1 || isOneCharacterProper(words, start), previous == start - 1, i - previous <= Self.maxName,
          isNameHead(s, words, coverage, previous), !abbreviationVerbs.contains(s[previous].value)
        {
          start = previous
          proper = true
          break
        }
        // Left of a place, only another name goes on (半决赛中|韩国女队, not 半决赛中韩国女队); a school's name begins
        // with its founder's word (`body-anchor`: 国立|云林|科技大学, 私立|淡江|大学) before its place.
        if places.endByStart[start] != nil, !isProper(words.kind(at: previous)) {
          if isSchool(s, i, suffix.end), words.wordEnd(at: previous) == start, cues.bodyAnchors.longestMatch(in: s, at: previous, limit: start)?.end == start,
            i - previous <= maxName, coverage.isFree(previous, start)
          {
            start = previous
          }
          break
        }
        // A foreign name run together (弗劳恩霍夫) that the length limit would cut (霍夫|太阳能系统研究所)
        // is read whole, up to `foreignExtra` characters more: the run of transliteration characters the
        // name starts with. A run longer still leaves no name.
        if i - previous > maxName, transliteration.contains(s[start].value) {
          var p = start
          while p > 0, i - (p - 1) <= Self.maxName + Self.foreignExtra, ScalarClass.isHan(s[p - 1]), !coverage[p - 1],
            transliteration.contains(s[p - 1].value)
          {
            p -= 1
          }
          if p > 0, ScalarClass.isHan(s[p - 1]), !coverage[p - 1], transliteration.contains(s[p - 1].value) {
            cutInForeignName = true
          } else {
            start = p
            proper = true
          }
          break
        }
        guard i - previous <= maxName, (previous..<start).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }) else { break }
        // After a full place with its division's word, 和 or 与 joins two parts of a body's name that are
        // nouns of the path (宁德市|海洋与渔业局, 永吉县|文化广播电视和旅游局): the name runs to the place, which
        // it takes (not 上海市和|北京市教育局, 宁德市|签约与渔业局, nor a bare 市 or 县 before the nouns).
        if isBody, start - previous == 1, s[previous] == "和" || s[previous] == "与", i - start >= 2, i - start <= 4, !absorbed,
          let placeEnd = divisionPlaceEnd(s, words, coverage, places, before: previous), i - placeEnd <= Self.maxLongName
        {
          start = placeEnd
          continue
        }
        // 運輸及物流局: 及 joins two parts of a body's name; so does 和 between two short words that are
        // no place (发展和改革委员会, 文化和旅游厅, 工业和信息化部; not 中国和|美国商会).
        if start - previous == 1, previous > 1,
          (isBody && s[previous] == "及" && words.wordStart(containing: previous - 1) < previous - 1)
            || (s[previous] == "和" && (isBody || isCommittee(s, i, suffix.end)) && i - start >= 2 && i - start <= 4 && joinsByAnd(s, words, places, previous))
        {
          start = previous
          continue
        }
        guard !(start - previous == 1 && cues.organizationStops.contains(s[previous])) else { break }
        // A trade name the dictionary does not know falls apart into unknown characters, a
        // person-name candidate and one-character words (海岚智|造|股份有限公司): a one-character
        // word between such a piece and the name stays in the name.
        // Before a long form (律师事务所, 会计师事务所, 股份有限公司) a trade name of one-character words is
        // read whatever their tags (天|健|会计师事务所), up to four characters.
        if !namePart(words.kind(at: previous)), !(start - previous == 1 && previous > 0 && isUnknownPiece(words, words.wordStart(containing: previous - 1))),
          !(start - previous == 1 && suffix.end - i >= Self.longForm && i - previous <= 4)
        {
          break
        }
        // A generic word left of a trade name ends the name (公司|星澜智能科技有限公司).
        let generic = cues.genericWords.longestMatch(in: s, at: previous, limit: start)?.end == start
        // A state group is named by its city or province and the words of its trade, generic ones too
        // (丽水市|交通|投资|发展|集团): the words go on to the division's place that begins them.
        if generic, hasTrade, !isBody, !(isGroup(s, i, suffix.end) && divisionPlaceBefore(s, words, coverage, places, previous, i) != nil) { break }
        // So does a company's form standing as a word of its own (第三大银行|国民银行, 集团|华信证券); right
        // before the suffix it is part of the form (集团|公司).
        if start < i, !isBody, words.wordEnd(at: previous) == start,
          let form = cues.organizationSuffixes.longestMatch(in: s, at: previous, limit: start), form.end == start, !form.value
        {
          break
        }
        if !generic { hasTrade = true }
        if isProper(words.kind(at: previous)) { proper = true }
        start = previous
      }
      if cutInForeignName { i += 1; continue }
      if start == ordinalAt, start == 0 || !coverage[start - 1] || places.startByEnd[start] != nil { i += 1; continue }
      // The day of a dateline is no part of a name: 6月25日|电|外交部 (日电 is a word of the path).
      start = Self.afterDateline(s, start, i)
      // A registered company's name (a legal form: 有限公司, 股份有限公司) starts at a hard boundary,
      // never inside its trade name (晟|熙半导体 → 晟熙半导体股份有限公司) and never at the word
      // before it (由云栖 read as a person → 由|云栖半导体股份有限公司).
      // An investor's or a start-up's form (`trade-form`: 资本 创投 投顾) after a trade name of two
      // characters at a hard boundary: 远|桥|资本, 宏岳|投顾 (not a person 岳投顾); a co-operative
      // (合作社, also a `trade-form`) after its registered name. Read so only: a common word before
      // them is a class (社会|资本, 农村|合作社).
      // A trade name of two characters that the path reads as a person's name (凯|基, 凱基 of 凱基證券):
      // a company's form after it wins over the person, at a hard boundary.
      if start == i, !isBody, let r = personTradeStart(s, words, coverage, places, i) {
        start = r
        proper = true
      }
      let legal = isLegalForm(s, i, suffix.end)
      if cues.tradeForms.longestMatch(in: s, at: i)?.end == suffix.end {
        // The form ends a word of the path (资本|结构 is none).
        guard words.startsWord(suffix.end), let r = legal ? registeredStart(s, words, coverage, places, i) : tradeStart(s, words, coverage, places, i) else {
          i += 1; continue
        }
        start = r
        proper = true
        absorbed = !coverage.isFree(r, i)
      } else if legal {
        // A registered name runs from its form to the nearest boundary (`RegisteredNameStart`): never a
        // descriptor before it (控股股东|宏德投资有限公司), never a part of its trade name (由|東方精密工業股份有限公司).
        guard let r = registered.start(s, words, coverage, places, form: i) else {
          bareEnd = suffix.end
          i += 1
          continue
        }
        start = r
        proper = true
        absorbed = !coverage.isFree(r, i)
      }
      // A word for a class of companies before the trade name names the company's kind, not part of
      // its name (发展商|华骏置业集团, 开发商|…): the name starts after it when two characters or more remain.
      if !isBody, let cut = classWordEnd(s, start, i) {
        start = cut
        absorbed = !coverage.isFree(start, i)
      }
      // A foreign country before a trade name and a company's or an institute's form says where the firm is
      // from: the name starts after it, and the country stays a place (韩国|晓星集团, 日本|东丽株式会社,
      // 德国|弗劳恩霍夫太阳能系统研究所). A public body (美国|商务部), a national or an international
      // name (美国|国家可再生能源实验室) or a common word after the country (日本|经济研究所) keeps it.
      var apartFromCountry = false
      // A Chinese legal form (有限公司) ends a name registered with its country (澳大利亚利富国际有限公司).
      if !isBody, !(legal && s[suffix.end - 1] == "司"), let after = foreignTradeStart(s, words, places, start, i) {
        start = after
        absorbed = !coverage.isFree(start, i)
        apartFromCountry = true
      }
      // A foreign country before a place of its own that begins the name (a city, a province, a port: 德国|汉堡港务局,
      // 越南|广宁省人民委员会, 日本|东京大学) says where that place lies: the organisation is the place's, the country
      // stays a place. A country after it (美国|哥伦比亚大学) or no place (美国|商务部) keeps it.
      if !apartFromCountry, let after = placeAfterCountry(places, start, i) {
        start = after
        absorbed = !coverage.isFree(start, i)
        apartFromCountry = true
      }
      // A body named after its division by the division's word alone, at a hard boundary, holds
      // that word: 县|农业农村局, 市|生态环境局 (the county's, the city's), not 全县|农业局. The word
      // stands for the place a common noun that ends with a body suffix needs (县|教育局, 市|公安局).
      if isBody, start > 0, !coverage[start - 1], cues.divisionSuffixes.contains(s[start - 1]), words.wordStart(containing: start - 1) == start - 1,
        words.startsWord(start), hardBoundary(s, words, coverage, start - 1)
      {
        start -= 1
        if needsPlace { needsPlace = false }
      }
      let ok =
        i - start >= 2 && (absorbed || coverage.isFree(start, i))
        && (isBody
          ? (proper || i - start >= 4 || suffix.end - i >= 2 || shortBody(s, words, start, i, suffix.end))
            // One generic word that is no place and a body's suffix are a class (地方|产业投资基金,
            // 政府|办公室; 美国|代表团 is a body).
            && (cues.genericWords.longestMatch(in: s, at: start, limit: i)?.end != i || onlyPlaces(places, start, i))
          : legal || !startsGeneric(s, afterPlaces(places, start, i), i) || isGroup(s, i, suffix.end) && startsWithDivisionPlace(s, places, start, i)
            || isSchool(s, i, suffix.end) && startsWithRegion(places, start, i))
        // After an amount, common words before the suffix describe a class (5万亿美元|市值俱乐部).
        && (proper || !Self.followsAmount(s, start))
        && (!needsPlace || absorbed)
        // A place and 公司 are a class (美国公司, 日本公司), not a name: a trade name is needed (深圳华为公司).
        && !(cues.companyWords.longestMatch(in: s, at: i)?.end == suffix.end && onlyPlaces(places, start, i))
        // Places and an office are a company's office there (东京|办公室, 香港|办事处), no body.
        && !(cues.officeWords.longestMatch(in: s, at: i)?.end == suffix.end && onlyPlaces(places, start, i))
      // A common noun the dictionary files as a body (国家队) is listed as no name.
      // 镇党委, 村党支部 alone name no body in particular (`placed-body-word`).
      let placedWord = cues.bodyWords.longestMatch(in: s, at: start, limit: suffix.end).map { $0.end == suffix.end && !$0.value } ?? false
      if ok, !placedWord, !cues.notDictionaryNames.contains(Array(s[start..<suffix.end])) {
        // A firm's partnership form in parentheses is part of its name: 天健会计师事务所(特殊普通合伙).
        var end = cues.firmForms.longestMatch(in: s, at: suffix.end).map { coverage.isFree(suffix.end, $0.end) ? $0.end : suffix.end } ?? suffix.end
        // A company's department (中原地产|研究部, 澜尚科技|市场部) is no organisation: the company is.
        let department = isBody ? companyEnd(s, start, i, suffix.end) : nil
        if let department { end = department }
        let surface = Array(s[start..<end])
        let record = EntityRecord(
          id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
        var f = FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
        f.absorbsPlaces = absorbed
        f.apartFromCountry = apartFromCountry
        found.append(f)
        i = department == nil ? end : suffix.end
      } else {
        bareEnd = suffix.end
        i += 1
      }
    }
  }

  /// The end of a company's name inside `start..<i` before the department suffix 部 at `i..<end`: an
  /// industry word (`company-industry`: 地产 科技) after a trade name of two characters or more, and
  /// two or three characters of the department's name after it (中原地产|研究|部), or nil.
  private func companyEnd(_ s: [Unicode.Scalar], _ start: Int, _ i: Int, _ end: Int) -> Int? {
    guard end - i == 1, s[i] == "部" else { return nil }
    for e in stride(from: i - 2, through: max(start + 3, i - 3), by: -1) {
      if let industry = cues.companyIndustries.longestMatch(in: s, endingAt: e, maxLength: 4), industry.start >= start + 2 { return e }
    }
    return nil
  }

  /// The first position of `start..<end` after the places found before that begin it: a generic
  /// word is read after them (中国|青年志愿者协会 is a name, 美国|投资银行 a class). A run made wholly of
  /// places is read whole.
  private func afterPlaces(_ places: PlaceSpans, _ start: Int, _ end: Int) -> Int {
    var p = start
    while let e = places.endByStart[p], e < end { p = e }
    return p
  }

  /// The end of a foreign country that begins the name `start..<i` when a trade name of two characters or
  /// more follows it there: a word of the path that is no body anchor (国家 国际), no generic word and no
  /// common word of the dictionary (晓星, 东丽, 弗劳恩霍夫, a city: 日本|东京大学; not 经济, 现代). Nil otherwise.
  private func foreignTradeStart(_ s: [Unicode.Scalar], _ words: Segmentation, _ places: PlaceSpans, _ start: Int, _ i: Int) -> Int? {
    guard places.foreignCountryStarts.contains(start), let e = places.endByStart[start], i - e >= 2, words.startsWord(e) else { return nil }
    // The first word, read as two characters at least (晓|星 of 晓星 may fall apart on the path).
    let wordEnd = max(min(words.wordEnd(at: e), i), e + 2)
    guard cues.bodyAnchors.longestMatch(in: s, at: e, limit: i) == nil, cues.genericWords.longestMatch(in: s, at: e, limit: i) == nil,
      !isCommonWord(s, e, wordEnd)
    else { return nil }
    return e
  }

  /// The start of an ordinal that ends at `end`: 第 and up to three numerals (Chinese or ASCII), and 届 after
  /// them (第一, 第十四届, 第2), or nil.
  static func ordinalStart(_ s: [Unicode.Scalar], before end: Int) -> Int? {
    var q = end
    if q > 0, s[q - 1] == "届" { q -= 1 }
    let numeralsEnd = q
    while q > 0, numeralsEnd - q < 3,
      ScalarClass.isASCIIDigit(s[q - 1]) || NumeralCharacter.digit(s[q - 1]) != nil || NumeralCharacter.smallUnit(s[q - 1]) != nil
    {
      q -= 1
    }
    guard q < numeralsEnd, q > 0, s[q - 1] == "第" else { return nil }
    return q - 1
  }

  /// Whether the suffix `i..<end` is a school's form: a `department-parent` that is no body suffix (大学 学院).
  private func isSchool(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
    guard cues.departmentParents.longestMatch(in: s, at: i)?.end == end else { return false }
    return cues.organizationSuffixes.longestMatch(in: s, at: i, limit: end).map { $0.end == end && !$0.value } ?? false
  }

  /// Whether `start..<i` begins with a place that is no country and goes on after it: a school's name holds the
  /// words of its field after it, generic ones too (河南|科技|大学, 江西|理工|大学); no place (科技|大学) or a
  /// country (美国|科技|大学) leaves a class.
  private func startsWithRegion(_ places: PlaceSpans, _ start: Int, _ i: Int) -> Bool {
    guard let e = places.endByStart[start], e < i else { return false }
    return !places.countryStarts.contains(start)
  }

  /// The start of a place that is no country right after a foreign country that begins the name `start..<i`, when
  /// the name goes on after that place (德国|汉堡|港务局, 日本|东京|大学), or nil. A place of China after the country is
  /// no place of the country: the two name one body (日本|台湾|交流协会).
  private func placeAfterCountry(_ places: PlaceSpans, _ start: Int, _ i: Int) -> Int? {
    guard places.foreignCountryStarts.contains(start), let e = places.endByStart[start], let inner = places.endByStart[e], inner < i,
      !places.countryStarts.contains(e), !places.chineseRegionsAfterCountry.contains(e)
    else { return nil }
    return e
  }

  /// Whether the suffix `i..<end` is 集团, a group's form.
  private func isGroup(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
    end - i == 2 && s[i] == "集" && s[i + 1] == "团"
  }

  /// Whether `start..<i` begins with a place of China that ends with a division's word (丽水市, 安徽省) and
  /// goes on after it: a state group's name (丽水市|交通投资|集团), no class (美国|投资银行).
  private func startsWithDivisionPlace(_ s: [Unicode.Scalar], _ places: PlaceSpans, _ start: Int, _ i: Int) -> Bool {
    guard let e = places.endByStart[start], e < i, !places.countryStarts.contains(start) else { return false }
    return cues.divisionSuffixes.contains(s[e - 1])
  }

  /// The start of a place of China that ends with a division's word (丽水市) and ends a run of free name words
  /// of the path that reaches `p`, within the length of a name before the suffix at `i`, or nil.
  private func divisionPlaceBefore(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, _ p: Int, _ i: Int) -> Int? {
    var q = p
    while q > 0, i - q <= Self.maxName + 4 {
      if let placeStart = places.startByEnd[q] {
        return startsWithDivisionPlace(s, places, placeStart, i) ? placeStart : nil
      }
      let w = words.wordStart(containing: q - 1)
      guard (w..<q).allSatisfy({ ScalarClass.isHan(s[$0]) && !coverage[$0] }), namePart(words.kind(at: w)),
        !(q - w == 1 && cues.organizationStops.contains(s[w]))
      else { return nil }
      q = w
    }
    return nil
  }

  /// Whether the suffix `i..<end` is 委员会, a committee (a body, though filed as an organisation suffix too).
  private func isCommittee(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
    end - i == 3 && s[i] == "委" && s[i + 1] == "员" && s[i + 2] == "会"
  }

  /// The end of a full place with its division's word (宁德市, 永吉县: a place of the spans ending with 省 市 县 区 州 …)
  /// before the conjunction at `and`, when the words between them are free nouns of the path, one at least, no
  /// place, person or place word (海洋 of 宁德市|海洋|与, 文化|广播电视 of 永吉县|文化|广播电视|和, 广播电视 an `nt`); nil
  /// otherwise (签约|与, 上海市|和).
  private func divisionPlaceEnd(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, before and: Int) -> Int? {
    var w = and
    while w > 0, and - w <= Self.maxName {
      if places.startByEnd[w] != nil {
        return w < and && cues.divisionSuffixes.contains(s[w - 1]) ? w : nil
      }
      let p = words.wordStart(containing: w - 1)
      guard p < w, words.wordEnd(at: p) == w, case .word(let tag) = words.kind(at: p), nameTags.contains(tag), !personOrPlaceTags[Int(tag)],
        coverage.isFree(p, w), (p..<w).allSatisfy({ ScalarClass.isHan(s[$0]) })
      else { return nil }
      w = p
    }
    return nil
  }

  /// Whether the 和 at `and` joins two parts of a body's name: the word before it has two
  /// characters and is a free noun, no place and no body (发展|和, 文化|和; not 房委会|和).
  private func joinsByAnd(_ s: [Unicode.Scalar], _ words: Segmentation, _ places: PlaceSpans, _ and: Int) -> Bool {
    let w = words.wordStart(containing: and - 1)
    guard w == and - 2, places.startByEnd[and] == nil, case .word(let tag) = words.kind(at: w), nameTags.contains(tag) else { return false }
    return !cues.organizationEndings.contains(s[and - 1])
  }

  /// Whether `start..<i` is one noun of two characters, a word of the path, and the suffix
  /// `i..<end` one `short-body-suffix` character that is a word of its own: 运输|署, 房屋|局, 货币|局 (a
  /// body of Hong Kong or of a city named without its government). 部署, 布局 and 当局 are one word of
  /// the path, so the suffix starts none; `not-body-head` lists the nouns that name no body so (基层|局).
  private func shortBody(_ s: [Unicode.Scalar], _ words: Segmentation, _ start: Int, _ i: Int, _ end: Int) -> Bool {
    guard i - start == 2, end - i == 1, cues.shortBodySuffixes.contains(s[i]), words.startsWord(start), words.wordEnd(at: start) == i,
      words.startsWord(end), case .word(let tag) = words.kind(at: start), nameTags.contains(tag)
    else { return false }
    return !cues.notBodyHeads.contains(Array(s[start..<i]))
  }

  /// Whether a title (`role` cue) that starts one or two characters before the suffix `i..<end`
  /// ends where it ends: 立|委 in 台灣民眾黨立委, 常|委 in 市委常委.
  private func endsTitle(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
    for p in max(0, i - 2)..<i where cues.roles.longestMatch(in: s, at: p, limit: end)?.end == end { return true }
    return false
  }

  /// Whether a title starts at `end` and ends the word of the path that holds it: jieba's 党立委
  /// is 党 and 立委, so the body suffix 党 ends a name there.
  private func titleFollows(_ s: [Unicode.Scalar], _ words: Segmentation, _ end: Int) -> Bool {
    guard end < s.count, let title = cues.roles.longestMatch(in: s, at: end) else { return false }
    return words.wordEnd(at: words.wordStart(containing: end)) == title.end
  }

  /// Whether the suffix `i..<end` is a legal form of a registered company (`legal-suffix`: 有限公司).
  private func isLegalForm(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
    cues.legalSuffixes.contains { $0.count == end - i && s[i..<end].elementsEqual($0) }
  }

  /// The start of a registered company's name before the legal form at `i`: [place] + trade name
  /// (two to four characters) + [industry words] + form. The industry words (`company-industry`,
  /// `org-generic`, `registered-industry`, or a word of two characters ending with 业: 茶业, 矿业) are read from the form
  /// leftwards; the trade name before them is the shortest of two to four free Han characters that
  /// starts at a hard boundary: the start of the text, a character that is no Han, the end of a
  /// mention before it (a place found there is taken into the name: 福建|品品香|茶业有限公司), a
  /// character that stops an organisation's name (`org-stop`) standing as a word of its own or
  /// starting a guess of the name model (由|云栖), or a verb or function word of the path of two
  /// characters or more (成立|晟熙). Nil when no such boundary is near: the words decide then.
  private func registeredStart(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, _ i: Int) -> Int? {
    let q = registered.industryStart(s, words, coverage, i)
    var p = q - 1
    while p >= 0, q - p <= Self.maxTrade, ScalarClass.isHan(s[p]) {
      // A place inside the trade name is part of it (中水|淮河|规划设计研究有限公司).
      if coverage[p] {
        guard let placeStart = places.startByEnd[p + 1], q - placeStart <= Self.maxTrade else { break }
        p = placeStart
      } else if words.startsWord(p), words.wordEnd(at: p) == p + 1, case .word(let tag) = words.kind(at: p), functionTags[Int(tag)] {
        // A trade name holds no particle, preposition, conjunction or pronoun standing as a word of its
        // own (他收购了|一家科技有限公司 names no company; 腾飞达 is a trade name).
        break
      }
      if q - p >= 2, hardBoundary(s, words, coverage, p) {
        // A common word is no trade name (农村|合作社, 信用|合作社).
        if isCommonWord(s, p, q) { return nil }
        var start = p
        while let placeStart = places.startByEnd[start] { start = placeStart }
        return start
      }
      p -= 1
    }
    return nil
  }

  /// The start of a trade name of two free Han characters right before the form at `i`, at a hard
  /// boundary or after a place (taken in), that is no common word of the dictionary (社会, 民间,
  /// 国有): unknown characters, one-character words, a guess of the name model or a proper name.
  private func tradeStart(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, _ i: Int) -> Int? {
    let p = i - 2
    guard p >= 0, coverage.isFree(p, i),
      s[p..<i].allSatisfy({ ScalarClass.isHan($0) && !cues.organizationStops.contains($0) && !cues.nameFollowers.contains($0) }),
      cues.genericWords.longestMatch(in: s, at: p, limit: i) == nil
    else { return nil }
    if isCommonWord(s, p, i) { return nil }
    guard places.startByEnd[p] != nil || hardBoundary(s, words, coverage, p) else { return nil }
    var start = p
    while let placeStart = places.startByEnd[start] { start = placeStart }
    return start
  }

  /// The start of a trade name of two free Han characters right before the form at `i` that the path
  /// reads as a person's name: a guess of the name model, or a one-character name word (`nr`, `nz`) and
  /// another one-character word (凯|基|证券). It starts at a hard boundary or after a place (taken in).
  private func personTradeStart(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ places: PlaceSpans, _ i: Int) -> Int? {
    let p = i - 2
    guard p >= 0, coverage.isFree(p, i),
      s[p..<i].allSatisfy({ ScalarClass.isHan($0) && !cues.organizationStops.contains($0) && !cues.nameFollowers.contains($0) }),
      words.startsWord(p), words.startsWord(i)
    else { return nil }
    let personRead: Bool
    switch words.kind(at: p) {
    case .candidate: personRead = words.wordEnd(at: p) == i
    case .word(let tag):
      personRead = words.wordEnd(at: p) == p + 1 && words.wordEnd(at: p + 1) == i && personTags[Int(tag)]
    default: personRead = false
    }
    guard personRead, places.startByEnd[p] != nil || hardBoundary(s, words, coverage, p) else { return nil }
    var start = p
    while let placeStart = places.startByEnd[start] { start = placeStart }
    return start
  }

  /// The end of the last `company-class` word (公司 发展商 开发商) inside `start..<i` that leaves a
  /// trade name of two characters or more before the suffix at `i`, or nil.
  private func classWordEnd(_ s: [Unicode.Scalar], _ start: Int, _ i: Int) -> Int? {
    var cut: Int?
    var j = start
    while j < i - 2 {
      if let m = cues.companyClasses.longestMatch(in: s, at: j, limit: i), i - m.end >= 2 { cut = m.end }
      j += 1
    }
    return cut
  }

  /// Whether `s[start..<end]` is a common word of the dictionary that is no name (社会, 农村, 产业):
  /// a word seen fewer than `commonWordCount` times (宏硕 `a` 3, 启明 `v` 25) is a trade name still
  /// (宏硕|精密工业股份有限公司, 启明|创投).
  private func isCommonWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard let word = dictionary.lookupTag(s[start..<end]) else { return false }
    return !properTags.contains(word.tag) && word.cost <= commonWordCost
  }

  /// Whether a registered name may start at `p` (see `registeredStart`).
  private func hardBoundary(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ p: Int) -> Bool {
    guard p > 0, ScalarClass.isHan(s[p - 1]), !coverage[p - 1] else { return true }
    if endsVerb(s, coverage, p) { return true }
    let w = words.wordStart(containing: p - 1)
    if w == p - 1, cues.organizationStops.contains(s[p - 1]) {
      switch words.kind(at: w) {
      case .candidate, .unknown: return true
      default: if words.wordEnd(at: w) == p { return true }
      }
    }
    guard words.startsWord(p), p - w >= 2, case .word(let tag) = words.kind(at: w) else { return false }
    return boundaryTags[Int(tag)]
  }

  /// Whether a free verb acting on an organisation (`org-verb`: 宣判 起诉 收购) ends at `p`.
  private func endsVerb(_ s: [Unicode.Scalar], _ coverage: CoverageMap, _ p: Int) -> Bool {
    guard let verb = cues.organizationVerbs.longestMatch(in: s, endingAt: p, maxLength: 4) else { return false }
    return coverage.isFree(verb.start, p)
  }

  /// Whether `start..<end` is wholly made of places found before.
  private func onlyPlaces(_ places: PlaceSpans, _ start: Int, _ end: Int) -> Bool {
    var p = start
    while p < end {
      guard let e = places.endByStart[p], e <= end else { return false }
      p = e
    }
    return true
  }

  /// The start of a name after the day and the 电 of a dateline that begin `start..<i`: right after a
  /// digit or a Chinese numeral, 日 (and 电 after it) is a date's (25日|电外交部, 二十五日|电).
  static func afterDateline(_ s: [Unicode.Scalar], _ start: Int, _ i: Int) -> Int {
    guard start > 0, start + 1 < i, s[start] == "日",
      ScalarClass.isASCIIDigit(s[start - 1]) || NumeralCharacter.digit(s[start - 1]) != nil || NumeralCharacter.smallUnit(s[start - 1]) != nil
    else { return start }
    return start + 2 < i && s[start + 1] == "电" ? start + 2 : start + 1
  }

  /// Whether an amount ends right before `start`: a digit, a multiplier or a currency's 元.
  static func followsAmount(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
    guard start > 0 else { return false }
    let c = s[start - 1]
    return ScalarClass.isASCIIDigit(c) || c == "元" || c == "万" || c == "亿" || c == "千" || c == "百"
  }

  /// Whether the word of the path that holds `i` may be cut right before `i`: it is a place
  /// found before and the suffix (古巴|队, a word of the dictionary), or a name candidate
  /// (敖东队, which the name model guessed).
  private func splitsBefore(_ words: Segmentation, _ places: PlaceSpans, _ i: Int) -> Bool {
    let start = words.wordStart(containing: i)
    if let place = places.startByEnd[i], place == start { return true }
    if case .candidate = words.kind(at: start) { return true }
    return false
  }

  /// Whether the word of the path at `p` is a proper name of one character (港 `j`, 沪 `j`).
  private func isOneCharacterProper(_ words: Segmentation, _ p: Int) -> Bool {
    guard words.startsWord(p), words.wordEnd(at: p) == p + 1, case .word(let tag) = words.kind(at: p) else { return false }
    return properTags.contains(tag)
  }

  /// Whether the one-character word at `p` may begin a name before a place of one character: a free Han
  /// character, no `org-stop`, and a word of the path that is no function word (a particle, a preposition,
  /// a conjunction, a pronoun) or a character the dictionary does not know.
  private func isNameHead(_ s: [Unicode.Scalar], _ words: Segmentation, _ coverage: CoverageMap, _ p: Int) -> Bool {
    guard ScalarClass.isHan(s[p]), !coverage[p], !cues.organizationStops.contains(s[p]), words.startsWord(p), words.wordEnd(at: p) == p + 1 else {
      return false
    }
    switch words.kind(at: p) {
    case .word(let tag): return !functionTags[Int(tag)]
    case .unknown, .candidate: return true
    case .other: return false
    }
  }

  private func isUnknownPiece(_ words: Segmentation, _ start: Int) -> Bool {
    switch words.kind(at: start) {
    case .unknown, .candidate: true
    default: false
    }
  }

  /// Whether the word of the path that holds `i` is a name of the dictionary that may hold a body's
  /// suffix: a place, an organisation or another name, never a person's (jieba files 顾全大局 `nr`).
  private func isDictionaryName(_ words: Segmentation, _ i: Int) -> Bool {
    let start = words.wordStart(containing: i)
    if case .word(let tag) = words.kind(at: start) { return properTags.contains(tag) && !personTags[Int(tag)] || nzTag == tag }
    return false
  }

  private func isProper(_ kind: Segmentation.Kind) -> Bool {
    switch kind {
    case .word(let tag): properTags.contains(tag)
    case .unknown, .candidate: true
    case .other: false
    }
  }

  /// A name that begins with a generic word (科技|公司, 大型|科技|集团, 投资|银行) is a common
  /// noun; a trade name before the generic words (星澜|智能科技|有限公司) makes it a name.
  private func startsGeneric(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    cues.genericWords.longestMatch(in: s, at: start, limit: end) != nil
  }
}

/// Finds people, organisations, products and places and links their surface forms.
///
/// One pass of the lexicon matcher (`EntityTrie`: every table, every alias, longest match
/// that its context allows, Latin forms whole-word and case-sensitive, version tails by
/// pattern) takes the positions it can; the name patterns read what is left, strongest first
/// (dotted transliterations, Chinese names after role titles, 《》 media, Latin names by cues,
/// Chinese organisation suffixes); `LegalNameMerger` joins registered company names around a
/// known company; `EntityLinker` then joins aliases and later partial forms. Every scan is
/// linear in the text; every mention is reported.
///
/// A class: the pipeline asks its stage for the extractor once a document, and a struct this
/// large (every scanner, the lexicon, the dictionary) was copied and destroyed each time, its
/// every table retained and released (160,000 instructions a document).
package final class EntityExtractor: Sendable {
  package let lexicon: EntityLexicon
  /// The name patterns, strongest first: each reads only what the lexicon and the patterns
  /// before it left free. A scanner that holds `EntityCues` (some 13 KB inline) and is called
  /// through this list, or a pass called on a property below, is a final class: a struct was
  /// copied whole by the call (sixteen copies, about 170 KB, a document).
  let patternScanners: [any EntityPatternScanner]
  /// The start triggers of the pattern scanners that have one, as one class per scalar: each
  /// document's positions are marked a few scanners at a time (`ScanStarts`) and each such scanner
  /// visits its own only.
  private let startTable: ScanStartTable
  /// `startRows[k]`: the row of `patternScanners[k]` in `startTable`; -1: it visits every position.
  private let startRows: [Int]
  let dictionary: WordDictionary
  /// `idiomTags[t]`: tag `t` marks an idiom or a fixed phrase (`i`, `l`).
  private let idiomTags: [Bool]
  /// `chengyuTags[t]`: tag `t` marks an idiom (`i`) only.
  private let chengyuTags: [Bool]
  /// `prepositionTags[t]`: tag `t` marks a preposition or a conjunction (`p`, `c`: 由 向 和 与 从).
  private let prepositionTags: [Bool]
  /// `directionTags[t]`: tag `t` marks a direction (`f`: 东北部 西南部 以北).
  private let directionTags: [Bool]
  private let nestedBodies: NestedBodyMerger
  private let countryBodies: CountryBodyJoiner
  private let placeLedBodies: PlaceLedBodyMerger
  private let placeSuffixes: PlaceSuffixScanner
  private let placeChains: PlaceChainMerger
  // Built once with the extractor, not per document: each copied the whole `EntityCues` and
  // built its own tables (in a stream of 4 KB records, some 700,000 instructions a document).
  private let products: ProductModelScanner
  private let industryCompanies: IndustryCompanyScanner
  private let legalNames: LegalNameMerger
  private let glossedNames: GlossedNameMerger
  private let linker: EntityLinker
  /// The lexicon's records, each held once by reference: every mention of an entity points at its
  /// own (`FoundEntity` keeps a pointer, not the record's three strings).
  private let sharedRecords: [SharedEntityRecord]

  package convenience init(reader: LexiconReader, problems: inout LexiconProblems) {
    // The same normalisation as the documents, so that 奧爾特曼 in a table meets 奥尔特曼 in a text.
    self.init(lexicon: EntityLexicon(reader: reader, problems: &problems))
  }

  package init(lexicon: EntityLexicon) {
    self.lexicon = lexicon
    let cues = lexicon.cues
    let dictionary = WordDictionary.shared
    self.dictionary = dictionary
    idiomTags = dictionary.tagMask(["i", "l"])
    chengyuTags = dictionary.tagMask(["i"])
    prepositionTags = dictionary.tagMask(["p", "c"])
    directionTags = dictionary.tagMask(["f"])
    nestedBodies = NestedBodyMerger(cues: cues, dictionary: dictionary)
    countryBodies = CountryBodyJoiner(cues: cues)
    placeLedBodies = PlaceLedBodyMerger(cues: cues, dictionary: dictionary)
    placeSuffixes = PlaceSuffixScanner(cues: cues, dictionary: dictionary)
    placeChains = PlaceChainMerger(cues: cues, lexicon: lexicon, dictionary: dictionary)
    products = ProductModelScanner(cues: cues, dictionary: dictionary)
    industryCompanies = IndustryCompanyScanner(cues: cues, dictionary: dictionary)
    legalNames = LegalNameMerger(cues: cues, dictionary: dictionary, listed: lexicon.boundToWords)
    glossedNames = GlossedNameMerger(cues: cues, dictionary: dictionary)
    linker = EntityLinker(lexicon: lexicon, dictionary: dictionary)
    sharedRecords = lexicon.records.map(SharedEntityRecord.init)
    let scanners: [any EntityPatternScanner] = [
      DottedNameScanner(cues: cues),
      RoleNameScanner(cues: cues, model: lexicon.names, dictionary: dictionary),
      MediaTitleScanner(cues: cues),
      TitledWorkScanner(cues: cues),
      PlaceMediaScanner(cues: cues),
      MediaCueScanner(cues: cues),
      MediaListScanner(cues: cues, dictionary: dictionary),
      TeamNameScanner(cues: cues),
      ProductModelScanner(cues: cues, dictionary: dictionary),
      ReleasedProductScanner(cues: cues),
      LatinNameScanner(cues: cues),
      BodyWordScanner(cues: cues),
      // Before the departments and the suffixes: 扶贫 of 中国文化扶贫委员会 ends no name, 统计 of
      // 俄罗斯国家统计委员会 starts none.
      AnchoredBodyScanner(cues: cues, dictionary: dictionary),
      // Before the suffixes: 健康 of 卫生健康局 is no part of a name to them.
      GovernmentDepartmentScanner(cues: cues, dictionary: dictionary),
      // Before the suffixes: 大连化工集团公司 is one company, not 大连化工集团 and a word 公司.
      CompanyNameScanner(cues: cues, dictionary: dictionary),
      IndustryCompanyScanner(cues: cues, dictionary: dictionary),
      // Before the name model: a company's trade name may read as a person (海岚智|造股份有限公司).
      OrganizationSuffixScanner(cues: cues, dictionary: dictionary),
      NumberedRoadScanner(cues: cues),
      // Before the towns: 托博尔斯克|市 is no 托博尔|斯克市.
      ForeignDivisionScanner(cues: cues, dictionary: dictionary),
      // Before the Chinese names: 高升|镇 is a place, no person 高升镇.
      PlaceSuffixScanner(cues: cues, dictionary: dictionary),
      ForeignPlaceCueScanner(cues: cues, dictionary: dictionary),
      // Before the Chinese names: 桥本|龙太郎 is no 桥|本龙, 萨托里奥 no 萨|托里奥.
      JapaneseNameScanner(cues: cues, dictionary: dictionary, names: lexicon.japaneseNames, kanji: lexicon.japaneseKanji),
      KoreanNameScanner(cues: cues, dictionary: dictionary),
      TransliteratedNameScanner(cues: cues, dictionary: dictionary),
      // Before the Chinese names: 胡老|说 is 胡, no person 胡老.
      SurnameTitleScanner(cues: cues, dictionary: dictionary, familiarOnly: true),
      // With the cue-less person rules (LonePersonScanner) in the same walk over the path.
      ChineseNameScanner(
        model: lexicon.names, cues: cues, dictionary: dictionary,
        lone: LonePersonScanner(model: lexicon.names, cues: cues, dictionary: dictionary)),
      SurnameTitleScanner(cues: cues, dictionary: dictionary, names: lexicon.names),
      PlaceAbbreviationScanner(abbreviations: lexicon.abbreviations, verbs: cues.abbreviationVerbs, relations: cues.abbreviationRelations),
      DictionaryNameScanner(cues: cues, dictionary: dictionary),
    ]
    patternScanners = scanners
    var triggers: [ScanTrigger] = []
    startRows = scanners.map { scanner in
      guard let trigger = scanner.startTrigger else { return -1 }
      triggers.append(trigger)
      return triggers.count - 1
    }
    startTable = ScanStartTable(triggers)
  }

  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning]) -> [Finding<EntityValue>] {
    var findings: [Finding<EntityValue>] = []
    extract(text, warnings: &warnings) { findings.append($0) }
    return findings
  }

  /// Hands each mention to `consume`, sorted by start: the findings are never all alive at once
  /// beside the caller's own list of them.
  /// `reserve` is told how many there will be first.
  package func extract(
    _ text: AnalysisText, warnings: inout [ExtractionWarning], reserve: (Int) -> Void = { _ in }, _ consume: (Finding<EntityValue>) -> Void
  ) {
    let mentions = CompactMentionList(found(in: text.scalars))
    reserve(mentions.count)
    mentions.forEach { start, end, record, source, rule in
      // Both surfaces written straight as UTF-8 (`AnalysisText.string`): building them byte by byte
      // through a buffer and decoding that again cost some 570 instructions a string.
      let span = text.locate(TextSpan(start, end))
      consume(Finding(span: span, value: EntityValue(record: record, source: source, rule: rule)))
    }
  }

  /// The mentions in sixteen bytes each, sorted by start in analysis offsets: what the document's
  /// entity records are made of.
  func compactMentions(in text: AnalysisText) -> CompactMentionList {
    CompactMentionList(found(in: text.scalars))
  }

  /// The mentions in analysis offsets, sorted by start.
  func found(in s: [Unicode.Scalar]) -> [FoundEntity] {
    found(in: s, everyPosition: false)
  }

  /// The mentions in analysis offsets, sorted by start. `everyPosition`: every pattern scanner visits
  /// every position (the full scan that the start marks are checked against); `trace` is handed the
  /// names each pattern scanner found (by its index in `patternScanners`) before they are accepted.
  func found(in s: [Unicode.Scalar], everyPosition: Bool, trace: ((Int, [FoundEntity]) -> Void)? = nil) -> [FoundEntity] {
    var coverage = CoverageMap(count: s.count)
    var found = matchLexicon(s, coverage: &coverage)
    dropPlacesOfTimeStandards(s, &found, coverage: &coverage)
    dropPlacesOfCurrencies(s, &found, coverage: &coverage)
    products.extendMakers(s, found: &found, coverage: &coverage)
    products.joinMakersToProducts(s, found: &found)
    var patterns: [FoundEntity] = []
    // Left free for the name model while the path is built: 县长|江启臣, not 县|长江|启臣.
    let acrossTitles = setPlacesAcrossTitlesAside(s, &found, coverage: &coverage)
    let words = segment(s, coverage: coverage)
    if !acrossTitles.isEmpty { settlePlacesAcrossTitles(s, acrossTitles, &found, coverage: &coverage, words: words) }
    // Before the checks below, which meet the place read on past the preposition (从|江西) as any other.
    movePlacesPastPrepositions(s, &found, coverage: &coverage, words: words)
    // First, so that what the pass finds inside a dropped form meets the checks below as well.
    dropWordBoundFormsAcrossWords(s, &found, coverage: &coverage, words: words)
    dropCharactersOfIdioms(&found, coverage: &coverage, words: words)
    dropPlacesInsideWords(&found, coverage: &coverage, words: words)
    dropShortFormsAcrossWords(s, &found, coverage: &coverage, words: words)
    trimPlacesBeforeWords(s, &found, coverage: &coverage, words: words)
    industryCompanies.extendListed(s, found: &found, coverage: &coverage, words: words, lexicon: lexicon)
    takePlacesAsGivenNames(s, &found, coverage: &coverage, words: words)
    releaseJapaneseFamilyNames(s, &found, coverage: &coverage)
    releasePlacesInsideJapaneseNames(s, &found, coverage: &coverage, words: words)
    let gazetteer = setGazetteerAside(&found, coverage: &coverage)
    var places = PlaceSpans(found)
    var patternRecords = PatternRecordInterner()
    // The marks (a bit a position for each of `ScanStarts.rowsPerPass` scanners at a time, remade for the
    // next ones) live for the pattern scanners only.
    do {
      let starts = ScanStarts(s, table: everyPosition ? ScanStartTable([]) : startTable)
      for (k, scanner) in patternScanners.enumerated() {
        let row = everyPosition ? -1 : startRows[k]
        scanner.scan(s, from: row < 0 ? .everyPosition : starts.marks(row: row), words: words, coverage: coverage, places: places, into: &patterns)
        trace?(k, patterns)
        patternRecords.share(&patterns)
        patterns.removeAllInPlace { $0.record.kind == .person && Self.startsInAmount(s, $0.start) }
        // The places change only when a place is found or taken into an organisation (read in place:
        // `contains(where:)` handed each mention over as a copy).
        let placesChange = patterns.indices.contains { patterns[$0].record.kind == .location || patterns[$0].absorbsPlaces }
        accept(&patterns, into: &found, coverage: &coverage)
        if placesChange { places = PlaceSpans(found) }
      }
    }
    placeSuffixes.extend(s, found: &found, coverage: &coverage, words: words)
    placeChains.merge(s, found: &found, coverage: &coverage, words: words)
    legalNames.merge(s, found: &found, coverage: &coverage, words: words)
    legalNames.extendByCompanyWord(s, found: &found, coverage: &coverage, words: words)
    nestedBodies.merge(s, found: &found, coverage: &coverage, words: words)
    // After the other mergers: what they left of a body named from its place (浙江省|科技评估和成果转化|中心).
    placeLedBodies.merge(s, found: &found, coverage: &coverage, words: words)
    products.extendEditions(s, found: &found, coverage: &coverage)
    placeGazetteer(s, gazetteer, into: &found, coverage: &coverage)
    nestedBodies.joinGazetteerBodies(s, found: &found)
    countryBodies.join(s, found: &found)
    // Before the linker, which reads the English name in parentheses as the alias of the name found here.
    glossedNames.merge(s, found: &found, coverage: &coverage, words: words)
    linker.link(s, found: &found, coverage: &coverage, words: words)
    found.sortByStart()
    return found
  }

  /// The segmentation path of `s`, with the name model's candidates where the lexicon left
  /// the positions free.
  func segment(_ s: [Unicode.Scalar], coverage: CoverageMap) -> Segmentation {
    var candidates: [Segmentation.Candidate] = []
    // Read from locals in the loop over every position: a field of the large `EntityCues` (or of
    // the lexicon that holds it) read there may copy all of it.
    let followers = lexicon.cues.nameFollowers
    let surnameStarts = lexicon.names.surnameStarts
    let organizationStops = lexicon.cues.organizationStops
    for i in s.indices where surnameStarts.contains(s[i]) && !coverage[i] {
      // A family name that is also a preposition or conjunction (由 向 和 与) starts a name only
      // at the start of a clause: 由|青禾证券, 向|周立恒, but 向华强说.
      if i > 0, ScalarClass.isHan(s[i - 1]), organizationStops.contains(s[i]) { continue }
      // A number is no part of the text before a name: 250|吉瓦|算力 holds no 吉瓦算.
      if i > 0, ScalarClass.isASCIIDigit(s[i - 1]) { continue }
      // The last character of a title is no family name (外交部|长官|朴振, not 部长|官朴振).
      if lexicon.cues.endsRoleBefore(in: s, i) { continue }
      let before = candidates.count
      lexicon.names.candidates(in: s, at: i, allowed: { !followers.contains($0) }, into: &candidates)
      // A preposition there before a firm's trade name is the preposition still: 由|维港投资, no 由维港.
      let preposition = organizationStops.contains(s[i])
      // A family name that the dictionary knows as a preposition or a conjunction (由 向 和 从) starts a
      // name at a clause's start only when a name follower, a cue or the clause's end comes after it:
      // 向华强|说, but 由|顺丰速运|免费运输 and 向|迈瑞医疗|采购 hold no person.
      let functionWord = preposition && (dictionary.lookupTag(s[i...i]).map { prepositionTags[Int($0.tag)] } ?? false)
      var k = before
      while k < candidates.count {
        let c = candidates[k]
        // A word of the dictionary that is no person's name stays that word (许可证, 吉隆坡, 公开赛).
        // A title is no given name (李|老师, 王|女士): the family name alone is read by the surname-title rule.
        if coverage.isFree(c.start, c.end), !dictionary.isNonPersonWord(s[c.start..<c.end]), !holdsTitle(s, c.start, c.end),
          !(preposition && startsTradeWord(s, c.end)), !(functionWord && !endsAName(s, c.start, c.end, followers: followers))
        {
          // A cue around it (a role title before, a verb of speech after) makes the name likelier.
          if lexicon.cues.nameCue(in: s, c.start, c.end) { candidates[k].cost -= PersonNameModel.cueBonus }
          k += 1
        } else {
          candidates.remove(at: k)
        }
      }
    }
    return Segmentation(s, dictionary: dictionary, candidates: candidates)
  }

  /// Whether a name candidate `start..<end` plainly ends: at the text's end, before a character that
  /// follows names (说 在 的) or ends a clause, or with a cue around it (a verb of speech after it).
  private func endsAName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, followers: ScalarBitmap) -> Bool {
    end == s.count || followers.contains(s[end]) || ScalarClass.endsClause(s[end]) || lexicon.cues.nameCue(in: s, start, end)
  }

  /// Whether a word that ends a firm's name starts at `end` (投资 科技 资本 地产): the name before it
  /// is the firm's trade name.
  private func startsTradeWord(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
    lexicon.cues.genericWords.longestMatch(in: s, at: end) != nil || lexicon.cues.companyIndustries.longestMatch(in: s, at: end) != nil
      || lexicon.cues.tradeForms.longestMatch(in: s, at: end) != nil
  }

  /// Whether a mention that starts at `start` stands in a figure: right after a digit, on a numeral
  /// unit right after one (100|万林吉特), or right after such a unit (1.5亿|林吉特). A person's name
  /// there is a currency or a unit of the figure (林吉特 and 兰特 are persons' words of the dictionary).
  static func startsInAmount(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
    guard start > 0 else { return false }
    func isUnit(_ c: Unicode.Scalar) -> Bool { NumeralCharacter.smallUnit(c) != nil || NumeralCharacter.largeUnitExponent(c) != nil }
    if ScalarClass.isASCIIDigit(s[start - 1]) { return true }
    return start >= 2 && isUnit(s[start - 1]) && ScalarClass.isASCIIDigit(s[start - 2])
  }

  /// Whether a title or role starts inside the name candidate `start..<end` after its first character.
  private func holdsTitle(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    let titlesAfter = lexicon.cues.titlesAfter, roles = lexicon.cues.roles
    for k in (start + 1)..<end where titlesAfter.longestMatch(in: s, at: k) != nil || roles.longestMatch(in: s, at: k) != nil { return true }
    return false
  }

  /// A one-character form of the lexicon (美, 中, 港) inside an idiom or a fixed phrase of the
  /// segmentation path (美中不足) is no mention.
  private func dropCharactersOfIdioms(_ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    found.removeAllInPlace { f in
      guard f.end - f.start == 1, f.source == "lexicon" else { return false }
      let start = words.wordStart(containing: f.start)
      guard case .word(let tag) = words.kind(at: start), words.wordEnd(at: start) - start >= 3, idiomTags[Int(tag)] else { return false }
      coverage.release(f.start, f.end)
      return true
    }
  }

  /// A place of the lexicon that a longer word of the segmentation path holds after its first
  /// character is no mention (发展|中国|家, 沿|海地|区, 示|范县); nor is one that ends inside an idiom
  /// of four characters or more (中|原形毕露, 半壁江山, 长治久安). A place at the start of a common word
  /// stays: 中国人, 美国人; at the start of a longer direction word it is a direction too (遗址|东北部,
  /// 四川|西南部: the north-east part, no region of China).
  private func dropPlacesInsideWords(_ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    found.removeAllInPlace { f in
      guard f.end - f.start >= 2, f.source == "lexicon", f.record.kind == .location else { return false }
      let first = words.wordStart(containing: f.start)
      var inside = first < f.start && words.wordEnd(at: first) >= f.end
      if first == f.start, words.wordEnd(at: first) > f.end, case .word(let tag) = words.kind(at: first), directionTags[Int(tag)] { inside = true }
      let last = words.wordStart(containing: f.end - 1)
      var idiom = false
      if case .word(let tag) = words.kind(at: last), chengyuTags[Int(tag)] {
        idiom = words.wordEnd(at: last) - last >= 4 && (last < f.start || words.wordEnd(at: last) > f.end)
      }
      guard inside || idiom else { return false }
      coverage.release(f.start, f.end)
      return true
    }
  }

  /// A place or an organisation of the lexicon by a form of two Han characters (mostly a short
  /// form: a county's bare name, 新平 东平; a university's, 港大) is a word: it starts and ends at word
  /// boundaries of the segmentation path. It is no mention when its first character ends a word
  /// of the dictionary begun before it (创新|平台, 钦州港|大榄坪), nor when its last character starts a
  /// longer word of the dictionary (东|平原), unless that word is a title, a body word or a suffix
  /// (清丰|县委), or the dictionary knows the form itself at least as often as the word that cuts it
  /// (山东 in 山|东三省). A form the path holds at its start stays (中国 in 中国人).
  private func dropShortFormsAcrossWords(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    found.removeAllInPlace { f in
      guard f.end - f.start == 2, f.source == "lexicon", f.record.kind == .location || f.record.kind == .organization,
        ScalarClass.isHan(s[f.start]), ScalarClass.isHan(s[f.start + 1])
      else { return false }
      // One character and a division before that division's title (代|县长, 五任|县长) name no place;
      // nor does a form that words of the dictionary cut at both ends (冬|天全|市 is 冬天 全市).
      if titleAfterOneCharacter(s, f) || (f.record.kind == .location && cutAtBothEnds(s, f)) {
        coverage.release(f.start, f.end)
        return true
      }
      let first = words.wordStart(containing: f.start)
      var cut: Range<Int>? = nil
      if first < f.start, case .word = words.kind(at: first) { cut = first..<words.wordEnd(at: first) }
      let last = f.start + 1
      if cut == nil, words.wordStart(containing: last) == last, words.wordEnd(at: last) > f.end, case .word = words.kind(at: last),
        !namesOn(s, at: last, through: words.wordEnd(at: last)), !Self.ordinalAt(s, f.end)
      {
        cut = last..<words.wordEnd(at: last)
      }
      guard let cut else { return false }
      // A form the dictionary knows at least as often as the word that cuts it stays (山东 in 山|东三省),
      // unless words of the path cut it at both ends (登上|海拔, 嵩山|南北, 第五|河川).
      if !(f.record.kind == .location && cutByPathAtBothEnds(s, f, words: words)), let form = dictionary.lookup(s[f.start..<f.end]),
        let word = dictionary.lookup(s[cut]), form.cost <= word.cost
      {
        return false
      }
      coverage.release(f.start, f.end)
      return true
    }
  }

  /// Whether words of the segmentation path of two characters or more cut the form `f` of two characters
  /// at both ends: one ends at its second character, begun before it, and the next starts there and
  /// goes on after it (登上|海拔 holds no 上海, 嵩山|南北 no 山南, 第五|河川 no 五河). A title, a body word or a
  /// suffix after the form (清丰|县委) and an ordinal (屯门|第54区) cut nothing.
  private func cutByPathAtBothEnds(_ s: [Unicode.Scalar], _ f: FoundEntity, words: Segmentation) -> Bool {
    let last = f.start + 1
    let first = words.wordStart(containing: f.start)
    guard first < f.start, words.wordEnd(at: first) == last, case .word = words.kind(at: first), words.wordStart(containing: last) == last,
      words.wordEnd(at: last) > f.end, case .word = words.kind(at: last), !namesOn(s, at: last, through: words.wordEnd(at: last)), !Self.ordinalAt(s, f.end)
    else { return false }
    return true
  }

  /// Whether words of the dictionary cut the form `f` of two characters at both ends: its first
  /// character ends a word of two characters begun before it and its last starts one after it, both
  /// words more frequent than the form and neither a place's (冬|天全|市: 冬天, 全市; 天全, a county, is
  /// none there). A place's word on one side leaves the form to the path (今|天津|市 stays ambiguous).
  private func cutAtBothEnds(_ s: [Unicode.Scalar], _ f: FoundEntity) -> Bool {
    guard f.start >= 1, f.end < s.count, ScalarClass.isHan(s[f.start - 1]), ScalarClass.isHan(s[f.end]),
      let left = dictionary.lookup(s[(f.start - 1)...f.start]), let right = dictionary.lookup(s[(f.end - 1)...f.end]),
      left.tag != "ns", right.tag != "ns"
    else { return false }
    guard let form = dictionary.lookup(s[f.start..<f.end]) else { return true }
    return form.cost > left.cost && form.cost > right.cost
  }

  /// Whether the place `f`, one character and a division (代县, 任县), ends where the title of that
  /// division begins (县|长 of 代县长, 五任县长): the character before the title is a word of its own
  /// (代 acting, 任 served as), and the title no office of a place of one character. A place of
  /// two characters before its title (宁波|市长) is no such form.
  private func titleAfterOneCharacter(_ s: [Unicode.Scalar], _ f: FoundEntity) -> Bool {
    guard f.end - f.start == 2, f.record.kind == .location, lexicon.cues.divisionSuffixes.contains(s[f.start + 1]),
      let title = lexicon.cues.roles.longestMatch(in: s, at: f.start + 1), title.end > f.end
    else { return false }
    return true
  }

  /// A place of the lexicon whose last character starts a longer word of the segmentation path
  /// (宁波市|场, 海淀区|域) ends where that word starts, when the lexicon gives the place that shorter
  /// form too (宁波, 海淀); otherwise it is no mention (大树区|域). A title, a body word or a suffix
  /// there stays after the whole place (北京市|长, the mayor of 北京市; 清丰县|委).
  private func trimPlacesBeforeWords(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    var candidates: [(end: Int, payload: Int32)] = []
    var dropped = false
    for k in found.indices {
      // Tested in place first: a copy of every mention retained and released its strings.
      guard found[k].end - found[k].start >= 3, found[k].record.kind == .location, found[k].source == "lexicon" else { continue }
      let f = found[k]
      guard let entity = f.lexiconEntity else { continue }
      let last = words.wordStart(containing: f.end - 1)
      guard last > f.start, words.wordEnd(at: last) > f.end, case .word = words.kind(at: last),
        !namesOn(s, at: last, through: words.wordEnd(at: last))
      else { continue }
      coverage.release(f.start, f.end)
      candidates.removeAll(keepingCapacity: true)
      lexicon.trie.candidates(in: s, at: f.start, into: &candidates)
      if candidates.contains(where: { $0.end == last && lexicon.surfaces[Int($0.payload)].entity == entity }) {
        found[k].end = last
        coverage.take(f.start, last)
      } else if f.end + 1 <= s.count, candidates.contains(where: { $0.end == f.end - 1 && lexicon.surfaces[Int($0.payload)].entity == entity }),
        let division = dictionary.lookup(s[(f.end - 1)...f.end]), division.tag == "n" || division.tag == "s"
      {
        // The place's division starts a common word (长沙市|区 is 长沙|市区, downtown Changsha), which the
        // path missed by taking a word across the place's name (长|沙市区): the place without its division.
        found[k].end = f.end - 1
        coverage.take(f.start, f.end - 1)
      } else {
        found[k].end = f.start  // dropped below
        dropped = true
      }
    }
    if dropped { found.removeAllInPlace { $0.end == $0.start } }
  }

  /// Whether a title, a body word or a suffix of an organisation or a place covers the word of the
  /// path `i..<end` (北京市|长, 清丰县|委, 海淀区|委员会): a place before it stays whole, since the word
  /// names something of that place. A suffix that is only the word's first character (市|场) does not.
  private func namesOn(_ s: [Unicode.Scalar], at i: Int, through end: Int) -> Bool {
    func covers(_ m: (end: Int, value: Bool)?) -> Bool { m.map { $0.end >= end } ?? false }
    return covers(lexicon.cues.roles.longestMatch(in: s, at: i)) || covers(lexicon.cues.titlesAfter.longestMatch(in: s, at: i))
      || covers(lexicon.cues.bodyWords.longestMatch(in: s, at: i)) || covers(lexicon.cues.placeSuffixes.longestMatch(in: s, at: i))
      || covers(lexicon.cues.organizationSuffixes.longestMatch(in: s, at: i))
  }

  /// A form bound to words (the gazetteer's, a listed company's) that does not start and end at
  /// word boundaries of the segmentation path is no mention: 明报 (Ming Pao) in 说明|报告, 卡夫 (Kraft)
  /// in 卡夫卡, 和成 (a listed company) in 北京|和|成都. The lexicon's pass then resumes inside each
  /// form dropped, now with the path: a name that starts inside it (成都) was hidden only by it.
  private func dropWordBoundFormsAcrossWords(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    var dropped: [(start: Int, end: Int)] = []
    found.removeAllInPlace { f in
      guard f.source == "lexicon", let entity = f.lexiconEntity, lexicon.boundToWords[Int(entity)], !Self.fits(s, words, f.start, f.end) else {
        return false
      }
      coverage.release(f.start, f.end)
      dropped.append((f.start, f.end))
      return true
    }
    guard !dropped.isEmpty else { return }
    var resumed: [FoundEntity] = []
    for d in dropped { matchLexicon(s, from: d.start, to: d.end, words: words, coverage: &coverage, into: &resumed) }
    found.append(contentsOf: resumed)
  }

  /// Whether `start..<end` starts and ends at word boundaries of the path. 第 before a digit begins
  /// an ordinal, whatever word the path took it into (屯门|第54区, where the path reads 门第).
  private static func fits(_ s: [Unicode.Scalar], _ words: Segmentation, _ start: Int, _ end: Int) -> Bool {
    words.startsWord(start) && (words.startsWord(end) || ordinalAt(s, end))
  }

  /// Whether an ordinal begins at `i`: 第 and a digit (第54区), which no word before it takes in (门第).
  static func ordinalAt(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    i + 1 < s.count && s[i] == "第" && s[i + 1].properties.numericType != nil
  }

  /// The gazetteer's mentions, taken out while the patterns run: a longer name a pattern finds
  /// holds them (印度|外交部, 住友|信托银行, 《国际先驱|论坛报》), see `placeGazetteer`.
  private func setGazetteerAside(_ found: inout [FoundEntity], coverage: inout CoverageMap) -> [FoundEntity] {
    var aside: [FoundEntity] = []
    found.removeAllInPlace { f in
      guard f.source == "lexicon", let entity = f.lexiconEntity, lexicon.setAsideForPatterns[Int(entity)] else { return false }
      coverage.release(f.start, f.end)
      aside.append(copy f)
      return true
    }
    return aside
  }

  /// Each mention of the gazetteer back among the others: a mention that holds it and more wins;
  /// otherwise it replaces the pattern guesses it overlaps (周恩来 found by the name model keeps
  /// the gazetteer's record, Zhou Enlai).
  ///
  /// Linear in the mentions, not in their product (a document of nothing but famous names): each
  /// gazetteer mention looks only at the mentions that start near it, through the others sorted
  /// by start. Gazetteer mentions never overlap one another (the lexicon match takes its
  /// positions), so one placed never decides about the next.
  private func placeGazetteer(_ s: [Unicode.Scalar], _ gazetteer: [FoundEntity], into found: inout [FoundEntity], coverage: inout CoverageMap) {
    guard !gazetteer.isEmpty else { return }
    let index = MentionsByStart(found)
    var removed = [Bool](repeating: false, count: found.count)
    var placed: [FoundEntity] = []
    for g in gazetteer {
      let near = index.candidates(overlapping: g.start, g.end)
      let held = near.contains { k in
        let f = found[index.order[k]]
        return !removed[index.order[k]] && f.start <= g.start && g.end <= f.end && f.end - f.start > g.end - g.start
      }
      if held { continue }
      var placing = g
      for k in near where !removed[index.order[k]] {
        let f = found[index.order[k]]
        guard f.start < g.end, g.start < f.end else { continue }
        if let joined = Self.bodyAcrossEnd(s, g, f) { placing = joined }
        removed[index.order[k]] = true
        coverage.release(f.start, f.end)
      }
      coverage.take(placing.start, placing.end)
      placed.append(placing)
    }
    found.removeAll(atOffsets: { removed[$0] })
    found.append(contentsOf: placed)
  }

  /// One organisation of a gazetteer body and the unit after it when a pattern read an organisation
  /// from inside the body across its end (陕西|师范|大学计算机学院: the pattern read 师范大学计算机学院, the
  /// gazetteer 陕西师范大学): the body's name and the rest of the pattern's, or nil.
  static func bodyAcrossEnd(_ s: [Unicode.Scalar], _ body: FoundEntity, _ pattern: FoundEntity) -> FoundEntity? {
    guard body.record.kind == .organization, pattern.record.kind == .organization, pattern.source == "pattern",
      pattern.start > body.start, pattern.start < body.end, pattern.end > body.end
    else { return nil }
    var joined = pattern
    joined.start = body.start
    let surface = Array(s[joined.start..<joined.end])
    joined.record = EntityRecord(
      id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
    joined.lexiconEntity = nil
    joined.rule = .bodyUnit
    return joined
  }

  /// A place of two characters that the lexicon found right after a family name standing as a
  /// word of its own, with a person's cue around the three (a role before, a verb of speech, a
  /// title or a role after, a list's 、): the place is a given name (记者贾|西平|报道, 陆|新平说).
  /// So is a listed company's short name or another name bound to words (财务长吴|志圣|表示: 志圣
  /// is a listed company, 志圣 a common given name).
  /// A family name that is also a preposition (向 和 与) counts only at the start of a clause, and
  /// none after a figure.
  private func takePlacesAsGivenNames(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    let names = lexicon.names, organizationStops = lexicon.cues.organizationStops, transliteration = lexicon.cues.transliteration
    let speechVerbs = lexicon.cues.speechVerbs, titlesAfter = lexicon.cues.titlesAfter, roles = lexicon.cues.roles
    for k in found.indices.reversed() {
      let f = found[k]
      guard f.end - f.start == 2, f.start >= 1, f.source == "lexicon", let entity = f.lexiconEntity else { continue }
      let listed = f.record.kind == .organization && lexicon.boundToWords[Int(entity)]
      guard f.record.kind == .location || listed else { continue }
      // A name of three characters that begins with the place, right after a role (记者 宁海|川）): the
      // family name, the place's second character and one more that ends the name.
      if f.record.kind == .location, let end = nameThroughPlace(s, f, coverage: coverage) {
        let surface = s[f.start..<end]
        let romanized = names.romanized(surface)
        let record = EntityRecord(
          id: EntityID.pattern(.person, Array(surface), romanized: romanized), kind: .person, name: romanized,
          nameZh: String(scalars: surface))
        found[k] = FoundEntity(start: f.start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: .placeGivenName)
        coverage.take(f.end, end)
        continue
      }
      let a = f.start - 1
      guard names.isLoneFamilyName(s[a]), !coverage[a], words.startsWord(a) else { continue }
      // A family name that is also a preposition (由 向 和 与) never takes a place for its given name,
      // even at the start of a clause: 由|维港|投资 is a firm led by, no person 由维港.
      if organizationStops.contains(s[a]) { continue }
      if a > 0, ScalarClass.isASCIIDigit(s[a - 1]) { continue }
      // The name ends where a word of the path starts (黄|淮北|部 is none), and is no part of a
      // run of transliteration characters (外援鲁西亚努: a foreign name).
      guard words.startsWord(f.end) else { continue }
      if f.end < s.count, (a..<f.end + 1).allSatisfy({ transliteration.contains(s[$0].value) }) { continue }
      let roleBefore = roleEnds(s, at: a)
      let e = f.end
      let after =
        e < s.count
        && (speechVerbs.longestMatch(in: s, at: e) != nil || titlesAfter.longestMatch(in: s, at: e) != nil
          || roles.longestMatch(in: s, at: e) != nil || s[e] == "、")
      let listBefore = a > 0 && s[a - 1] == "、"
      guard roleBefore || after || listBefore else { continue }
      let surface = s[a..<e]
      let romanized = names.romanized(surface)
      let record = EntityRecord(
        id: EntityID.pattern(.person, Array(surface), romanized: romanized), kind: .person, name: romanized,
        nameZh: String(scalars: surface))
      found[k] = FoundEntity(start: a, end: e, record: record, source: "pattern", lexiconEntity: nil, rule: listed ? .listedGivenName : .placeGivenName)
      coverage.take(a, e)
    }
  }

  /// Whether a role title ends at `i`, or one space before it (a byline: 记者 邬凌云).
  private func roleEnds(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    let roles = lexicon.cues.roles
    if i > 0, roles.longestMatch(in: s, endingAt: i, maxLength: 8) != nil { return true }
    return i > 1 && s[i - 1] == " " && roles.longestMatch(in: s, endingAt: i - 1, maxLength: 8) != nil
  }

  /// The end of a person's name of three characters that begins with the place `f` of two characters:
  /// a role ends right before it (or one space before: 记者 宁海川), its first character is a family
  /// name, its second and the character after it are seen as a given name, and no Han character
  /// follows (宁海|川）). `nil`: none.
  private func nameThroughPlace(_ s: [Unicode.Scalar], _ f: FoundEntity, coverage: CoverageMap) -> Int? {
    let e = f.end
    // The character tests first: most places are followed by none or by more Han characters.
    guard e < s.count, ScalarClass.isHan(s[e]), !coverage[e], e + 1 == s.count || !ScalarClass.isHan(s[e + 1]) else { return nil }
    let names = lexicon.names
    guard names.isLoneFamilyName(s[f.start]), names.givenNameCost(s[f.start + 1], s[e]) != nil, roleEnds(s, at: f.start) else { return nil }
    return e + 1
  }

  private func accept(_ patterns: inout [FoundEntity], into found: inout [FoundEntity], coverage: inout CoverageMap) {
    if patterns.contains(where: \.absorbsPlaces) { acceptAbsorbing(patterns, into: &found, coverage: &coverage) }
    Self.reserveGrowth(of: &found, adding: patterns.count)
    for p in patterns where !p.absorbsPlaces && coverage.isFree(p.start, p.end) {
      coverage.take(p.start, p.end)
      found.append(p)
    }
    patterns.removeAll(keepingCapacity: true)
  }

  /// Room in `found` for `count` more mentions, grown by a quarter at least instead of doubled by
  /// `append` when it is full: the working list's old and new buffers, alive together while it is
  /// copied, were a 20 MB document's peak (a doubling of 300,000 mentions: 7 MB beside 14 MB).
  static func reserveGrowth(of found: inout [FoundEntity], adding count: Int) {
    let needed = found.count + count
    guard needed > found.capacity else { return }
    found.reserveCapacity(max(needed, found.count + found.count / 4))
  }

  /// The patterns that take in the places they begin with (杭州|日报, 宁波市|政府), in order: each is
  /// accepted when only places stand inside its span, and those places are dropped. Linear in the
  /// mentions (a document of a thousand newspapers): the mentions found before are looked up by
  /// start, the ones accepted here by the positions they hold.
  private func acceptAbsorbing(_ patterns: [FoundEntity], into found: inout [FoundEntity], coverage: inout CoverageMap) {
    let index = MentionsByStart(found)
    var removed = [Bool](repeating: false, count: found.count)
    var accepted: [FoundEntity] = []
    var acceptedRemoved: [Bool] = []
    var holder: [Int: Int] = [:]  // position → the accepted pattern that holds it
    for p in patterns where p.absorbsPlaces {
      func isPlaceInside(_ f: FoundEntity) -> Bool { f.record.kind == .location && f.start >= p.start && f.end <= p.end }
      var inside: [Int] = []
      var insideAccepted: [Int] = []
      for k in index.candidates(overlapping: p.start, p.end) {
        let j = index.order[k]
        if !removed[j], found[j].start < p.end, p.start < found[j].end { inside.append(j) }
      }
      for position in p.start..<p.end {
        if let a = holder[position], !acceptedRemoved[a], !insideAccepted.contains(a) { insideAccepted.append(a) }
      }
      guard inside.allSatisfy({ isPlaceInside(found[$0]) }), insideAccepted.allSatisfy({ isPlaceInside(accepted[$0]) }) else { continue }
      for j in inside { removed[j] = true }
      for a in insideAccepted { acceptedRemoved[a] = true }
      coverage.take(p.start, p.end)
      for position in p.start..<p.end { holder[position] = accepted.count }
      accepted.append(p)
      acceptedRemoved.append(false)
    }
    found.removeAll(atOffsets: { removed[$0] })
    accepted.removeAll(atOffsets: { acceptedRemoved[$0] })
    found.append(contentsOf: accepted)
  }

  /// The single pass of the lexicon over the text.
  private func matchLexicon(_ s: [Unicode.Scalar], coverage: inout CoverageMap) -> [FoundEntity] {
    var found: [FoundEntity] = []
    matchLexicon(s, from: 0, to: s.count, words: nil, coverage: &coverage, into: &found)
    return found
  }

  /// The lexicon's longest matches that start in `from..<limit` (one may end past `limit`), added
  /// to `found`. With the segmentation path `words` (the pass resumed inside a dropped form), a
  /// form bound to words must fit the path, and every form must take positions still free.
  func matchLexicon(
    _ s: [Unicode.Scalar], from: Int, to limit: Int, words: Segmentation?, coverage: inout CoverageMap, into found: inout [FoundEntity]
  ) {
    var candidates: [(end: Int, payload: Int32)] = []
    let trie = lexicon.trie
    var i = from
    while i < limit {
      i = trie.nextPossibleStart(in: s, from: i, to: limit)
      guard i < limit else { break }
      candidates.removeAll(keepingCapacity: true)
      trie.candidates(in: s, at: i, into: &candidates)
      var next = i + 1
      for c in candidates.reversed() {
        let entity = lexicon.surfaces[Int(c.payload)].entity
        let tail = lexicon.versionTails[Int(entity)]
        let previousEnd = found.isEmpty ? nil : found[found.count - 1].end
        guard Self.latinBoundary(s, i, c.end, digitAfter: tail != nil) || gluedToNames(s, i, c.end, previousEnd: previousEnd),
          lexicon.surfaces[Int(c.payload)].context.holds(in: s, start: i, end: c.end)
        else { continue }
        if let words, lexicon.boundToWords[Int(entity)], !Self.fits(s, words, i, c.end) { continue }
        var record = lexicon.record(entity)
        var start = i
        var end = c.end
        var source = "lexicon"
        // A form that ends a part of a dotted name begun before it (卡莱维·海|米莱) is no mention:
        // the dotted name is one person.
        if ScalarClass.isHan(s[i]), endsDottedPart(s, i, c.end) || startsDottedNameAfterRole(s, i, c.end) { continue }
        if ScalarClass.isHan(s[i]), isPartOfDottedName(s, i, c.end, after: found.last) {
          // 多米尼克·… and 阿里·… are given names, not a country and a company; a person's
          // family name keeps its id and takes the given name in front (艾隆·马斯克).
          guard record.kind == .person else { continue }
          start = givenNameStart(s, before: i, found: found)
        }
        if let tail, let tailEnd = tail.match(in: s, from: c.end, countUnits: lexicon.cues.countUnits) {
          record = versioned(record, kind: tail.kind, tail: s[c.end..<tailEnd])
          end = tailEnd
          source = "pattern"
        } else if !Self.latinBoundary(s, i, c.end, digitAfter: false) && !gluedToNames(s, i, c.end, previousEnd: previousEnd) {
          continue
        }
        if words != nil, !coverage.isFree(start, end) { continue }
        // Grown by a quarter, not doubled: the list is the working list of every stage after this
        // one, whose room doubled here stayed unused through the pattern scanners.
        if found.count == found.capacity { found.reserveCapacity(found.count + found.count / 4 + 16) }
        found.append(
          source == "lexicon"
            ? FoundEntity(start: start, end: end, shared: sharedRecords[Int(entity)], source: source, lexiconEntity: entity, rule: .lexicon)
            : FoundEntity(start: start, end: end, record: record, source: source, lexiconEntity: nil, rule: .versionTail))
        coverage.take(start, end)
        next = end
        break
      }
      i = next
    }
  }

  /// Names glued together by a text that lost its spaces (`OpenAIAMD`, `CNBCThe Information`,
  /// `SpaceXStarlink`): a Latin form may touch the mention before it, and may touch a capital
  /// that starts another lexicon form which itself ends at a word boundary. `AMDX` stays out.
  private func gluedToNames(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, previousEnd: Int?) -> Bool {
    guard Self.latinStartOK(s, start) || previousEnd == start else { return false }
    if Self.latinEndOK(s, start, end, digitAfter: false) { return true }
    guard end < s.count, ScalarClass.isUpper(s[end]), ScalarClass.isLatinWordScalar(s[end - 1]) else { return false }
    var next: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: s, at: end, into: &next)
    return next.contains { c in
      let surface = lexicon.surfaces[Int(c.payload)]
      return c.end - end >= 2 && Self.latinEndOK(s, end, c.end, digitAfter: lexicon.versionTails[Int(surface.entity)] != nil)
        && surface.context.holds(in: s, start: end, end: c.end)
    }
  }

  /// A form made of transliteration characters with a middle dot and more of them on one side.
  /// `previous` is the mention found last, which may be the part before the dot. Two places
  /// joined by a dot (卡塔尔·多哈, 莫斯科·克里姆林宫) are no person.
  private func isPartOfDottedName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, after previous: FoundEntity?) -> Bool {
    let dotAfter = end + 1 < s.count && ScalarClass.isNameDot(in: s, at: end)
    let dotBefore = start >= 2 && ScalarClass.isNameDot(in: s, at: start - 1)
    guard dotAfter || dotBefore else { return false }  // the common case, decided without hashing
    let translit = lexicon.cues.transliteration
    guard s[start..<end].allSatisfy({ translit.contains($0.value) }) else { return false }
    if dotAfter, translit.contains(s[end + 1].value) {
      var others: [(end: Int, payload: Int32)] = []
      lexicon.trie.candidates(in: s, at: end + 1, into: &others)
      if others.contains(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind != .person }) { return false }
      var r = end + 1
      while r < s.count, r - end <= DottedNameScanner.maxPart, translit.contains(s[r].value) { r += 1 }
      return r >= s.count || !lexicon.cues.placeEndings.contains(s[r])
    }
    if dotBefore, translit.contains(s[start - 2].value) {
      return !(previous.map { $0.end == start - 1 && $0.record.kind != .person } ?? false)
    }
    return false
  }

  /// Whether the form `start..<end`, all transliteration characters, continues a run of them that
  /// starts right after a name dot (卡莱维·海|米莱): it is the end of that part of a dotted name.
  private func endsDottedPart(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    let translit = lexicon.cues.transliteration
    guard start >= 2, translit.contains(s[start - 1].value) else { return false }  // the common case
    var j = start - 1
    while j > 0, start - j < DottedNameScanner.maxPart, translit.contains(s[j - 1].value) { j -= 1 }
    guard j >= 2, ScalarClass.isNameDot(in: s, at: j - 1), translit.contains(s[j - 2].value) else { return false }
    return s[start..<end].allSatisfy { translit.contains($0.value) }
  }

  /// Whether the form `start..<end` starts on the last character of a role and runs into a dotted
  /// name (外长|沙夫卡特·尤苏波夫): the form's characters past its first are the given name's, no 长沙.
  private func startsDottedNameAfterRole(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    let transliteration = lexicon.cues.transliteration, dotted = lexicon.cues.dottedNameCharacters
    var k = start + 1
    while k < s.count, k - start <= DottedNameScanner.maxGiven,
      transliteration.contains(s[k].value) || dotted.contains(s[k].value)
    {
      k += 1
    }
    guard k >= end, k > start + 1, k + 1 < s.count, ScalarClass.isNameDot(in: s, at: k) else { return false }
    return lexicon.cues.endsRoleBefore(in: s, start)
  }

  /// Where the given name before `·` at `start - 1` begins (or `start` when there is none free).
  private func givenNameStart(_ s: [Unicode.Scalar], before start: Int, found: [FoundEntity]) -> Int {
    guard start >= 2, ScalarClass.isNameDot(in: s, at: start - 1) else { return start }
    let limit = found.last?.end ?? 0
    var j = start - 1
    while j > limit, start - 1 - j < DottedNameScanner.maxGiven, lexicon.cues.transliteration.contains(s[j - 1].value) { j -= 1 }
    return j < start - 1 ? j : start
  }

  /// `GPT` + `-5.1` → `product:gpt-5.1` "GPT-5.1"; `Gemini` + ` 3 Pro` → `product:gemini-3-pro` "Gemini 3 Pro".
  private func versioned(_ base: EntityRecord, kind: EntityKind, tail: ArraySlice<Unicode.Scalar>) -> EntityRecord {
    var t = tail
    let separator = t.first == "-" ? "-" : " "
    while let f = t.first, f == "-" || f == " " { t = t.dropFirst() }
    let version = String(scalars: t)
    let slug = EntityID.slugify(version)
    let name = (base.name ?? base.id) + separator + version
    let latinZh = base.nameZh.map { $0 == base.name } ?? false
    // The product of a company's name (DeepSeek-V3.2) takes the product's prefix.
    let baseSlug = base.id.firstIndex(of: ":").map { base.id[base.id.index(after: $0)...] } ?? Substring(base.id)
    return EntityRecord(id: EntityID.prefix(kind) + ":" + baseSlug + "-" + slug, kind: kind, name: name, nameZh: latinZh ? name : nil)
  }

  /// Latin forms are whole words: `Meta` is not in `Metaverse`, `AMD` not in `AMDX`. A digit
  /// may follow when a version tail is allowed (`Gemini3`).
  static func latinBoundary(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, digitAfter: Bool) -> Bool {
    latinStartOK(s, start) && latinEndOK(s, start, end, digitAfter: digitAfter)
  }

  static func latinStartOK(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
    !(ScalarClass.isLatinWordScalar(s[start]) && start > 0 && ScalarClass.isLatinWordScalar(s[start - 1]))
  }

  static func latinEndOK(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, digitAfter: Bool) -> Bool {
    if ScalarClass.isLatinWordScalar(s[end - 1]), end < s.count, ScalarClass.isLatinWordScalar(s[end]) {
      // A capital after a small letter starts a new word even without a space (`Sam AltmanX上`).
      if ScalarClass.isLower(s[end - 1]), ScalarClass.isUpper(s[end]) { return true }
      // A number glued to a name of three letters or more (`OpenAI2024年`, `AMD10%`) is not part of it.
      if ScalarClass.isASCIIDigit(s[end]) {
        return digitAfter || (end - start >= 3 && !ScalarClass.isASCIIDigit(s[end - 1]))
      }
      return false
    }
    return true
  }
}

/// Links the surface forms of one entity inside a document.
///
/// - A parenthesised alias right after a name (`山姆·阿尔特曼(Sam Altman)`,
///   `达里奥.阿莫代(Dario Amodei)`), or a name in the other script written right after it
///   (`甲骨文Oracle`), is the same entity: both share one id, the pattern side takes the
///   lexicon side's record, and two pattern names merge into one record with the English and
///   the Chinese name (`source: "alias"` for the second form). A parenthesis holding a Latin
///   name that no rule found is read as that alias.
/// - Later partial forms (family name `特沃雷克`, `Higgins`; a company's name without its legal
///   suffix; a product's model code without its brand, `S9` after `曜途S9`) and the lexicon's `linked` forms (`Sam`, `山姆`) of entities the document names are
///   found in a second pass over the positions still free.
/// A class, built once with the extractor: as a struct its every copy (its methods' closures
/// took ten a document) retained each table of the lexicon and the dictionary, some 35,000
/// instructions a copy.
final class EntityLinker: Sendable {
  let lexicon: EntityLexicon
  let dictionary: WordDictionary
  private let products: ProductModelScanner

  init(lexicon: EntityLexicon, dictionary: WordDictionary) {
    self.lexicon = lexicon
    self.dictionary = dictionary
    products = ProductModelScanner(cues: lexicon.cues, dictionary: dictionary)
  }
  static let maxAlias = 40
  /// A word whose cost is this far below an unknown character's is seen a thousand times or more
  /// (100 × ln 2000): too common a word to be read as an abbreviation.
  static let frequentWordMargin: WordDictionary.Cost = 760
  /// Dictionary tags of names: a short form that the dictionary holds with another tag is a
  /// common word (公安, 市值, 发展) and names nothing alone.
  static let nameTags: Set<String> = ["nr", "nrfg", "nrt", "ns", "nt", "nz", "j"]
  /// The rules whose names of three characters or more name their person again wherever they
  /// stand later in the document, even across a word of the path.
  static let wholeNameRules: Set<EntityRule> = [
    .chineseName, .roleName, .japaneseName, .koreanName, .transliteratedName, .loneFamilyName, .placeGivenName, .listedGivenName,
  ]

  func link(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    found.sortByStart()
    linkAliases(s, found: &found, coverage: &coverage)
    linkPartials(s, found: &found, coverage: &coverage, words: words)
    linkDivisionForms(s, found: &found)
    linkShortNames(s, found: &found)
    joinLeadingPlaces(s, found: &found)
    linkFamilyNames(found: &found)
  }

  // MARK: Parenthesised and appositive aliases

  private func linkAliases(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap) {
    // Only mentions that stand right after another one or after a parenthesis can be aliases.
    var byStart: [Int: Int] = [:]
    for (k, f) in found.enumerated() where f.start > 0 && (ScalarClass.isLatinWordScalar(s[f.start]) || s[f.start - 1] == "(" || s[f.start - 1] == " ") {
      byStart[f.start] = k
    }
    var added: [FoundEntity] = []
    // Pattern ids merged into another one's record, applied in one pass at the end.
    var renamed: [String: EntityRecord] = [:]
    // Mentions inside a parenthesised English name that the name replaces as a whole.
    var dropped = Set<Int>()
    for a in found.indices where !dropped.contains(a) {
      let first = found[a]
      var open = first.end
      if open < s.count, s[open] == "》" { open += 1 }
      if open < s.count, s[open] == "(" {
        var close = open + 1
        while close < s.count, close - open <= Self.maxAlias, s[close] != ")", s[close] != "(" { close += 1 }
        guard close < s.count, s[close] == ")" else { continue }
        var innerStart = open + 1, innerEnd = close
        while innerStart < innerEnd, s[innerStart] == " " { innerStart += 1 }
        while innerEnd > innerStart, s[innerEnd - 1] == " " { innerEnd -= 1 }
        // A declared short form (以下简称“丰禾农机”，股票代码：301487): the quoted words after the declaration.
        if let quoted = declaredShortForm(s, innerStart, innerEnd) { (innerStart, innerEnd) = quoted }
        if let b = byStart[innerStart], found[b].end == innerEnd {
          merge(a, b, &found, s, &renamed)
        } else if first.record.kind == .person || first.record.kind == .organization, coverage.isFree(innerStart, innerEnd),
          isLatinName(s, innerStart, innerEnd)
            ? !isLatinName(s, first.start, first.end) : (isLatinName(s, first.start, first.end) && isDottedName(s, innerStart, innerEnd))
        {
          var record = first.record
          if first.lexiconEntity == nil { fillNames(&record, with: s, innerStart, innerEnd) }
          found[a].record = record
          added.append(FoundEntity(start: innerStart, end: innerEnd, record: record, source: "alias", lexiconEntity: first.lexiconEntity, rule: .alias))
          coverage.take(innerStart, innerEnd)
        } else if first.record.kind == .organization, !isLatinName(s, first.start, first.end), isLatinName(s, innerStart, innerEnd),
          let inside = partsInside(found, innerStart, innerEnd)
        {
          // 北京市羽毛球协会(Beijing Badminton Association): the English name in parentheses is the
          // body's, though a place and a pattern name were read inside it (Beijing, Badminton Association).
          var record = first.record
          if first.lexiconEntity == nil { fillNames(&record, with: s, innerStart, innerEnd) }
          found[a].record = record
          dropped.formUnion(inside)
          added.append(FoundEntity(start: innerStart, end: innerEnd, record: record, source: "alias", lexiconEntity: first.lexiconEntity, rule: .alias))
        } else if first.record.kind == .organization, coverage.isFree(innerStart, innerEnd), isAbbreviation(s, innerStart, innerEnd, of: first) {
          // 國家科學委員會(國科會), 房屋委員會(房委會): a short form in parentheses, made of the name's own characters.
          added.append(
            FoundEntity(start: innerStart, end: innerEnd, shared: first.sharedRecord, source: "alias", lexiconEntity: first.lexiconEntity, rule: .alias))
          coverage.take(innerStart, innerEnd)
        } else if first.record.kind == .organization, let inside = shortFormParts(found, s, innerStart, innerEnd, of: first) {
          // 香港中文大學(中大), 行政院公共工程委員會(工程會), 中国交通建设股份有限公司(中国交建), 浙江大学医学院附属第一医院(浙大一院):
          // a short form of the name's own characters in order that leaves out its place or its parent, though a
          // place or a known name was read inside it (中国, 浙大): the body named again, those parts no mentions.
          dropped.formUnion(inside)
          added.append(
            FoundEntity(start: innerStart, end: innerEnd, shared: first.sharedRecord, source: "alias", lexiconEntity: first.lexiconEntity, rule: .alias))
          coverage.take(innerStart, innerEnd)
        }
      } else if let b = byStart[first.end], isLatinName(s, first.start, first.end) != isLatinName(s, found[b].start, found[b].end),
        found[b].record.kind == first.record.kind
      {
        merge(a, b, &found, s, &renamed)
      }
    }
    if !dropped.isEmpty { found = found.indices.filter { !dropped.contains($0) }.map { found[$0] } }
    if !added.isEmpty {
      // The record of a name may have gained an English name after its first mentions.
      // Grown to the exact size: a doubling of 250,000 mentions was a 20 MB document's peak.
      found.reserveCapacity(found.count + added.count)
      found += added
    }
    // Make every mention of one id carry the same, most complete record.
    if !renamed.isEmpty {
      for k in found.indices where found[k].lexiconEntity == nil {
        var hops = 0
        while let r = renamed[found[k].record.id], r.id != found[k].record.id, hops < 8 { found[k].record = r; hops += 1 }
      }
    }
    // (Lexicon records are complete already.)
    var best: [String: EntityRecord] = [:]
    for f in found where f.lexiconEntity == nil {
      var r = best[f.record.id] ?? f.record
      if r.name == nil { r.name = f.record.name }
      if r.nameZh == nil { r.nameZh = f.record.nameZh }
      best[f.record.id] = r
    }
    guard !best.isEmpty else { return }
    for k in found.indices where found[k].lexiconEntity == nil {
      if let r = best[found[k].record.id] { found[k].record = r }
    }
  }

  /// The quoted words after an `alias-declaration` cue at the start of a parenthesis's content
  /// `start..<end` (以下简称“丰禾农机”，股票代码：301487 → 丰禾农机; 下称「赣锂新材」), when they hold two
  /// characters or more; `nil` when no declaration opens it.
  private func declaredShortForm(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int)? {
    guard let cue = lexicon.cues.aliasDeclarations.longestMatch(in: s, at: start), cue.end < end else { return nil }
    let open = s[cue.end]
    let close: Unicode.Scalar
    switch open {
    case "“": close = "”"
    case "「": close = "」"
    case "\"": close = "\""
    default: return nil
    }
    var k = cue.end + 1
    while k < end, s[k] != close { k += 1 }
    guard k < end, k - cue.end - 1 >= 2 else { return nil }
    return (cue.end + 1, k)
  }

  /// `b` is an alias of `a`.
  private func merge(_ a: Int, _ b: Int, _ found: inout [FoundEntity], _ s: [Unicode.Scalar], _ renamed: inout [String: EntityRecord]) {
    let first = found[a], second = found[b]
    if first.record.id == second.record.id { return }
    switch (first.lexiconEntity, second.lexiconEntity) {
    case (.some, .some):
      return  // two lexicon entities: 通用人工智能(AGI) is not an alias
    case (.some, .none):
      renamed[second.record.id] = first.record
      found[b].record = first.record
      found[b].lexiconEntity = first.lexiconEntity
      found[b].source = "alias"
      found[b].rule = .alias
    case (.none, .some):
      renamed[first.record.id] = second.record
      found[a].record = second.record
      found[a].lexiconEntity = second.lexiconEntity
      found[a].source = "alias"
      found[a].rule = .alias
    case (.none, .none):
      guard first.record.kind == second.record.kind else { return }
      var record = first.record
      fillNames(&record, with: s, second.start, second.end)
      found[a].record = record
      found[b].record = record
      found[b].source = "alias"
      found[b].rule = .alias
      // Other mentions of the second id follow.
      renamed[second.record.id] = record
    }
  }

  private func fillNames(_ record: inout EntityRecord, with s: [Unicode.Scalar], _ start: Int, _ end: Int) {
    let surface = String(scalars: s[start..<end].map { ScalarClass.isNameDot($0) ? ScalarClass.middleDot : $0 })
    // The English name the text itself writes beside the name outweighs a romanisation (伊阿宋(Iason)).
    if isLatinName(s, start, end) { record.name = surface } else if record.nameZh == nil { record.nameZh = surface }
  }

  /// Letters, spaces, dots and hyphens, starting with a capital: `Sam Altman`, `Jerry Tworek`; a
  /// comma only before a company's legal form at the end (`Lanhai Equipment Co., Ltd.`).
  private func isLatinName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard start < end, end - start <= 60, ScalarClass.isUpper(s[start]) else { return false }
    var stop = end
    if let comma = s[start..<end].firstIndex(of: ","), comma > start {
      var a = comma + 1
      while a < end, s[a] == " " { a += 1 }
      let tail = String(scalars: s[a..<end])
      guard Self.legalTails.contains(tail) else { return false }
      stop = comma
    }
    guard stop - start <= 40 else { return false }
    return s[start..<stop].allSatisfy { ScalarClass.isLatinWordScalar($0) || $0 == " " || $0 == "." || $0 == "-" || $0 == "&" || $0 == "'" }
  }

  /// The legal forms that may follow a comma at the end of an English company name, or a space after its
  /// name (`LatinNameScanner`: Hexfield Robotics GmbH, NovaPay Pte. Ltd.).
  static let legalTails: Set<String> = [
    "Ltd.", "Ltd", "Inc.", "Inc", "LLC", "Limited", "L.P.", "LP", "S.A.", "AG", "GmbH", "Co.", "Corp.", "Pte.", "Bhd.", "Berhad", "Sdn.", "PLC", "plc",
  ]

  /// The mentions that lie wholly inside `start..<end`, when there is one at least, none crosses its
  /// edges and none is a lexicon entity other than a place; `nil` otherwise.
  private func partsInside(_ found: [FoundEntity], _ start: Int, _ end: Int) -> Set<Int>? {
    var inside = Set<Int>()
    for (k, f) in found.enumerated() where f.end > start && f.start < end {
      guard f.start >= start, f.end <= end, f.lexiconEntity == nil || f.record.kind == .location else { return nil }
      inside.insert(k)
    }
    return inside.isEmpty ? nil : inside
  }

  /// Whether `s[start..<end]` (Han, 2 to 6 characters) is a short form of the organisation `name`: shorter,
  /// starting with one of its first two characters, and its characters a subsequence of the name's
  /// (房屋委员会 → 房委会, 国家科学委员会 → 国科会, 香港交易及结算所 → 港交所).
  private func isAbbreviation(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, of name: FoundEntity) -> Bool {
    guard end - start >= 2, end - start <= 6, end - start < name.end - name.start, s[start..<end].allSatisfy(ScalarClass.isHan) else { return false }
    guard s[start] == s[name.start] || (name.end - name.start >= 4 && s[start] == s[name.start + 1]) else { return false }
    var k = name.start
    for c in s[start..<end] {
      while k < name.end, s[k] != c { k += 1 }
      guard k < name.end else { return false }
      k += 1
    }
    return true
  }

  /// The mentions inside `start..<end` (none of them all of it, none crossing its edges) when it is a short
  /// form of `name` in parentheses right after it that may begin past the name's first characters: two to six
  /// Han characters of the name in order, no frequent common word (大学 of 某某大学, 公司), shorter than the
  /// name. Nil otherwise. The mentions are sorted by start: the search is a bisection and a walk over the
  /// mentions inside, no pass over every mention.
  private func shortFormParts(_ found: [FoundEntity], _ s: [Unicode.Scalar], _ start: Int, _ end: Int, of name: FoundEntity) -> Set<Int>? {
    guard end - start >= 2, end - start <= 6, end - start < name.end - name.start, s[start..<end].allSatisfy(ScalarClass.isHan) else { return nil }
    var k = name.start
    for c in s[start..<end] {
      while k < name.end, s[k] != c { k += 1 }
      guard k < name.end else { return nil }
      k += 1
    }
    if let word = dictionary.lookup(s[start..<end]), !Self.nameTags.contains(word.tag), word.cost < dictionary.unknownCost - Self.frequentWordMargin {
      return nil
    }
    var low = 0, high = found.count
    while low < high {
      let mid = (low + high) / 2
      if found[mid].start < start { low = mid + 1 } else { high = mid }
    }
    if low > 0, found[low - 1].end > start { return nil }
    var inside = Set<Int>()
    var m = low
    while m < found.count, found[m].start < end {
      guard found[m].end <= end, !(found[m].start == start && found[m].end == end) else { return nil }
      inside.insert(m)
      m += 1
    }
    return inside
  }

  /// The short forms of a committee's name by the first characters of its words, read as words of
  /// two characters (房屋|委员会 → 房委会; 国家|科学|委员会 → 国科会, 国科委), after a leading place.
  private func committeeAbbreviations(_ core: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    guard core.count > 3, core[(core.count - 3)...].elementsEqual("委员会".unicodeScalars) else { return [] }
    var name = Array(core[..<(core.count - 3)])
    var places: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: name, at: 0, into: &places)
    if let place = places.last(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location }), place.end < name.count {
      name = Array(name[place.end...])
    }
    guard name.count == 2 || name.count == 4, name.allSatisfy(ScalarClass.isHan) else { return [] }
    let firsts = stride(from: 0, to: name.count, by: 2).map { name[$0] }
    if firsts.count == 1 { return [firsts + ["委", "会"]] }
    return [firsts + ["会"], firsts + ["委"]]
  }

  /// The starts of the words of an organisation's name of four to twelve Han characters, segmented on
  /// its own; a word of four characters or more (邯郸钢铁集团, which the dictionary holds whole) is read as
  /// words of two: the shape of such names (place, trade or industry, form). Empty for other names.
  private func nameWordStarts(_ name: [Unicode.Scalar]) -> [Int] {
    guard name.count >= 4, name.count <= 12, name.allSatisfy(ScalarClass.isHan) else { return [] }
    let path = Segmentation(name, dictionary: dictionary, candidates: [])
    var starts: [Int] = []
    var p = 0
    while p < name.count {
      let end = path.wordEnd(at: p)
      if end - p >= 4 {
        for k in stride(from: p, to: end, by: 2) { starts.append(k) }
      } else {
        starts.append(p)
      }
      p = end
    }
    return starts
  }

  /// The short forms of an organisation's name by the first characters of its words (邯郸|钢铁|集团
  /// → 邯钢, 上海|汽车|集团 → 上汽, 北京|大学 → 北大) and, where the name ends with a suffix of two
  /// characters, the first character and the suffix's last (亚洲|开发|银行 → 亚行, 世界|银行 → 世行):
  /// words of the name segmented on its own. A very frequent word of the dictionary or a form of the
  /// lexicon names something else; a form names the body only after its full name, as a word of the path.
  private func initialAbbreviations(_ name: [Unicode.Scalar], starts: [Int]) -> [[Unicode.Scalar]] {
    guard starts.count >= 2, starts[1] >= 2 else { return [] }
    var forms: [[Unicode.Scalar]] = [[name[0], name[starts[1]]]]
    if let suffix = lexicon.cues.organizationSuffixes.longestMatch(in: name, endingAt: name.count, maxLength: 2), suffix.start == name.count - 2,
      suffix.start == starts[starts.count - 1]
    {
      forms.append([name[0], name[name.count - 1]])
    }
    return usableForms(forms)
  }

  /// The short forms of three or four characters of an organisation's name by the first characters of its
  /// words (陕西|历史|博物馆 → 陕历博, 华中|科技|大学 → 华科大), and by a leading place of two characters
  /// kept whole before the first characters of the other words (华中|科技|大学 → 华中科大): three or four
  /// words, as `initialAbbreviations` reads them. Long enough to name nothing else, such a form names the
  /// body anywhere in a document that names it whole, a headline before the story too.
  private func wordInitialForms(_ name: [Unicode.Scalar], starts: [Int]) -> [[Unicode.Scalar]] {
    guard name.count >= 5 else { return [] }
    guard starts.count >= 3, starts.count <= 4, starts.dropFirst().allSatisfy({ $0 >= 2 }) else { return [] }
    var forms: [[Unicode.Scalar]] = [starts.map { name[$0] }]
    var places: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: name, at: 0, into: &places)
    if places.contains(where: { $0.end == 2 && starts[1] == 2 && lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location }) {
      forms.append(Array(name[0..<2]) + starts.dropFirst().map { name[$0] })
    }
    return usableForms(forms.filter { $0.count >= 3 && $0.count < name.count })
  }

  /// The forms that name nothing else: no very frequent word of the dictionary, no form of the lexicon.
  private func usableForms(_ forms: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
    var atForm: [(end: Int, payload: Int32)] = []
    return forms.filter { form in
      // Dictionaries file abbreviations under any tag (邯钢 n, 建行 v): only a very frequent word is too common.
      if let word = dictionary.lookup(form), word.cost < dictionary.unknownCost - Self.frequentWordMargin { return false }
      atForm.removeAll(keepingCapacity: true)
      lexicon.trie.candidates(in: form, at: 0, into: &atForm)
      return !atForm.contains { $0.end == form.count || $0.end == 2 && form.count == 2 }
    }
  }

  /// The beginnings of a registered company's name after its leading place and before its legal form, of
  /// three characters or more, shorter than that: 郑州|凯岚家居用品|有限公司 → 凯岚家, 凯岚家居, 凯岚家居用;
  /// 江西|钧澜新材料|股份有限公司 → 钧澜新, 钧澜新材. A story calls the company by its trade name and the first
  /// characters of its industry (凯岚家居总经理, 钧澜新材董事长, 楚晟建设报案): each names it as an
  /// abbreviation does, after the full name and ending at a word of the path, so the longest that the text
  /// holds whole wins (凯岚家居, not 凯岚).
  private func registeredPrefixes(_ surface: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    guard
      let legal = lexicon.cues.legalSuffixes.filter({ $0.count < surface.count && surface[(surface.count - $0.count)...].elementsEqual($0) })
        .max(by: { $0.count < $1.count })
    else { return [] }
    let name = Array(surface[..<(surface.count - legal.count)])
    guard name.allSatisfy(ScalarClass.isHan) else { return [] }
    var places: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: name, at: 0, into: &places)
    let placeEnd = places.last(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location })?.end ?? 0
    guard name.count - placeEnd >= 4 else { return [] }
    var forms: [[Unicode.Scalar]] = []
    for end in (placeEnd + 3)..<name.count {
      let form = Array(name[placeEnd..<end])
      if !isCommonWord(form) { forms.append(form) }
    }
    return forms
  }

  /// The short forms of a court's or a procuratorate's name after its place (`entity-short-forms.tsv`
  /// `court` rows: 杭州市|中级人民法院 → 杭州市中院, 杭州中院; 浙江省|高级人民法院 → 浙江省高院, 浙江高院;
  /// 余杭区|人民法院 → 余杭区法院; 杭州市|人民检察院 → 杭州市检察院, 杭州市检). A place that ends with 省 or
  /// 市 is also read without it.
  private func courtAbbreviations(_ surface: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    for (tail, shorts) in lexicon.shortForms.courts {
      guard surface.count > tail.count + 1, surface[(surface.count - tail.count)...].elementsEqual(tail) else { continue }
      let place = Array(surface[..<(surface.count - tail.count)])
      guard place.allSatisfy(ScalarClass.isHan) else { return [] }
      var heads = [place]
      if place.count >= 3, let last = place.last, last == "省" || last == "市" { heads.append(Array(place.dropLast())) }
      var out: [[Unicode.Scalar]] = []
      for head in heads {
        for short in shorts {
          // A short form of one character after a division only (杭州市检, 余杭区检), not after a bare name.
          if short.count == 1, !(head.last.map { "市区县省".unicodeScalars.contains($0) } ?? false) { continue }
          out.append(head + short)
        }
      }
      return out
    }
    return []
  }

  /// The short forms of a city's or a county's government after its name of two characters
  /// (`entity-short-forms.tsv` `government` rows): one of the name's characters and the short ending
  /// (台中市政府 → 中市府, 高雄市政府 → 高市府, 彰化县政府 → 彰县府), and the whole name with it (台中市府). A
  /// form names the government only in a document that names it whole, so the character that no one
  /// uses (台市府) finds nothing.
  private func governmentAbbreviations(_ surface: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    for (tail, short) in lexicon.shortForms.governments {
      guard surface.count == 2 + tail.count, surface[2...].elementsEqual(tail), surface[..<2].allSatisfy(ScalarClass.isHan) else { continue }
      return [[surface[0]] + short, [surface[1]] + short, [surface[0], surface[1]] + short]
    }
    return []
  }

  /// A body named later by its place's division word alone, without the place (安徽省水利厅 → 省水利厅,
  /// 上海市体育局 → 市体育局): the division word (`division-suffix`) right after the place that begins the
  /// name, or ending it, then a body of three characters or more that ends with a body suffix.
  private func divisionForms(_ surface: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var places: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: surface, at: 0, into: &places)
    guard let place = places.last(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location }) else { return [] }
    let divisions = lexicon.cues.divisionSuffixes
    var d = place.end
    if d < surface.count, divisions.contains(surface[d]) {
    } else if d > 1, divisions.contains(surface[d - 1]) {
      d -= 1
    } else {
      return []
    }
    let short = Array(surface[d...])
    guard short.count >= 4, short.count <= 8, short.allSatisfy(ScalarClass.isHan),
      let suffix = lexicon.cues.organizationSuffixes.longestMatch(in: short, endingAt: short.count, maxLength: 4), suffix.value
    else { return [] }
    return [short]
  }

  private func isDottedName(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3, end - start <= 12 else { return false }
    var dots = 0
    for i in start..<end {
      if ScalarClass.isNameDot(in: s, at: i) { dots += 1 } else if !ScalarClass.isHan(s[i]) { return false }
    }
    return dots > 0
  }

  private func isCommonWord(_ form: some Collection<Unicode.Scalar>) -> Bool {
    guard let word = dictionary.lookup(form) else { return false }
    return !Self.nameTags.contains(word.tag)
  }

  // MARK: Partial names

  /// Whether a Latin letter or a version number follows `end` (星澜|2.0, 澜海|X1): the short form
  /// there starts a product's name, not the company's. A count or a year (澜海|2025年) does not.
  private func versionFollows(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
    guard end < s.count, end > 0, ScalarClass.isHan(s[end - 1]) else { return false }
    if ScalarClass.isUpper(s[end]) || ScalarClass.isLower(s[end]) { return true }
    guard ScalarClass.isASCIIDigit(s[end]) else { return false }
    var k = end
    while k < s.count, ScalarClass.isASCIIDigit(s[k]) { k += 1 }
    return k < s.count && (s[k] == "." || ScalarClass.isUpper(s[k]) || ScalarClass.isLower(s[k]))
      && !(k + 1 < s.count && s[k] == "." && !ScalarClass.isASCIIDigit(s[k + 1]))
  }

  /// The trade name of a new company and the trade name with its last industry word
  /// (澜海智能装备 → 澜海, 澜海装备), when the name had a suffix and holds four characters or more
  /// after a leading place: a company is called by them in the rest of its story. A trade name that
  /// is a common word or a place names nothing alone.
  /// `form`: the trade form that ends the name (`trade-form`: 合作社), which also follows the trade
  /// name alone (山岚白茶专业合作社 → 山岚合作社).
  private func offerTradeNames(
    _ core: [Unicode.Scalar], _ hadSuffix: Bool, form: [Unicode.Scalar]?, _ f: FoundEntity, _ offer: ([Unicode.Scalar], FoundEntity, String) -> Void
  ) {
    guard hadSuffix, core.allSatisfy(ScalarClass.isHan) else { return }
    var places: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: core, at: 0, into: &places)
    let placeEnd = places.last(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location })?.end ?? 0
    let trade = Array(core[placeEnd...])
    guard trade.count >= 4 else { return }
    // 涟溪县|人民医院: a division right after two characters (县 市 镇 …, not the 市 of 超市) ends a place
    // the tables do not hold; those two characters are its name, no trade name of the body.
    if lexicon.cues.placeSuffixes.longestMatch(in: trade, at: 2)?.end == 3, dictionary.lookupTag(trade[1...2]) == nil { return }
    let name = Array(trade[..<2])
    var atName: [(end: Int, payload: Int32)] = []
    lexicon.trie.candidates(in: name, at: 0, into: &atName)
    guard !isCommonWord(name), !atName.contains(where: { $0.end == 2 }) else { return }
    offer(name, f, "alias")
    if let form { offer(name + form, f, "alias") }
    if trade.count >= 6 {
      let short = name + trade[(trade.count - 2)...]
      if !isCommonWord(short) { offer(short, f, "alias") }
    }
  }

  private func linkPartials(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation) {
    /// `after`: the form names the entity only from there on, as a word of the path (an abbreviation: 邯钢).
    /// `foundOnly`: the form renames a mention a pattern found, and is not looked for in the text.
    struct Partial {
      /// The entity's record as its mention holds it: the mentions linked to it share it.
      var shared: SharedEntityRecord
      var record: EntityRecord { shared.record }
      var entity: Int32?
      var source: String
      var ambiguous = false
      var after: Int? = nil
      var foundOnly = false
    }
    var partials: [[Unicode.Scalar]: Partial] = [:]
    func offer(_ key: [Unicode.Scalar], _ f: FoundEntity, _ source: String) {
      guard key.count >= 2 else { return }
      if let p = partials[key] {
        if p.record.id != f.record.id { partials[key]?.ambiguous = true }
        return
      }
      partials[key] = Partial(shared: f.sharedRecord, entity: f.lexiconEntity, source: source)
    }
    /// `anywhere`: the form names the entity before its full name too (a headline's 华中科大), as a word of the path.
    func offerAbbreviation(_ key: [Unicode.Scalar], _ f: FoundEntity, anywhere: Bool = false) {
      if let p = partials[key] {
        if p.record.id != f.record.id { partials[key]?.ambiguous = true }
        return
      }
      partials[key] = Partial(shared: f.sharedRecord, entity: f.lexiconEntity, source: "alias", after: anywhere ? 0 : f.end)
    }
    var wholeNames: [[Unicode.Scalar]: Partial] = [:]
    let placeSuffixes = lexicon.cues.placeSuffixes
    var seenEntities: Set<Int32> = []
    var seenPatterns: Set<String> = []
    var seenForms: Set<Int> = []
    for f in found {
      // A Latin name in parentheses after a company of the lexicon (月之暗面(Moonshot.ai)) names it
      // wherever a pattern found that name alone.
      if f.rule == .alias, f.lexiconEntity != nil, f.record.kind == .organization, isLatinName(s, f.start, f.end) {
        offer(Array(s[f.start..<f.end]), f, "alias")
      }
      if let e = f.lexiconEntity {
        if seenEntities.insert(e).inserted {
          for form in lexicon.linkedForms[e] ?? [] { offer(form, f, "lexicon") }
        }
        // One look per form of the entity (told apart by length, which is cheap to hash).
        guard seenForms.insert(Int(e) << 8 | min(f.end - f.start, 255)).inserted else { continue }
      } else {
        // A short form that a parenthesis gave (房委会 of 房屋委员会) names the body again later.
        if f.rule == .alias, f.record.kind == .organization, f.end - f.start >= 2, s[f.start..<f.end].allSatisfy(ScalarClass.isHan) {
          let key = Array(s[f.start..<f.end])
          // The text's own short form names the body anywhere, a headline before its full name too,
          // though the full name offered it first as an abbreviation read only after it (赣锂新材 of
          // 江西赣锂新材料股份有限公司): there, the form it gave alone anywhere (赣锂新) would cut it.
          if partials[key]?.record.id == f.record.id { partials[key]?.after = nil }
          offer(key, f, "alias")
        }
        guard seenPatterns.insert(f.record.id).inserted else { continue }
      }
      let surface = Array(s[f.start..<f.end])
      if f.record.kind == .organization {
        let starts = nameWordStarts(surface)
        for short in initialAbbreviations(surface, starts: starts) { offerAbbreviation(short, f) }
        for short in wordInitialForms(surface, starts: starts) { offerAbbreviation(short, f, anywhere: true) }
      }
      switch f.record.kind {
      case .person:
        // The family name: after the last middle dot, or the last Latin word.
        if let dot = surface.lastIndex(where: { ScalarClass.isNameDot($0) || $0 == "." }), dot + 1 < surface.count,
          surface[(dot + 1)...].allSatisfy(ScalarClass.isHan)
        {
          offer(Array(surface[(dot + 1)...]), f, "alias")
          // The given name alone, of three characters or more (费萨尔 of 费萨尔·本·法尔汉), when no other
          // person of the document shares it.
          if let firstDot = surface.firstIndex(where: { ScalarClass.isNameDot($0) || $0 == "." }), firstDot >= 3,
            surface[..<firstDot].allSatisfy(ScalarClass.isHan)
          {
            offer(Array(surface[..<firstDot]), f, "alias")
          }
        } else if let space = surface.lastIndex(of: " "), surface.count - space - 1 >= 3, ScalarClass.isUpper(surface[space + 1]) {
          offer(Array(surface[(space + 1)...]), f, "alias")
          // The given name alone (`Brad`), when no other person of the document shares it.
          if let firstSpace = surface.firstIndex(of: " "), firstSpace >= 3 { offer(Array(surface[..<firstSpace]), f, "alias") }
        } else if f.rule == .transliteratedName, surface.count >= 5 {
          // A foreign name run together without its dot (何塞曼努埃尔阿尔瓦雷斯): where its parts
          // split is unknown, so each ending of three characters or more after two (阿尔瓦雷斯,
          // 切费林 of 亚历山大切费林) names the person again when a rule finds it alone.
          for cut in 2...(surface.count - 3) { offer(Array(surface[cut...]), f, "alias") }
          // The whole name again (阿尔巴尼斯|在堪培拉 after 总理阿尔巴尼斯表示): else only its
          // endings are offered, and 巴尼斯 would be read inside it.
          if wholeNames[surface] == nil { wholeNames[surface] = Partial(shared: f.sharedRecord, entity: nil, source: f.source) }
        } else if surface.count >= 3, f.lexiconEntity == nil, Self.wholeNameRules.contains(f.rule), surface.allSatisfy(ScalarClass.isHan) {
          // A whole Chinese or Japanese name of three characters or more, found once with its
          // evidence, names the same person where the path cut it elsewhere (赵显|定向: 赵显定向日方).
          // Set apart: a form another entity offers (温特斯 of 卡洛琳·温特斯) wins over it.
          if wholeNames[surface] == nil { wholeNames[surface] = Partial(shared: f.sharedRecord, entity: nil, source: f.source) }
        }
      case .organization where f.lexiconEntity == nil:
        // A new company's short names: the name without its legal and trade suffixes, also
        // without a leading place (浙江吉利控股集团有限公司 → 浙江吉利控股集团, 吉利控股集团, 吉利控股 …).
        // An English registered name by its first word (Lunaris Therapeutics, Inc. → Lunaris): a name-like
        // word of four letters or more, when the name ends with a legal form (`legalTails`).
        if let space = surface.firstIndex(of: " "), space >= 4, ScalarClass.isUpper(surface[0]),
          surface[1..<space].allSatisfy({ ScalarClass.isLower($0) }), let last = surface.lastIndex(of: " "),
          Self.legalTails.contains(String(scalars: surface[(last + 1)...]))
        {
          offer(Array(surface[..<space]), f, "alias")
        }
        var core = surface
        // Industry words of a registered name (文化传媒 of 上海星河互娱文化传媒有限公司) are cut only after its legal form.
        let hadLegalForm = lexicon.cues.legalSuffixes.contains { $0.count < surface.count && surface[(surface.count - $0.count)...].elementsEqual($0) }
        for short in committeeAbbreviations(surface) where !isCommonWord(short) { offer(short, f, "alias") }
        // The whole name again, where no cue stands before it (新创公司曜石半导体 …; 曜石半导体执行长).
        if f.rule == .companyAppositive { offer(surface, f, "alias") }
        // Legal and trade suffixes, then industry words (星澜智能科技有限公司 → 星澜智能科技 →
        // 星澜智能 → 星澜; 新鸿基地产 → 新鸿基): each shorter form names the same company in this document.
        // The industry word nearest the legal form (物流 of 东岸国际物流股份有限公司).
        var lastIndustry: [Unicode.Scalar]?
        while let cut = lexicon.cues.organizationSuffixes.longestMatch(in: core, endingAt: core.count, maxLength: 6)
          ?? lexicon.cues.genericWords.longestMatch(in: core, endingAt: core.count, maxLength: 4)
          ?? lexicon.cues.companyIndustries.longestMatch(in: core, endingAt: core.count, maxLength: 3)
          ?? (hadLegalForm ? lexicon.cues.registeredIndustries.longestMatch(in: core, endingAt: core.count, maxLength: 4) : nil), cut.start >= 2
        {
          // A body's suffix of one character (委 局 厅) leaves no name before it: 上饶市发改|委 offers no 发改.
          if core.count - cut.start == 1, lexicon.cues.organizationSuffixes.longestMatch(in: core, endingAt: core.count, maxLength: 1)?.value == true { break }
          if hadLegalForm, lastIndustry == nil, core.count - cut.start >= 2,
            lexicon.cues.companyIndustries.longestMatch(in: core, at: cut.start)?.end == core.count
          {
            lastIndustry = Array(core[cut.start...])
          }
          core = Array(core[..<cut.start])
          guard core.allSatisfy(ScalarClass.isHan) else { break }
          if !isCommonWord(core) { offer(core, f, "alias") }
          var places: [(end: Int, payload: Int32)] = []
          lexicon.trie.candidates(in: core, at: 0, into: &places)
          if let place = places.last(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location }),
            core.count - place.end >= 2, !isCommonWord(core[place.end...])
          {
            offer(Array(core[place.end...]), f, "alias")
          }
        }
        // The shortest trade form that ends the name (合作社 of 专业合作社).
        // (A loop, not a lazy closure over `self`: that copied the linker, its lexicon and cues, at
        // every organisation.)
        var form: [Unicode.Scalar]?
        let tradeForms = lexicon.cues.tradeForms
        for k in 2...3 where form == nil && surface.count > k && tradeForms.longestMatch(in: surface, at: surface.count - k)?.end == surface.count {
          form = Array(surface[(surface.count - k)...])
        }
        offerTradeNames(core, surface.count > core.count, form: form, f, offer)
        // A registered name by its trade name and the industry word nearest its form (东岸国际物流股份有限公司 →
        // 东岸物流): the trade name after a leading place, of two characters or more, no common word.
        if let lastIndustry, core.allSatisfy(ScalarClass.isHan) {
          var places: [(end: Int, payload: Int32)] = []
          lexicon.trie.candidates(in: core, at: 0, into: &places)
          let placeEnd = places.last(where: { lexicon.record(lexicon.surfaces[Int($0.payload)].entity).kind == .location })?.end ?? 0
          let trade = Array(core[placeEnd...])
          if trade.count >= 2, !isCommonWord(trade + lastIndustry) { offer(trade + lastIndustry, f, "alias") }
        }
        for short in governmentAbbreviations(surface) where !isCommonWord(short) { offer(short, f, "alias") }
        for short in divisionForms(surface) { offerAbbreviation(short, f) }
        for short in courtAbbreviations(surface) where !isCommonWord(short) { offer(short, f, "alias") }
        // Last: a form offered above names the company before its full name too (a headline's 星澜智能).
        if hadLegalForm { for short in registeredPrefixes(surface) { offerAbbreviation(short, f) } }
      case .location where f.lexiconEntity == nil:
        // A village's, a town's or a scenic area's name without its suffix (乌镇 of 乌镇景区, 西江 of 西江镇),
        // where a pattern found it as a place (a name of the lexicon, 长沙 beside 长沙县, keeps its own id).
        if let suffix = placeSuffixes.longestMatch(in: surface, endingAt: surface.count, maxLength: 4), suffix.start >= 2,
          surface[..<suffix.start].allSatisfy(ScalarClass.isHan)
        {
          let key = Array(surface[..<suffix.start])
          if partials[key] == nil { partials[key] = Partial(shared: f.sharedRecord, entity: nil, source: "alias", foundOnly: true) }
        }
      case .product where f.rule == .productModel:
        // The model code alone (S9 of 曜途S9, YU7 of 小米YU7) names the product from there on, and
        // a Latin name of two words (DRIVE Thor) names it again whole. A code that the document
        // did not name with its brand first is no product by itself.
        if let code = ProductModelScanner.trailingModelCode(surface) { offerAbbreviation(code, f) }
        // The Latin name after the brand (X9 Pro 5G of 曜辰X9 Pro 5G, Fold 3 of 曜辰Fold 3) likewise.
        if let name = ProductModelScanner.trailingLatinName(surface) { offerAbbreviation(name, f) }
        if surface.allSatisfy(\.isASCII), surface.contains(" ") { offerAbbreviation(surface, f) }
      default:
        break
      }
    }
    for (key, whole) in wholeNames where partials[key] == nil { partials[key] = whole }
    // A form that is also the name of a place of the document, before its suffixes (篁岭 of 篁岭村 or
    // 篁岭村景区, beside the company 婺源县篁岭文旅股份有限公司), may name either: it names neither alone.
    for f in found where f.record.kind == .location && f.end - f.start >= 3 {
      var end = f.end
      for _ in 0..<2 {
        guard let suffix = placeSuffixes.longestMatch(in: s, endingAt: end, maxLength: 4), suffix.start - f.start >= 2 else { break }
        end = suffix.start
        let key = Array(s[f.start..<end])
        if let p = partials[key], p.record.kind != .location { partials[key]?.ambiguous = true }
      }
    }
    let usable = partials.filter { !$0.value.ambiguous }
    guard !usable.isEmpty else { return }
    // Names a pattern found on its own that are short forms of a longer name found elsewhere.
    // `renamed`: their own ids and the records they take, for the forms those names gave (福建省检察院
    // gave 省检察院 before it was read as 福建省人民检察院's short form).
    var renamed: [String: Partial] = [:]
    for k in found.indices where found[k].lexiconEntity == nil && found[k].source == "pattern" {
      if let p = usable[Array(s[found[k].start..<found[k].end])], p.record.id != found[k].record.id, p.record.kind == found[k].record.kind,
        p.after.map({ found[k].start >= $0 }) ?? true
      {
        renamed[found[k].record.id] = p
        found[k].record = p.record
        found[k].lexiconEntity = p.entity
        // A form the lexicon links (山姆 in a story of 山姆·奥尔特曼) reads as the lexicon would.
        found[k].source = p.source
        found[k].rule = .alias
      }
    }
    let keys = usable.filter { !$0.value.foundOnly }.keys.sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
    let trie = EntityTrie(keys.enumerated().map { ($0.element, Int32($0.offset)) })
    // A short form of a name of the document outweighs a guess of the Chinese-name rule inside
    // it (海岚智|造 is 海岚智造, the company's short name, not a person 海岚智), and a person found
    // without a cue (山姆 of 山姆·奥尔特曼 is that man, a form of the lexicon).
    var guesses: [Int: Int] = [:]
    for (k, f) in found.enumerated() where f.rule == .chineseName || f.rule == .personWord || f.rule == .loneFamilyName { guesses[f.start] = k }
    // A headline's short form of three characters or more by its words' first characters (华中科大)
    // outweighs a place inside it (华中): `placesInside`.
    var placesInside: [Int: Int] = [:]
    if usable.values.contains(where: { $0.after == 0 }) {
      for (k, f) in found.enumerated() where f.record.kind == .location { placesInside[f.start] = k }
    }
    var replaced: [Int] = []
    func free(_ start: Int, _ end: Int, overPlaces: Bool = false) -> Bool {
      var p = start
      while p < end {
        if !coverage[p] { p += 1; continue }
        if let k = guesses[p], found[k].end <= end {
          p = found[k].end
        } else if overPlaces, let k = placesInside[p], found[k].end <= end, found[k].end < end || found[k].start > start {
          p = found[k].end
        } else {
          return false
        }
      }
      return true
    }
    var candidates: [(end: Int, payload: Int32)] = []
    // The mentions the forms name, added to `found` at its exact size after the pass: appended one by
    // one they doubled it (old and new buffers of some 300,000 mentions alive at once were a 20 MB
    // document's peak). Only mentions found before the pass are read by index in it.
    var linked: [FoundEntity] = []
    var i = 0
    while i < s.count {
      i = trie.nextPossibleStart(in: s, from: i, to: s.count)
      guard i < s.count else { break }
      guard !coverage[i] || guesses[i] != nil || placesInside[i] != nil else { i += 1; continue }
      candidates.removeAll(keepingCapacity: true)
      trie.candidates(in: s, at: i, into: &candidates)
      var taken = false
      for c in candidates.reversed() where EntityExtractor.latinBoundary(s, i, c.end, digitAfter: false) && !versionFollows(s, c.end) {
        guard let p = usable[keys[Int(c.payload)]], free(i, c.end, overPlaces: p.after == 0 && c.end - i >= 3) else { continue }
        // The mention that gave the form is no new one.
        if let k = guesses[i], found[k].end == c.end, found[k].record.id == p.record.id { continue }
        // An abbreviation names the body only after its full name, and as a word of the path.
        if let after = p.after, i < after || !words.startsWord(i) || !words.startsWord(c.end) { continue }
        // A model code with a tier after it (S25| Ultra after 三星Galaxy S25) names another product.
        if p.record.kind == .product, products.tierEnd(s, after: c.end) > c.end { continue }
        var q = i
        while q < c.end {
          if let k = guesses[q] ?? placesInside[q], coverage[q], found[k].end <= c.end { replaced.append(k); q = found[k].end } else { q += 1 }
        }
        linked.append(FoundEntity(start: i, end: c.end, shared: p.shared, source: p.source, lexiconEntity: p.entity, rule: .alias))
        coverage.take(i, c.end)
        i = c.end
        taken = true
        break
      }
      if !taken { i += 1 }
    }
    if !linked.isEmpty {
      found.reserveCapacity(found.count + linked.count)
      found += linked
    }
    // One pass (removing each guess by index moved every later mention: quadratic in them).
    if !replaced.isEmpty {
      let drop = Set(replaced)
      found.removeAll(atOffsets: drop.contains)
    }
    guard !renamed.isEmpty else { return }
    for k in found.indices where found[k].lexiconEntity == nil && found[k].rule == .alias {
      var hops = 0
      while let p = renamed[found[k].record.id], p.record.id != found[k].record.id, hops < 4 {
        found[k].record = p.record
        found[k].lexiconEntity = p.entity
        hops += 1
      }
    }
  }
}

/// Companies named by a trade name and an industry word, without 公司 (`company-industry` cues:
/// 电子 地产 科技 半导体): 新鸿基|地产, 欣兴|电子, 京元|电子, 澜尚|科技 (issue 15 item 3).
///
/// The trade name is the two or three characters right before the industry word, starting a
/// word of the segmentation path, free (no mention holds them: 中国|电子 is a place and a noun)
/// and Han, holding no character that stops a name (的 和 在: `org-stop`, `name-follower`), and
/// either no word of the dictionary or one the dictionary files as a name (新鸿基 nr; not 消费|电子,
/// 汽车|电子, 国际|航运, 大型|地产). The industry word starts and ends a word of the path (房地产 holds
/// no 地产) and no noun of the dictionary follows it (欣兴电子|产品 is a class of goods; a verbal noun,
/// 荣盛石化|合资, is the company's act).
///
/// `extendListed`: a listed company found by its short name (`entities-companies-tw.tsv`: 欣兴)
/// followed by an industry word is that company (欣兴|电子 → `org:tw-3037`), so the short name and
/// the full one share one id.
final class IndustryCompanyScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .industryCompany }
  /// `nameTags[t]`: a trade name the dictionary knows with tag `t` may still be one (nr nz nt j …).
  private let nameTags: [Bool]
  /// `nounTags[t]`: a word tagged `t` after the industry word continues a noun phrase.
  private let nounTags: [Bool]
  /// `quantityTags[t]`: a word tagged `t` (numeral, measure word, pronoun) makes what follows a
  /// noun phrase (一|长溜汽车, 这|批电子), not a company's name.
  private let quantityTags: [Bool]

  /// The left boundary of a registered name, and whether a legal form follows.
  private let registered: RegisteredNameStart

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    registered = RegisteredNameStart(cues: cues, dictionary: dictionary)
    let names: Set<String> = ["nr", "nrfg", "nrt", "nz", "nt", "j"]
    nameTags = dictionary.tagMask(names)
    // A verbal noun (投资 合资 vn) after the name is the company's act, no class (荣盛石化|合资的项目).
    let nouns: Set<String> = ["n", "nz", "ng", "an", "nt"]
    nounTags = dictionary.tagMask(nouns)
    let quantities: Set<String> = ["m", "mq", "q", "r"]
    quantityTags = dictionary.tagMask(quantities)
  }

  /// An industry word's first character (`company-industry` cues): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.companyIndustries.startScalars])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    var i = 2
    while starts.advance(&i, below: s.count) {
      guard cues.companyIndustries.mayStart(with: s[i]), !coverage[i], let industry = cues.companyIndustries.longestMatch(in: s, at: i),
        coverage.isFree(i, industry.end), words.startsWord(i), words.startsWord(industry.end), !nounFollows(s, industry.end, words: words),
        // Inside a registered name the legal form reads the name (天衡|冷链物流|控股有限公司).
        !registered.formFollows(s, at: industry.end),
        let start = tradeNameStart(s, before: i, words: words, coverage: coverage, places: places)
      else {
        i += 1
        continue
      }
      let surface = Array(s[start..<industry.end])
      let record = EntityRecord(
        id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      found.append(FoundEntity(start: start, end: industry.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      i = industry.end
    }
  }

  /// Where the trade name before the industry word at `i` starts: three characters, else two.
  /// Three characters right after a place that the dictionary does not know as a word (美国|德事隆|航空) are one
  /// foreign trade name, however the path cuts them: 事隆 alone is no name.
  private func tradeNameStart(_ s: [Unicode.Scalar], before i: Int, words: Segmentation, coverage: CoverageMap, places: PlaceSpans) -> Int? {
    for length in [3, 2] where i - length >= 0 {
      let start = i - length
      guard words.startsWord(start), coverage.isFree(start, i),
        s[start..<i].allSatisfy({ ScalarClass.isHan($0) && !cues.organizationStops.contains($0) && !cues.nameFollowers.contains($0) })
      else { continue }
      // Three characters are one word of the path (新鸿基): 厂|欣兴 is a noun before a name of two.
      if length == 3, words.wordEnd(at: start) != i {
        guard places.startByEnd[start] != nil, dictionary.lookupTag(s[start..<i]) == nil, !holdsCommonWord(s, start, i, words: words) else { continue }
        return start
      }
      if let word = dictionary.lookupTag(s[start..<i]) {
        if !nameTags[Int(word.tag)] { continue }
      } else if followsQuantity(start, words: words) {
        // A trade name the dictionary does not know needs more than a free position: after a
        // numeral, a measure word or a pronoun it is a noun phrase (一|长溜|汽车).
        continue
      }
      // A generic word (科技, 新, 国内) or a word of the dictionary inside it that is no name (消费|电子 in 的消费电子).
      if cues.genericWords.longestMatch(in: s, at: start, limit: i) != nil { continue }
      if holdsCommonWord(s, start, i, words: words) { continue }
      return start
    }
    return nil
  }

  /// Whether the word of the path that ends at `start` is a numeral, a measure word or a pronoun.
  private func followsQuantity(_ start: Int, words: Segmentation) -> Bool {
    guard start > 0, case .word(let tag) = words.kind(at: words.wordStart(containing: start - 1)) else { return false }
    return quantityTags[Int(tag)]
  }

  /// Whether a word of the path of two characters or more inside `start..<end` is a common word.
  private func holdsCommonWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, words: Segmentation) -> Bool {
    var p = start
    while p < end {
      let e = words.wordEnd(at: p)
      if e > end { return true }
      if e - p >= 2, e - p < end - start, case .word(let tag) = words.kind(at: p), !nameTags[Int(tag)] { return true }
      p = e
    }
    return false
  }

  /// Whether a noun of the dictionary starts at `end` (电子|产品, 地产|市场): the words are a class.
  private func nounFollows(_ s: [Unicode.Scalar], _ end: Int, words: Segmentation) -> Bool {
    guard end < s.count, ScalarClass.isHan(s[end]) else { return false }
    if cues.roles.longestMatch(in: s, at: end) != nil || cues.speechVerbs.longestMatch(in: s, at: end) != nil { return false }
    guard case .word(let tag) = words.kind(at: end), words.wordEnd(at: end) - end >= 2 else { return false }
    return nounTags[Int(tag)]
  }

  /// A listed company by its short name right before an industry word (欣兴|电子, 日月光|半导体):
  /// one mention of that company, its id kept. The word ends a word of the path.
  func extendListed(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap, words: Segmentation, lexicon: EntityLexicon) {
    for k in found.indices where found[k].rule == .lexicon && found[k].record.kind == .organization {
      guard let entity = found[k].lexiconEntity, lexicon.boundToWords[Int(entity)], !lexicon.setAsideForPatterns[Int(entity)] else { continue }
      let end = found[k].end
      guard end < s.count, let industry = cues.companyIndustries.longestMatch(in: s, at: end), coverage.isFree(end, industry.end),
        words.startsWord(industry.end), !nounFollows(s, industry.end, words: words)
      else { continue }
      coverage.take(end, industry.end)
      found[k].end = industry.end
      found[k].source = "pattern"
      found[k].rule = .legalName
    }
  }
}

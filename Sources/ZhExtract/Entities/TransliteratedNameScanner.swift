/// Transliterated foreign names without a middle dot (基里延科, 贝森特, 马克宏, 阿尔巴尼斯): a run
/// of characters used in transliteration (`translit` cues) that a cue marks as a person — a
/// role title right before it (总理|基里延科), or a role, a title (`title-after` cues: 先生,
/// 总统) or a verb of speech right after it (贝森特|表示, 克林顿|总统).
///
/// The name is whole words of the segmentation path: a run that begins inside a word (总|理普里
/// 马科夫) starts at the next word, and one that ends inside a word keeps the word out, unless
/// the word is only a guess of the Chinese-name model (切费|林会见 is 切费林|会见). A run
/// that is a common word of the dictionary (安娜 is a name, 可可 no person) is no name; a run of
/// three characters or fewer that starts with a Chinese family name is left to the Chinese names.
/// A whole name run together (外交大臣|何塞曼努埃尔阿尔瓦雷斯, 主席|亚历山大切费林) is one mention;
/// its family name alone later (阿尔瓦雷斯|说) is linked to it by `EntityLinker`.
/// It reads before the Chinese names, so that their candidates do not split a foreign name
/// (萨|托里奥, 阿尔巴尼|斯).
/// Linear: every position is read once as part of at most one run.
struct TransliteratedNameScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .transliteratedName }
  /// A whole name written without its dot: 何塞曼努埃尔阿尔瓦雷斯 (José Manuel Albares) holds eleven.
  static let maxLength = 12

  /// A transliteration character (`translit` cues): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.transliteration])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    // Read from locals in the loop: a field of the large `cues` read there may be copied with all
    // of `cues` at each position (callgrind: 180 M instructions of copies on 1 MB of the corpus).
    let transliteration = cues.transliteration, roles = cues.roles
    var i = 0
    while starts.advance(&i, below: n) {
      guard !coverage[i], transliteration.contains(s[i].value) else { i += 1; continue }
      let j = TransliterationRun.end(in: s, from: i, coverage: coverage, characters: transliteration)
      defer { i = j }
      guard j - i >= 2, j - i <= Self.maxLength + 2 else { continue }
      // Whole words: start at a word start, end at one.
      var start = TransliterationRun.firstWordStart(words, from: i, before: j)
      // A role title inside the run ends before the name (总理 ends on 理, a transliteration character).
      var k = start + 1
      while k < j - 1 {
        if roles.longestMatch(in: s, endingAt: k, maxLength: 8).map({ $0.start >= start }) ?? false { start = k }
        k += 1
      }
      var end = j
      // A guess of the Chinese-name model across the end does not bind (阿尔瓦雷|斯周二, 切费|林会见).
      if !words.startsWord(end), !isCandidate(words.kind(at: words.wordStart(containing: end - 1))) { end = words.wordStart(containing: end - 1) }
      guard end - start >= 2, end - start <= Self.maxLength else { continue }
      let surface = s[start..<end]
      guard !dictionary.isNonPersonWord(surface), !cues.notDictionaryNames.contains(Array(surface)) else { continue }
      // A short run that starts with a Chinese family name (罗斯, 马克思) is left to the Chinese names.
      if end - start <= 3, cues.surnames.longestMatch(in: s, at: start) != nil { continue }
      // A short run that one more Han character and a verb of speech, a title or a list's 、 follow
      // is a Chinese name cut before its last given character (议员|詹佩|蓉|表示, 立委詹佩|蓉|、):
      // left to the Chinese names.
      if end - start <= 3, end + 1 < n, end == j, ScalarClass.isHan(s[end]), !coverage[end], !cues.nameFollowers.contains(s[end]),
        cues.personWordAfter(in: s, end + 1) || s[end + 1] == "、"
      {
        continue
      }
      guard cues.roleBefore(in: s, start) || cues.personWordAfter(in: s, end) else { continue }
      let nameZh = String(scalars: surface)
      let record = EntityRecord(id: EntityID.pattern(.person, Array(surface)), kind: .person, name: nil, nameZh: nameZh)
      found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
    }
  }

  private func isCandidate(_ kind: Segmentation.Kind) -> Bool {
    if case .candidate = kind { return true }
    return false
  }
}

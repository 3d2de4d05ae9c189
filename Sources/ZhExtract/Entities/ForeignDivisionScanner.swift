/// Foreign divisions that no table lists, by their division's word (issue 15 item 4): a run of
/// transliteration characters (`translit` cues, as the people's scanner reads) of four to eight
/// characters right before a one-character `place-suffix` cue (省 州 市 村) is a place with it
/// (向|马弗拉克省|援建, 马拉卡里斯村).
///
/// The run is whole words of the path from its first word start, no common word of the dictionary,
/// no role's (总统 before it makes a person), and the division ends a word of the path (市长 and 市场
/// are no division: 伊丽莎白|市长). A run of three is left to `PlaceSuffixScanner`, which reads the
/// Chinese towns (泥汊|镇); it reads before that scanner, which would cut a longer run (马弗|拉克省).
/// Linear: every position is read once as part of at most one run.
struct ForeignDivisionScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .foreignDivision }
  static let minLength = 4
  static let maxLength = 8

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
    // Read from locals in the loop (a field of the large `cues` may be copied with all of it).
    let translit = cues.transliteration, divisions = cues.divisionSuffixes
    var i = 0
    while starts.advance(&i, below: n) {
      guard !coverage[i], translit.contains(s[i].value) else { i += 1; continue }
      let j = TransliterationRun.end(in: s, from: i, coverage: coverage, characters: translit, limit: Self.maxLength + 2)
      defer { i = j }
      guard j < n, !coverage[j], divisions.contains(s[j].value), words.startsWord(j), words.startsWord(j + 1) else { continue }
      var start = TransliterationRun.firstWordStart(words, from: i, before: j)
      guard j - start >= Self.minLength, j - start <= Self.maxLength else { continue }
      let name = s[start..<j]
      // A dotted name's last part: its first parts are the place's too (尼·|伯尔切斯库镇).
      if start == i, let first = dottedStart(s, coverage: coverage, translit: translit, before: start) { start = first }
      guard !dictionary.isNonPersonWord(name), !cues.notDictionaryNames.contains(Array(name)), !cues.roleBefore(in: s, start) else { continue }
      let surface = Array(s[start...j])
      let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
      found.append(FoundEntity(start: start, end: j + 1, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
    }
  }

  /// Where the parts before a name dot right before `start` begin (尼·伯尔切斯库: 尼), each part a
  /// free run of transliteration characters, or `nil` when no dot stands there.
  private func dottedStart(_ s: [Unicode.Scalar], coverage: CoverageMap, translit: ScalarBitmap, before start: Int) -> Int? {
    var p = start
    while p >= 2, ScalarClass.isNameDot(in: s, at: p - 1), !coverage[p - 2], translit.contains(s[p - 2].value), start - p < Self.maxLength {
      var q = p - 2
      while q > 0, start - q < Self.maxLength + 4, !coverage[q - 1], translit.contains(s[q - 1].value) { q -= 1 }
      p = q
    }
    return p < start ? p : nil
  }
}

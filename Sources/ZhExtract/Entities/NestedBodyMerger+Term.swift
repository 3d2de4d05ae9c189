/// A body elected or convened for numbered terms (`term-body`: 人大 人民代表大会 人大常委会 政协 立法会) written
/// after the ordinal of its term is one organisation with it (rule `entities.term-body`): 第二届|全国人民代表大会,
/// 六届|人大常委会, 首届|立法会, 第十四届|全国人大. The mention keeps its record (the term names the same body:
/// 第十四届全国人大 is `org:cn-npc`); only its span takes in the ordinal. The ordinal is 第 and up to three
/// numerals and 届, the numerals and 届 alone at a word of the path's start (六届), or 首届; a lone 一届 names no
/// term (上一届, 每一届 count terms). Not so before any other organisation (第二届|奥运会组委会 is read by the body's rule).
extension NestedBodyMerger {
  /// Longest run of numerals in a term's ordinal (二十一).
  static let maxTermNumerals = 3

  /// The start of a term's ordinal right before the organisation `f` whose name ends with a `term-body` cue, or nil.
  func termStart(_ s: [Unicode.Scalar], before f: FoundEntity, coverage: CoverageMap, words: Segmentation) -> Int? {
    guard f.record.kind == .organization, let body = cues.termBodies.longestMatch(in: s, endingAt: f.end, maxLength: 6), body.start >= f.start,
      f.start >= 2, s[f.start - 1] == "届", !coverage[f.start - 1]
    else { return nil }
    let numeralsEnd = f.start - 1
    // 首届: the first term.
    if s[numeralsEnd - 1] == "首" {
      return coverage[numeralsEnd - 1] ? nil : numeralsEnd - 1
    }
    var q = numeralsEnd
    while q > 0, numeralsEnd - q < Self.maxTermNumerals, !coverage[q - 1], Self.isNumeral(s[q - 1]) { q -= 1 }
    guard q < numeralsEnd else { return nil }
    if q > 0, s[q - 1] == "第", !coverage[q - 1] { return q - 1 }
    // Without 第 the numerals begin a word of the path (六届), and a lone 一 counts terms (上一届).
    guard words.startsWord(q), !(numeralsEnd - q == 1 && s[q] == "一") else { return nil }
    if q > 0, Self.isNumeral(s[q - 1]) { return nil }
    return q
  }

  /// Whether the character is a numeral of an ordinal: an ASCII digit or a Chinese numeral (六 十), not 两,
  /// which counts (两届 is two terms).
  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    guard c != "两", c != "兩" else { return false }
    return ScalarClass.isASCIIDigit(c) || NumeralCharacter.digit(c) != nil || NumeralCharacter.smallUnit(c) != nil
  }
}

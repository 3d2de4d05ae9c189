/// A period the text names by a word and glosses with its days right after it, in parentheses:
/// `暑运（7月1日至8月31日）`, `今年主汛期（6月至9月）`, `今年冬春航季首日（10月25日）`. The word
/// (`glossed-period` in `dates-cues.tsv`), with a year right before it and up to
/// `reach` Han characters between them, is a date of its own with the gloss's value; the gloss
/// stays a date too (two mentions, one value, as `下周一（5月31日）`). Without the gloss such a
/// word is no date (`汛期` alone has no days a reader could check).
enum GlossedPeriod {
  /// How many Han characters may stand between the year and the word (`今年|冬春|航季首日`).
  static let reach = 4
  /// The longest `glossed-period` word.
  static let longestWord = 4

  /// `found` (in text order) with a mention added before each gloss that follows such a word;
  /// a year-only mention right before the word becomes part of it.
  static func adding(to found: [DateScanner.Match], in s: [Unicode.Scalar], cues: WordTable<DateVocabulary.Cue>) -> [DateScanner.Match] {
    var result: [DateScanner.Match] = []
    result.reserveCapacity(found.count)
    for gloss in found {
      guard let named = period(glossedBy: gloss, after: result.last, in: s, cues: cues) else {
        result.append(gloss)
        continue
      }
      if named.start < (result.last?.end ?? 0) { result.removeLast() }
      result.append(named)
      result.append(gloss)
    }
    return result
  }

  /// The mention of the word before `gloss`, when `gloss` stands alone in parentheses right
  /// after a `glossed-period` word; `previous` is the mention before it, taken in when it is a
  /// year alone (`今年`, `2026年`) at most `reach` Han characters before the word.
  private static func period(
    glossedBy gloss: DateScanner.Match, after previous: DateScanner.Match?, in s: [Unicode.Scalar], cues: WordTable<DateVocabulary.Cue>
  ) -> DateScanner.Match? {
    let open = gloss.start - 1
    guard open > 0, gloss.end < s.count, s[open] == "（" || s[open] == "(", s[gloss.end] == "）" || s[gloss.end] == ")",
      var expression = gloss.expression, expression.open == nil
    else { return nil }
    var wordStart: Int?
    for k in max(0, open - longestWord)..<open {
      if let w = cues.longestMatch(in: s, at: k), w.end == open, w.value == .glossedPeriod {
        wordStart = k
        break
      }
    }
    guard var start = wordStart else { return nil }
    if let previous, previous.end > start { return nil }  // 国庆假期（…）: the holiday already is a date.
    if let previous, let year = previous.expression?.start.year, previous.expression?.end == nil,
      case .calendar(nil, nil)? = previous.expression?.start.body,
      start - previous.end <= reach, (previous.end..<start).allSatisfy({ ScalarClass.isHan(s[$0]) })
    {
      if expression.start.year == nil { expression.start.year = year }
      start = previous.start
    }
    return DateScanner.Match(start: start, end: open, expression: expression, rule: .glossedPeriod)
  }
}

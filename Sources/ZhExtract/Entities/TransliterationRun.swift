/// A run of transliteration characters (`translit` cues) that no earlier mention covers — what
/// the foreign people's and places' scanners read a name from (阿尔瓦雷斯, 伯尔切斯库镇).
struct TransliterationRun {
  /// Where the run starting at `i` ends: the first position that is covered, no transliteration
  /// character, or `limit` scalars after `i`.
  static func end(
    in s: [Unicode.Scalar], from i: Int, coverage: CoverageMap, characters: ScalarBitmap, limit: Int = .max
  ) -> Int {
    var j = i + 1
    while j < s.count, j - i < limit, !coverage[j], characters.contains(s[j].value) { j += 1 }
    return j
  }

  /// The first word start in `i..<end` (`end` when none): a name read from a run starts at a word.
  static func firstWordStart(_ words: Segmentation, from i: Int, before end: Int) -> Int {
    var start = i
    while start < end, !words.startsWord(start) { start += 1 }
    return start
  }
}

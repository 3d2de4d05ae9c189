/// What a bare 元 (圆, 块, 毛) means in one document, worked out once, on its first bare 元.
///
/// TWD when the document names the New Taiwan dollar and never the renminbi; HKD when it
/// names the Hong Kong dollar, never the renminbi, and is written in Traditional (mainland
/// articles quote HK-listed prices in 港元 and still mean renminbi by 元); TWD also when it
/// names no currency that is written 元 at all, is written in Traditional and speaks of Taiwan
/// (Taiwan news quotes prices in 元 without saying 新台币); else CNY. The words are
/// `money-yuan-cues.tsv`; the decision is written down in `currency-colloquial.tsv`.
final class DocumentYuan {
  let text: AnalysisText
  let words: MoneyWordLists
  lazy var code: String = Self.code(text.scalars, words: words) { [text] in ScriptDetector.script(of: text.original) != "hans" }

  init(_ text: AnalysisText, words: MoneyWordLists) {
    self.text = text
    self.words = words
  }

  /// The code for a whole text; `isTraditional` is asked only when the answer depends on it.
  static func code(_ t: [Unicode.Scalar], words: MoneyWordLists, isTraditional: () -> Bool) -> String {
    var twd = false, hkd = false, taiwan = false
    for k in t.indices where words.yuanCueStarts.contains(t[k]) {
      guard let cue = words.yuanCues.longestMatch(in: t, at: k) else { continue }
      switch cue.value {
      case .cny: return "CNY"  // the renminbi named anywhere: a bare 元 is the renminbi
      case .twd: twd = true
      case .hkd: hkd = true
      case .taiwan: taiwan = true
      }
    }
    if !twd, !hkd, taiwan, isTraditional() { return "TWD" }
    if twd == hkd { return "CNY" }
    if twd { return "TWD" }
    return isTraditional() ? "HKD" : "CNY"
  }
}

/// What one document says about its money as a whole, each worked out once, when first
/// needed: what a bare 元 means, whether it is written in Traditional script, whether a
/// middle dot between digits is its decimal point.
final class MoneyDocument {
  let text: AnalysisText
  let words: MoneyWordLists

  /// What a bare 元 (圆, 块, 蚊, 毛) means: TWD when the document names the New Taiwan
  /// dollar and never the renminbi; HKD when it names the Hong Kong dollar, never the
  /// renminbi, and is written in Traditional (mainland articles quote HK-listed prices in 港元
  /// and still mean renminbi by 元); TWD also when it names no currency that is written 元 at
  /// all, is written in Traditional and speaks of Taiwan (Taiwan news quotes prices in 元
  /// without saying 新台币); else CNY. The words are `money-yuan-cues.tsv`.
  lazy var yuan: String = Self.yuan(text.scalars, words: words) { [unowned self] in isTraditional }

  /// Whether the original is written in Traditional script (Taiwan, Hong Kong, Macau).
  lazy var isTraditional: Bool = ScriptDetector.script(of: text.original) != "hans"

  /// Whether a middle dot between digits is the decimal point here: somewhere in the text
  /// `·` stands between digits and the digits after it are followed by 万, 亿, %, ‰ or 元
  /// (2808·6亿美元, 增长18·7%), as older typesetting wrote the point. Never from 6·18 or a
  /// name alone.
  lazy var middleDotIsDecimal: Bool = Self.middleDotIsDecimal(text.scalars)

  init(_ text: AnalysisText, words: MoneyWordLists) {
    self.text = text
    self.words = words
  }

  static func yuan(_ t: [Unicode.Scalar], words: MoneyWordLists, isTraditional: () -> Bool) -> String {
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

  static func middleDotIsDecimal(_ t: [Unicode.Scalar]) -> Bool {
    var k = 1
    while k + 1 < t.count {
      if NumberScanner.isMiddleDot(t[k]), ScalarClass.isASCIIDigit(t[k - 1]), ScalarClass.isASCIIDigit(t[k + 1]) {
        var e = k + 1
        while e < t.count, ScalarClass.isASCIIDigit(t[e]) { e += 1 }
        if e < t.count, t[e] == "万" || t[e] == "亿" || t[e] == "%" || t[e] == "‰" || t[e] == "元" { return true }
        k = e
      } else {
        k += 1
      }
    }
    return false
  }
}

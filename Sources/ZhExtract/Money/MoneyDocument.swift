/// What one document says about its money as a whole, each worked out once, when first
/// needed: what a bare 元 means, whether it is written in Traditional script, whether a
/// middle dot between digits is its decimal point.
final class MoneyDocument {
  let text: AnalysisText
  let words: MoneyWordLists

  /// What a bare 元 (圆, 块, 蚊, 毛) means. In Simplified script the renminbi, whatever else
  /// the text names: the mainland press writes the other yuan currencies at each figure
  /// (新台币1.5亿元, 400港元) and means renminbi by 元 alone. In Traditional script the
  /// currency of the place the text is written in, even where it also names the renminbi (a
  /// Hong Kong article's 撥款人民幣5,000萬元 is one figure, its other 萬元 are Hong Kong
  /// dollars): TWD when it names the New Taiwan dollar, HKD when it names the Hong Kong
  /// dollar (both named: TWD if it speaks of Taiwan), TWD when it names neither but speaks of
  /// Taiwan; else CNY. The words are `money-yuan-cues.tsv`.
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
    guard isTraditional() else { return "CNY" }
    var twd = false, hkd = false, taiwan = false
    for k in t.indices where words.yuanCueStarts.contains(t[k]) {
      guard let cue = words.yuanCues.longestMatch(in: t, at: k) else { continue }
      switch cue.value {
      case .cny: break  // named at its figure; the place decides the rest
      case .twd: twd = true
      case .hkd: hkd = true
      case .taiwan: taiwan = true
      }
    }
    if twd && hkd { return taiwan ? "TWD" : "HKD" }
    if twd { return "TWD" }
    if hkd { return "HKD" }
    return taiwan ? "TWD" : "CNY"
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

/// What one document says about its money as a whole, each worked out once, when first
/// needed: what a bare 元 means, whether it is written in Traditional script, whether a
/// middle dot between digits is its decimal point.
final class MoneyDocument {
  let text: AnalysisText
  let words: MoneyWordLists

  /// What a bare 元 (圆, 块, 蚊, 毛, 仙, 分) means. In Simplified script the renminbi, whatever
  /// else the text names — the mainland press writes the other yuan currencies at each figure
  /// (新台币1.5亿元, 400港元) and means renminbi by 元 alone — unless the text is Singapore's or
  /// Malaysia's: Singapore or Malaysia, named (新元, 令吉) and spoken of (新加坡, 大士, 吉隆坡)
  /// at least twice together and more often than the mainland (北京, 国务院, 人民币), gives the
  /// Singapore dollar or the ringgit (a tie between the two: Singapore, whose press writes bare
  /// 元 where Malaysia's writes 令吉). In Traditional script the currency of the place the text
  /// is written in, even where it also names the renminbi (a Hong Kong article's
  /// 撥款人民幣5,000萬元 is one figure, its other 萬元 are Hong Kong dollars): of the New Taiwan,
  /// Macau and Hong Kong dollars the one it names; when it names several, the one it names and
  /// speaks of most, counted together (a Hong Kong article that writes 港幣 three times and
  /// 澳門元 once means HKD); when it names none, the place it speaks of most (a Hong Kong
  /// government release that speaks of 香港 and 立法會 means HKD, a Macau article MOP); else
  /// CNY. Ties go to Taiwan, then Macau, then Hong Kong. The words are `money-yuan-cues.tsv`.
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
    // In order of preference on a tie: Taiwan, Macau, Hong Kong; Singapore, Malaysia.
    var regions = [YuanRegion(code: "TWD"), YuanRegion(code: "MOP"), YuanRegion(code: "HKD")]
    var singapore = YuanRegion(code: "SGD"), malaysia = YuanRegion(code: "MYR")
    var mainland = 0
    for k in t.indices where words.yuanCueStarts.contains(t[k]) {
      guard let cue = words.yuanCues.longestMatch(in: t, at: k) else { continue }
      switch cue.value {
      case .cny, .mainland: mainland += 1  // in Traditional script: named at its figure; the place decides the rest
      case .twd: regions[0].named += 1
      case .mop: regions[1].named += 1
      case .hkd: regions[2].named += 1
      case .sgd: singapore.named += 1
      case .myr: malaysia.named += 1
      case .taiwan: regions[0].spoken += 1
      case .macau: regions[1].spoken += 1
      case .hongkong: regions[2].spoken += 1
      case .singapore: singapore.spoken += 1
      case .malaysia: malaysia.spoken += 1
      }
    }
    guard isTraditional() else {
      let best = malaysia.said > singapore.said ? malaysia : singapore
      return best.said >= 2 && best.said > mainland ? best.code : "CNY"
    }
    let named = regions.filter { $0.named > 0 }
    if named.count == 1 { return named[0].code }
    if !named.isEmpty {
      var best = named[0]
      for region in named.dropFirst() where region.said > best.said || region.said == best.said && region.spoken > best.spoken {
        best = region
      }
      // Named as often and speaking of none of the places: HKD.
      if best.spoken == 0, let hongKong = named.last, hongKong.code == "HKD", hongKong.said == best.said { return "HKD" }
      return best.code
    }
    var best = regions[0]
    for region in regions.dropFirst() where region.spoken > best.spoken { best = region }
    return best.spoken > 0 ? best.code : "CNY"
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

/// One of the places whose dollar is written 元 (Taiwan, Macau, Hong Kong, Singapore,
/// Malaysia): how often a document names its currency and speaks of the place.
struct YuanRegion {
  let code: String
  var named = 0
  var spoken = 0
  /// Named and spoken of, together.
  var said: Int { named + spoken }
}

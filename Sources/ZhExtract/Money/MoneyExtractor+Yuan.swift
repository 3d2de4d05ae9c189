import Foundation

/// What a bare 元 means in a document, and where a comma was a thousands separator.
extension MoneyExtractor {
  /// Currencies whose unit is also written 元: their name before a figure decides over a
  /// following 元 (新台币7,596亿元, 港币3.2亿元).
  static let yuanCurrencies: Set<String> = ["CNY", "TWD", "HKD", "MOP"]

  /// What a bare 元 means in one document, worked out on its first bare 元.
  final class DocumentYuan {
    let text: AnalysisText
    lazy var code: String = MoneyExtractor.documentYuan(text.scalars) { [text] in ScriptDetector.script(of: text.original) != "hans" }
    init(_ text: AnalysisText) { self.text = text }

    /// `code` as read from the currency table, with a bare 元/块/毛 taken as this document's 元.
    func resolve(_ code: String, bareYuan: Bool) -> String {
      code == "CNY" && bareYuan ? self.code : code
    }
  }

  /// Whether a currency after a figure is the bare 元 (圆, 块, 毛 …), not a name (人民币).
  func isBareYuan(_ t: [Unicode.Scalar], _ s: Suffix) -> Bool {
    s.form.code == "CNY" && (s.end - s.start == 1 || t[s.start] == "块" || t[s.start] == "毛" || t[s.start] == "元")
  }

  /// What a bare 元 means in a document: TWD when it names the New Taiwan dollar and never
  /// the renminbi; HKD when it names the Hong Kong dollar, never the renminbi, and is written
  /// in Traditional (mainland articles quote HK-listed prices in 港元 and still mean renminbi
  /// by 元); TWD also when it names no currency that is written 元 at all, is written in
  /// Traditional and speaks of Taiwan (台湾, 台北, 台股, 立法院 …: `taiwanWords`), as Taiwan
  /// news quotes prices in 元 without saying 新台币; else CNY (see currency-colloquial.tsv).
  static func documentYuan(_ t: [Unicode.Scalar], isTraditional: () -> Bool) -> String {
    var twd = false, hkd = false, cny = false, taiwan = false
    let n = t.count
    var k = 0
    while k < n {
      switch t[k] {
      case "台": if k + 1 < n, t[k + 1] == "币" { twd = true } else if !taiwan, taiwanWords.longestMatch(in: t, at: k) != nil { taiwan = true }
      case "新", "立", "行", "高", "桃", "基", "总", "蓝", "绿":
        if !taiwan, taiwanWords.longestMatch(in: t, at: k) != nil { taiwan = true }
      case "港": if k + 1 < n, t[k + 1] == "币" || t[k + 1] == "元" { hkd = true }
      case "人": if k + 2 < n, t[k + 1] == "民", t[k + 2] == "币" { cny = true }
      case "N": if k + 2 < n, t[k + 1] == "T", t[k + 2] == "$" { twd = true }
      case "H": if k + 2 < n, t[k + 1] == "K", t[k + 2] == "$" { hkd = true }
      case "R": if k + 2 < n, t[k + 1] == "M", t[k + 2] == "B" { cny = true }
      case "C": if k + 2 < n, t[k + 1] == "N", t[k + 2] == "Y" { cny = true }
      default: break
      }
      k += 1
    }
    if !cny, !twd, !hkd, taiwan, isTraditional() { return "TWD" }
    if cny || twd == hkd { return "CNY" }
    if twd { return "TWD" }
    return isTraditional() ? "HKD" : "CNY"
  }

  /// Words that make a Traditional-script document a Taiwan one, as the analysis text writes
  /// them (Simplified: 臺灣 → 台湾). Each must begin with a scalar `documentYuan` stops at.
  static let taiwanWords = ScalarTrie<Bool>([
    "台湾", "台北", "台中", "台南", "台股", "台积电", "新北", "新竹", "立法院", "立委", "行政院",
    "高雄", "桃园", "基隆", "总统府", "蓝营", "绿营",
  ].map { ($0, true) })

  /// Whether the `,` at analysis position `k` can be a thousands separator: an ASCII comma
  /// in the original, or a full-width `，` between full-width digits (５，０００); not a
  /// Chinese `，` after ASCII digits that NFKC folded ($20，300美圆 lists two prices).
  static func mayBeGroupComma(_ text: AnalysisText, at k: Int) -> Bool {
    let original = text.offsetMap.originalSpan(TextSpan(k, k + 1))
    guard original.length == 1, original.start < text.original.count else { return true }
    let o = text.original
    guard o[original.start] == "，" else { return true }
    func fullWidthDigit(_ i: Int) -> Bool { i >= 0 && i < o.count && o[i].value >= 0xFF10 && o[i].value <= 0xFF19 }
    return fullWidthDigit(original.start - 1) && fullWidthDigit(original.start + 1)
  }
}

/// Inputs built to find super-linear behaviour: each is a pattern repeated to a given size,
/// aimed at one scanner's worst case (a number that never ends, a tag that never closes, a
/// name that keeps going). `zhextract bench --pathological` times each at N and 2N bytes;
/// the hostile-input tests run each through the whole pipeline.
package enum PathologicalInput: String, CaseIterable, Sendable {
  /// Article text with no line break at all.
  case singleLine = "single-line"
  /// `1111…`: one number that never ends.
  case digits
  /// `5,000,000,…`: a thousands-separated number that never ends.
  case separatedDigits = "separated-digits"
  /// `万万万…亿亿亿…`: multipliers with nothing to multiply.
  case unitRuns = "unit-runs"
  /// `1万1万1万…`: figures glued after 万/亿 (`1万2千`) that never end.
  case multiplierJoins = "multiplier-joins"
  /// `a` and alternating combining marks (U+0301 U+0316 …): NFKC reorders them.
  case combiningMarks = "combining-marks"
  /// `1` and zeros, then `亿美元`: beyond what `Decimal` holds.
  case hugeNumber = "huge-number"
  /// `一二三四…`: Chinese digits that never end.
  case chineseDigits = "chinese-digits"
  /// `1至2至3至…`, `1~2~3~…`: ranges chained without end.
  case rangeChain = "range-chain"
  /// `2025年2025年…` and `2025年2月30日`-style impossible dates.
  case dateRuns = "date-runs"
  /// `<div><div>…`: 100,000s of nested tags.
  case nestedTags = "nested-tags"
  /// `<!<!<!…`, `<a "…`, `<!--` never closed: markup scanners that look for an end.
  case unclosedMarkup = "unclosed-markup"
  /// `&#xFFFFFFFF;&#0;…`: character references out of range.
  case characterReferences = "character-references"
  /// `[a](b[a](b…` on one line: Markdown links that never close.
  case markdownLinks = "markdown-links"
  /// `阿·阿·阿·…`: a transliterated name that keeps going.
  case middleDots = "middle-dots"
  /// `Abc Abc Abc …`: capitalised Latin words without end.
  case latinWords = "latin-words"
  /// `阿尔特曼(阿尔特曼(…`: parentheses that never close after a name.
  case openParentheses = "open-parentheses"

  /// The repeated unit, and the markup format to read it as.
  var pattern: (head: String, unit: String, tail: String, format: MarkupFormat) {
    switch self {
    case .singleLine:
      ("", "OpenAI在2025年12月13日宣布融资400亿美元，估值达5000亿美元，较上季度增长30%；阿尔特曼(Sam Altman)称明年营收将超过200亿美元。", "", .text)
    case .digits: ("", "1", "亿美元", .text)
    case .separatedDigits: ("5", ",000", "亿美元", .text)
    case .unitRuns: ("", "万亿", "美元", .text)
    case .multiplierJoins: ("", "1万", "美元", .text)
    case .combiningMarks: ("a", "\u{0301}\u{0316}", "", .text)
    case .hugeNumber: ("1", "0", "亿美元", .text)
    case .chineseDigits: ("", "一二三四五六七八九〇", "亿元", .text)
    case .rangeChain: ("", "1至2~3-", "亿美元", .text)
    case .dateRuns: ("", "2025年2月30日9999年99月99日2025年", "", .text)
    case .nestedTags: ("<html><body>", "<div><span>", "中文2025年12月", .html)
    case .unclosedMarkup: ("", "<!<?<a \"<b '", "", .html)
    case .characterReferences: ("<p>", "&#xFFFFFFFF;&#0;&#99999999999;&amp", "</p>", .html)
    case .markdownLinks: ("# 标题\n", "[a](b![c](d", "", .markdown)
    case .middleDots: ("", "阿·", "曼", .text)
    case .latinWords: ("", "Abc ", "CEO", .text)
    case .openParentheses: ("", "阿尔特曼(Sam ", "", .text)
    }
  }

  /// The input at about `bytes` bytes of UTF-8 (whole units only).
  package func bytes(approximately bytes: Int) -> [UInt8] {
    let (head, unit, tail, _) = pattern
    let unitBytes = Array(unit.utf8)
    var out = Array(head.utf8)
    out.reserveCapacity(bytes + unitBytes.count + tail.utf8.count)
    while out.count < bytes { out += unitBytes }
    out += Array(tail.utf8)
    return out
  }

  package var format: MarkupFormat { pattern.format }
}

/// Tells plain text, Markdown and HTML apart (SPEC `source.format`; `--format` overrides):
///
/// 1. YAML front matter (`---` on the first line, closed by `---`) → `markdown`.
/// 2. The first non-blank character opens `<!DOCTYPE`, `<html`, `<!--` or a known tag → `html`.
/// 3. In the first 64 Ki code points, Markdown signs (a line starting with `#`–`######` and a
///    space, `![…](…)`, `[…](…)`, a ``` fence) and known HTML tags (`<p>`, `<div …>`, `</a>`)
///    are counted: Markdown signs win if there are at least as many as tags; two or more
///    tags → `html`; any Markdown sign → `markdown`.
/// 4. Otherwise `text`.
package enum MarkupDetector {
  static let sampleLength = 65536
  static let knownTags: Set<String> = MarkupStripper.blockElements.union([
    "a", "b", "i", "em", "strong", "span", "img", "script", "style", "meta", "link", "title", "sup", "sub", "u", "font", "code",
  ])

  package static func detect(_ s: [Unicode.Scalar]) -> MarkupFormat {
    if FrontMatter.parse(s) != nil { return .markdown }
    let limit = min(s.count, sampleLength)
    var first = 0
    while first < limit, s[first].properties.isWhitespace || s[first] == "\u{FEFF}" { first += 1 }
    if first < limit, s[first] == "<" {
      let head = AnalysisText.string(s[first..<min(limit, first + 16)]).lowercased()
      if head.hasPrefix("<!doctype") || head.hasPrefix("<html") || head.hasPrefix("<!--") || tagName(s, at: first).map(knownTags.contains) == true {
        return .html
      }
    }
    var tags = 0, markdownSigns = 0
    var lineStart = true
    var i = 0
    while i < limit {
      let c = s[i]
      if lineStart {
        var j = i
        while j < limit, s[j] == "#", j - i < 7 { j += 1 }
        if (1...6).contains(j - i), j < limit, s[j] == " " { markdownSigns += 1 }
        if s[i...].starts(with: "```".unicodeScalars) { markdownSigns += 1 }
      }
      lineStart = c == "\n"
      if c == "<", let name = tagName(s, at: i), knownTags.contains(name) { tags += 1 }
      if c == "]", i + 1 < limit, s[i + 1] == "(" { markdownSigns += 1 }
      i += 1
    }
    if markdownSigns > 0, markdownSigns >= tags { return .markdown }
    if tags >= 2 { return .html }
    return markdownSigns > 0 ? .markdown : .text
  }

  /// The lowercased name of the tag that opens at `start` (`<p>`, `</div`, `<img `), if any.
  static func tagName(_ s: [Unicode.Scalar], at start: Int) -> String? {
    var i = start + 1
    if i < s.count, s[i] == "/" { i += 1 }
    let nameStart = i
    while i < s.count, i - nameStart < 12, s[i].isASCII, s[i].properties.isAlphabetic || ("1"..."6").contains(s[i]) { i += 1 }
    guard i > nameStart, i < s.count, s[i] == ">" || s[i] == " " || s[i] == "/" || s[i] == "\n" || s[i] == "\t" else { return nil }
    return AnalysisText.string(s[nameStart..<i]).lowercased()
  }
}

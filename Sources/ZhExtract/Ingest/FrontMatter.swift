import Foundation

/// YAML front matter at the very start of a Markdown file:
///
/// ```
/// ---
/// title: "OpenAI的2026"
/// date: 2026-01-04T13:38:32Z
/// ---
/// ```
///
/// Only top-level `key: value` lines are read (quotes removed; a value on following lines,
/// such as a block list, is kept as written on the key's line, often empty). Other YAML is
/// skipped: front matter is metadata, not text.
package enum FrontMatter {
  /// Where the front matter ends (the offset after its closing line) and its keys.
  package static func parse(_ s: [Unicode.Scalar]) -> (end: Int, values: [String: String])? {
    guard let firstEnd = lineEnd(s, from: 0), isFence(s, 0, firstEnd.content, closing: false) else { return nil }
    var values: [String: String] = [:]
    var line = firstEnd.next
    while line < s.count, let end = lineEnd(s, from: line) {
      if isFence(s, line, end.content, closing: true) { return (end.next, values) }
      if let (key, value) = keyValue(s[line..<end.content]), values[key] == nil { values[key] = value }
      line = end.next
    }
    return nil
  }

  /// Whether the first line is a `---` fence (front matter that `parse` may find unclosed).
  package static func opens(_ s: [Unicode.Scalar]) -> Bool {
    guard let firstEnd = lineEnd(s, from: 0) else { return false }
    return isFence(s, 0, firstEnd.content, closing: false)
  }

  private static func lineEnd(_ s: [Unicode.Scalar], from start: Int) -> (content: Int, next: Int)? {
    guard start < s.count else { return nil }
    var i = start
    while i < s.count, s[i] != "\n" { i += 1 }
    let content = i > start && s[i - 1] == "\r" ? i - 1 : i
    return (content, min(i + 1, s.count))
  }

  private static func isFence(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, closing: Bool) -> Bool {
    var line = s[start..<end]
    while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
    return line.elementsEqual("---".unicodeScalars) || (closing && line.elementsEqual("...".unicodeScalars))
  }

  private static func keyValue(_ line: ArraySlice<Unicode.Scalar>) -> (String, String)? {
    guard let first = line.first, first != " ", first != "\t", first != "#", first != "-",
      let colon = line.firstIndex(of: ":")
    else { return nil }
    let key = AnalysisText.string(line[line.startIndex..<colon]).trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty else { return nil }
    var value = AnalysisText.string(line[(colon + 1)...]).trimmingCharacters(in: .whitespaces)
    if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
      value = String(value.dropFirst().dropLast())
    }
    return (key, value)
  }
}

/// The title of a document that states none (no front matter `title`, `<title>`, `<h1>` or
/// `# heading`): the first heading-like line of its visible text.
///
/// Lines are read from the top; the search stops at the first body line or after
/// `maximumLines` non-empty lines. A line is the title when, trimmed, it
/// - has 6 to 80 code points and at least one Han character;
/// - does not end with a sentence-final full stop (`。` `．` — possibly inside closing quotes):
///   such a line is body text, and ends the search;
/// - is not page chrome (`Lexicons/title-chrome.tsv`: `登录`, a line starting `首页` or
///   `作者`, …; compared in Simplified form);
/// - is not a date line (only digits, punctuation, spaces and 年 月 日 星期 周 一…日 时 分).
package struct TitleFinder: Sendable {
  package static let tableName = "title-chrome.tsv"
  package static let maximumLines = 12
  package static let lengthRange = 6...80

  let wholeLines: Set<String>
  let prefixes: [String]

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    let table = lexicons.required(Self.tableName, problems: &problems)
    var whole = Set<String>(), prefixes: [String] = []
    for row in table.rows(columns: 2...2, problems: &problems) {
      switch row[1] {
      case "line": whole.insert(row[0])
      case "prefix": prefixes.append(row[0])
      default: problems.report(file: table.origin, line: row.line, "match must be 'line' or 'prefix', found '\(row[1])'")
      }
    }
    wholeLines = whole
    self.prefixes = prefixes
  }

  /// The title line of `visible` text, trimmed, or `nil`.
  package func title(in visible: [Unicode.Scalar]) -> String? {
    titleLine(in: visible).map { AnalysisText.string(visible[$0]) }
  }

  /// Where the title line of `visible` text is (trimmed), or `nil`.
  package func titleLine(in visible: [Unicode.Scalar]) -> Range<Int>? {
    var lineStart = 0
    var seen = 0
    while lineStart < visible.count, seen < Self.maximumLines {
      var lineEnd = lineStart
      while lineEnd < visible.count, visible[lineEnd] != "\n" { lineEnd += 1 }
      let line = Self.trimmed(visible[lineStart..<lineEnd])
      lineStart = lineEnd + 1
      if line.isEmpty { continue }
      seen += 1
      if Self.endsSentence(line) { return nil }
      guard Self.lengthRange.contains(line.count), line.contains(where: ScalarClass.isHan) else { continue }
      let simplified = String(scalars: line.map { Unicode.Scalar(ChineseConversionTable.icu.simplified($0.value)) ?? $0 })
      if wholeLines.contains(simplified) || prefixes.contains(where: simplified.hasPrefix) { continue }
      if line.allSatisfy(Self.isDateLineCharacter) { continue }
      return line.startIndex..<line.endIndex
    }
    return nil
  }

  static func trimmed(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var line = line
    while let first = line.first, first.properties.isWhitespace || first == "\u{FEFF}" { line = line.dropFirst() }
    while let last = line.last, last.properties.isWhitespace || last == "\u{FEFF}" { line = line.dropLast() }
    return line
  }

  static func endsSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    var line = line
    while let last = line.last, "”’」』\")）".unicodeScalars.contains(last) { line = line.dropLast() }
    return line.last == "。" || line.last == "．"
  }

  static func isDateLineCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && !scalar.properties.isAlphabetic
      || "年月日星期周一二三四五六七天时分秒：，、·　".unicodeScalars.contains(scalar)
      || ("０"..."９").contains(scalar)
  }
}

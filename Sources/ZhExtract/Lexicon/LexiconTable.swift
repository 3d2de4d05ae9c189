/// One tab-separated lexicon file in the OpenCC manner:
///
/// ```
/// # File: currency.tsv
/// # Format: surface<TAB>iso4217<TAB>flags
/// # Used by: MoneyRules
/// 美元	USD
/// ```
///
/// Leading `# Key: value` lines form the header; other `#` lines and blank lines are
/// comments. Every other line is a row of tab-separated fields, which keeps its line number
/// so that a problem can be reported as `file:line`.
package struct LexiconTable: Sendable {
  package struct Row: Sendable, Hashable {
    /// 1-based line number in the file.
    package var line: Int
    package var fields: [String]

    package subscript(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
  }

  /// The file name (`currency.tsv`): the key by which extractors ask for the table.
  package var name: String
  /// Where it came from, for messages: a path, or `<bundled>/currency.tsv`.
  package var origin: String
  /// Header fields: `File`, `Format`, `Used by`, …
  package var header: [String: String]
  package var rows: [Row]

  package init(name: String, origin: String, contents: String) {
    self.name = name
    self.origin = origin
    var header: [String: String] = [:]
    var rows: [Row] = []
    var inHeader = true
    var lineNumber = 0
    for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
      if line.hasPrefix("#") {
        if inHeader, let colon = line.firstIndex(of: ":") {
          let key = line[line.index(after: line.startIndex)..<colon].trimmingSpaces
          let value = line[line.index(after: colon)...].trimmingSpaces
          if !key.isEmpty, !key.contains(" ") || key == "Used by" { header[String(key)] = String(value) }
        }
        continue
      }
      inHeader = false
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      rows.append(Row(line: lineNumber, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    self.header = header
    self.rows = rows
  }

  /// The rows that have between `columns.lowerBound` and `columns.upperBound` fields and no
  /// empty required field; every other row is reported to `problems` and skipped.
  package func rows(columns: ClosedRange<Int>, required: Int? = nil, problems: inout LexiconProblems) -> [Row] {
    let required = required ?? columns.lowerBound
    var good: [Row] = []
    for row in rows {
      if !columns.contains(row.fields.count) {
        let expected = columns.lowerBound == columns.upperBound ? "\(columns.lowerBound)" : "\(columns.lowerBound)–\(columns.upperBound)"
        problems.report(file: origin, line: row.line, "expected \(expected) tab-separated columns, found \(row.fields.count)")
      } else if let empty = row.fields.prefix(required).firstIndex(where: { $0[...].trimmingSpaces.isEmpty }) {
        problems.report(file: origin, line: row.line, "column \(empty + 1) is empty")
      } else {
        good.append(row)
      }
    }
    return good
  }
}

extension Substring {
  var trimmingSpaces: Substring {
    let s = self
    guard let first = s.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return s[s.endIndex...] }
    let last = s.lastIndex(where: { $0 != " " && $0 != "\t" })!
    return s[first...last]
  }
}

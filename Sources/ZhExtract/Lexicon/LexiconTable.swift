import Synchronization

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
/// comments. Lines end at `\n` (a `\r` before it is dropped), fields at `\t`. Every other line is a row of tab-separated fields, which keeps its line number
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
  package var header: [String: String] { parsed.contents.header }
  package var rows: [Row] { parsed.contents.rows }
  /// The file's text, cut into its header and rows the first time either is asked for: a run
  /// that builds only some stages (`--kinds money`) never cuts the other stages' tables, and
  /// each stage cuts its own on the core that builds it.
  private let parsed: ParsedOnFirstUse

  package init(name: String, origin: String, contents: String) {
    self.name = name
    self.origin = origin
    parsed = ParsedOnFirstUse(contents)
  }

  /// The length of the table's text in UTF-8 bytes.
  package var byteCount: Int { parsed.byteCount }

  /// The table's text as UTF-8 bytes, without a copy when it is contiguous (it always is).
  package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { parsed.withUTF8(body) }

  /// Whether the text has been cut into rows yet (for tests of what a run builds).
  package var isParsed: Bool { parsed.isParsed }

  /// Cuts a file's text into its header and rows.
  static func parse(_ contents: String) -> (header: [String: String], rows: [Row]) {
    var header: [String: String] = [:]
    var rows: [Row] = []
    var inHeader = true
    var lineNumber = 0
    var contents = contents
    // Lines and fields are cut at the bytes `\n` and `\t` (a `\r` before `\n` is dropped),
    // not by iterating `Character`s, which was most of what reading a table cost.
    contents.withUTF8 { utf8 in
      let n = utf8.count
      // One allocation for the rows and one for each row's fields: growing them append by
      // append was most of what reading the tables cost at start-up.
      var lineCount = 1
      for byte in utf8 where byte == 0x0A { lineCount += 1 }
      rows.reserveCapacity(lineCount)
      var lineStart = 0
      while true {
        // One pass over the line: where it ends, how many tabs, where its first byte other
        // than a space or a tab is.
        var lineEnd = lineStart
        var tabs = 0
        var firstNonBlank = -1
        while lineEnd < n {
          let byte = utf8[lineEnd]
          if byte == 0x0A { break }
          if byte == 0x09 {
            tabs += 1
          } else if byte != 0x20, firstNonBlank < 0 {
            firstNonBlank = lineEnd
          }
          lineEnd += 1
        }
        lineNumber += 1
        var end = lineEnd
        if end > lineStart, utf8[end - 1] == 0x0D { end -= 1 }
        if end > lineStart, utf8[lineStart] == UInt8(ascii: "#") {
          if inHeader {
            let line = UnsafeBufferPointer(rebasing: utf8[lineStart..<end])
            let text = String(decoding: line, as: UTF8.self)[...]
            if let colon = text.firstIndex(of: ":") {
              let key = text[text.index(after: text.startIndex)..<colon].trimmingSpaces
              let value = text[text.index(after: colon)...].trimmingSpaces
              if !key.isEmpty, !key.contains(" ") || key == "Used by" { header[String(key)] = String(value) }
            }
          }
        } else {
          inHeader = false
          // Blank when nothing but spaces and tabs comes before the end (a dropped `\r` is
          // the first byte that is neither).
          if firstNonBlank >= 0, firstNonBlank < end {
            var fields: [String] = []
            fields.reserveCapacity(tabs + 1)
            var fieldStart = lineStart
            for k in lineStart...end where k == end || utf8[k] == 0x09 {
              fields.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[fieldStart..<k]), as: UTF8.self))
              fieldStart = k + 1
            }
            rows.append(Row(line: lineNumber, fields: fields))
          }
        }
        if lineEnd >= n { break }
        lineStart = lineEnd + 1
      }
    }
    return (header, rows)
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
      } else if let empty = row.fields.prefix(required).firstIndex(where: Self.isBlank) {
        problems.report(file: origin, line: row.line, "column \(empty + 1) is empty")
      } else {
        good.append(row)
      }
    }
    return good
  }

  /// Whether a field holds only spaces and tabs (as `trimmingSpaces.isEmpty`, read from the
  /// bytes: comparing `Character`s was a fifth of start-up).
  static func isBlank(_ field: String) -> Bool {
    field.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
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

/// A table's text and, once asked for, its header and rows (`LexiconTable.parse`), cut once
/// however many threads ask at the same time.
private final class ParsedOnFirstUse: Sendable {
  private let text: String
  private let cut = Mutex<(header: [String: String], rows: [LexiconTable.Row])?>(nil)

  init(_ text: String) { self.text = text }

  var byteCount: Int { text.utf8.count }

  func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  var contents: (header: [String: String], rows: [LexiconTable.Row]) {
    cut.withLock { cut in
      if let cut { return cut }
      let parsed = LexiconTable.parse(text)
      cut = parsed
      return parsed
    }
  }

  var isParsed: Bool { cut.withLock { $0 != nil } }
}

import Testing
@testable import ZhExtract

/// `LexiconTable` cuts lines and fields at bytes; it reads every bundled table exactly as the
/// `Character`-splitting reader it replaced, and hand-made tables with comments, blank lines,
/// a header and odd fields too. (One intended difference: a `\r\n` file is read line by line;
/// the old reader saw `\r\n` as one character and so never split such a file.)
@Suite struct LexiconTableParsingTests {
  /// The reader as first written.
  static func reference(_ contents: String) -> (header: [String: String], rows: [LexiconTable.Row]) {
    var header: [String: String] = [:]
    var rows: [LexiconTable.Row] = []
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
      rows.append(LexiconTable.Row(line: lineNumber, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
    }
    return (header, rows)
  }

  static let handMade = [
    "", "\n", "# File: a.tsv\n# Format: x<TAB>y\n# Used by: Money\n美元\tUSD\n\n# a comment\n港元\tHKD\tflag\n",
    "# Key:value\n#No colon\n# Two words: no\n a \t\t b\n\t\n   \nlast line without break",
    "x\t\ty\t\n#late: not header\n",
  ]

  @Test func bundledTablesReadAsBefore() {
    for (name, contents) in EmbeddedLexicons.files {
      let table = LexiconTable(name: name, origin: name, contents: contents)
      let expected = Self.reference(contents)
      #expect(table.header == expected.header, "\(name)")
      #expect(table.rows == expected.rows, "\(name)")
    }
  }

  @Test(arguments: handMade)
  func handMadeTablesReadAsBefore(_ contents: String) {
    let table = LexiconTable(name: "t.tsv", origin: "t.tsv", contents: contents)
    let expected = Self.reference(contents)
    #expect(table.header == expected.header)
    #expect(table.rows == expected.rows)
  }

  @Test func windowsLineBreaksAreLineBreaks() {
    let table = LexiconTable(name: "t.tsv", origin: "t.tsv", contents: "# File: t.tsv\r\n美元\tUSD\r\n港元\tHKD\r\n")
    #expect(table.header["File"] == "t.tsv")
    #expect(table.rows == [LexiconTable.Row(line: 2, fields: ["美元", "USD"]), LexiconTable.Row(line: 3, fields: ["港元", "HKD"])])
  }
}

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

  /// The byte reader this one replaced (perf13): fields copied with `String(decoding:)`, which
  /// validated each one again. It read `\r\n` files line by line, as the reader does now.
  static func byteReference(_ contents: String) -> (header: [String: String], rows: [LexiconTable.Row]) {
    var header: [String: String] = [:]
    var rows: [LexiconTable.Row] = []
    var inHeader = true
    var lineNumber = 0
    var contents = contents
    contents.withUTF8 { utf8 in
      let n = utf8.count
      var lineStart = 0
      while true {
        var lineEnd = lineStart
        while lineEnd < n, utf8[lineEnd] != 0x0A { lineEnd += 1 }
        lineNumber += 1
        var end = lineEnd
        if end > lineStart, utf8[end - 1] == 0x0D { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: utf8[lineStart..<end])
        if line.first == UInt8(ascii: "#") {
          if inHeader {
            let text = String(decoding: line, as: UTF8.self)[...]
            if let colon = text.firstIndex(of: ":") {
              let key = text[text.index(after: text.startIndex)..<colon].trimmingSpaces
              let value = text[text.index(after: colon)...].trimmingSpaces
              if !key.isEmpty, !key.contains(" ") || key == "Used by" { header[String(key)] = String(value) }
            }
          }
        } else {
          inHeader = false
          if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            var fields: [String] = []
            var fieldStart = 0
            for k in 0...line.count where k == line.count || line[k] == 0x09 {
              fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[fieldStart..<k]), as: UTF8.self))
              fieldStart = k + 1
            }
            rows.append(LexiconTable.Row(line: lineNumber, fields: fields))
          }
        }
        if lineEnd >= n { break }
        lineStart = lineEnd + 1
      }
    }
    return (header, rows)
  }

  /// Line breaks, blank lines, comments and tabs where the single pass over a line could slip.
  static let trickyLineBreaks = [
    "\r", "\r\n", "\r\n\r\n", " \t\r\n", "\t\r", "#\r\n", "#\r", "# File: a.tsv\r\n\r\n美元\tUSD\r\n",
    "a\rb\tc\r\n", "a\t\r\n", "a\t\t\n", "\ta\n", " \n\t\n \t \na", "甲\t乙\t\r", "\r\r\n", "a\r\r\n",
    "\n\n#late: x\n", "# A: b\n\n# C: d\nrow", "x\n#", "é\t😀\t\n\t\t\t",
  ]

  @Test func bundledTablesReadAsByTheByteReader() {
    for (name, contents) in EmbeddedLexicons.files {
      let table = LexiconTable(name: name, origin: name, contents: contents)
      let expected = Self.byteReference(contents)
      #expect(table.header == expected.header, "\(name)")
      #expect(table.rows == expected.rows, "\(name)")
      #expect(
        table.rows.count
          == contents.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).filter { line in
            line.first != UInt8(ascii: "#") && line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
          }.count, "\(name)")
    }
  }

  @Test(arguments: handMade + trickyLineBreaks)
  func handMadeTablesReadAsByTheByteReader(_ contents: String) {
    let table = LexiconTable(name: "t.tsv", origin: "t.tsv", contents: contents)
    let expected = Self.byteReference(contents)
    #expect(table.header == expected.header)
    #expect(table.rows == expected.rows)
  }

  @Test func trickyLineBreaksReadAsWritten() {
    let table = LexiconTable(name: "t.tsv", origin: "t.tsv", contents: "# A: b\r\n\r\n \t\r\na\rb\tc\r\n甲\t\r\n\t乙\n#\r\n")
    #expect(table.header == ["A": "b"])
    #expect(
      table.rows == [
        LexiconTable.Row(line: 4, fields: ["a\rb", "c"]), LexiconTable.Row(line: 5, fields: ["甲", ""]), LexiconTable.Row(line: 6, fields: ["", "乙"]),
      ])
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

  /// A table is cut into rows the first time they are asked for, once, to what an eager read
  /// gives, however many threads ask at once.
  @Test func tablesAreCutOnFirstUseOnceForEveryThread() async {
    for (name, contents) in EmbeddedLexicons.files where contents.utf8.count > 100_000 {
      let table = LexiconTable(name: name, origin: name, contents: contents)
      #expect(!table.isParsed, "\(name)")
      let expected = LexiconTable.parse(contents)
      let results = await withTaskGroup(of: [LexiconTable.Row].self) { group in
        for _ in 0..<4 { group.addTask { table.rows } }
        return await group.reduce(into: []) { $0.append($1) }
      }
      #expect(table.isParsed, "\(name)")
      #expect(results.allSatisfy { $0 == expected.rows }, "\(name)")
      #expect(table.header == expected.header, "\(name)")
    }
    #expect(!LexiconSet.bundled.tables.values.contains { $0.isParsed })
  }
}

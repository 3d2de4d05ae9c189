/// `person-japanese-names.tsv` read from its bytes, without cutting it into `LexiconTable` rows:
/// its 14,000 given names are read only on first use, and cutting and checking every row at start
/// cost 42 M instructions (a tenth of start-up). The scan accepts a table only when every row
/// is one the generic reader takes without a problem (three columns, none blank, a known kind);
/// any other table is read by `LexiconReader.rows`, which reports its problems as before.
enum JapaneseNameTableScan {
  /// The rows of `table`: of the kinds in `kinds` only, in the table's order; `nil` when some
  /// row would be a problem.
  static func rows(of table: LexiconTable, kinds: Set<PersonJapaneseNameRow.Kind>) -> [PersonJapaneseNameRow]? {
    let family = Array("family".utf8)
    let familyWord = Array("family-word".utf8)
    let given = Array("given".utf8)
    let (wantsFamily, wantsFamilyWord, wantsGiven) = (kinds.contains(.family), kinds.contains(.familyWord), kinds.contains(.given))
    return table.withUTF8 { utf8 -> [PersonJapaneseNameRow]? in
      var rows: [PersonJapaneseNameRow] = []
      let n = utf8.count
      var lineStart = 0
      while lineStart < n {
        var lineEnd = lineStart
        var tabs: (Int, Int) = (-1, -1)
        var tabCount = 0
        var blank = true
        while lineEnd < n, utf8[lineEnd] != 0x0A {
          let byte = utf8[lineEnd]
          if byte == 0x09 {
            tabCount += 1
            if tabCount == 1 { tabs.0 = lineEnd } else if tabCount == 2 { tabs.1 = lineEnd }
          } else if byte != 0x20 {
            blank = false
          }
          lineEnd += 1
        }
        var end = lineEnd
        if end > lineStart, utf8[end - 1] == 0x0D { end -= 1 }
        defer { lineStart = lineEnd + 1 }
        // A comment or header line, or one of spaces and tabs only before its end (as
        // `LexiconTable.parse` reads lines).
        if end > lineStart, utf8[lineStart] == UInt8(ascii: "#") { continue }
        if blank { continue }
        if end < lineEnd, !utf8[lineStart..<end].contains(where: { $0 != 0x20 && $0 != 0x09 }) { continue }
        guard tabCount == 2, tabs.1 < end else { return nil }
        let fields = [lineStart..<tabs.0, (tabs.0 + 1)..<tabs.1, (tabs.1 + 1)..<end]
        for field in fields where utf8[field].allSatisfy({ $0 == 0x20 }) { return nil }
        let kindBytes = utf8[fields[1]]
        let kind: PersonJapaneseNameRow.Kind
        if kindBytes.elementsEqual(given) {
          kind = .given
          if !wantsGiven { continue }
        } else if kindBytes.elementsEqual(family) {
          kind = .family
          if !wantsFamily { continue }
        } else if kindBytes.elementsEqual(familyWord) {
          kind = .familyWord
          if !wantsFamilyWord { continue }
        } else {
          return nil
        }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self) }
        rows.append(PersonJapaneseNameRow(written: text(fields[0]), kind: kind, romanized: text(fields[2])))
      }
      return rows
    }
  }
}

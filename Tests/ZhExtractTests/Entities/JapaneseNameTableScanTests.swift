import Testing
@testable import ZhExtract

/// `person-japanese-names.tsv` is read from its bytes at start (the given names on first use):
/// the scan must give exactly the rows the generic reader gives, and refuse every table the
/// generic reader would report a problem in, so that the problem is still reported.
@Suite struct JapaneseNameTableScanTests {
  static func generic(_ table: LexiconTable) -> (rows: [String], problems: [String]) {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: LexiconSet(tables: [table]), normalizer: AsWrittenSurfaces())
    let rows = reader.rows(PersonJapaneseNameRow.self, of: table, problems: &problems)
    return (rows.map(Self.line), problems.all.map(\.description))
  }

  static func line(_ row: PersonJapaneseNameRow) -> String { "\(row.written)|\(row.kind.rawValue)|\(row.romanized)" }

  static func scanned(_ table: LexiconTable, _ kinds: Set<PersonJapaneseNameRow.Kind> = [.family, .familyWord, .given]) -> [String]? {
    JapaneseNameTableScan.rows(of: table, kinds: kinds)?.map(Self.line)
  }

  static func table(_ body: String) -> LexiconTable {
    LexiconTable(name: PersonJapaneseNameRow.table, origin: "my/\(PersonJapaneseNameRow.table)", contents: "# File: x\n# Format: y\n" + body)
  }

  @Test func theBundledTableScansToTheRowsTheReaderGives() throws {
    let table = try #require(LexiconSet.bundled[PersonJapaneseNameRow.table])
    let expected = Self.generic(table)
    #expect(expected.problems == [])
    #expect(expected.rows.count > 14_000)
    #expect(Self.scanned(table) == expected.rows)
    #expect(Self.scanned(table, [.given]) == expected.rows.filter { $0.contains("|given|") })
    #expect(Self.scanned(table, [.family, .familyWord]) == expected.rows.filter { !$0.contains("|given|") })
  }

  /// Comments, blank lines, lines of spaces, Windows line breaks and a last line without one are
  /// read as the generic reader reads them.
  @Test func linesAreReadAsTheReaderReadsThem() {
    let body = "渡边\tfamily\tWatanabe\r\n# a comment\n\n   \t \n \r\n山下\tfamily-word\tYamashita\n由美\tgiven\tYumi"
    let table = Self.table(body)
    let expected = Self.generic(table)
    #expect(expected.problems == [])
    #expect(expected.rows == ["渡边|family|Watanabe", "山下|family-word|Yamashita", "由美|given|Yumi"])
    #expect(Self.scanned(table) == expected.rows)
  }

  /// Tables the reader reports a problem in are refused by the scan, whatever kinds are asked.
  @Test(arguments: [
    "渡边\tfamily\n",  // two columns
    "渡边\tfamily\tWatanabe\textra\n",  // four columns
    "渡边\tfamilie\tWatanabe\n",  // an unknown kind
    "  \tfamily\tWatanabe\n",  // a blank name
    "渡边\tfamily\t\n",  // an empty romanisation
    "由美\tgiven\tYumi\n \r\t\n",  // a row of a `\r` and blanks: a row of one blank field
  ])
  func tablesWithProblemsAreRefused(body: String) {
    let table = Self.table(body)
    #expect(Self.generic(table).problems.count == 1)
    #expect(Self.scanned(table) == nil)
    #expect(Self.scanned(table, [.family]) == nil)
  }

  /// A user's table with a problem still has it reported, by the entity lexicon's name models.
  @Test func aProblemInTheTableIsStillReported() {
    let bad = Self.table("渡边\tfamilie\tWatanabe\n")
    let lexicons = LexiconSet(tables: Array(LexiconSet.bundled.tables.values) + [bad])
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: lexicons, problems: &problems)
    let models = EntityNameModels(reader: reader)
    #expect(models.cueProblems.all.map(\.description).contains { $0.contains("my/person-japanese-names.tsv:3") && $0.contains("familie") })
  }
}

/// Surfaces as written (the scan never normalises).
private struct AsWrittenSurfaces: SurfaceNormalizer {
  func normalizeSurface(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
}

import Testing
@testable import ZhExtract

@Suite struct LexiconTableTests {
  let table = LexiconTable(
    name: "t.tsv", origin: "Lexicons/t.tsv",
    contents: """
      # File: t.tsv
      # Format: surface<TAB>code
      # Used by: tests
      美元\tUSD

      # a comment
      港币\tHKD\textra\tmore
      日元\t
      """)

  @Test func readsHeaderAndRowsWithLineNumbers() {
    #expect(table.header["File"] == "t.tsv")
    #expect(table.header["Used by"] == "tests")
    #expect(table.rows.map(\.line) == [4, 7, 8])
    #expect(table.rows[0].fields == ["美元", "USD"])
  }

  @Test func reportsEveryMalformedRowWithFileAndLine() {
    var problems = LexiconProblems()
    let good = table.rows(columns: 2...3, problems: &problems)
    #expect(good.map(\.line) == [4])
    #expect(
      problems.all.map(\.description) == [
        "Lexicons/t.tsv:7: expected 2–3 tab-separated columns, found 4",
        "Lexicons/t.tsv:8: column 2 is empty",
      ])
  }

  @Test func linterFindsUnsortedAndDuplicateRows() {
    let set = LexiconSet(tables: [LexiconTable(name: "x.tsv", origin: "x.tsv", contents: "# File: x.tsv\n# Format: a\nb\na\na\n")])
    #expect(
      LexiconLinter.lintStructure(set).map(\.description) == [
        "x.tsv:4: not sorted: should come before line 3",
        "x.tsv:5: duplicate of line 4",
      ])
  }
}

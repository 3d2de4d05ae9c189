import Testing
@testable import ZhExtract

/// The tables of the ingest stage pass the OpenCC-style lint: header, sorted, unique.
@Suite struct IngestLexiconTests {
  @Test(arguments: [T2SPhrase.tableName, TitleFinder.tableName])
  func tableIsWellFormed(name: String) throws {
    let table = try #require(LexiconSet.bundled[name])
    #expect(!table.rows.isEmpty)
    let problems = LexiconLinter.lintStructure(LexiconSet(tables: [table]))
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func unknownMatchKindIsReported() {
    let table = LexiconTable(
      name: TitleFinder.tableName, origin: "Lexicons/title-chrome.tsv",
      contents: "# File: title-chrome.tsv\n# Format: text<TAB>match\n登录\tline\n首页\tstart\n")
    var problems = LexiconProblems()
    _ = TitleFinder(lexicons: LexiconSet(tables: [table]), problems: &problems)
    #expect(problems.all.map(\.description) == ["Lexicons/title-chrome.tsv:4: match must be 'line' or 'prefix', found 'start'"])
  }
}

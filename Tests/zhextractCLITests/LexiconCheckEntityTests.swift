import Foundation
import Testing
import ZhExtractTestSupport

/// `zhextract lexicon check` lints a user's entity table laid over the bundled ones and
/// names every problem with its file and line; `--lexicons` makes a new entity known.
@Suite struct LexiconCheckEntityTests {
  @Test func brokenEntityTableIsReportedWithFileAndLine() throws {
    let dir = try TemporaryDirectory()
    let path = try dir.write(
      "lex/entities-extra.tsv",
      """
      # File: entities-extra.tsv
      # Format: id<TAB>type<TAB>English name<TAB>Simplified name<TAB>aliases
      org:openai\torganization\tOpenAI Again\t开放人工智能\t-
      org:zz-bolt\tcompany\tBolt\t博尔特\t-
      person:zz-quill\tperson\tQuill\t奎尔\tQ||奎
      person:zz-wren\tperson\tWren\t雷恩\t微软
      zz-yarrow\tperson\tYarrow\t亚罗\t-

      """)
    let result = try CLIRunner.run(["lexicon", "check", dir.path("lex")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path):3: id 'org:openai' is already defined at Lexicons/entities-organizations.tsv:"))
    #expect(result.stderr.contains("\(path):4: unknown type 'company'"))
    #expect(result.stderr.contains("\(path):5: empty alias in 'Q||奎'"))
    #expect(result.stderr.contains("\(path):6: alias '微软' names both 'org:microsoft' and 'person:zz-wren'"))
    #expect(result.stderr.contains("\(path):7: id 'zz-yarrow' must start with 'person:' (type person)"))
  }

  @Test func userTableAddsAnEntity() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      "lex/entities-extra.tsv",
      """
      # File: entities-extra.tsv
      # Format: id<TAB>type<TAB>English name<TAB>Simplified name<TAB>aliases
      org:zz-harbor-labs\torganization\tHarbor Labs\t港湾实验所\t港灣實驗所

      """)
    #expect(try CLIRunner.run(["lexicon", "check", dir.path("lex")]).status == 0)
    let result = try CLIRunner.run(["extract", "--stdin", "--lexicons", dir.path("lex")], stdin: Data("港灣實驗所發布新品。".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""id":"org:zz-harbor-labs""#))
  }

  @Test func hiddenCountriesCommandWritesTheBundledTable() throws {
    let result = try CLIRunner.run(["lexicon", "countries"])
    #expect(result.status == 0)
    let file = try String(contentsOf: PackagePaths.lexicons.appendingPathComponent("entities-countries.tsv"), encoding: .utf8)
    #expect(result.stdout == file)
    #expect(try !CLIRunner.run(["lexicon", "--help"]).stdout.contains("countries"))
  }
}

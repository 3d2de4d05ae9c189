import Foundation
import Testing
@testable import ZhExtract

/// The entity tables: well formed, large enough, linted with `file:line`, and the country
/// table equal to what ICU says.
@Suite struct EntityLexiconTests {
  static let tableNames = [
    "entities-countries.tsv", "entities-organizations.tsv", "entities-people.tsv", "entities-places.tsv",
    "entities-products.tsv", EntityLexicon.aliasTable, EntityLexicon.versionTable, EntityLexicon.cueTable,
  ]

  @Test(arguments: tableNames)
  func tableIsWellFormed(name: String) throws {
    let table = try #require(LexiconSet.bundled[name])
    #expect(!table.rows.isEmpty)
    #expect(LexiconLinter.lintStructure(LexiconSet(tables: [table])).isEmpty)
  }

  @Test(arguments: [("-", true), ("", false), ("--", false), (" -", false), ("- ", false), ("－", false), ("-\u{301}", false), ("—", false), ("a", false)])
  func aDashFieldIsExactlyOneHyphen(field: String, isDash: Bool) {
    #expect(EntityLexicon.isDash(field) == isDash)
    #expect(EntityLexicon.isDash(field) == (field == "-"))
  }

  /// The packed-prefix sort gives the order of the plain sort by code points: on keys with
  /// shared prefixes, keys that are prefixes of others, supplementary and extreme code points.
  @Test func sortedByKeyIsCodePointOrder() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [Unicode.Scalar] = ["a", "b", "中", "国", "\u{1}", "\u{10FFFF}", "\u{20000}", "\u{FFFF}", "·", "Z"]
    var keys: Set<[Unicode.Scalar]> = [[], ["中"], ["中", "国"], ["中", "国", "银"], ["中", "国", "银", "行"], ["中", "国", "银", "\u{1}"]]
    while keys.count < 3000 {
      keys.insert((0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }
    let entries = keys.shuffled(using: &generator).enumerated().map { ($1, Int32($0)) }
    let expected = entries.sorted { $0.0.lexicographicallyPrecedes($1.0) { $0.value < $1.value } }
    let sorted = EntityLexicon.sortedByKey(entries)
    #expect(sorted.map(\.0) == expected.map(\.0))
    #expect(sorted.map(\.1) == expected.map(\.1))
  }

  @Test func bundledLexiconLoadsWithoutProblems() {
    var problems = LexiconProblems()
    _ = EntityExtractor(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
    #expect(problems.all.isEmpty, "\(problems.all)")
  }

  @Test(arguments: [
    ("entities-organizations.tsv", 300), ("entities-people.tsv", 200), ("entities-countries.tsv", 240),
    ("entities-places.tsv", 150), ("entities-products.tsv", 60),
  ])
  func coverage(name: String, atLeast: Int) throws {
    let table = try #require(LexiconSet.bundled[name])
    #expect(table.rows.count >= atLeast)
  }

  @Test func countryTableEqualsICU() throws {
    let table = try #require(EmbeddedLexicons.files.first { $0.name == "entities-countries.tsv" })
    #expect(table.contents == ICUCountryNames.tableText(), "regenerate: zhextract lexicon countries > Lexicons/entities-countries.tsv")
  }

  @Test func icuGivesChineseAndEnglishNames() throws {
    let us = try #require(ICUCountryNames.all().first { $0.code == "US" })
    #expect(us.english == "United States")
    #expect(us.simplified == "美国")
    #expect(us.traditional == "美國")
  }

  static let header = "# File: entities-test.tsv\n# Format: id<TAB>type<TAB>English<TAB>Simplified<TAB>aliases\n"

  @Test func brokenTableIsReportedWithFileAndLine() {
    let broken = LexiconTable(
      name: "entities-test.tsv", origin: "my/entities-test.tsv",
      contents: Self.header + """
        org:acme\torganization\tAcme\t阿克米\t-
        org:acme\torganization\tAcme Two\t阿克米二\t-
        org:bolt\tcompany\tBolt\t博尔特\t-
        org:cobalt\torganization\tCobalt\t钴业\tCo||钴
        person:delta\tperson\tDelta\t\t-
        person:echo\tperson\tEcho\t阿克米\t-
        fox\tperson\tFox\t福克斯\t-
        org:gulf\tperson\tGulf\t海湾\t-

        """)
    let aliases = LexiconTable(
      name: EntityLexicon.aliasTable, origin: "my/entity-aliases.tsv",
      contents: "# File: entity-aliases.tsv\n# Format: surface<TAB>id<TAB>context\n钴\tnobody\t-\n钴\torg:cobalt\tbeside=x\n")
    var problems = LexiconProblems()
    _ = EntityLexicon(reader: LexiconReader(lexicons: LexiconSet(tables: [broken, aliases]), normalizer: AsWritten()), problems: &problems)
    let messages = problems.all.map(\.description)
    #expect(messages.contains("my/entities-test.tsv:4: id 'org:acme' is already defined at my/entities-test.tsv:3"))
    #expect(messages.contains("my/entities-test.tsv:5: unknown type 'company' (known: person, organization, product, location)"))
    #expect(messages.contains("my/entities-test.tsv:6: empty alias in 'Co||钴' (aliases are separated by a single |)"))
    #expect(messages.contains("my/entities-test.tsv:7: column 4 is empty"))
    #expect(messages.contains("my/entities-test.tsv:8: alias '阿克米' names both 'org:acme' and 'person:echo'; choose one in entity-aliases.tsv"))
    #expect(messages.contains("my/entities-test.tsv:9: id 'fox' must start with 'person:' (type person)"))
    #expect(messages.contains("my/entities-test.tsv:10: id 'org:gulf' must start with 'person:' (type person)"))
    #expect(messages.contains("my/entity-aliases.tsv:3: unknown id 'nobody'"))
    #expect(messages.contains { $0.hasPrefix("my/entity-aliases.tsv:4: cannot read context 'beside=x'") })
  }

  @Test func aliasTableSettlesASharedForm() {
    let table = LexiconTable(
      name: "entities-test.tsv", origin: "t.tsv", contents: Self.header + "place:a\tlocation\tGeorgia\t格鲁吉亚\t-\nplace:b\tlocation\tGeorgia\t佐治亚州\t-\n")
    let aliases = LexiconTable(name: EntityLexicon.aliasTable, origin: "a.tsv", contents: "# File: entity-aliases.tsv\n# Format: x\nGeorgia\tplace:a\t-\n")
    var problems = LexiconProblems()
    let lexicon = EntityLexicon(reader: LexiconReader(lexicons: LexiconSet(tables: [table, aliases]), normalizer: AsWritten()), problems: &problems)
    #expect(problems.all.filter { $0.problem.contains("names both") }.isEmpty)
    let found = EntityExtractor(lexicon: lexicon).found(in: Array("Georgia".unicodeScalars))
    #expect(found.map(\.record.id) == ["place:a"])
  }
}

/// Lexicon surfaces taken as written, for tables whose normalisation does not matter.
struct AsWritten: SurfaceNormalizer {
  func normalizeSurface(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// Aliases are cut at `|` from the bytes when no character can join `|` into one `Character`:
  /// the parts must be those of cutting at `Character`s, on every bundled row and on columns
  /// that take the old path (a combining mark or voicing mark after `|`, Latin-1, CR).
  @Test func aliasesCutAsCharacterSplitCuts() {
    var columns = ["a|\u{301}b", "か|\u{3099}", "Café|x", "a||b", "|", "", "x\r|y", "奧爾特曼|Sam·Altman|山姆‧奧爾特曼", "𠀀|台"]
    for table in LexiconSet.bundled.tables(prefixed: "entities-") {
      for row in table.rows where row.fields.count == 5 { columns.append(row[4]) }
    }
    #expect(columns.count > 9_000)
    for column in columns {
      #expect(EntityLexicon.aliases(column) == column.split(separator: "|", omittingEmptySubsequences: false).map(String.init), "\(column)")
    }
  }
}

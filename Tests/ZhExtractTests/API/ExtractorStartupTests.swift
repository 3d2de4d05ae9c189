import Synchronization
import Testing
@testable import ZhExtract

/// Start-up builds the entity tables on a second core while the money and date tables are
/// built, and hashes the lexicons only when the fingerprint is asked for. Neither may change
/// what an extractor reports.
@Suite struct ExtractorStartupTests {
  @Test func bothAtOnceReturnsEachResultInItsPlaceAndRunsEachPieceOnce() {
    let runs = Atomic<Int>(0)
    for round in 0..<20 {
      let (first, second) = bothAtOnce(
        {
          runs.add(1, ordering: .relaxed)
          return (0..<1000).reduce(round, +)
        },
        {
          runs.add(10, ordering: .relaxed)
          return "second \(round)"
        })
      #expect(first == 499_500 + round)
      #expect(second == "second \(round)")
    }
    #expect(runs.load(ordering: .relaxed) == 220)
  }

  /// A broken money table and a broken entity table: money's problems come first, then the
  /// entities', in the same order on every build, however the two builds interleave.
  @Test func problemsOfTablesBuiltAtOnceComeInOneOrder() throws {
    let set = Self.bundled(replacing: [
      LexiconTable(
        name: "currency-colloquial.tsv", origin: "my/currency-colloquial.tsv",
        contents: "# File: currency-colloquial.tsv\n# Format: surface<TAB>iso4217<TAB>scale<TAB>position\n刀\tUSD\tabc\tsuffix\n"),
      LexiconTable(
        name: "entity-aliases.tsv", origin: "my/entity-aliases.tsv",
        contents: "# File: entity-aliases.tsv\n# Format: surface<TAB>id<TAB>context\n某某\torg:no-such-body\t-\n"),
    ])
    var lists: [[String]] = []
    for _ in 0..<5 {
      do {
        _ = try Extractor(lexicons: set)
        Issue.record("the broken tables were accepted")
      } catch {
        lists.append(error.problems.map(\.description))
      }
    }
    let first = try #require(lists.first)
    #expect(lists.allSatisfy { $0 == first })
    let money = try #require(first.firstIndex { $0.contains("my/currency-colloquial.tsv:3") && $0.contains("scale") })
    let entity = try #require(first.firstIndex { $0.contains("my/entity-aliases.tsv:3") && $0.contains("unknown id 'org:no-such-body'") })
    #expect(money < entity)
  }

  /// The entity lexicon is read in two pieces on two cores (its tables; the cue and name
  /// tables) and put together: its problems come in the order of a lexicon read in one piece
  /// (entity tables, cue and Japanese tables, place tables, name tables) on every build.
  @Test func problemsOfTheEntityLexiconsTwoPiecesComeInTheOrderOfOnePiece() throws {
    let broken = ["entities-people.tsv", EntityLexicon.cueTable, PlaceWithinRow.table, PersonSurnameRow.table, JapaneseKanjiRole.table]
    let set = Self.bundled(
      replacing: try broken.map { name in
        let contents = try #require(EmbeddedLexicons.files.first { $0.name == name }?.contents)
        return LexiconTable(name: name, origin: "my/\(name)", contents: contents + "a\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\n")
      })
    var inOnePiece = LexiconProblems()
    _ = EntityLexicon(reader: LexiconReader(lexicons: set, problems: &inOnePiece), problems: &inOnePiece)
    let expected = inOnePiece.all.map(\.description)
    let files = broken.map { name in try? #require(expected.firstIndex { $0.contains("my/\(name):") }) }
    #expect(files == [0, 1, 3, 4, 2].map { Optional($0) })
    for _ in 0..<5 {
      do {
        _ = try Extractor(lexicons: set)
        Issue.record("the broken tables were accepted")
      } catch {
        #expect(error.problems.map(\.description) == expected)
      }
    }
  }

  @Test func fingerprintIsTheLexiconSetsHashAndStaysTheSame() throws {
    let extractor = try Extractor(lexicons: LexiconSet.bundled)
    let expected = LexiconSet.bundled.fingerprint
    #expect(expected.count == 64)
    #expect(extractor.lexiconFingerprint == expected)
    #expect(extractor.lexiconFingerprint == expected)

    let changed = Self.bundled(replacing: [
      LexiconTable(
        name: "money-qualifiers.tsv", origin: "my/money-qualifiers.tsv",
        contents: "# File: money-qualifiers.tsv\n# Format: surface<TAB>qualifier<TAB>position\n约\tapprox\tbefore\n")
    ])
    #expect(try Extractor(lexicons: changed).lexiconFingerprint != expected)
  }

  /// The bundled tables with `tables` in place of the bundled ones of the same names.
  private static func bundled(replacing tables: [LexiconTable]) -> LexiconSet {
    LexiconSet(tables: Array(LexiconSet.bundled.tables.values) + tables)
  }
}

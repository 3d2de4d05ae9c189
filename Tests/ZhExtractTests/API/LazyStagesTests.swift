import Testing
@testable import ZhExtract

/// An extractor builds only the stages its kinds need, and reads only their tables: a
/// money-only or dates-only run never builds the entity lexicon. What it finds is what an
/// extractor of every kind finds for those kinds, and a stage it skipped is still built, the
/// same, when asked for.
@Suite struct LazyStagesTests {
  static let text = "据新华社北京3月5日电，阿里巴巴集团去年营收约9000亿元人民币，比2023年增长8%，董事长蔡崇信在杭州表示，明年将投资50亿美元。"

  static func extractor(_ kinds: Set<ExtractionKind>, lexicons: LexiconSet = .bundled) throws -> Extractor {
    try Extractor(lexicons: lexicons, options: ExtractorOptions(kinds: kinds))
  }

  static func json(_ extractor: Extractor) -> String {
    extractor.extract(text: text, id: "a", published: "2025-03-05").jsonText()
  }

  @Test func aMoneyOnlyRunBuildsNoEntityStageAndReadsNoEntityTable() throws {
    let lexicons = LexiconSet.bundled
    let extractor = try Self.extractor([.money], lexicons: lexicons)
    #expect(extractor.moneyBuilt)
    #expect(!extractor.entitiesBuilt)
    let entityTables = lexicons.tables(prefixed: "entities-") + [lexicons[EntityLexicon.aliasTable], lexicons[EntityLexicon.cueTable]].compactMap { $0 }
    #expect(entityTables.count > 10)
    #expect(entityTables.allSatisfy { !$0.isParsed })
    // The money tables are read: the currency forms from the lexicon image, the rest as rows.
    #expect(try #require(lexicons["money-cues.tsv"]).isParsed)
    #expect(try #require(lexicons["currency-cldr.tsv"]).isParsed == false)
  }

  @Test func aDatesOnlyRunBuildsNeitherMoneyNorEntities() throws {
    let lexicons = LexiconSet.bundled
    let extractor = try Self.extractor([.dates], lexicons: lexicons)
    #expect(!extractor.moneyBuilt)
    #expect(!extractor.entitiesBuilt)
    #expect(try #require(lexicons["currency-cldr.tsv"]).isParsed == false)
    #expect(try #require(lexicons["entities-gazetteer.tsv"]).isParsed == false)
  }

  @Test func aFullRunBuildsEveryStage() throws {
    let extractor = try Self.extractor(ExtractionKind.all)
    #expect(extractor.moneyBuilt)
    #expect(extractor.entitiesBuilt)
  }

  /// Each subset of kinds writes exactly the lines of a full extractor run with those kinds
  /// (the full extractor is asked with the subset through a document-level filter: the same
  /// stages, built at start).
  @Test(arguments: [
    Set<ExtractionKind>([.money]), [.dates], [.entities], [.money, .dates], [.dates, .entities], [.money, .entities],
  ])
  func aPartialRunFindsWhatAFullRunFindsForItsKinds(kinds: Set<ExtractionKind>) throws {
    let partial = try Self.extractor(kinds)
    let full = try Self.extractor(ExtractionKind.all)
    guard case .document(var document) = full.extract(text: Self.text, id: "a", published: "2025-03-05") else {
      Issue.record("no document")
      return
    }
    if !kinds.contains(.money) { document.money = [] }
    if !kinds.contains(.dates) { document.dates = [] }
    if !kinds.contains(.entities) { document.entities = [] }
    document.kinds = kinds
    let expected = DocumentResult.document(document).jsonText()
    #expect(Self.json(partial) == expected)
    #expect(expected.contains("\"money\"") == kinds.contains(.money))
  }

  /// A stage skipped at start is built on first use, and finds what a stage built at start finds.
  @Test func aSkippedStageIsBuiltTheSameWhenAskedFor() throws {
    let datesOnly = try Self.extractor([.dates])
    let full = try Self.extractor(ExtractionKind.all)
    let analysis = full.ingestor.ingest(text: Self.text, format: nil).analysis
    var warnings: [ExtractionWarning] = []
    let entities = datesOnly.entities.extract(analysis, warnings: &warnings).map { "\($0.span) \($0.value)" }
    #expect(datesOnly.entitiesBuilt)
    #expect(entities == full.entities.extract(analysis, warnings: &warnings).map { "\($0.span) \($0.value)" })
    #expect(entities.count >= 3)
    let money = datesOnly.money.extract(analysis, warnings: &warnings).map { "\($0.span) \($0.value)" }
    #expect(money == full.money.extract(analysis, warnings: &warnings).map { "\($0.span) \($0.value)" })
    #expect(money.count == 2)
  }
}

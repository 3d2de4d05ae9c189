import Testing
@testable import ZhExtract

/// The rows of `entity-cues.tsv` in the lexicon image (`EntityCueRow+Image`): read back, they are
/// the table's rows (text, normalised surface, kind) in its order; the compiled image holds them;
/// a damaged section is not read.
@Suite struct EntityCueRowsImageTests {
  static func tableRows() -> (rows: [EntityCueRow], problems: LexiconProblems) {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let rows = reader.rows(EntityCueRow.self, problems: &problems)
    return (rows, problems)
  }

  static func expectSame(_ read: [EntityCueRow], _ rows: [EntityCueRow]) {
    #expect(read.count == rows.count)
    #expect(read.map(\.text) == rows.map(\.text))
    #expect(read.map(\.surface) == rows.map(\.surface))
    #expect(read.map(\.kind) == rows.map(\.kind))
  }

  @Test func theSectionReadsBackToTheRowsOfTheTable() throws {
    let (rows, problems) = Self.tableRows()
    #expect(problems.isEmpty)
    #expect(rows.count > 2_500)
    let bytes = EntityCueRow.imageBytes(of: rows)
    let read = try bytes.withUnsafeBytes { raw throws(LexiconImageError) in try EntityCueRow.rows(image: raw) }
    Self.expectSame(read, rows)
    #expect(EntityCueRow.imageBytes(of: read) == bytes)
    #expect(read.contains { $0.text == "先生" && $0.kind == .titleAfter && $0.surface == Array("先生".unicodeScalars) })
  }

  @Test func theCompiledImageHoldsTheRowsTheTableGives() throws {
    let section = try #require(LexiconImage.bundled.section(EntityCueRow.imageSection, digest: EntityLexicon.imageDigest(of: .bundled)))
    let read = try EntityCueRow.rows(image: section)
    Self.expectSame(read, Self.tableRows().rows)
    // The models a run builds with the section find the cues the table gives.
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let imaged = EntityNameModels(reader: reader, cueImage: section)
    let tabled = EntityNameModels(reader: reader)
    #expect(imaged.cueProblems.isEmpty)
    #expect(imaged.cues.givenCharacters == tabled.cues.givenCharacters)
    #expect(imaged.cues.phraseJoiners == tabled.cues.phraseJoiners)
    // A run of the bundled tables reads the section, not the table, and finds what the cues find.
    let lexicons = LexiconSet.bundled
    let extractor = try Extractor(lexicons: lexicons, options: ExtractorOptions(kinds: [.entities]))
    #expect(extractor.entitiesBuilt)
    #expect(try #require(lexicons[EntityLexicon.cueTable]).isParsed == false)
    guard case .document(let document) = extractor.extract(text: "董事长陈思远说，公司将扩大投资。", id: "a") else {
      Issue.record("no document")
      return
    }
    #expect(document.entities.map(\.text).contains("陈思远"))
  }

  @Test func aDamagedSectionIsNotRead() {
    let bytes = EntityCueRow.imageBytes(of: Self.tableRows().rows)
    var badKind = bytes
    badKind[badKind.count - 1] = 200
    for damaged in [Array(bytes.dropLast()), badKind, bytes + [0], [0xFF, 0xFF, 0xFF, 0x7F]] {
      #expect(throws: LexiconImageError.self) { try damaged.withUnsafeBytes { raw throws(LexiconImageError) in try EntityCueRow.rows(image: raw) } }
    }
  }
}

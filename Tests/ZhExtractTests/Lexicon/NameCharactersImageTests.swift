import Testing
@testable import ZhExtract

/// The name characters in the lexicon image (`EntityNameModels+Image`): read back, the Chinese
/// name model and the Japanese kanji model are what the tables give; the compiled image holds
/// them and a run of the bundled tables reads them instead of the tables; other tables (a
/// user's, with a problem) are read and their problems reported; a damaged section is not read.
@Suite struct NameCharactersImageTests {
  static func models(_ lexicons: LexiconSet = .bundled) -> EntityNameModels {
    var problems = LexiconProblems()
    return EntityNameModels(reader: LexiconReader(lexicons: lexicons, problems: &problems))
  }

  static func read(_ bytes: [UInt8]) -> (names: PersonNameModel, kanji: JapaneseKanjiModel)? {
    bytes.withUnsafeBytes { raw in try? EntityNameModels.models(image: raw) }
  }

  /// The name candidates `model` finds at `i`: start, end and cost.
  static func candidates(_ model: PersonNameModel, _ s: [Unicode.Scalar], at i: Int) -> [String] {
    var out: [Segmentation.Candidate] = []
    model.candidates(in: s, at: i, allowed: { _ in true }, into: &out)
    return out.map { "\($0.start)-\($0.end):\($0.cost)" }
  }

  @Test func theSectionReadsBackToTheModelsTheTablesGive() throws {
    let built = Self.models()
    #expect(built.cueProblems.isEmpty && built.nameProblems.isEmpty)
    let bytes = EntityNameModels.imageBytes(names: built.names, kanji: built.japaneseKanji)
    let read = try #require(Self.read(bytes))
    #expect(EntityNameModels.imageBytes(names: read.names, kanji: read.kanji) == bytes)
    #expect(read.names.surnameCost == built.names.surnameCost)
    #expect(read.names.givenFirst == built.names.givenFirst)
    #expect(read.names.givenSecond == built.names.givenSecond)
    #expect(read.names.givenSingle == built.names.givenSingle)
    #expect(read.names.compoundCost == built.names.compoundCost && read.names.compoundCost.count > 30)
    #expect(read.names.surnameStarts == built.names.surnameStarts)
    #expect(read.kanji.places == built.japaneseKanji.places)
    #expect(read.kanji.places.allSatisfy { !$0.members.isEmpty })
    // Costs of known characters, both ways: a family name, a compound one, given-name characters.
    #expect(read.names.surnameCost[Int(Unicode.Scalar("王").value)] == built.names.surnameCost[Int(Unicode.Scalar("王").value)])
    #expect(read.names.surnameCost[Int(Unicode.Scalar("王").value)] != PersonNameModel.none)
    #expect(read.names.givenSecond[Int(Unicode.Scalar("伟").value)] != PersonNameModel.none)
    // The names the model reads in a text, with the phrase joiners the cues give.
    var names = read.names
    names.phraseJoiners = built.names.phraseJoiners
    for text in ["董事长陈思远说", "欧阳娜娜表示", "记者刘谦报道", "百年之后"] {
      let scalars = Array(text.unicodeScalars)
      var found = 0
      for i in scalars.indices {
        #expect(Self.candidates(names, scalars, at: i) == Self.candidates(built.names, scalars, at: i), "\(text) at \(i)")
        found += Self.candidates(names, scalars, at: i).count
      }
      #expect(found > 0 || text == "百年之后", "\(text)")
    }
  }

  @Test func theCompiledImageHoldsTheSectionAndARunReadsIt() throws {
    let lexicons = LexiconSet.bundled
    let section = try #require(LexiconImage.bundled.section(EntityNameModels.imageSection, digest: EntityLexicon.imageDigest(of: lexicons)))
    var problems = LexiconProblems()
    #expect(Array(section) == EntityNameModels.imageBytes(reader: LexiconReader(lexicons: LexiconSet.bundled, problems: &problems)))
    let extractor = try Extractor(lexicons: lexicons, options: ExtractorOptions(kinds: [.entities]))
    #expect(extractor.entitiesBuilt)
    for table in [PersonNameCharacterRole.table, PersonSurnameRow.table, JapaneseKanjiRole.table] {
      #expect(try #require(lexicons[table]).isParsed == false, "\(table)")
    }
    guard case .document(let document) = extractor.extract(text: "董事长陈思远说，公司将扩大投资。", id: "a") else {
      Issue.record("no document")
      return
    }
    #expect(document.entities.map(\.text).contains("陈思远"))
  }

  /// A user's name-character table with a problem gives another digest: the tables are read and
  /// the problem reported.
  @Test func otherTablesAreReadAndTheirProblemsReported() {
    let name = PersonNameCharacterRole.table
    let contents = EmbeddedLexicons.files.first { $0.name == name }!.contents + "丐\tgiven-frist\t3\n"
    let lexicons = LexiconSet(tables: Array(LexiconSet.bundled.tables.values) + [LexiconTable(name: name, origin: "my/" + name, contents: contents)])
    #expect(LexiconImage.bundled.section(EntityNameModels.imageSection, digest: EntityLexicon.imageDigest(of: lexicons)) == nil)
    #expect(Self.models(lexicons).nameProblems.all.contains { $0.description.contains("given-frist") })
  }

  @Test func aDamagedSectionIsNotRead() {
    let built = Self.models()
    let bytes = EntityNameModels.imageBytes(names: built.names, kanji: built.japaneseKanji)
    for cut in [0, 3, bytes.count / 4, bytes.count / 2, bytes.count - 1] {
      #expect(Self.read(Array(bytes.prefix(cut))) == nil, "cut at \(cut)")
    }
    #expect(Self.read(bytes + [0]) == nil)
    #expect(Self.read(bytes) != nil)
  }
}

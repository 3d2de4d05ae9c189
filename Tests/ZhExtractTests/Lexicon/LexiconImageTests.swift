import Testing
@testable import ZhExtract

/// The lexicon image compiled into the binary holds the entity tables derived from the bundled
/// lexicons ahead of time. It must be what the tables give today, read back to the same lexicon,
/// and never be read for other tables (a user's directory, an edited table).
@Suite struct LexiconImageTests {
  static func reader(_ lexicons: LexiconSet) -> LexiconReader {
    var problems = LexiconProblems()
    return LexiconReader(lexicons: lexicons, problems: &problems)
  }

  /// The image in the binary is the one the bundled tables and this ICU give now; after editing
  /// a table, run `Scripts/generate-lexicon-image.sh`.
  @Test func theCompiledImageIsCurrent() throws {
    let generated = try LexiconImageBuilder.generate(from: .bundled)
    let compiled = LexiconImage.bundled
    let section = try #require(
      EntityLexicon.imageSection(of: compiled, for: .bundled), "the compiled lexicon image is stale: run Scripts/generate-lexicon-image.sh")
    let fresh = generated.withUnsafeBytes { LexiconImage($0).sections[EntityLexicon.imageSection].map { Array($0.bytes) } }
    #expect(Array(section) == fresh)
    let currencies = try #require(compiled.section(CurrencyLexicon.imageSection, digest: EntityLexicon.imageDigest(of: .bundled)))
    let freshCurrencies = generated.withUnsafeBytes { LexiconImage($0).sections[CurrencyLexicon.imageSection].map { Array($0.bytes) } }
    #expect(Array(currencies) == freshCurrencies)
    let cueRows = try #require(compiled.section(EntityCueRow.imageSection, digest: EntityLexicon.imageDigest(of: .bundled)))
    let freshCueRows = generated.withUnsafeBytes { LexiconImage($0).sections[EntityCueRow.imageSection].map { Array($0.bytes) } }
    #expect(Array(cueRows) == freshCueRows)
    let givenNames = try #require(compiled.section(JapaneseGivenNameImage.imageSection, digest: EntityLexicon.imageDigest(of: .bundled)))
    let freshGivenNames = generated.withUnsafeBytes { LexiconImage($0).sections[JapaneseGivenNameImage.imageSection].map { Array($0.bytes) } }
    #expect(Array(givenNames) == freshGivenNames)
    #expect(compiled.sections.count == 5)
  }

  /// The lexicon of an image section, or `nil` when it does not read.
  static func lexicon(image bytes: [UInt8]) -> EntityLexicon? {
    bytes.withUnsafeBytes { raw in try? EntityLexicon(image: raw) }
  }

  /// The section holds the entity tables as the TSV sources give them: a lexicon built from the
  /// tables and one read from the image write the same bytes, field by field, and look up the
  /// same entities, surfaces and contexts.
  @Test func theImageReadsBackToTheLexiconTheTablesGive() throws {
    let built = EntityLexicon.tables(reader: Self.reader(.bundled))
    #expect(built.problems.isEmpty && built.placeProblems.isEmpty)
    let bytes = built.lexicon.imageBytes
    let read = try #require(Self.lexicon(image: bytes))
    #expect(read.imageBytes == bytes)
    #expect(read.records == built.lexicon.records)
    #expect(read.records.count > 10_000)
    #expect(read.boundToWords == built.lexicon.boundToWords)
    #expect(read.setAsideForPatterns == built.lexicon.setAsideForPatterns)
    // The image's lexicon keeps no id index; it finds every record's entity by id all the same.
    #expect(read.index.isEmpty)
    #expect(built.lexicon.index.count > 10_000)
    let firstOfId = Dictionary(read.records.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
    #expect(firstOfId == built.lexicon.index)
    for k in stride(from: 0, to: read.records.count, by: 97) {
      let id = read.records[k].id
      #expect(read.entity(id: id) == built.lexicon.entity(id: id), "\(id)")
    }
    #expect(read.entity(id: "place:no-such-place") == nil)
    #expect(read.abbreviations == built.lexicon.abbreviations)
    #expect(read.trie.count == built.lexicon.trie.count)
    #expect(Set(read.linkedForms.keys) == Set(built.lexicon.linkedForms.keys))
    for (entity, forms) in built.lexicon.linkedForms { #expect(Set(read.linkedForms[entity] ?? []) == Set(forms)) }
    #expect(read.versionTails.map { $0?.words } == built.lexicon.versionTails.map { $0?.words })
    #expect(read.versionTails.map { $0?.numbered } == built.lexicon.versionTails.map { $0?.numbered })
    #expect(read.versionTails.compactMap { $0 }.count > 10)
    #expect(Set(read.placesWithin.children.keys) == Set(built.lexicon.placesWithin.children.keys))
    for (parent, children) in built.lexicon.placesWithin.children {
      let other = read.placesWithin.children[parent] ?? []
      #expect(other.map(\.surface) == children.map(\.surface))
      #expect(other.map(\.record) == children.map(\.record))
      #expect(other.map(\.entity) == children.map(\.entity))
    }
    // Every surface of every record finds the same entity with the same context through both tries.
    var checked = 0
    for record in built.lexicon.records {
      for surface in [record.name, record.nameZh].compactMap({ $0 }) {
        let text = Array(surface.unicodeScalars)
        var a: [(end: Int, payload: Int32)] = []
        var b: [(end: Int, payload: Int32)] = []
        built.lexicon.trie.candidates(in: text, at: 0, into: &a)
        read.trie.candidates(in: text, at: 0, into: &b)
        #expect(a.map(\.end) == b.map(\.end))
        #expect(a.map { built.lexicon.surfaces[Int($0.payload)].entity } == b.map { read.surfaces[Int($0.payload)].entity })
        #expect(a.map { built.lexicon.surfaces[Int($0.payload)].context } == b.map { read.surfaces[Int($0.payload)].context })
        checked += 1
      }
    }
    #expect(checked > 10_000)
  }

  /// A property added to `EntityLexicon` must be added to the image (or to the name models):
  /// otherwise a lexicon read from the image would lack it.
  @Test func theImageCoversEveryStoredPropertyOfTheLexicon() {
    let labels = Mirror(reflecting: EntityLexicon()).children.compactMap(\.label)
    #expect(labels == EntityLexicon.imagedProperties)
  }

  /// A user's table laid over the bundled ones, an edited bundled table or another ICU version
  /// give another digest: the image is not read, and the user's entity is found.
  @Test func otherTablesNeverReadTheImage() throws {
    let bundled = LexiconSet.bundled
    #expect(EntityLexicon.imageSection(of: .bundled, for: bundled) != nil)
    let mine = LexiconTable(
      name: "entities-mine.tsv", origin: "my/entities-mine.tsv",
      contents: "# File: entities-mine.tsv\n# Format: id<TAB>type<TAB>name<TAB>nameZh<TAB>aliases\norg:zx-test-lab\torganization\tZX Test Lab\t星河测试实验室\t-\n")
    let overlaid = LexiconSet(tables: Array(bundled.tables.values) + [mine])
    #expect(EntityLexicon.imageSection(of: .bundled, for: overlaid) == nil)
    let extractor = try Extractor(lexicons: overlaid, options: ExtractorOptions(kinds: [.entities]))
    guard case .document(let document) = extractor.extract(text: "星河测试实验室今天开业。", id: "a") else {
      Issue.record("no document")
      return
    }
    #expect(document.entities.map(\.id) == ["org:zx-test-lab"])

    let peopleName = "entities-people.tsv"
    let people = try #require(bundled[peopleName])
    let edited = LexiconSet(
      tables: Array(bundled.tables.values) + [
        LexiconTable(name: peopleName, origin: people.origin, contents: EmbeddedLexicons.files.first { $0.name == peopleName }!.contents + "\n")
      ])
    #expect(edited.imageDigest(icuVersion: ICUTables.runtimeVersion) != bundled.imageDigest(icuVersion: ICUTables.runtimeVersion))
    #expect(bundled.imageDigest(icuVersion: "0.0") != bundled.imageDigest(icuVersion: ICUTables.runtimeVersion))
  }

  /// An extractor of the bundled tables reads the entity tables from the image: it never cuts
  /// the `entities-*.tsv` tables into rows.
  @Test func anExtractorOfTheBundledTablesReadsTheImage() throws {
    let lexicons = LexiconSet.bundled
    let extractor = try Extractor(lexicons: lexicons)
    #expect(extractor.entitiesBuilt)
    #expect(lexicons.tables(prefixed: "entities-").allSatisfy { !$0.isParsed })
    #expect(try #require(lexicons[EntityLexicon.aliasTable]).isParsed == false)
  }

  /// A damaged image is not read: no sections for a wrong magic number, an error (not a crash)
  /// for a truncated or altered section.
  @Test func aDamagedImageIsNotRead() throws {
    var bytes = try LexiconImageBuilder.generate(from: .bundled)
    bytes[0] = UInt8(ascii: "Y")
    #expect(bytes.withUnsafeBytes { LexiconImage($0).sections.isEmpty })
    let section = EntityLexicon.tables(reader: Self.reader(.bundled)).lexicon.imageBytes
    for cut in [0, 5, section.count / 3, section.count - 1] {
      #expect(Self.lexicon(image: Array(section.prefix(cut))) == nil, "cut at \(cut)")
    }
    #expect(Self.lexicon(image: section + [0]) == nil)
    #expect(Self.lexicon(image: section) != nil)
  }

  /// The C file spells every byte so that a C compiler reads it back: printable ASCII as is,
  /// the rest (and `"`, `\`, `?`) in three octal digits.
  @Test func theCSourceSpellsEveryByte() {
    let source = LexiconImageBuilder.cSource(of: [0, 65, 34, 92, 63, 10, 255, 49])
    #expect(source.contains("\"\\000A\\042\\134\\077\\012\\3771\"\n"))
    #expect(source.contains("return sizeof image - 1;"))
  }
}

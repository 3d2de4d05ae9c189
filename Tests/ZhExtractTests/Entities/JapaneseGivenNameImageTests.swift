import Testing
@testable import ZhExtract

/// The Japanese given names read in place from the lexicon image (`JapaneseGivenNameImage`)
/// are the table the rows give: the same names, the same romanisations, found by every surface
/// the table finds and by no other.
@Suite struct JapaneseGivenNameImageTests {
  static let reader: LexiconReader = {
    var problems = LexiconProblems()
    return LexiconReader(lexicons: .bundled, problems: &problems)
  }()

  /// The given names as the table built them from the rows before (`GivenNames`): each row's
  /// surface normalised, the first row of a surface winning.
  static let table: [[Unicode.Scalar]: String] = {
    var problems = LexiconProblems()
    var given: [[Unicode.Scalar]: String] = [:]
    for row in reader.rows(PersonJapaneseNameRow.self, problems: &problems) where row.kind == .given {
      let surface = reader.surface(row.written)
      given[surface] = given[surface] ?? row.romanized
    }
    return given
  }()

  static func section() throws -> [UInt8] { try #require(JapaneseGivenNameImage.imageBytes(reader: reader)) }

  @Test func theSectionHoldsTheTableOfTheRows() throws {
    let bytes = try Self.section()
    try bytes.withUnsafeBytes { raw in
      let image = try JapaneseGivenNameImage(image: raw)
      #expect(Self.table.count > 11_000)
      #expect(image.count == Self.table.count)
      #expect(image.table == Self.table)
    }
  }

  /// Every given name is found with its romanisation; the names cut short, lengthened by a
  /// character, the family names and other words are found exactly when the table has them.
  @Test func lookupsAgreeWithTheTable() throws {
    let bytes = try Self.section()
    var probes: [[Unicode.Scalar]] = Array(Self.table.keys)
    for surface in Self.table.keys {
      probes.append(Array(surface.dropLast()))
      probes.append(Array(surface.dropFirst()))
      probes.append(surface + ["子"])
      probes.append(["山"] + surface)
    }
    var problems = LexiconProblems()
    for row in Self.reader.rows(PersonJapaneseNameRow.self, problems: &problems) where row.kind != .given {
      probes.append(Self.reader.surface(row.written))
    }
    probes += ["", "一", "由", "由美", "由美子", "公司", "\u{10FFFF}", "\u{0}"].map { Array($0.unicodeScalars) }
    try bytes.withUnsafeBytes { raw in
      let image = try JapaneseGivenNameImage(image: raw)
      var disagreements = 0
      for probe in probes where image.romanized(probe[...]) != Self.table[probe] { disagreements += 1 }
      #expect(disagreements == 0)
      #expect(image.romanized(Array("由美".unicodeScalars)[...]) == "Yumi")
      // A slice that is not the whole array is read from its own start.
      let padded = Array("佐藤由美".unicodeScalars)
      #expect(image.romanized(padded[2...]) == "Yumi")
    }
    #expect(probes.count > 50_000)
  }

  /// The compiled image holds the section, and the Japanese names an extractor builds from it
  /// equal those built from the rows.
  @Test func theCompiledImageServesTheNames() throws {
    let digest = EntityLexicon.imageDigest(of: .bundled)
    let section = try #require(LexiconImage.bundled.section(JapaneseGivenNameImage.imageSection, digest: digest))
    #expect(Array(section) == (try Self.section()))
    let fromImage = EntityNameModels(reader: Self.reader, givenImage: section).japaneseNames
    let fromRows = EntityNameModels(reader: Self.reader).japaneseNames
    #expect(fromImage.givenNames == Self.table)
    #expect(fromRows.givenNames == Self.table)
    #expect(fromImage.familyNames == fromRows.familyNames)
    #expect(fromImage.romanized(family: Array("佐藤".unicodeScalars)[...], given: Array("由美".unicodeScalars)[...]) == "Yumi Sato")
  }

  /// A damaged section is refused or finds nothing; it never crashes.
  @Test func aDamagedSectionIsNotRead() throws {
    let bytes = try Self.section()
    for cut in [0, 3, 4, 100, bytes.count / 2, bytes.count - 1] {
      let prefix = Array(bytes.prefix(cut))
      #expect(prefix.withUnsafeBytes { (try? JapaneseGivenNameImage(image: $0)) == nil }, "cut at \(cut)")
    }
    #expect((bytes + [0]).withUnsafeBytes { (try? JapaneseGivenNameImage(image: $0)) == nil })
    // Offsets pointing past the entries: every lookup finds nothing.
    var damaged = bytes
    for k in 4..<min(4 + 4 * 64, damaged.count) { damaged[k] = 0xFF }
    damaged.withUnsafeBytes { raw in
      guard let image = try? JapaneseGivenNameImage(image: raw) else { return }
      for surface in Self.table.keys.prefix(500) { _ = image.romanized(surface[...]) }
      _ = image.table
    }
  }
}

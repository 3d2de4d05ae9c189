/// The name characters (`PersonNameModel`: the costs of each character as a family name and as
/// a given name's first, second or only character, the compound family names; and the Japanese
/// kanji model's places) as a section of the lexicon image, read at start-up instead of
/// `person-name-characters.tsv`, `person-surnames.tsv` and `person-japanese-kanji.tsv`: cutting
/// and typing their rows and deriving the costs cost about 36 M instructions. The cue table,
/// which gives the rare given characters the costs include, has a section of its own (its rows,
/// `EntityCueRow.imageSection`); the digest covers it.
extension EntityNameModels {
  package static let imageSection = "name-characters"

  /// The section's bytes for the models of `reader`; `nil` when the tables have problems (a
  /// lexicon with problems is never imaged: the run must report them).
  package static func imageBytes(reader: LexiconReader) -> [UInt8]? {
    let models = EntityNameModels(reader: reader)
    guard models.cueProblems.isEmpty, models.nameProblems.isEmpty else { return nil }
    return imageBytes(names: models.names, kanji: models.japaneseKanji)
  }

  /// The two models as the section holds them: each cost table as the characters that have a
  /// cost and their costs, the compound family names in order of their key.
  package static func imageBytes(names: PersonNameModel, kanji: JapaneseKanjiModel) -> [UInt8] {
    var w = LexiconImageWriter()
    for table in [names.surnameCost, names.givenFirst, names.givenSecond, names.givenSingle] {
      let characters = table.indices.filter { table[$0] != PersonNameModel.none }
      w.array(characters.map { UInt16($0) })
      w.array(characters.map { table[$0] })
    }
    let compounds = names.compoundCost.keys.sorted()
    w.array(compounds)
    w.array(compounds.map { names.compoundCost[$0]! })
    w.array(names.surnameStarts.members)
    for place in kanji.places { w.array(place.members) }
    return w.bytes
  }

  /// The models of a section written by `imageBytes` (the name model without its phrase joiners,
  /// which come from the cues).
  static func models(image: UnsafeRawBufferPointer) throws(LexiconImageError) -> (names: PersonNameModel, kanji: JapaneseKanjiModel) {
    var r = LexiconImageReader(image)
    var tables: [[Int32]] = []
    for _ in 0..<4 {
      let characters = try r.array(UInt16.self), costs = try r.array(Int32.self)
      guard characters.count == costs.count else { throw LexiconImageError() }
      var table = [Int32](repeating: PersonNameModel.none, count: 0x10000)
      for (character, cost) in zip(characters, costs) { table[Int(character)] = cost }
      tables.append(table)
    }
    let compounds = try r.array(UInt64.self), compoundCosts = try r.array(Int32.self)
    guard compounds.count == compoundCosts.count else { throw LexiconImageError() }
    var compoundCost: [UInt64: Int32] = [:]
    compoundCost.reserveCapacity(compounds.count)
    for (key, cost) in zip(compounds, compoundCosts) { compoundCost[key] = cost }
    func bitmap() throws(LexiconImageError) -> ScalarBitmap {
      var bitmap = ScalarBitmap()
      bitmap.formUnion(try r.array(UInt32.self))
      return bitmap
    }
    let surnameStarts = try bitmap()
    var places: [ScalarBitmap] = []
    for _ in 0..<4 { places.append(try bitmap()) }
    guard r.isAtEnd else { throw LexiconImageError() }
    let names = PersonNameModel(
      surnameCost: tables[0], compoundCost: compoundCost, givenFirst: tables[1], givenSecond: tables[2], givenSingle: tables[3],
      surnameStarts: surnameStarts)
    return (names, JapaneseKanjiModel(places: places))
  }
}

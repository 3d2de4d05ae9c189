/// The parts of the entity lexicon that read no entity table: the pattern cues, the short forms,
/// and the models of Chinese and Japanese names. They are built on their own so that start-up can
/// build them on one core while the other reads the entity tables (`Extractor`); the lexicon is
/// the same either way. Problems keep the order of a lexicon built in one piece: those of the
/// cue and Japanese tables come before the place tables', those of the name tables after.
struct EntityNameModels: Sendable {
  var cues: EntityCues
  var shortForms: ShortForms
  var japaneseNames: JapaneseNames
  var japaneseKanji: JapaneseKanjiModel
  var names: PersonNameModel
  /// Problems of `entity-cues.tsv`, the product editions, the short forms and the Japanese tables.
  var cueProblems = LexiconProblems()
  /// Problems of the Chinese family names and name characters.
  var nameProblems = LexiconProblems()

  /// The models of `reader`'s tables; the name characters from `image` (the lexicon image's
  /// section for these very tables, `EntityNameModels.imageSection`) and the cue rows from
  /// `cueImage` (`EntityCueRow.imageSection`) when there are and they read.
  /// The given Japanese names from `givenImage` (`JapaneseGivenNameImage.imageSection`) when
  /// there is one and it reads.
  init(
    reader: LexiconReader, image: UnsafeRawBufferPointer? = nil, cueImage: UnsafeRawBufferPointer? = nil,
    givenImage: UnsafeRawBufferPointer? = nil
  ) {
    if let cueImage, let rows = try? EntityCueRow.rows(image: cueImage) {
      cues = EntityCues(rows: rows)
    } else {
      cues = EntityCues(rows: reader.rows(EntityCueRow.self, problems: &cueProblems))
    }
    for row in reader.rows(ProductEditionRow.self, problems: &cueProblems) { cues.addEdition(row.surface, english: row.english) }
    shortForms = ShortForms(rows: reader.rows(ShortFormRow.self, problems: &cueProblems))
    // Read from its bytes, the given names on first use, when every row is sound (else row by
    // row, its problems reported).
    if let table = reader.lexicons[PersonJapaneseNameRow.table],
      let families = JapaneseNameTableScan.rows(of: table, kinds: [.family, .familyWord])
    {
      if let givenImage, let given = try? JapaneseGivenNameImage(image: givenImage) {
        japaneseNames = JapaneseNames(rows: families, givenImage: given, normalize: reader.surfaceFunction)
      } else {
        japaneseNames = JapaneseNames(
          rows: families, givenRows: { JapaneseNameTableScan.rows(of: table, kinds: [.given]) ?? [] }, normalize: reader.surfaceFunction)
      }
    } else {
      japaneseNames = JapaneseNames(rows: reader.rows(PersonJapaneseNameRow.self, problems: &cueProblems), normalize: reader.surfaceFunction)
    }
    // The generated family names join the cue table's own (a surface in both is one entry).
    for (surface, _) in japaneseNames.familyNames { cues.addJapaneseSurname(surface) }
    if let image, let imaged = try? Self.models(image: image) {
      japaneseKanji = imaged.kanji
      names = imaged.names
    } else {
      japaneseKanji = JapaneseKanjiModel(rows: reader.rows(NameCharacterCountRow<JapaneseKanjiRole>.self, problems: &cueProblems))
      names = PersonNameModel(
        surnames: reader.rows(PersonSurnameRow.self, problems: &nameProblems),
        characters: reader.rows(NameCharacterCountRow<PersonNameCharacterRole>.self, problems: &nameProblems),
        rareGiven: cues.givenCharacters)
    }
    names.phraseJoiners = cues.phraseJoiners
  }
}

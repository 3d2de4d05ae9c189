/// The entity tables (`EntityLexicon.tables(reader:)`: the records, their surfaces normalised, the
/// trie, the linked forms, the version tails, the abbreviations and the places within) as a
/// section of the lexicon image, read at start-up instead of the `entities-*.tsv` tables: building
/// them from the tables was 277 M instructions, the larger half of start-up. The name models
/// (`EntityNameModels`) are not part of it.
///
/// The section is canonical: the surfaces are numbered in the order of the trie's nodes and the
/// dictionaries written in order of their keys, so that the tables give the same bytes in every
/// process (a lexicon built from the tables numbers its surfaces in the order of a `Dictionary`).
extension EntityLexicon {
  package static let imageSection = "entity-tables"

  /// The stored properties that the section holds or that `EntityNameModels` brings; a property
  /// added to `EntityLexicon` must be added to the image too (`LexiconImageTests` checks the list).
  package static let imagedProperties = [
    "records", "surfaces", "trie", "linkedForms", "versionTails", "boundToWords", "setAsideForPatterns", "cues", "shortForms", "names",
    "japaneseNames", "japaneseKanji", "abbreviations", "placesWithin", "index",
  ]

  /// The section of `image` that holds the entity tables of `lexicons`, if it does.
  package static func imageSection(of image: LexiconImage, for lexicons: LexiconSet) -> UnsafeRawBufferPointer? {
    image.section(imageSection, digest: imageDigest(of: lexicons))
  }

  /// What the section derives from: every table (the surfaces are normalised with the ingest
  /// tables) and the ICU version of this process.
  package static func imageDigest(of lexicons: LexiconSet) -> UInt64 { lexicons.imageDigest(icuVersion: ICUTables.runtimeVersion) }

  /// The entity tables of `reader`: from `section` (`imageSection(of:for:)`) when there is one
  /// and it reads, otherwise from the tables.
  static func tables(reader: LexiconReader, imageSection section: UnsafeRawBufferPointer?) -> TablesBuild {
    if let section, let lexicon = try? EntityLexicon(image: section) {
      return TablesBuild(lexicon: lexicon, problems: LexiconProblems(), placeProblems: LexiconProblems())
    }
    return tables(reader: reader)
  }

  /// The section's bytes for the entity tables of `reader`; `nil` when the tables have problems (a
  /// lexicon with problems is never imaged: the run must report them).
  package static func imageBytes(reader: LexiconReader) -> [UInt8]? {
    let build = tables(reader: reader)
    guard build.problems.isEmpty, build.placeProblems.isEmpty else { return nil }
    return build.lexicon.imageBytes
  }

  /// The tables' part of this lexicon, canonical (see above).
  package var imageBytes: [UInt8] {
    var w = LexiconImageWriter()
    let kinds = EntityKind.allCases
    func record(_ r: EntityRecord) {
      w.string(r.id)
      w.uint8(UInt8(kinds.firstIndex(of: r.kind)!))
      w.optionalString(r.name)
      w.optionalString(r.nameZh)
    }
    w.count(records.count)
    for r in records { record(r) }
    w.array(boundToWords.map { UInt8($0 ? 1 : 0) })
    w.array(setAsideForPatterns.map { UInt8($0 ? 1 : 0) })

    // Surfaces renumbered in the order the trie reaches them.
    var frozen = trie.frozen
    var renumbered: [Surface] = []
    frozen.values = frozen.values.map { value in
      guard value >= 0 else { return value }
      renumbered.append(surfaces[Int(value)])
      return Int32(renumbered.count - 1)
    }
    w.count(renumbered.count)
    for surface in renumbered {
      w.int32(surface.entity)
      Self.write(surface.context, &w)
    }
    w.array(frozen.edgeStart)
    w.array(frozen.labels)
    w.array(frozen.targets)
    w.array(frozen.values)
    w.array(frozen.pairFilter)
    w.count(frozen.pairFilterBits)
    w.count(frozen.count)
    w.bool(frozen.rootTable)

    w.count(linkedForms.count)
    for entity in linkedForms.keys.sorted() {
      let forms = linkedForms[entity]!.sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
      w.int32(entity)
      w.count(forms.count)
      for form in forms { w.scalars(form) }
    }
    w.count(versionTails.count)
    for tail in versionTails {
      w.bool(tail != nil)
      guard let tail else { continue }
      w.uint8(UInt8(kinds.firstIndex(of: tail.kind)!))
      w.count(tail.words.count)
      for word in tail.words { w.scalars(word) }
      w.array(tail.numbered.map { UInt8($0 ? 1 : 0) })
    }
    w.count(abbreviations.count)
    for key in abbreviations.keys.sorted() {
      w.uint32(key)
      w.int32(entity(id: abbreviations[key]!.id)!)
    }
    w.count(placesWithin.children.count)
    for parent in placesWithin.children.keys.sorted() {
      let children = placesWithin.children[parent]!
      w.string(parent)
      w.count(children.count)
      for child in children {
        w.scalars(child.surface)
        w.int32(child.entity ?? -1)
        if child.entity == nil { record(child.record) }
      }
    }
    return w.bytes
  }

  /// The lexicon of a section written by `imageBytes` (the name models left empty).
  init(image: UnsafeRawBufferPointer) throws(LexiconImageError) {
    self.init()
    var r = LexiconImageReader(image)
    let kinds = EntityKind.allCases
    func kind() throws(LexiconImageError) -> EntityKind {
      let k = Int(try r.uint8())
      guard k < kinds.count else { throw LexiconImageError() }
      return kinds[k]
    }
    func record() throws(LexiconImageError) -> EntityRecord {
      let id = try r.string()
      let kind = try kind()
      return EntityRecord(id: id, kind: kind, name: try r.optionalString(), nameZh: try r.optionalString())
    }
    func entity(_ value: Int32, count: Int) throws(LexiconImageError) -> Int32 {
      guard value >= 0, Int(value) < count else { throw LexiconImageError() }
      return value
    }
    let recordCount = try r.count()
    // No id index: only `entity(id:)` reads one, and it searches the records without it.
    records.reserveCapacity(recordCount)
    for _ in 0..<recordCount { records.append(try record()) }
    boundToWords = try r.array(UInt8.self).map { $0 != 0 }
    setAsideForPatterns = try r.array(UInt8.self).map { $0 != 0 }
    guard boundToWords.count == recordCount, setAsideForPatterns.count == recordCount else { throw LexiconImageError() }

    let surfaceCount = try r.count()
    surfaces.reserveCapacity(surfaceCount)
    for _ in 0..<surfaceCount {
      let entity = try entity(try r.int32(), count: recordCount)
      surfaces.append(Surface(entity: entity, context: try Self.readContext(&r)))
    }
    let frozen = EntityTrie.Frozen(
      edgeStart: try r.array(Int32.self), labels: try r.array(UInt32.self), targets: try r.array(Int32.self), values: try r.array(Int32.self),
      pairFilter: try r.array(UInt64.self), pairFilterBits: try r.count(), count: try r.count(), rootTable: try r.bool())
    guard Self.isWellFormed(frozen, surfaceCount: surfaceCount) else { throw LexiconImageError() }
    trie = EntityTrie(frozen: frozen)

    for _ in 0..<(try r.count()) {
      let entity = try entity(try r.int32(), count: recordCount)
      var forms: [[Unicode.Scalar]] = []
      for _ in 0..<(try r.count()) { forms.append(try r.scalars()) }
      linkedForms[entity] = forms
    }
    guard try r.count() == recordCount else { throw LexiconImageError() }
    versionTails.reserveCapacity(recordCount)
    for _ in 0..<recordCount {
      guard try r.bool() else {
        versionTails.append(nil)
        continue
      }
      let kind = try kind()
      var words: [[Unicode.Scalar]] = []
      for _ in 0..<(try r.count()) { words.append(try r.scalars()) }
      let numbered = try r.array(UInt8.self).map { $0 != 0 }
      guard numbered.count == words.count else { throw LexiconImageError() }
      versionTails.append(VersionTail(kind: kind, words: words, numbered: numbered))
    }
    for _ in 0..<(try r.count()) {
      let key = try r.uint32()
      abbreviations[key] = records[Int(try entity(try r.int32(), count: recordCount))]
    }
    for _ in 0..<(try r.count()) {
      let parent = try r.string()
      var children: [(surface: [Unicode.Scalar], record: EntityRecord, entity: Int32?)] = []
      for _ in 0..<(try r.count()) {
        let surface = try r.scalars()
        let value = try r.int32()
        if value < 0 {
          children.append((surface, try record(), nil))
        } else {
          let entity = try entity(value, count: recordCount)
          children.append((surface, records[Int(entity)], entity))
        }
      }
      placesWithin.children[parent] = children
    }
    guard r.isAtEnd else { throw LexiconImageError() }
  }

  /// Whether the trie's arrays fit together: every edge inside the arrays, every payload a surface
  /// (a damaged image must fail to load, not crash a scan).
  private static func isWellFormed(_ t: EntityTrie.Frozen, surfaceCount: Int) -> Bool {
    let nodes = t.values.count
    guard t.edgeStart.count == nodes + 1, t.labels.count == t.targets.count, t.edgeStart.first == 0, Int(t.edgeStart[nodes]) == t.labels.count,
      t.pairFilterBits >= 6, t.pairFilterBits <= 30, t.pairFilter.count == (1 << t.pairFilterBits) / 64
    else { return false }
    for k in 0..<nodes where t.edgeStart[k] > t.edgeStart[k + 1] { return false }
    for target in t.targets where target <= 0 || Int(target) >= nodes { return false }
    for value in t.values where Int(value) >= surfaceCount { return false }
    return t.labels.allSatisfy { Unicode.Scalar($0) != nil }
  }

  private static func write(_ context: EntityContext, _ w: inout LexiconImageWriter) {
    switch context {
    case .always: w.uint8(0)
    case .linked: w.uint8(1)
    case .never: w.uint8(2)
    case .conditions(let alternatives):
      w.uint8(3)
      w.count(alternatives.count)
      for all in alternatives {
        w.count(all.count)
        for condition in all {
          w.bool(condition.side == .next)
          w.bool(condition.negated)
          w.count(condition.words.count)
          for word in condition.words { w.scalars(word) }
        }
      }
    }
  }

  private static func readContext(_ r: inout LexiconImageReader) throws(LexiconImageError) -> EntityContext {
    switch try r.uint8() {
    case 0: return .always
    case 1: return .linked
    case 2: return .never
    case 3:
      var alternatives: [[EntityContext.Condition]] = []
      for _ in 0..<(try r.count()) {
        var all: [EntityContext.Condition] = []
        for _ in 0..<(try r.count()) {
          let side: EntityContext.Condition.Side = try r.bool() ? .next : .previous
          let negated = try r.bool()
          var words: [[Unicode.Scalar]] = []
          for _ in 0..<(try r.count()) { words.append(try r.scalars()) }
          all.append(EntityContext.Condition(side: side, negated: negated, words: words))
        }
        alternatives.append(all)
      }
      return .conditions(alternatives)
    default: throw LexiconImageError()
    }
  }
}

extension VersionTail {
  /// A tail whose words are read already (longest first, each with whether a number follows).
  init(kind: EntityKind, words: [[Unicode.Scalar]], numbered: [Bool]) {
    self.kind = kind
    self.words = words
    self.numbered = numbered
  }
}

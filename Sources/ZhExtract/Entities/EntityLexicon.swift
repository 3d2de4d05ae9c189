/// Every entity table read into one matcher, and linted on the way: the `entities-*.tsv`
/// tables (id, type, English name, Simplified name, aliases), the short forms and contexts of
/// `entity-aliases.tsv`, the version tails of `entity-version-tails.tsv` and the pattern cues
/// of `entity-cues.tsv`. Each problem is reported with its `file:line`: a repeated id, an
/// unknown type, an empty field or alias, a form that names two entities without a choice in
/// `entity-aliases.tsv`, an alias row for an unknown id, a context that cannot be read.
package struct EntityLexicon: Sendable {
  package struct Surface: Sendable {
    package var entity: Int32
    package var context: EntityContext
  }

  package internal(set) var records: [EntityRecord] = []
  package internal(set) var surfaces: [Surface] = []
  /// The forms matched anywhere or in context (payload: index in `surfaces`).
  package internal(set) var trie = EntityTrie([])
  /// Forms that count only in a document that names their entity otherwise (`Sam`, `山姆`).
  package internal(set) var linkedForms: [Int32: [[Unicode.Scalar]]] = [:]
  /// The version tail of each entity that takes one, indexed by entity (no hashing in the scan).
  package internal(set) var versionTails: [VersionTail?] = []
  /// Whether each entity's forms count only on the word boundaries of the segmentation path (the
  /// entities of `gazetteerTable`, generated from a dictionary: 明报 is a newspaper, not 说明|报告;
  /// the listed companies and Hong Kong's places).
  package internal(set) var boundToWords: [Bool] = []
  /// Whether each entity's forms are set aside while the patterns run, so that a longer name a
  /// pattern finds around one wins (the gazetteer's: 印度|外交部); the listed companies stay.
  package internal(set) var setAsideForPatterns: [Bool] = []
  package internal(set) var cues = EntityCues()
  /// Short forms of courts' and governments' names (`entity-short-forms.tsv`).
  internal(set) var shortForms = ShortForms()
  /// Chinese family names and the characters of given names.
  internal(set) var names = PersonNameModel()
  /// Japanese family and given names with their romanisation.
  internal(set) var japaneseNames = JapaneseNames()
  /// Kanji likely at each place of a Japanese name (`person-japanese-kanji.tsv`).
  internal(set) var japaneseKanji = JapaneseKanjiModel()
  /// One-character abbreviations of places, by code point, with the record of their place.
  internal(set) var abbreviations: [UInt32: EntityRecord] = [:]
  /// Divisions named by their parent (`entity-places-within.tsv`): 台南市|中西区.
  internal(set) var placesWithin = PlacesWithin()
  /// Each record's entity by id, while the tables are read (a lexicon read from the image has
  /// none: a run never looks a record up by id, and building it cost 4.8 M instructions a start).
  var index: [String: Int32] = [:]

  package static let aliasTable = "entity-aliases.tsv"
  package static let versionTable = "entity-version-tails.tsv"
  package static let cueTable = "entity-cues.tsv"
  /// The generated gazetteer (CC-CEDICT's people, organisations and places), whose forms must
  /// start and end at word boundaries.
  package static let gazetteerTable = "entities-gazetteer.tsv"
  /// The generated companies listed in Taiwan, by short name: their forms too count only at word
  /// boundaries (可成 is none in 可|成为), and the table's context rows are `listedAliasTable`'s.
  package static let listedTable = "entities-companies-tw.tsv"
  package static let listedAliasTable = "entity-aliases-listed.tsv"
  /// Hong Kong's neighbourhoods, new towns and estates, by hand: their forms too count only at word
  /// boundaries (古城 is none in 太古城, 上水 none in 上水管).
  package static let hongKongPlacesTable = "entities-places-hk.tsv"

  package init() {}

  package init(reader: LexiconReader, problems: inout LexiconProblems) {
    self.init(Self.tables(reader: reader), models: EntityNameModels(reader: reader), problems: &problems)
  }

  /// The lexicon of `tables` with `models`, built apart (on two cores at start-up); `problems`
  /// gets the problems of both in the order of a lexicon built in one piece.
  init(_ tables: TablesBuild, models: EntityNameModels, problems: inout LexiconProblems) {
    self = tables.lexicon
    cues = models.cues
    shortForms = models.shortForms
    japaneseNames = models.japaneseNames
    japaneseKanji = models.japaneseKanji
    names = models.names
    problems.report(contentsOf: tables.problems)
    problems.report(contentsOf: models.cueProblems)
    problems.report(contentsOf: tables.placeProblems)
    problems.report(contentsOf: models.nameProblems)
  }

  /// The entity tables read without the name models (`EntityNameModels`), with their problems:
  /// those of the place tables apart, which a lexicon built in one piece reports after the cues'.
  struct TablesBuild: Sendable {
    var lexicon: EntityLexicon
    var problems: LexiconProblems
    var placeProblems: LexiconProblems
  }

  static func tables(reader: LexiconReader) -> TablesBuild {
    var problems = LexiconProblems()
    var placeProblems = LexiconProblems()
    let lexicon = EntityLexicon(tablesOf: reader, problems: &problems, placeProblems: &placeProblems)
    return TablesBuild(lexicon: lexicon, problems: problems, placeProblems: placeProblems)
  }

  private init(tablesOf reader: LexiconReader, problems: inout LexiconProblems, placeProblems: inout LexiconProblems) {
    let lexicons = reader.lexicons
    let normalize = reader.surface
    struct Origin { var entity: Int32; var file: String; var line: Int }
    var forms: [[Unicode.Scalar]: Origin] = [:]
    var clashes: [(key: [Unicode.Scalar], surface: String, first: Int32, second: Int32, file: String, line: Int)] = []
    // Where each entity is defined (by entity), written out only for a repeated id.
    var definedAt: [(origin: String, line: Int)] = []

    // Bundled tables first, so that a problem is reported in the user's own file.
    let tables = lexicons.tables(prefixed: "entities-").sorted {
      ($0.origin.hasPrefix("Lexicons/") ? 0 : 1, $0.name) < ($1.origin.hasPrefix("Lexicons/") ? 0 : 1, $1.name)
    }
    if tables.isEmpty { problems.report(file: "entities-*.tsv", line: 0, "no entity tables") }
    // About three forms a row (growing the table insert by insert cost 15 M instructions).
    forms.reserveCapacity(tables.reduce(0) { $0 + 3 * $1.rows.count })
    for table in tables {
      let bound = table.name == Self.gazetteerTable || table.name == Self.listedTable || table.name == Self.hongKongPlacesTable
      let setAside = table.name == Self.gazetteerTable
      for row in table.rows(columns: 5...5, problems: &problems) {
        let id = row[0]
        guard let kind = EntityKind(rawValue: row[1]) else {
          problems.report(
            file: table.origin, line: row.line, "unknown type '\(row[1])' (known: \(EntityKind.allCases.map(\.rawValue).joined(separator: ", ")))")
          continue
        }
        if let problem = EntityID.problem(id, kind: kind) {
          problems.report(file: table.origin, line: row.line, problem)
          continue
        }
        if let first = index[id] {
          let (origin, line) = definedAt[Int(first)]
          problems.report(file: table.origin, line: row.line, "id '\(id)' is already defined at \(origin):\(line)")
          continue
        }
        definedAt.append((table.origin, row.line))
        let entity = Int32(records.count)
        let (name, nameZh) = (row[2], row[3])
        let (hasName, hasNameZh) = (!Self.isDash(name), !Self.isDash(nameZh))
        records.append(EntityRecord(id: id, kind: kind, name: hasName ? name : nil, nameZh: hasNameZh ? nameZh : nil))
        boundToWords.append(bound)
        setAsideForPatterns.append(setAside)
        index[id] = entity
        var surfacesOfRow: [String] = []
        if hasName { surfacesOfRow.append(name) }
        if hasNameZh { surfacesOfRow.append(nameZh) }
        if !Self.isDash(row[4]) {
          let aliases = Self.aliases(row[4])
          if aliases.contains(where: { $0.isEmpty }) {
            problems.report(file: table.origin, line: row.line, "empty alias in '\(row[4])' (aliases are separated by a single |)")
          }
          surfacesOfRow += aliases.filter { !$0.isEmpty }
        }
        for surface in surfacesOfRow {
          let key = normalize(surface)
          guard !key.isEmpty else { continue }
          if let origin = forms[key] {
            if origin.entity != entity { clashes.append((key, surface, origin.entity, entity, table.origin, row.line)) }
          } else {
            forms[key] = Origin(entity: entity, file: table.origin, line: row.line)
          }
        }
      }
    }

    // Short forms and contexts; they also settle forms that two tables share.
    var chosen: [[Unicode.Scalar]: (entity: Int32, context: EntityContext)] = [:]
    if lexicons[Self.aliasTable] == nil {
      problems.report(file: Self.aliasTable, line: 0, "required lexicon table is missing")
    }
    for table in [lexicons[Self.aliasTable], lexicons[Self.listedAliasTable]].compactMap({ $0 }) {
      for row in table.rows(columns: 3...3, problems: &problems) {
        guard let entity = index[row[1]] else {
          problems.report(file: table.origin, line: row.line, "unknown id '\(row[1])'")
          continue
        }
        guard let context = EntityContext.parse(row[2], normalize: normalize) else {
          problems.report(
            file: table.origin, line: row.line, "cannot read context '\(row[2])' (-, linked, never, or next=…|prev=…|notnext=…|notprev=… joined by &)")
          continue
        }
        let key = normalize(row[0])
        if let previous = chosen[key] {
          if previous.entity != entity {
            problems.report(file: table.origin, line: row.line, "'\(row[0])' is already given to '\(records[Int(previous.entity)].id)'")
            continue
          }
          chosen[key] = (entity, previous.context.or(context))
        } else {
          chosen[key] = (entity, context)
        }
      }
    }
    var reported: Set<String> = []
    for clash in clashes where chosen[clash.key] == nil && reported.insert("\(clash.file):\(clash.line):\(clash.first)").inserted {
      problems.report(
        file: clash.file, line: clash.line,
        "alias '\(clash.surface)' names both '\(records[Int(clash.first)].id)' and '\(records[Int(clash.second)].id)'; choose one in \(Self.aliasTable)")
    }

    var entries: [([Unicode.Scalar], Int32)] = []
    func add(_ key: [Unicode.Scalar], _ entity: Int32, _ context: EntityContext) {
      switch context {
      case .never: return
      case .linked: linkedForms[entity, default: []].append(key)
      default:
        entries.append((key, Int32(surfaces.count)))
        surfaces.append(Surface(entity: entity, context: context))
      }
    }
    for (key, origin) in forms where chosen[key] == nil { add(key, origin.entity, .always) }
    for (key, choice) in chosen { add(key, choice.entity, choice.context) }
    entries = Self.sortedByKey(entries)
    trie = EntityTrie(entries)

    versionTails = [VersionTail?](repeating: nil, count: records.count)
    if let table = lexicons[Self.versionTable] {
      for row in table.rows(columns: 3...3, problems: &problems) {
        guard let entity = index[row[0]] else {
          problems.report(file: table.origin, line: row.line, "unknown id '\(row[0])'")
          continue
        }
        guard let kind = EntityKind(rawValue: row[1]) else {
          problems.report(file: table.origin, line: row.line, "unknown type '\(row[1])'")
          continue
        }
        let words = row[2] == "-" ? [] : row[2].split(separator: "|").map { Array(String($0).unicodeScalars) }
        versionTails[Int(entity)] = VersionTail(kind: kind, words: words)
      }
    }
    for row in reader.rows(PlaceAbbreviationRow.self, problems: &placeProblems) {
      if let entity = index[row.id] {
        abbreviations[row.surface[0].value] = records[Int(entity)]
      } else {
        placeProblems.report(file: PlaceAbbreviationRow.table, line: 0, "unknown id '\(row.id)' for '\(String(scalars: row.surface))'")
      }
    }
    for row in reader.rows(PlaceWithinRow.self, problems: &placeProblems) {
      guard index[row.parent] != nil else {
        placeProblems.report(file: PlaceWithinRow.table, line: 0, "unknown parent id '\(row.parent)'")
        continue
      }
      let entity = index[row.id]
      let record =
        entity.map { records[Int($0)] }
        ?? EntityRecord(id: row.id, kind: .location, name: nil, nameZh: String(scalars: row.surface))
      placesWithin.children[row.parent, default: []].append((row.surface, record, entity))
    }
  }

  /// The aliases of a row, separated by `|` (empty ones kept, to be reported). A column of
  /// characters that never join `|` into one `Character` (ASCII, Han, kana without the voicing
  /// marks, the middle dots) is cut at its bytes, which gives the same parts as cutting it at
  /// `Character`s (that cost 4,000 instructions a row at start-up); any other column as before.
  static func aliases(_ column: String) -> [String] {
    guard cutsAtBytes(column) else { return column.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    return column.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { String(Substring($0)) }
  }

  /// `entries` in code-point order of their keys (which are unique): ordered first by their
  /// first three code points packed into one number, the whole keys compared only on a tie
  /// (comparing scalar arrays throughout cost 18 M instructions at start-up).
  static func sortedByKey(_ entries: [([Unicode.Scalar], Int32)]) -> [([Unicode.Scalar], Int32)] {
    func packed(_ key: [Unicode.Scalar]) -> UInt64 {
      // 21 bits a code point, one more than its value so that an absent one sorts first.
      var value: UInt64 = 0
      for k in 0..<3 { value = value << 21 | (k < key.count ? UInt64(key[k].value) + 1 : 0) }
      return value
    }
    var order = entries.indices.map { (packed(entries[$0].0), $0) }
    order.sort { a, b in
      if a.0 != b.0 { return a.0 < b.0 }
      return entries[a.1].0.lexicographicallyPrecedes(entries[b.1].0) { $0.value < $1.value }
    }
    return order.map { entries[$0.1] }
  }

  /// Whether a field is `-` (nothing), read from its bytes: comparing `String`s cost 250
  /// instructions a field at start-up. (No other string is canonically equivalent to `-`.)
  static func isDash(_ field: String) -> Bool {
    var utf8 = field.utf8.makeIterator()
    return utf8.next() == UInt8(ascii: "-") && utf8.next() == nil
  }

  /// Whether `column` holds only characters that never join an ASCII separator (`|`, `&`, `=`)
  /// into one `Character` with a neighbour (ASCII, Han, kana without the voicing marks, the
  /// middle dots), so that cutting it at the separator's byte gives the parts that cutting it at
  /// `Character`s gives.
  static func cutsAtBytes(_ column: String) -> Bool {
    column.unicodeScalars.allSatisfy { s in
      switch s.value {
      case 0x20..<0x7F, 0xB7, 0x2022, 0x2027, 0x3041...0x3096, 0x30A1...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
      default: false
      }
    }
  }

  package func record(_ entity: Int32) -> EntityRecord { records[Int(entity)] }
  /// The entity of the record `id` (the first with that id; for tests and tools, not a scan).
  package func entity(id: String) -> Int32? {
    if !index.isEmpty { return index[id] }
    return records.firstIndex { $0.id == id }.map { Int32($0) }
  }
}

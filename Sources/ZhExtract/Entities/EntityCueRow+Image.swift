/// The rows of `entity-cues.tsv` as a section of the lexicon image: each cue as written, its
/// surface normalised as documents are and its kind, read at start-up instead of the table
/// (cutting its 2,900 rows and normalising their surfaces cost about 17 M instructions).
/// `EntityCues(rows:)` builds the cues from them as from the table's rows.
extension EntityCueRow {
  static let imageSection = "entity-cue-rows"

  init(text: String, surface: [Unicode.Scalar], kind: Kind) {
    self.text = text
    self.surface = surface
    self.kind = kind
  }

  /// The section's bytes for the cue rows of `reader`; `nil` when the table has problems (a
  /// lexicon with problems is never imaged: the run must report them).
  static func imageBytes(reader: LexiconReader) -> [UInt8]? {
    var problems = LexiconProblems()
    let rows = reader.rows(EntityCueRow.self, problems: &problems)
    guard problems.isEmpty else { return nil }
    return imageBytes(of: rows)
  }

  /// `rows` in order: text, surface, the kind's index in `Kind.allCases`.
  static func imageBytes(of rows: [EntityCueRow]) -> [UInt8] {
    var w = LexiconImageWriter()
    let kinds = Kind.allCases
    w.count(rows.count)
    for row in rows {
      w.string(row.text)
      w.scalars(row.surface)
      w.uint8(UInt8(kinds.firstIndex(of: row.kind)!))
    }
    return w.bytes
  }

  /// The rows of a section written by `imageBytes`.
  static func rows(image: UnsafeRawBufferPointer) throws(LexiconImageError) -> [EntityCueRow] {
    var r = LexiconImageReader(image)
    let kinds = Kind.allCases
    let count = try r.count()
    guard count <= image.count else { throw LexiconImageError() }
    var rows: [EntityCueRow] = []
    rows.reserveCapacity(count)
    for _ in 0..<count {
      let text = try r.string()
      let surface = try r.scalars()
      let k = Int(try r.uint8())
      guard k < kinds.count else { throw LexiconImageError() }
      rows.append(EntityCueRow(text: text, surface: surface, kind: kinds[k]))
    }
    guard r.isAtEnd else { throw LexiconImageError() }
    return rows
  }
}

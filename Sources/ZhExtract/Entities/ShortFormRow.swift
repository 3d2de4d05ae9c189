/// `entity-short-forms.tsv`: the ending of a body's name and the short form that replaces it in
/// its abbreviations (中级人民法院 → 中院; 市政府 → 市府), by kind of body.
struct ShortFormRow: LexiconRow {
  enum Kind: String, CaseIterable {
    /// A court's or a procuratorate's name after its place: 杭州市|中级人民法院 → 杭州市中院, 杭州中院.
    case court
    /// A city's or a county's government after its name of two characters: 台中|市政府 → 中市府, 台中市府.
    case government
  }
  static let table = "entity-short-forms.tsv"
  static let columns = 3...3
  let ending: [Unicode.Scalar]
  let short: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    ending = fields.surface(0)
    short = fields.surface(1)
    kind = try fields.choice(2, "short-form kind")
  }
}

/// The short forms of bodies' names (`entity-short-forms.tsv`), read by `EntityLinker`.
struct ShortForms: Sendable {
  /// Endings of courts' names and their short forms, the longest ending first (中级人民法院 before 人民法院).
  var courts: [(ending: [Unicode.Scalar], shorts: [[Unicode.Scalar]])] = []
  /// Endings of governments' names (市政府) and the ending of their short forms (市府).
  var governments: [(ending: [Unicode.Scalar], short: [Unicode.Scalar])] = []

  init() {}

  init(rows: [ShortFormRow]) {
    for row in rows {
      switch row.kind {
      case .court:
        if let k = courts.firstIndex(where: { $0.ending == row.ending }) {
          courts[k].shorts.append(row.short)
        } else {
          courts.append((row.ending, [row.short]))
        }
      case .government: governments.append((row.ending, row.short))
      }
    }
    courts.sort { $0.ending.count > $1.ending.count }
  }
}

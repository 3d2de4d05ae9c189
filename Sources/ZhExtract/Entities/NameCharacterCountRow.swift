/// The roles a character may have in the names of one table of character counts, and that
/// table: `PersonNameCharacterRole` (`person-name-characters.tsv`), `JapaneseKanjiRole`
/// (`person-japanese-kanji.tsv`).
protocol NameCharacterRole: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
  /// The table's file name.
  static var table: String { get }
  /// Whether each row holds one character (a kanji), not a compound family name (欧阳).
  static var oneCharacter: Bool { get }
}

/// A row of a table of how often a character (or a family name) stands in a role of a name:
/// `surface<TAB>role<TAB>count`, the role one of `Role`'s.
struct NameCharacterCountRow<Role: NameCharacterRole>: LexiconRow {
  static var table: String { Role.table }
  static var columns: ClosedRange<Int> { 3...3 }
  let surface: [Unicode.Scalar]
  let role: Role
  let count: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    role = try fields.choice(1, "role")
    count = try fields.integer(2, "count")
    if Role.oneCharacter, surface.count != 1 { throw fields.problem("a row of \(Role.table) holds one character") }
  }
}

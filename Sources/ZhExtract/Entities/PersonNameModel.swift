import Foundation

/// `person-surnames.tsv`: the family names, single (王) or compound (欧阳).
struct PersonSurnameRow: LexiconRow {
  enum Kind: String, CaseIterable { case single, compound }
  static let table = "person-surnames.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "kind")
    guard surface.count == (kind == .single ? 1 : 2) else {
      throw fields.problem("a \(kind.rawValue) family name has \(kind == .single ? 1 : 2) character(s)")
    }
  }
}

/// `person-name-characters.tsv`: how often a family name or a character of a given name
/// occurs in the person-tagged words of the segmenter dictionary, by role.
enum PersonNameCharacterRole: String, NameCharacterRole {
  case surname, givenFirst = "given-first", givenSecond = "given-second", givenSingle = "given-single"
  static let table = "person-name-characters.tsv"
  static let oneCharacter = false
}

/// How likely a run of characters is a Chinese person's name: a family name from
/// `person-surnames.tsv` and one or two characters of a given name, each weighted by how
/// often it occurs in that role among the person-tagged words of the dictionary. The name's
/// cost (100 × −ln p, as the dictionary's) lets it compete with the dictionary's words on
/// the segmentation path: 周立恒 is a name where no word explains 周立恒 better.
struct PersonNameModel: Sendable {
  static let none = Int32.max
  /// The cost of starting a name at all (the share of names among words).
  static let nameCost: Int32 = 600
  /// Two-character names (刘谦) are rarer than three-character ones.
  static let singleGivenCost: Int32 = 150
  /// What a one-character given name costs more when it is known only as a second character.
  static let singleBackoffCost: Int32 = 100
  /// What a cue beside a candidate (董事长|陈思远, 刘谦|说) takes off its cost.
  static let cueBonus: Int32 = 300

  private(set) var surnameCost = [Int32](repeating: none, count: 0x10000)
  private(set) var compoundCost: [UInt64: Int32] = [:]
  /// The first and second characters of the compound family names (欧阳, 司马): the hash of
  /// `compoundCost` is read only where both match, not at every family-name position.
  private var compoundFirsts = ScalarBitmap()
  private var compoundSeconds = ScalarBitmap()
  private(set) var givenFirst = [Int32](repeating: none, count: 0x10000)
  private(set) var givenSecond = [Int32](repeating: none, count: 0x10000)
  private(set) var givenSingle = [Int32](repeating: none, count: 0x10000)
  private(set) var surnameStarts = ScalarBitmap()
  /// Characters that join the halves of a four-character phrase (之): a name does not end on one
  /// when another character follows.
  var phraseJoiners = ScalarBitmap()

  init() {}

  /// How often a `given-character` cue (蓁 萱) counts as seen in each role: as rare as the
  /// rarer characters of the dictionary's names.
  static let rareGivenCount = 3

  /// - Parameter rareGiven: characters of given names that `characters` lacks (`given-character` cues).
  init(surnames: [PersonSurnameRow], characters: [NameCharacterCountRow<PersonNameCharacterRole>], rareGiven: [Unicode.Scalar] = []) {
    var known: [[Unicode.Scalar]: PersonSurnameRow.Kind] = [:]
    for row in surnames {
      known[row.surface] = row.kind
      surnameStarts.insert(row.surface[0].value)
    }
    var totals: [PersonNameCharacterRole: Int] = [:]
    for row in characters { totals[row.role, default: 0] += row.count }
    func cost(_ count: Int, _ role: PersonNameCharacterRole) -> Int32 {
      Int32((100 * -log(Double(count) / Double(max(totals[role] ?? 1, 1)))).rounded())
    }
    for row in characters {
      let c = cost(row.count, row.role)
      switch row.role {
      case .surname:
        guard let kind = known[row.surface] else { continue }
        if kind == .single, let v = Self.bmp(row.surface[0]) { surnameCost[v] = c }
        if kind == .compound { compoundCost[Self.pair(row.surface[0], row.surface[1])] = c }
      case .givenFirst: if row.surface.count == 1, let v = Self.bmp(row.surface[0]) { givenFirst[v] = c }
      case .givenSecond: if row.surface.count == 1, let v = Self.bmp(row.surface[0]) { givenSecond[v] = c }
      case .givenSingle: if row.surface.count == 1, let v = Self.bmp(row.surface[0]) { givenSingle[v] = c }
      }
    }
    for c in rareGiven {
      guard let v = Self.bmp(c) else { continue }
      if givenFirst[v] == Self.none { givenFirst[v] = cost(Self.rareGivenCount, .givenFirst) }
      if givenSecond[v] == Self.none { givenSecond[v] = cost(Self.rareGivenCount, .givenSecond) }
    }
    // A character seen as the end of two-character given names but not (or too rarely) as a
    // one-character given name is still one, a little less likely (刘谦, 吴宓).
    for v in 0..<0x10000 where givenSingle[v] == Self.none && givenSecond[v] != Self.none {
      givenSingle[v] = givenSecond[v] + Self.singleBackoffCost
    }
    // A family name of the table that no person-tagged word shows still counts, as a rare one.
    let rare = cost(1, .surname)
    for (surface, kind) in known {
      if kind == .single, let v = Self.bmp(surface[0]), surnameCost[v] == Self.none { surnameCost[v] = rare }
      if kind == .compound, compoundCost[Self.pair(surface[0], surface[1])] == nil { compoundCost[Self.pair(surface[0], surface[1])] = rare }
    }
    for key in compoundCost.keys {
      compoundFirsts.insert(UInt32(truncatingIfNeeded: key >> 32))
      compoundSeconds.insert(UInt32(truncatingIfNeeded: key))
    }
  }

  /// The model of tables already derived (`PersonNameModel+Image`); the compound family names'
  /// characters come from `compoundCost`, the phrase joiners are set afterwards.
  init(
    surnameCost: [Int32], compoundCost: [UInt64: Int32], givenFirst: [Int32], givenSecond: [Int32], givenSingle: [Int32],
    surnameStarts: ScalarBitmap
  ) {
    self.surnameCost = surnameCost
    self.compoundCost = compoundCost
    self.givenFirst = givenFirst
    self.givenSecond = givenSecond
    self.givenSingle = givenSingle
    self.surnameStarts = surnameStarts
    for key in compoundCost.keys {
      compoundFirsts.insert(UInt32(truncatingIfNeeded: key >> 32))
      compoundSeconds.insert(UInt32(truncatingIfNeeded: key))
    }
  }

  @inline(__always) private static func bmp(_ s: Unicode.Scalar) -> Int? { s.value < 0x10000 ? Int(s.value) : nil }
  @inline(__always) private static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

  @inline(__always) private static func at(_ table: [Int32], _ s: Unicode.Scalar) -> Int32 {
    s.value < 0x10000 ? table[Int(s.value)] : none
  }

  /// The length and cost of the family name at `i`: compound first.
  func surname(in s: [Unicode.Scalar], at i: Int) -> [(length: Int, cost: Int32)] {
    var out: [(length: Int, cost: Int32)] = []
    forEachSurname(in: s[...], at: i) { out.append(($0, $1)) }
    return out
  }

  /// Calls `body(length, cost)` for each family name at `i`, compound first (nothing allocated:
  /// the segmentation asks at every position that may start a name).
  @inline(__always)
  private func forEachSurname(in s: ArraySlice<Unicode.Scalar>, at i: Int, _ body: (Int, Int32) -> Void) {
    guard surnameStarts.contains(s[i]) else { return }
    if i + 1 < s.endIndex, compoundFirsts.contains(s[i]), compoundSeconds.contains(s[i + 1]), let c = compoundCost[Self.pair(s[i], s[i + 1])] {
      body(2, c)
    }
    let c = Self.at(surnameCost, s[i])
    if c != Self.none { body(1, c) }
  }

  /// The name candidates that start at `i`: family name + one or two given characters, each
  /// a Han character that `allowed` accepts.
  func candidates(in s: [Unicode.Scalar], at i: Int, allowed: (Unicode.Scalar) -> Bool, into out: inout [Segmentation.Candidate]) {
    forEachSurname(in: s[...], at: i) { length, sc in
      let g = i + length
      // 王某, 刘某某: a person the text does not name.
      if g < s.count, s[g] == "某" {
        let end = g + 1 < s.count && s[g + 1] == "某" ? g + 2 : g + 1
        out.append(Segmentation.Candidate(start: i, end: end, cost: Self.nameCost + sc))
        return
      }
      guard g < s.count, ScalarClass.isHan(s[g]), allowed(s[g]) else { return }
      let single = Self.at(givenSingle, s[g])
      if single != Self.none {
        out.append(Segmentation.Candidate(start: i, end: g + 1, cost: Self.nameCost + Self.singleGivenCost + sc + single))
      }
      guard g + 1 < s.count, ScalarClass.isHan(s[g + 1]), allowed(s[g + 1]) else { return }
      // 之 then one more character is a four-character phrase (诸神之|战, 王者之|风), not a name.
      if phraseJoiners.contains(s[g + 1]), g + 2 < s.count, ScalarClass.isHan(s[g + 2]), allowed(s[g + 2]) { return }
      let first = Self.at(givenFirst, s[g]), second = Self.at(givenSecond, s[g + 1])
      if first != Self.none, second != Self.none {
        out.append(Segmentation.Candidate(start: i, end: g + 2, cost: Self.nameCost + sc + first + second))
      }
    }
  }

  /// The length of the longest family name at `i` (compound first: 欧阳), or `nil`.
  func longestSurname(in s: [Unicode.Scalar], at i: Int) -> Int? {
    var found: Int?
    forEachSurname(in: s[...], at: i) { length, _ in if found == nil { found = length } }
    return found
  }

  /// Whether `c` is a family name of one character (江, 戚).
  func isLoneFamilyName(_ c: Unicode.Scalar) -> Bool { Self.at(surnameCost, c) != Self.none }

  /// The cost of `a` and `b` as the first and second characters of a two-character given name
  /// (宏伟 of 江宏伟), or `nil` when either is never seen there.
  func givenNameCost(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int32? {
    let first = Self.at(givenFirst, a), second = Self.at(givenSecond, b)
    return first == Self.none || second == Self.none ? nil : first + second
  }

  /// Whether `name` is a family name and one or two more characters (江泽民, 欧阳明远).
  func hasSurname(_ name: ArraySlice<Unicode.Scalar>) -> Bool { familyLength(name) != nil }

  /// The length of the family name of `name` when one or two characters follow it (compound
  /// first: 欧阳|明远).
  func familyLength(_ name: ArraySlice<Unicode.Scalar>) -> Int? {
    guard !name.isEmpty else { return nil }
    var found: Int?
    forEachSurname(in: name, at: name.startIndex) { length, _ in
      if found == nil, name.count - length == 1 || name.count - length == 2 { found = length }
    }
    return found
  }

  /// The English form of a Chinese name the model reads (`Chen Siyuan`), or `nil` for a person
  /// the text does not name (王某) or a name the model cannot split.
  func romanized(_ name: ArraySlice<Unicode.Scalar>) -> String? {
    guard name.last != "某", let family = familyLength(name) else { return nil }
    let a = Array(name)
    return Romanizer.shared.personName(
      family: String(scalars: a[..<family]),
      given: String(scalars: a[family...]))
  }

}

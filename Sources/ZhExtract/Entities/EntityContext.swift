/// When a surface form counts as a name: always, only beside certain words, only in a document
/// that names the entity otherwise, or never. Read from the third column of `entity-aliases.tsv`:
/// `-`, `linked`, `never`, or conditions joined by `&` (`next=方|军`, `prev=中|美`,
/// `notnext=丽|好`, `notprev=其`); several rows for one surface are alternatives.
package enum EntityContext: Sendable, Hashable {
  case always
  case linked
  case never
  /// Any of the alternatives; each holds when all its conditions hold.
  case conditions([[Condition]])

  package struct Condition: Sendable, Hashable {
    package enum Side: Sendable, Hashable { case next, previous }
    package var side: Side
    package var negated: Bool
    package var words: [[Unicode.Scalar]]

    /// True when one of `words` stands right after `end` (or right before `start`), one
    /// space skipped; negated conditions require that none does.
    func holds(in text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
      let found: Bool
      switch side {
      case .next:
        var i = end
        if i < text.count, text[i] == " " { i += 1 }
        found = words.contains { word in
          i + word.count <= text.count && word.indices.allSatisfy { text[i + $0] == word[$0] }
        }
      case .previous:
        var j = start
        if j > 0, text[j - 1] == " " { j -= 1 }
        found = words.contains { word in
          j - word.count >= 0 && word.indices.allSatisfy { text[j - word.count + $0] == word[$0] }
        }
      }
      return found != negated
    }
  }

  /// Parses one context cell; `nil` when it is not understood.
  package static func parse(_ cell: String, normalize: (String) -> [Unicode.Scalar]) -> EntityContext? {
    switch cell {
    case "-": return .always
    case "linked": return .linked
    case "never": return .never
    default: break
    }
    // A cell of characters that never join `&`, `=` or `|` into one `Character` is cut at its
    // bytes, which gives the same parts as cutting it at `Character`s (that cost 80,000
    // instructions a cell at start-up); any other cell as before.
    let plain = EntityLexicon.cutsAtBytes(cell)
    func split(_ text: Substring, _ separator: Unicode.Scalar) -> [Substring] {
      guard plain else { return text.split(separator: Character(separator)) }
      return text.utf8.split(separator: UInt8(separator.value)).map { Substring($0) }
    }
    var conditions: [Condition] = []
    for part in split(cell[...], "&") {
      guard let eq = plain ? part.utf8.firstIndex(of: UInt8(ascii: "=")) : part.firstIndex(of: "=") else { return nil }
      let key = part[..<eq]
      let words = split(part[part.index(after: eq)...], "|").map { normalize(String($0)) }.filter { !$0.isEmpty }
      guard !words.isEmpty else { return nil }
      switch key {
      case "next": conditions.append(Condition(side: .next, negated: false, words: words))
      case "prev": conditions.append(Condition(side: .previous, negated: false, words: words))
      case "notnext": conditions.append(Condition(side: .next, negated: true, words: words))
      case "notprev": conditions.append(Condition(side: .previous, negated: true, words: words))
      default: return nil
      }
    }
    return conditions.isEmpty ? nil : .conditions([conditions])
  }

  /// This context or `other` (rows for the same surface are alternatives).
  package func or(_ other: EntityContext) -> EntityContext {
    switch (self, other) {
    case (.never, let x), (let x, .never): x
    case (.always, _), (_, .always): .always
    case (.linked, let x), (let x, .linked): x
    case (.conditions(let a), .conditions(let b)): .conditions(a + b)
    }
  }

  /// Whether the surface at `start..<end` counts, by its neighbours alone.
  func holds(in text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    switch self {
    case .always: true
    case .linked, .never: false
    case .conditions(let alternatives):
      alternatives.contains { all in all.allSatisfy { $0.holds(in: text, start: start, end: end) } }
    }
  }
}

/// `entity-abbreviations.tsv`: one-character abbreviations of countries and provinces.
struct PlaceAbbreviationRow: LexiconRow {
  static let table = "entity-abbreviations.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let id: String
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    id = fields.text(1)
    guard surface.count == 1 else { throw fields.problem("an abbreviation is one character") }
  }
}

/// One-character abbreviations of places inside compounds (中美关系, 京津冀, 印巴两国, 访华,
/// 驻华大使): each character is a mention of its place. Alone, 中 美 日 are common words, so
/// only two patterns read them: a run of two to four abbreviations that the segmentation
/// does not join into another word with its neighbours (美中不足 is an idiom) and that a
/// relation word follows (`abbreviation-relation` cues: 关系, 两国, 合作) or that has three
/// (京津冀), or one
/// abbreviation right after a verb of travel or stance (`abbreviation-verb` cues: 访 驻 来 赴 对
/// 援 侵) that ends the word there.
struct PlaceAbbreviationScanner: EntityPatternScanner {
  let abbreviations: [UInt32: EntityRecord]
  /// The characters of `abbreviations`: a position whose character is none costs one bit test.
  let abbreviationCharacters: ScalarBitmap
  let verbs: ScalarBitmap
  /// Words after a run of abbreviations that make it a pair of places (关系, 两国, 合作).
  let relations: ScalarTrie<Bool>
  var rule: EntityRule { .placeAbbreviation }

  init(abbreviations: [UInt32: EntityRecord], verbs: ScalarBitmap, relations: ScalarTrie<Bool>) {
    self.abbreviations = abbreviations
    var characters = ScalarBitmap()
    characters.formUnion(abbreviations.keys)
    abbreviationCharacters = characters
    self.verbs = verbs
    self.relations = relations
  }

  /// An abbreviation's character: the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [abbreviationCharacters])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    var i = 0
    while starts.advance(&i, below: n) {
      guard abbreviationCharacters.contains(s[i]), !coverage[i] else { i += 1; continue }
      var j = i
      while j < n, j - i < 4, abbreviationCharacters.contains(s[j]), !coverage[j] { j += 1 }
      // The run must not start or end inside a longer word of the path (美中不足, 中日报).
      let wordAligned = words.startsWord(i) && words.startsWord(j) && !isLongWord(words, i, j)
      let related = j - i >= 3 || (j < n && (relations.longestMatch(in: s, at: j) != nil || s[j] == "、")) || (i > 0 && s[i - 1] == "、")
      if j - i >= 2, wordAligned, related {
        for k in i..<j { emit(k, s, into: &found) }
        i = j
        continue
      }
      if i > 0, verbs.contains(s[i - 1]), !coverage[i - 1], words.startsWord(i + 1), i + 1 >= n || !abbreviationCharacters.contains(s[i + 1]) {
        let start = words.wordStart(containing: i - 1)
        if start == i - 1 || words.wordEnd(at: start) == i + 1 { emit(i, s, into: &found) }
      }
      i = max(j, i + 1)
    }
  }

  /// A word of the path that covers the whole run and more (an idiom, a name).
  private func isLongWord(_ words: Segmentation, _ i: Int, _ j: Int) -> Bool {
    var p = i
    while p < j {
      // A word that is the run itself (京津冀) is a compound of abbreviations.
      if case .word = words.kind(at: p), words.wordEnd(at: p) - p >= 3, !(p == i && words.wordEnd(at: p) == j) { return true }
      p = words.wordEnd(at: p)
    }
    return false
  }

  private func emit(_ k: Int, _ s: [Unicode.Scalar], into found: inout [FoundEntity]) {
    guard let record = abbreviations[s[k].value] else { return }
    found.append(FoundEntity(start: k, end: k + 1, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }
}

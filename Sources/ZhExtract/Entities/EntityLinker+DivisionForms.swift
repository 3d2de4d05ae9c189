extension EntityLinker {
  /// The bodies named by their division's word and a short form of their name (省|发改委, 省|科技厅) take
  /// the record of the body the document names whole (江西省|发展和改革委员会, 四川省|科学技术厅): a
  /// pattern's organisation of three to eight Han characters that starts with 省 市 州 县 or 区 names the one
  /// organisation whose name holds that word after two characters or more of place and, after it, a longer
  /// name that starts with the same character and holds the short one's characters in order
  /// (发展和改革委员会 ⊃ 发改委). Two such names leave it alone.
  func linkDivisionForms(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    let divisions = "省市州县区".unicodeScalars
    var shorts: [Int] = []
    for (k, f) in found.enumerated()
    where f.record.kind == .organization && f.lexiconEntity == nil && f.source == "pattern" && f.end - f.start >= 3 && f.end - f.start <= 8
      && divisions.contains(s[f.start]) && s[f.start..<f.end].allSatisfy(ScalarClass.isHan)
    {
      shorts.append(k)
    }
    guard !shorts.isEmpty else { return }
    // The organisations a short form may name, by the division's word where it first stands two
    // characters or more into the name and the character after it (江西省|发…: 省 and 发): a short
    // form (省发改委: 省 and 发) reads only those, and of a name said many times only its last
    // mention (the one that decides), so that a long document is read in linear time.
    var lastMention: [NamedSurface: Int] = [:]
    for (k, g) in found.enumerated() where g.record.kind == .organization && g.end - g.start > 3 {
      lastMention[NamedSurface(id: g.record.id, surface: s[g.start..<g.end])] = k
    }
    var byWord: [DivisionKey: [Int]] = [:]
    for k in lastMention.values.sorted() {
      let g = found[k]
      var seen: [Unicode.Scalar] = []
      for d in (g.start + 2)..<(g.end - 1) where divisions.contains(s[d]) && !seen.contains(s[d]) {
        seen.append(s[d])
        byWord[DivisionKey(division: s[d], next: s[d + 1]), default: []].append(k)
      }
    }
    for k in shorts {
      let f = found[k]
      var match: FoundEntity?
      var ambiguous = false
      for j in byWord[DivisionKey(division: s[f.start], next: s[f.start + 1])] ?? [] {
        let g = found[j]
        guard g.record.id != f.record.id, g.end - g.start > f.end - f.start,
          let d = (g.start + 2..<g.end).first(where: { s[$0] == s[f.start] }), d + 1 < g.end,
          Self.isInOrder(s[(f.start + 1)..<f.end], within: s[(d + 1)..<g.end]), (g.end - d) > (f.end - f.start)
        else { continue }
        if let m = match, m.record.id != g.record.id { ambiguous = true }
        match = g
      }
      if let match, !ambiguous {
        found[k].record = match.record
        found[k].lexiconEntity = match.lexiconEntity
        found[k].source = "alias"
        found[k].rule = .alias
      }
    }
  }

  /// An organisation's record and the words that name it in one mention.
  struct NamedSurface: Hashable {
    var id: String
    var surface: ArraySlice<Unicode.Scalar>
  }

  /// A division's word in an organisation's name and the character after it (省 and 发 of 江西省发展…).
  struct DivisionKey: Hashable {
    var division: Unicode.Scalar
    var next: Unicode.Scalar
  }

  /// Whether `short` starts with the first character of `long` and its characters stand in `long` in order.
  static func isInOrder(_ short: ArraySlice<Unicode.Scalar>, within long: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = short.first, first == long.first else { return false }
    var k = long.startIndex
    for c in short {
      while k < long.endIndex, long[k] != c { k += 1 }
      guard k < long.endIndex else { return false }
      k += 1
    }
    return true
  }
}

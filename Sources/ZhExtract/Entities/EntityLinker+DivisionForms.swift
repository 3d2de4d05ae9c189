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
    for k in shorts {
      let f = found[k]
      var match: FoundEntity?
      var ambiguous = false
      for g in found where g.record.kind == .organization && g.record.id != f.record.id && g.end - g.start > f.end - f.start {
        guard let d = (g.start + 2..<g.end).first(where: { s[$0] == s[f.start] }), d + 1 < g.end,
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

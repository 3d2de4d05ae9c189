extension EntityLinker {
  /// A body or a company that a pattern found under a short name (洛阳公交集团, 水利署, 鹏程基金会,
  /// 西湖公安分局, 北捷公司) is the one the document names in full (洛阳市公共交通集团有限公司, 經濟部水利署,
  /// 深圳市鹏程公益基金会, 杭州市公安局西湖区分局, 臺北大眾捷運股份有限公司) when the short name keeps the full
  /// one's head and enough of the rest in order (`FullNameShape`); a facility's place likewise (温州机场
  /// of 温州龙湾国际机场). The short mention takes the full name's id, names and lexicon entity
  /// (`source: "alias"`); a short name that two full names of the document could give stays apart.
  ///
  /// Linear in the mentions: the full names are indexed by the last character a short form ends with
  /// and each character they hold; a short form reads only the full names of its rarest character, at
  /// most `maxShortNameCandidates` of them.
  func linkShortNames(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    var shorts: [ArraySlice<Unicode.Scalar>: Int] = [:]
    for (k, f) in found.enumerated()
    where f.lexiconEntity == nil && f.source == "pattern" && (f.record.kind == .organization || f.record.kind == .location)
      && f.end - f.start >= 3 && f.end - f.start <= 12 && s[f.start..<f.end].allSatisfy(ScalarClass.isHan)
    {
      if shorts[s[f.start..<f.end]] == nil { shorts[s[f.start..<f.end]] = k }
    }
    guard !shorts.isEmpty else { return }
    let tables = FullNameShape.Tables(lexicon)
    // The full names, one mention for each name and id, indexed by (last character, character held).
    var fulls: [Int] = []
    var seen: Set<NamedSurface> = []
    var index: [UInt64: [Int32]] = [:]
    var held: Set<Unicode.Scalar> = []
    let legalSuffixes = tables.legalSuffixes
    for (k, f) in found.enumerated()
    where (f.record.kind == .organization || f.record.kind == .location) && f.end - f.start >= 4 && f.end - f.start <= 40
      && s[f.start..<f.end].allSatisfy(ScalarClass.isHan)
    {
      guard seen.insert(NamedSurface(id: f.record.id, surface: s[f.start..<f.end])).inserted else { continue }
      let name = s[f.start..<f.end]
      // A short form ends as the name does, or as the name before its legal form (洛阳公交集团|).
      let last = name[name.endIndex - 1]
      var lastBeforeLegal = last
      if let legal = legalSuffixes.first(where: { $0.count < name.count - 1 && name.suffix($0.count).elementsEqual($0) }) {
        lastBeforeLegal = name[name.endIndex - legal.count - 1]
      }
      let slot = Int32(fulls.count)
      fulls.append(k)
      held.removeAll(keepingCapacity: true)
      for c in name where held.insert(c).inserted {
        index[Self.shortNameKey(last, c), default: []].append(slot)
        if lastBeforeLegal != last { index[Self.shortNameKey(lastBeforeLegal, c), default: []].append(slot) }
      }
    }
    var shapes: [Int32: FullNameShape?] = [:]
    var links: [String: FoundEntity] = [:]
    for (surface, k) in shorts {
      let short = found[k]
      guard let last = surface.last else { continue }
      var rarest: [Int32]?
      for c in surface.dropLast() {
        let list = index[Self.shortNameKey(last, c)] ?? []
        if rarest.map({ list.count < $0.count }) ?? true { rarest = list }
      }
      guard let candidates = rarest, !candidates.isEmpty, candidates.count <= Self.maxShortNameCandidates else { continue }
      var match: FoundEntity?
      var ambiguous = false
      let form = Array(surface)
      for slot in candidates {
        let full = found[fulls[Int(slot)]]
        guard full.record.id != short.record.id, full.record.kind == short.record.kind, full.end - full.start > form.count,
          match?.record.id != full.record.id
        else { continue }
        if shapes[slot] == nil { shapes[slot] = FullNameShape(Array(s[full.start..<full.end]), tables: tables, location: full.record.kind == .location) }
        guard let shape = shapes[slot] ?? nil, shape.isShortForm(form, tables: tables) else { continue }
        if match != nil { ambiguous = true; break }
        match = full
      }
      if let match, !ambiguous { links[short.record.id] = match }
    }
    guard !links.isEmpty else { return }
    // Every mention of the short name's id: the pattern's, and the forms it gave (`linkPartials`).
    for k in found.indices where found[k].lexiconEntity == nil {
      guard var full = links[found[k].record.id] else { continue }
      // A full name that is itself the short name of a longer one follows it (a few steps at most).
      var hops = 0
      while let longer = links[full.record.id], longer.record.id != found[k].record.id, hops < 4 { full = longer; hops += 1 }
      found[k].record = full.record
      found[k].lexiconEntity = full.lexiconEntity
      found[k].source = "alias"
      found[k].rule = .alias
    }
  }

  /// How many full names a short form reads at most: more, and it names no one of them for certain.
  static let maxShortNameCandidates = 48

  private static func shortNameKey(_ last: Unicode.Scalar, _ held: Unicode.Scalar) -> UInt64 {
    UInt64(last.value) << 32 | UInt64(held.value)
  }
}

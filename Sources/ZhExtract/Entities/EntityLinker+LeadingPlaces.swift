extension EntityLinker {
  /// A short form of an organisation right after the place its full name begins with is one mention with that place:
  /// 南通|海岳 of 南通海岳足球俱乐部 is 南通海岳, the full name's first characters as the text writes them (the short
  /// form read from the full name left the place out). The short form keeps its record (the full name's id); the
  /// place goes. Only a short form the linker gave (`source: "alias"`) and a place that ends where it starts.
  func joinLeadingPlaces(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    guard found.count >= 2 else { return }
    found.sortByStart()
    var joinedPlaces: [Int] = []
    for k in 1..<found.count {
      let place = found[k - 1], short = found[k]
      guard short.source == "alias", short.record.kind == .organization, place.record.kind == .location, place.end == short.start,
        joinedPlaces.last != k - 1, let full = short.record.nameZh
      else { continue }
      let length = short.end - place.start
      var name = full.unicodeScalars.makeIterator()
      var same = true
      for p in place.start..<short.end where name.next() != s[p] {
        same = false
        break
      }
      // The full name goes on past the words written here: the text wrote its beginning, no whole name.
      guard same, name.next() != nil, length < full.unicodeScalars.count else { continue }
      found[k].start = place.start
      joinedPlaces.append(k - 1)
    }
    guard !joinedPlaces.isEmpty else { return }
    var kept: [FoundEntity] = []
    kept.reserveCapacity(found.count - joinedPlaces.count)
    var next = 0
    for k in found.indices {
      if next < joinedPlaces.count, joinedPlaces[next] == k {
        next += 1
        continue
      }
      kept.append(found[k])
    }
    found = kept
  }
}

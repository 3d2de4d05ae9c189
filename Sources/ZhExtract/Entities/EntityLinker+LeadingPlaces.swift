extension EntityLinker {
  /// A short form of an organisation right after the place its full name begins with is one mention with that place:
  /// 南通|海岳 of 南通海岳足球俱乐部 is 南通海岳, the full name's first characters as the text writes them (the short
  /// form read from the full name left the place out). The short form keeps its record (the full name's id); the
  /// place goes. Only a short form the linker gave (`source: "alias"`) and a place that ends where it starts.
  func joinLeadingPlaces(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    // Offsets first, read in place: the other tests run only on the few mentions that touch.
    found.joinAdjacent(where: { place, short in
      place.end == short.start && place.record.kind == .location && short.record.kind == .organization && short.source == "alias"
        && Self.beginsFullName(s, place: place, short: short)
    })
  }

  /// Whether the place and the short form after it, as the text writes them, are the first characters of the short
  /// form's full name and not all of it (the text wrote its beginning, no whole name).
  private static func beginsFullName(_ s: [Unicode.Scalar], place: FoundEntity, short: FoundEntity) -> Bool {
    guard let full = short.record.nameZh else { return false }
    var name = full.unicodeScalars.makeIterator()
    for p in place.start..<short.end where name.next() != s[p] { return false }
    return name.next() != nil
  }
}

extension EntityLinker {
  /// A person named by the family name and a title (周书记, 杜副行长, 老于) is the person of that
  /// family whom the document names in full (周文斌, 杜晓梅), when it names one only: the mention
  /// takes that person's id and names. With two people of the family (周文斌, 周明), or none, it
  /// keeps its own.
  ///
  /// Full names are Chinese names of two to four characters from the rules that read a whole name,
  /// or from the lexicon; the family name is the mention's `nameZh` (one or two characters).
  func linkFamilyNames(found: inout [FoundEntity]) {
    guard found.contains(where: { $0.rule == .surnameTitle }) else { return }
    // Family name → the one full name of it, or nil when the document names two.
    var byFamily: [String: FoundEntity?] = [:]
    for f in found where f.record.kind == .person && f.rule != .surnameTitle {
      guard Self.wholeNameRules.contains(f.rule) || f.lexiconEntity != nil, let full = f.record.nameZh else { continue }
      let scalars = Array(full.unicodeScalars)
      guard scalars.count >= 2, scalars.count <= 4, scalars.allSatisfy(ScalarClass.isHan) else { continue }
      for length in 1...min(2, scalars.count - 1) {
        let family = String(scalars: scalars[..<length])
        if let seen = byFamily[family] {
          if let one = seen, one.record.id != f.record.id { byFamily[family] = .some(nil) }
        } else {
          byFamily[family] = f
        }
      }
    }
    for k in found.indices where found[k].rule == .surnameTitle {
      guard let family = found[k].record.nameZh, let one = byFamily[family], let full = one else { continue }
      found[k].record = full.record
      found[k].lexiconEntity = full.lexiconEntity
      found[k].source = "alias"
    }
  }
}

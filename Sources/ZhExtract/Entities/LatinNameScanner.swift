/// Latin-script proper names inside Chinese text that no lexicon knows, typed by cues:
/// a known given name starts a person (Tim Higgins); a role title before or after makes a
/// run of capitalised words a person (首席执行官 Foo Bar, Foo Bar CEO); an organisation word
/// ends an organisation (Menlo Ventures, Acme Capital; `The` in front is kept). A run with no
/// cue is left alone: `Code Red` and `Town Hall` are not names.
struct LatinNameScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .latinName }

  private struct Word {
    var start: Int
    var end: Int
    var text: String
    /// Capitalised with lower-case letters after (`Higgins`), not an acronym (`CEO`).
    var isNameLike: Bool
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 0
    while i < n {
      guard ScalarClass.isUpper(s[i]), !coverage[i], i == 0 || !ScalarClass.isLatinWordScalar(s[i - 1]) else { i += 1; continue }
      // A run of capitalised words separated by single spaces.
      var words: [Word] = []
      var j = i
      while j < n, ScalarClass.isUpper(s[j]), !coverage[j] {
        var k = j + 1
        while k < n, !coverage[k], ScalarClass.isLatinWordScalar(s[k]) || (s[k] == "'" && k + 1 < n && ScalarClass.isLower(s[k + 1])) { k += 1 }
        let scalars = s[j..<k]
        let text = String(String.UnicodeScalarView(scalars))
        let nameLike = scalars.dropFirst().contains { ScalarClass.isLower($0) } && !scalars.contains { ScalarClass.isASCIIDigit($0) } && !cues.latinFunctionWords.contains(text)
        words.append(Word(start: j, end: k, text: text, isNameLike: nameLike))
        guard k + 1 < n, s[k] == " ", ScalarClass.isUpper(s[k + 1]), !coverage[k + 1] else { j = k; break }
        j = k + 1
      }
      let runEnd = words.last?.end ?? i + 1
      classify(words, in: s, into: &found)
      i = max(runEnd, i + 1)
    }
  }

  private func classify(_ words: [Word], in s: [Unicode.Scalar], into found: inout [FoundEntity]) {
    guard words.count >= 2 else { return }
    // Organisation: name-like words ending in an organisation word.
    if let q = words.indices.dropFirst().first(where: { cues.organizationWords.contains(words[$0].text) }) {
      var first = q
      while first > 0, words[first - 1].isNameLike || words[first - 1].text.allSatisfy(\.isUppercase) { first -= 1 }
      if first < q || (first == q && q > 0 && words[q - 1].text == "The") {
        if first > 0, words[first - 1].text == "The" { first -= 1 }
        emit(.organization, words[first].start, words[q].end, s, into: &found)
        return
      }
    }
    // Person by a given name.
    if let p = words.indices.dropLast().first(where: { cues.givenNames.contains(words[$0].text) && words[$0 + 1].isNameLike }),
       !cues.organizationWords.contains(words[p + 1].text) {
      emit(.person, words[p].start, words[p + 1].end, s, into: &found)
      return
    }
    // Person by a role title right before or after two or three name-like words.
    let nameLike = words.prefix { $0.isNameLike }
    guard nameLike.count >= 2, nameLike.count <= 3, let first = nameLike.first, let last = nameLike.last else { return }
    if hasRole(before: first.start, in: s) || hasRole(after: last.end, in: s) {
      emit(.person, first.start, last.end, s, into: &found)
    }
  }

  private func hasRole(before start: Int, in s: [Unicode.Scalar]) -> Bool {
    var end = start
    if end > 0, s[end - 1] == " " { end -= 1 }
    return end > 0 && cues.roles.longestMatch(in: s, endingAt: end, maxLength: 8) != nil
  }

  private func hasRole(after end: Int, in s: [Unicode.Scalar]) -> Bool {
    var i = end
    if i < s.count, s[i] == " " { i += 1 }
    return i < s.count && cues.roles.longestMatch(in: s, at: i) != nil
  }

  private func emit(_ kind: EntityKind, _ start: Int, _ end: Int, _ s: [Unicode.Scalar], into found: inout [FoundEntity]) {
    let surface = Array(s[start..<end])
    let name = String(String.UnicodeScalarView(surface))
    let record = EntityRecord(id: EntityID.pattern(kind, surface), kind: kind, name: name, nameZh: nil)
    found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }
}

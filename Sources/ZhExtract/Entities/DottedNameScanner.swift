/// Transliterated foreign names joined by a middle dot in any of its forms (· ‧ • ・, or the
/// ASCII `.` between CJK characters): 杰瑞·特沃雷克, 达里奥.阿莫代, 穆罕默德·本·萨勒曼.
///
/// The parts are runs of characters used in transliteration (`translit` cues; past a part's first
/// character, `translit-dot` cues too: 彼得·彼得森), so the name
/// stops at the title before it (副总裁|杰瑞) and the verb after it (特沃雷克|说); a run that a
/// `place-ending` cue follows is a place (莫斯科·克里姆林宫). Linear: each dot looks at most a
/// few characters either side.
struct DottedNameScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .dottedName }
  static let maxGiven = 5
  static let maxPart = 6

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var d = 1
    while d < n - 1 {
      guard ScalarClass.isNameDot(in: s, at: d), !coverage[d] else { d += 1; continue }
      var start = d
      while start > 0, d - start < Self.maxGiven, isNameScalar(s[start - 1]) || cues.dottedTransliteration.contains(s[start - 1].value), !coverage[start - 1] {
        start -= 1
      }
      // A `translit-dot` character never opens the name (写得|彼得·杰克逊 starts at 彼).
      while start < d, !isNameScalar(s[start]) { start += 1 }
      guard start < d else { d += 1; continue }
      var end = d
      var parts = 0
      var lastDot = d
      while end < n, ScalarClass.isNameDot(in: s, at: end), !coverage[end] {
        lastDot = end
        var k = end + 1
        while k < n, k - (end + 1) < Self.maxPart, isNameScalar(s[k]) || (k > end + 1 && cues.dottedTransliteration.contains(s[k].value)), !coverage[k] {
          k += 1
        }
        guard k > end + 1 else { break }
        end = k
        parts += 1
      }
      // The name does not end a word of the text before it (总理|罗伯特·马尔登) or start one after it
      // (科菲·安南|希望): a dictionary word across its edge keeps its characters.
      if start > 0, words.wordStart(containing: start) < start, case .word = words.kind(at: words.wordStart(containing: start)) {
        let e = words.wordEnd(at: words.wordStart(containing: start))
        if e < d { start = e }
      }
      if end < n, parts > 0 {
        let last = words.wordStart(containing: end - 1)
        if last > lastDot + 1, words.wordEnd(at: last) > end, case .word = words.kind(at: last) { end = last }
      }
      guard parts > 0, end - start - parts >= 3, end >= n || !cues.placeEndings.contains(s[end]) else { d += 1; continue }
      let surface = Array(s[start..<end])
      let name = String(String.UnicodeScalarView(surface.map { ScalarClass.isNameDot($0) || $0 == "." ? ScalarClass.middleDot : $0 }))
      let record = EntityRecord(id: EntityID.pattern(.person, surface), kind: .person, name: nil, nameZh: name)
      found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      d = end
    }
  }

  private func isNameScalar(_ s: Unicode.Scalar) -> Bool { cues.transliteration.contains(s.value) }
}

/// A person named by the family name alone with a title after it (李先生, 陈老师, 毛主席,
/// 唐外长, 欧阳女士): the family name is the mention, as a reader marks it.
///
/// The family name (`surname` cues) must start a word of the segmentation path and stand
/// alone on it (感|谢老师 and 中|方发言人 are no names: 谢 and 方 end a word there); the title is a
/// role or a `title-after` cue; a family name that is also a preposition (向 于 和) inside a
/// clause is that preposition (向老师请教). Linear: only positions whose character starts a family
/// name are read, each a bounded number of characters.
struct SurnameTitleScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .surnameTitle }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var p = 0
    while p < n - 1 {
      let v = s[p].value
      guard v < 0x10000, cues.surnameStarts[Int(v)], !coverage[p], words.startsWord(p),
        let surname = cues.surnames.longestMatch(in: s, at: p)
      else { p += 1; continue }
      let e = surname.end
      guard e < n, words.startsWord(e) || words.wordEnd(at: p) > e,
        let title = cues.titlesAfter.longestMatch(in: s, at: e)?.end ?? cues.roles.longestMatch(in: s, at: e)?.end,
        words.wordEnd(at: p) <= title, coverage.isFree(p, title)
      else { p += 1; continue }
      if p > 0, ScalarClass.isHan(s[p - 1]), cues.organizationStops.contains(s[p]) { p += 1; continue }
      if cues.notNames.longestMatch(in: s, at: p) != nil { p += 1; continue }
      let surface = Array(s[p..<e])
      let name = Romanizer.shared.personName(family: String(String.UnicodeScalarView(surface)), given: "")
      let record = EntityRecord(
        id: EntityID.pattern(.person, surface, romanized: name), kind: .person, name: name,
        nameZh: String(String.UnicodeScalarView(surface)))
      found.append(FoundEntity(start: p, end: e, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      p = title
    }
  }
}

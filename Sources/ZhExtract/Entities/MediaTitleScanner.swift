/// A medium named in 《》 that no lexicon knows: the title ends with a media word (日报, 时报,
/// 周刊, 杂志, 新闻 …), so 《经济观察报》 is an organisation and 《芯片法案》 is not.
struct MediaTitleScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .mediaTitle }
  static let maxLength = 14

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 0
    while i < n {
      guard s[i] == "《" else { i += 1; continue }
      var k = i + 1
      while k < n, k - i <= Self.maxLength + 1, s[k] != "》", s[k] != "《", s[k] != "\n" { k += 1 }
      guard k < n, s[k] == "》", k - i - 1 >= 2, coverage.isFree(i + 1, k),
        cues.mediaSuffixes.longestMatch(in: s, endingAt: k, maxLength: 4) != nil,
        s[(i + 1)..<k].allSatisfy({ ScalarClass.isHan($0) || ScalarClass.isLatinWordScalar($0) })
      else { i = max(k, i + 1); continue }
      let surface = Array(s[(i + 1)..<k])
      let name = String(scalars: surface)
      let record = EntityRecord(id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: name)
      found.append(FoundEntity(start: i + 1, end: k, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      i = k + 1
    }
  }
}

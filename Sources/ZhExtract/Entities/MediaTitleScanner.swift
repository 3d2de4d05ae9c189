/// A medium named in 《》 that no lexicon knows: the title ends with a media word (日报, 时报,
/// 周刊, 杂志, 新闻 …), so 《经济观察报》 is an organisation and 《芯片法案》 is not.
struct MediaTitleScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .mediaTitle }
  static let maxLength = 14

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    for title in BracketedTitles(in: s, maxLength: Self.maxLength) {
      guard coverage.isFree(title.start, title.end), cues.mediaSuffixes.longestMatch(in: s, endingAt: title.end, maxLength: 4) != nil,
        s[title.start..<title.end].allSatisfy({ ScalarClass.isHan($0) || ScalarClass.isLatinWordScalar($0) })
      else { continue }
      let surface = Array(s[title.start..<title.end])
      let name = String(scalars: surface)
      let record = EntityRecord(id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: name)
      found.append(FoundEntity(start: title.start, end: title.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
    }
  }
}

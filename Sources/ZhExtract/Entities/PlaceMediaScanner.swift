/// A medium named by a place and a media word, outside 《》: 华东财经, 北京日报, 香港电台. The
/// place is part of the name, not a mention of its own: the organisation takes its positions.
/// The words are the `place-media-word` cues (财经, 日报, 晚报, 电视台 …); generic words that a
/// place may precede in running text (新闻, 报道, 评论) are none of them, so 美国新闻报道称 keeps its
/// place.
struct PlaceMediaScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .placeMedia }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    for (start, end) in places.endByStart.sorted(by: { $0.key < $1.key }) where end < s.count {
      guard let word = cues.placeMediaWords.longestMatch(in: s, at: end), coverage.isFree(end, word.end),
        words.startsWord(word.end)
      else { continue }
      let surface = Array(s[start..<word.end])
      let record = EntityRecord(
        id: EntityID.pattern(.organization, surface), kind: .organization, name: nil,
        nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: word.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = true
      found.append(f)
    }
  }
}

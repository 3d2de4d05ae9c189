/// Bodies named by a generic word (`body-word` cues: 党中央, 市委, 县委, 省委, 纪委, 村委会, 足协,
/// 妇联, 海军, 十五大): the word alone is an organisation — the body of the place the text is
/// about (市委书记, 县委、县政府) — and a place right before it is part of its name (吉林省委,
/// 中国足协, 天津市妇联, 美国海军). A place may end on the body word's first character: 平原县 and
/// 县委 are 平原县委. The word starts a word of the segmentation path (or follows the place) and
/// ends one, or a role follows it (省委|常委, 市委|书记); 省委员会 holds no 省委. A `placed-body-word`
/// (镇党委, 村委会, 党支部) names a body only after its place (柳塘村|村委会).
struct BodyWordScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .bodyWord }

  /// The first character of a body word (`bodyWordStarts`): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.bodyWordStarts])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    var i = 0
    while starts.advance(&i, below: n) {
      guard cues.bodyWordStarts.contains(s[i]), i + 1 < n, cues.bodyWordSeconds.contains(s[i + 1]),
        let word = cues.bodyWords.longestMatch(in: s, at: i)
      else { i += 1; continue }
      let end = word.end
      // A place that ends on the word's first character (平原县|委, 吉林省|委) or right before it (中国|足协).
      let sharedPlace = coverage[i] ? places.startByEnd[i + 1] : nil
      guard coverage.isFree(sharedPlace == nil ? i : i + 1, end),
        sharedPlace != nil || words.startsWord(i) || places.startByEnd[i] != nil,
        end >= n || words.startsWord(end) || !ScalarClass.isHan(s[end]) || cues.roles.longestMatch(in: s, at: end) != nil,
        !(end < n && s[end] == "员")
      else { i += 1; continue }
      let start = sharedPlace ?? places.startByEnd[i] ?? i
      // A department of the committee as one word of the path right after it, ending with a body
      // suffix, is part of its name: 松溪县委|宣传部, 县委|办公室 (not 市委|书记).
      var stop = end
      if end < n, words.startsWord(end), words.wordEnd(at: end) - end >= 3, words.wordEnd(at: end) - end <= 4,
        coverage.isFree(end, words.wordEnd(at: end)),
        cues.organizationSuffixes.longestMatch(in: s, endingAt: words.wordEnd(at: end), maxLength: 3)?.value == true
      {
        stop = words.wordEnd(at: end)
      }
      // 镇党委, 村委会 and 党支部 alone name no body in particular (`placed-body-word`).
      if !word.value, start == i { i = end; continue }
      let surface = Array(s[start..<stop])
      let record = EntityRecord(
        id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: stop, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = start < i || sharedPlace != nil
      found.append(f)
      i = stop
    }
  }
}

/// A team named by its city, its own name and a team word (`team-word` cues: 战队): 杭州|逐光|战队,
/// 东京|SakuraBlaze|战队, 首尔|Nova|战队. The city is part of the team's name, not a mention of its own:
/// the organisation takes its positions. The own name is one to six Han characters that hold no
/// function word (`org-stop` cues: 杭州的战队 names none) or one Latin word.
struct TeamNameScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .teamName }
  /// The longest own name between the city and the team word.
  static let maxName = 6
  static let maxLatinName = 24

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    for (start, end) in places.endByStart.sorted(by: { $0.key < $1.key }) where end < n && !coverage[end] {
      var k = end
      if ScalarClass.isLatinWordScalar(s[end]) {
        while k < n, k - end < Self.maxLatinName, ScalarClass.isLatinWordScalar(s[k]) { k += 1 }
      } else {
        while k < n, k - end < Self.maxName, ScalarClass.isHan(s[k]), !cues.organizationStops.contains(s[k]),
          cues.teamWords.longestMatch(in: s, at: k) == nil
        {
          k += 1
        }
      }
      guard k > end, let team = cues.teamWords.longestMatch(in: s, at: k), coverage.isFree(end, team.end) else { continue }
      let surface = Array(s[start..<team.end])
      let record = EntityRecord(
        id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: team.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = true
      found.append(f)
    }
  }
}

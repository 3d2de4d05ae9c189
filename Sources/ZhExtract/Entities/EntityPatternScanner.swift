/// A name pattern: reads the analysis text where the lexicon and the stronger patterns left
/// positions free and appends the names it finds (with `rule`). The extractor runs its
/// scanners in the order of `EntityExtractor.patternScanners`; a name whose positions are
/// still free when its scanner has finished is accepted, so an earlier pattern wins.
protocol EntityPatternScanner: Sendable {
  var rule: EntityRule { get }
  /// `words` is the segmentation path of `s`, for patterns that need word boundaries;
  /// `places` the place mentions found so far, which an organisation's name may begin with.
  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity])
}

/// The place mentions found so far, by start and by end.
struct PlaceSpans {
  var endByStart: [Int: Int] = [:]
  var startByEnd: [Int: Int] = [:]
  /// The starts of the places that are countries (`place:` and an ISO 3166-1 code: 美国, 日本), which name
  /// classes rather than firms before a company form (美国|半导体|制造厂). Hong Kong, Macau and Taiwan are no countries here.
  var countryStarts: Set<Int> = []

  init() {}

  init(_ found: [FoundEntity]) {
    for f in found where f.record.kind == .location {
      endByStart[f.start] = f.end
      startByEnd[f.end] = f.start
      if Self.isCountry(f.record.id) { countryStarts.insert(f.start) }
    }
  }

  /// `place:us`, `place:jp`: a country's id in the lexicon (`entities-countries.tsv`).
  static func isCountry(_ id: String) -> Bool {
    guard id.utf8.count == 8, id.hasPrefix("place:"), id.utf8.suffix(2).allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    return !["place:hk", "place:mo", "place:tw"].contains(id)
  }

  /// Whether every covered position of `start..<end` lies in a place wholly inside it.
  func coverOnlyPlaces(_ start: Int, _ end: Int, _ coverage: CoverageMap) -> Bool {
    var p = start
    while p < end {
      if !coverage[p] { p += 1; continue }
      guard let e = endByStart[p], e <= end else { return false }
      p = e
    }
    return true
  }
}

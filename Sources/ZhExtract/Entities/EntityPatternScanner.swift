/// A name pattern: reads the analysis text where the lexicon and the stronger patterns left
/// positions free and appends the names it finds (with `rule`). The extractor runs its
/// scanners in the order of `EntityExtractor.patternScanners`; a name whose positions are
/// still free when its scanner has finished is accepted, so an earlier pattern wins.
protocol EntityPatternScanner: Sendable {
  var rule: EntityRule { get }
  /// `words` is the segmentation path of `s`, for patterns that need word boundaries;
  /// `places` the place mentions found so far, which an organisation's name may begin with.
  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity])
  /// The positions where the scan can find anything, made from its own cue tables once with the
  /// extractor; `nil` (the default): every position.
  var startTrigger: ScanTrigger? { get }
  /// The scan visiting the positions of `starts` only (a document's marks of `startTrigger`, or
  /// `StartMarks.everyPosition`): the same names as the full scan. By default the full scan.
  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity])
}

extension EntityPatternScanner {
  var startTrigger: ScanTrigger? { nil }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    scan(s, words: words, coverage: coverage, places: places, into: &found)
  }
}

/// The place mentions found so far, by start and by end.
struct PlaceSpans {
  var endByStart: [Int: Int] = [:]
  var startByEnd: [Int: Int] = [:]
  /// The starts of the places that are countries (`place:` and an ISO 3166-1 code: 美国, 日本), which name
  /// classes rather than firms before a company form (美国|半导体|制造厂). Hong Kong, Macau and Taiwan are no countries here.
  var countryStarts: Set<Int> = []
  /// The starts of the countries other than China (`place:cn`): before a trade name and a company's or an
  /// institute's form, such a country says where the firm is from, no part of its name (韩国|晓星集团).
  var foreignCountryStarts: Set<Int> = []
  /// The starts of the places of China, Hong Kong, Macau and Taiwan (`place:cn` `place:tw-` …) that stand right after a foreign
  /// country: such a place is no part of that country, so the two begin one name (日本|台湾|交流协会), while a place of the
  /// country says where a body of its own lies (德国|汉堡|港务局). Only places right after a foreign country are read.
  var chineseRegionsAfterCountry: Set<Int> = []

  init() {}

  /// Rebuilt after each pattern scanner that finds a place (eleven times a document): the mentions
  /// are read in place (a copy of each retained and released its strings: 22 M instructions on
  /// 1 MB of the corpus) and the tables sized once (they grew by doubling: 20 M).
  init(_ found: [FoundEntity]) {
    found.withUnsafeBufferPointer { found in
      var places = 0
      for k in found.indices where found[k].record.kind == .location { places += 1 }
      endByStart.reserveCapacity(places)
      startByEnd.reserveCapacity(places)
      for k in found.indices where found[k].record.kind == .location {
        let start = found[k].start, end = found[k].end
        endByStart[start] = end
        startByEnd[end] = start
        if Self.isCountry(found[k].record.id) {
          countryStarts.insert(start)
          if found[k].record.id != "place:cn" { foreignCountryStarts.insert(start) }
        }
      }
      guard !foreignCountryStarts.isEmpty else { return }
      for k in found.indices where found[k].record.kind == .location {
        if let before = startByEnd[found[k].start], foreignCountryStarts.contains(before), Self.isChineseRegion(found[k].record.id) {
          chineseRegionsAfterCountry.insert(found[k].start)
        }
      }
    }
  }

  /// `place:us`, `place:jp`: a country's id in the lexicon (`entities-countries.tsv`). Read from
  /// the id's bytes (`hasPrefix` and a set of literals cost some 270 instructions an id).
  static func isCountry(_ id: String) -> Bool {
    guard id.utf8.count == 8 else { return false }
    var id = id
    return id.withUTF8 { u in
      guard u[0] == UInt8(ascii: "p"), u[1] == UInt8(ascii: "l"), u[2] == UInt8(ascii: "a"), u[3] == UInt8(ascii: "c"), u[4] == UInt8(ascii: "e"),
        u[5] == UInt8(ascii: ":"), (0x61...0x7A).contains(u[6]), (0x61...0x7A).contains(u[7])
      else { return false }
      // Hong Kong, Macau and Taiwan.
      switch (u[6], u[7]) {
      case (UInt8(ascii: "h"), UInt8(ascii: "k")), (UInt8(ascii: "m"), UInt8(ascii: "o")), (UInt8(ascii: "t"), UInt8(ascii: "w")): return false
      default: return true
      }
    }
  }

  /// Whether the mention is a country other than China (`place:` and an ISO code: 日本 英国).
  static func isForeignCountry(_ f: FoundEntity) -> Bool {
    f.record.kind == .location && isCountry(f.record.id) && f.record.id != "place:cn"
  }

  /// Whether the id is a place of China, Hong Kong, Macau or Taiwan (`place:cn`, `place:cn-…`, `place:tw`, `place:hk-…`).
  static func isChineseRegion(_ id: String) -> Bool {
    var id = id
    return id.withUTF8 { u in
      guard u.count >= 8, u[0] == UInt8(ascii: "p"), u[5] == UInt8(ascii: ":"), u.count == 8 || u[8] == UInt8(ascii: "-") else { return false }
      switch (u[6], u[7]) {
      case (UInt8(ascii: "c"), UInt8(ascii: "n")), (UInt8(ascii: "h"), UInt8(ascii: "k")), (UInt8(ascii: "m"), UInt8(ascii: "o")),
        (UInt8(ascii: "t"), UInt8(ascii: "w")):
        return true
      default: return false
      }
    }
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

/// Media named in a list that ends with 等 and a word for media (`media-class` cues: 媒体 传媒):
/// 南方都市报、深圳特区报、公益时报|等媒体, 湖南广播电视台、红网|等媒体 (issue 15 item 3). Each part of the
/// list, between enumeration commas (、), is one medium's name: two to ten Han characters, letters or
/// digits (香港01), free or holding only places (深圳|特区报). The list holds two parts at least; its first
/// part begins a clause (after punctuation or a line's start) and a word of the path, and holds no verb, function
/// word or adverb of the path: a clause's words before the name are no part of it (活动|吸引|了|东江日报). A part
/// that a rule found before stays as it was.
///
/// Linear: each 等 is read once, each part of its list once.
struct MediaListScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .mediaCue }
  /// The longest name of one part.
  static let maxPart = 10
  /// The most parts read back from one 等.
  static let maxParts = 8

  /// `clauseTags[t]`: a word tagged `t` (a verb, a preposition, a conjunction, an adverb, a pronoun, a
  /// particle) is no part of a medium's name.
  private let clauseTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    clauseTags = dictionary.tagMask(["v", "vd", "vi", "p", "c", "d", "r", "rr", "rz", "ul", "uj", "uz", "uv", "ud", "ug", "y", "e"])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    // A local: a field of the large `cues` read in the loop copies all of `cues` at each position.
    let classes = cues.mediaClasses
    var i = 1
    while i < s.count {
      guard s[i] == "等", i + 1 < s.count, classes.longestMatch(in: s, at: i + 1) != nil else { i += 1; continue }
      var parts: [Range<Int>] = []
      var end = i
      var clauseStart = false
      while parts.count < Self.maxParts {
        var k = end
        while k > 0, end - k < Self.maxPart + 1, isNameScalar(s[k - 1]) { k -= 1 }
        guard end - k >= 2, end - k <= Self.maxPart else { break }
        parts.append(k..<end)
        guard k > 0, s[k - 1] == "、" else {
          clauseStart = (k == 0 || ScalarClass.endsClause(s[k - 1])) && wordsOfAName(k, end, words: words)
          break
        }
        end = k - 1
      }
      if parts.count >= 2 {
        for (n, part) in parts.enumerated() where n < parts.count - 1 || clauseStart {
          guard places.coverOnlyPlaces(part.lowerBound, part.upperBound, coverage),
            part.contains(where: { !coverage[$0] })
          else { continue }
          let surface = Array(s[part])
          let record = EntityRecord(
            id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
          var f = FoundEntity(start: part.lowerBound, end: part.upperBound, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
          f.absorbsPlaces = !coverage.isFree(part.lowerBound, part.upperBound)
          found.append(f)
        }
      }
      i += 1
    }
  }

  /// Whether `start..<end` begins a word of the path and holds no word that is a verb, a function word or an adverb.
  private func wordsOfAName(_ start: Int, _ end: Int, words: Segmentation) -> Bool {
    guard words.startsWord(start) else { return false }
    var p = start
    while p < end {
      if case .word(let tag) = words.kind(at: p), clauseTags[Int(tag)] { return false }
      p = max(p + 1, words.wordEnd(at: p))
    }
    return true
  }

  /// A character of a medium's name: Han, an ASCII letter or digit.
  private func isNameScalar(_ c: Unicode.Scalar) -> Bool {
    ScalarClass.isHan(c) || ScalarClass.isASCIIDigit(c) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
  }
}

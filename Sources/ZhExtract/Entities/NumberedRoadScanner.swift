/// A road named by its number (issue 15 item 4), the `road-prefix` and `road-tail` cues: a prefix
/// of the road's class (台 国道 省道 县道 乡道), one to four digits with an optional 甲 or 乙 (Taiwan's
/// branch roads), and a tail (线 号): 台78线, 国道1号, 县道145线, 台1甲线. The prefix starts a word of the
/// path or follows a preposition of place (在|台78线), and no digit stands before it (舞台78号, 两台3号
/// are none). The tail need not end a word of the path (台78|线西 向: 線西 is a township too).
struct NumberedRoadScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .numberedRoad }
  /// Most digits of a road's number.
  static let maxDigits = 4

  /// A road prefix's first character (`roadPrefixStarts`): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.roadPrefixStarts])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    var i = 0
    while starts.advance(&i, below: s.count) {
      guard cues.roadPrefixStarts.contains(s[i]), !coverage[i], let prefix = cues.roadPrefixes.longestMatch(in: s, at: i),
        // The path may join a preposition of place and the prefix (在台|78线).
        words.startsWord(i) || cues.placePrepositions.contains(s[i - 1]), i == 0 || !isDigit(s[i - 1])
      else {
        i += 1
        continue
      }
      var k = prefix.end
      while k < s.count, k - prefix.end < Self.maxDigits, isDigit(s[k]) { k += 1 }
      guard k > prefix.end, k - prefix.end <= Self.maxDigits, k < s.count, !isDigit(s[k]) else {
        i += 1
        continue
      }
      if s[k] == "甲" || s[k] == "乙" { k += 1 }
      guard k < s.count, let tail = cues.roadTails.longestMatch(in: s, at: k), coverage.isFree(i, tail.end) else {
        i += 1
        continue
      }
      let surface = Array(s[i..<tail.end])
      let record = EntityRecord(id: EntityID.pattern(.location, surface), kind: .location, name: nil, nameZh: String(scalars: surface))
      found.append(FoundEntity(start: i, end: tail.end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      i = tail.end
    }
  }

  private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}

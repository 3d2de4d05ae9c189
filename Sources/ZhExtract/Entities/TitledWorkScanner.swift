/// A work named in 《》 — a film, a series, a game — that no lexicon knows: the title is a product
/// when a `work-noun` ends right before the opening mark (电影《长河》, 纪录片《山海》) or a
/// `work-follower` starts right after the closing one (《长河》票房, 《长河》上映). The mention is the
/// title without its marks. A law, a report or a book with neither cue (《证券法》, 《政府工作报告》) is
/// none, and a title a medium's rule took (《经济观察报》) stays the medium's. A title with other marks
/// (黑神话:悟空) is left alone.
struct TitledWorkScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .titledWork }
  /// The longest title read.
  static let maxLength = 20

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 0
    while i < n {
      guard s[i] == "《" else { i += 1; continue }
      var k = i + 1
      while k < n, k - i <= Self.maxLength + 1, s[k] != "》", s[k] != "《", s[k] != "\n" { k += 1 }
      guard k < n, s[k] == "》", k - i - 1 >= 2, coverage.isFree(i + 1, k), s[i + 1] != " ", s[k - 1] != " " else {
        i = max(k, i + 1)
        continue
      }
      // Han characters, ASCII letters and digits, spaces and middle dots only: the compiled pinyin
      // table romanises them, where a mark such as a colon (黑神话:悟空) would open ICU's
      // transliterators for the id (about 1 G instructions a process).
      let plain = s[(i + 1)..<k].allSatisfy { c in
        ScalarClass.isHan(c) || ScalarClass.isASCIIAlphanumeric(c) || c == " " || c == ScalarClass.middleDot
      }
      let cued =
        plain
        && ((i > 0 && cues.workNouns.longestMatch(in: s, endingAt: i, maxLength: 5) != nil)
          || cues.workFollowers.longestMatch(in: s, at: k + 1) != nil)
      if cued {
        let surface = Array(s[(i + 1)..<k])
        let name = String(scalars: surface)
        let ascii = surface.allSatisfy(\.isASCII)
        let record = EntityRecord(
          id: EntityID.pattern(.product, surface), kind: .product, name: ascii ? name : nil, nameZh: ascii ? nil : name)
        found.append(FoundEntity(start: i + 1, end: k, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      }
      i = k + 1
    }
  }
}

/// Names the segmenter dictionary knows with their kind: a word on the segmentation path
/// tagged `nt` is an organisation (国务院, 新华社, 安理会), one tagged `ns` a place (曼谷,
/// 珠穆朗玛峰, 朝鲜半岛). jieba's tags are not all right, so a word tagged a place must have
/// at least two characters, and the words that are tagged a name but are none (美化, 关联)
/// are listed as `not-dictionary-name` cues.
struct DictionaryNameScanner: EntityPatternScanner {
  let cues: EntityCues
  private let kinds: [UInt8: EntityKind]
  var rule: EntityRule { .dictionaryName }

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    var kinds: [UInt8: EntityKind] = [:]
    for (k, tag) in dictionary.tags.enumerated() {
      if tag == "nt" { kinds[UInt8(k)] = .organization }
      if tag == "ns" { kinds[UInt8(k)] = .location }
    }
    self.kinds = kinds
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    words.forEachWord { start, end, kind in
      guard case .word(let tag) = kind, let entityKind = kinds[tag], end - start >= 2 else { return }
      // An organisation may hold places found before (中国队, 中国共产党); a place holds nothing.
      let free = coverage.isFree(start, end)
      guard free || (entityKind == .organization && places.coverOnlyPlaces(start, end, coverage)) else { return }
      let surface = Array(s[start..<end])
      guard !cues.notDictionaryNames.contains(surface) else { return }
      let record = EntityRecord(id: PatternID.make(entityKind, surface), kind: entityKind, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
      var f = FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = !free
      found.append(f)
    }
  }
}

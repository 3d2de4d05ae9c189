/// Chinese people's names that no lexicon lists (周立恒, 陈思远, 欧阳明): a family name and one
/// or two given characters that the segmentation path takes as one word — either a name
/// candidate of `PersonNameModel` that beat the dictionary's words there, or a person-tagged
/// dictionary word (江泽民) that the model also reads as a name. Function words and verbs
/// around it (据, 担任, 表示) are words of their own on the path, so they never join the name.
struct ChineseNameScanner: EntityPatternScanner {
  let model: PersonNameModel
  let cues: EntityCues
  let personTags: Set<UInt8>
  let foreignTags: Set<UInt8>
  var rule: EntityRule { .chineseName }

  init(model: PersonNameModel, cues: EntityCues, dictionary: WordDictionary) {
    self.model = model
    self.cues = cues
    personTags = Set(dictionary.tags.indices.filter { ["nr", "nrfg"].contains(dictionary.tags[$0]) }.map { UInt8($0) })
    foreignTags = Set(dictionary.tags.indices.filter { ["nr", "nrt", "nrfg"].contains(dictionary.tags[$0]) }.map { UInt8($0) })
  }

  /// A name of two characters (刘谦) or a foreign name of two (科尔) is read only beside a cue:
  /// a role title before it, a word that follows names after it, or a list of names.
  private func hasCue(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    if start > 0, cues.roles.longestMatch(in: s, endingAt: start, maxLength: 8) != nil { return true }
    if end < s.count, cues.speechVerbs.longestMatch(in: s, at: end) != nil || s[end] == "、" { return true }
    return start > 0 && s[start - 1] == "、"
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    words.forEachWord { start, end, kind in
      guard end - start >= 2, end - start <= 6, coverage.isFree(start, end) else { return }
      switch kind {
      case .candidate where end - start >= 3 || hasCue(s, start, end) || s[end - 1] == "某": break
      case .word(let tag) where end - start <= 4 && personTags.contains(tag) && model.cost(of: s[start..<end]) != nil
        && (end - start >= 3 || hasCue(s, start, end)) && !cues.notDictionaryNames.contains(Array(s[start..<end])): break
      case .word(let tag) where foreignTags.contains(tag) && s[start..<end].allSatisfy({ cues.transliteration.contains($0.value) })
        && hasCue(s, start, end) && !cues.notDictionaryNames.contains(Array(s[start..<end])): break
      default: return
      }
      let surface = Array(s[start..<end])
      let record = EntityRecord(id: PatternID.make(.person, surface), kind: .person, name: nil, nameZh: String(String.UnicodeScalarView(surface)))
      found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
    }
  }
}

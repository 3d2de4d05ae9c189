/// Parts a foreign organisation from the country written before it (德国|博世集团, 日本|旭化成株式会社,
/// 日本|东京大学, 韩国|SK On): the country is a place of its own and the rest the organisation's name,
/// when that rest begins with a name — a Latin word, a word the segmenter's dictionary does not hold
/// (博世, 旭化成, 弗劳恩霍夫) or one it tags as a person's, a place's or another proper name (东京, 剑桥).
/// A rest that begins with a common word keeps its country, which is then part of the name
/// (美国|国务院, 韩国|科学技术院, 巴西|航空工业公司, 日本|经济新闻). China's own names (中国|恒大集团)
/// keep it too: a registered Chinese name begins with its country or place. A country's
/// one-character abbreviation is never read here (法治日报, 美国队).
struct CountryPrefixSplitter {
  let lexicon: EntityLexicon
  let dictionary: WordDictionary
  /// `properNameTags[t]`: dictionary tag `t` marks a proper name (`nr nrfg nrt ns nz`), not an
  /// organisation (`nt`: 国务院 is a body's word, the country's own).
  private let properNameTags: [Bool]

  init(lexicon: EntityLexicon, dictionary: WordDictionary) {
    self.lexicon = lexicon
    self.dictionary = dictionary
    properNameTags = dictionary.tagMask(["nr", "nrfg", "nrt", "ns", "nz"])
  }

  func split(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    var parts: [FoundEntity] = []
    var candidates: [(end: Int, payload: Int32)] = []
    var k = 0
    while k < found.count {
      let f = found[k]
      guard f.record.kind == .organization, f.lexiconEntity == nil, f.source == "pattern" else { k += 1; continue }
      candidates.removeAll(keepingCapacity: true)
      lexicon.trie.candidates(in: s, at: f.start, into: &candidates)
      var country: (end: Int, entity: Int32)?
      // A country's name, not its one-character abbreviation (法|治日报, 美|国队).
      for c in candidates where c.end - f.start >= 2 && c.end <= f.end - 2 {
        let entity = lexicon.surfaces[Int(c.payload)].entity
        let id = lexicon.record(entity).id
        if PlaceSpans.isCountry(id), id != Self.china { country = (c.end, entity) }
      }
      guard let country, beginsWithName(s, at: country.end, end: f.end) else { k += 1; continue }
      let rest = Array(s[country.end..<f.end])
      parts.append(
        FoundEntity(start: f.start, end: country.end, record: lexicon.record(country.entity), source: "lexicon", lexiconEntity: country.entity, rule: .lexicon))
      found[k] = FoundEntity(
        start: country.end, end: f.end,
        record: EntityRecord(id: EntityID.pattern(.organization, rest), kind: .organization, name: nil, nameZh: String(String.UnicodeScalarView(rest))),
        source: "pattern", lexiconEntity: nil, rule: .countryBeforeName)
      k += 1
    }
    guard !parts.isEmpty else { return }
    found.append(contentsOf: parts)
    found.sortByStart()
  }

  /// China's id: its companies' registered names begin with 中国.
  static let china = "place:cn"

  /// Whether `s[start..<end]` begins with a name: a Latin letter, or Han characters whose shortest
  /// word of two characters or more the dictionary lacks or tags as a proper name.
  func beginsWithName(_ s: [Unicode.Scalar], at start: Int, end: Int) -> Bool {
    guard start < end else { return false }
    if ScalarClass.isASCIILetter(s[start]) { return true }
    guard ScalarClass.isHan(s[start]) else { return false }
    var node = dictionary.root(s[start])
    var j = start + 1
    while node >= 0, j < end {
      node = dictionary.child(node, s[j])
      guard node >= 0 else { break }
      if let word = dictionary.word(at: node) { return properNameTags[Int(word.tag)] }
      j += 1
    }
    return true
  }
}

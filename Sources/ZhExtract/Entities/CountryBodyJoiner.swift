/// A country's name right before a known public body is part of the body's name: 中国|国家能源局, 中国|海关总署,
/// 日本|厚生劳动省 are one organisation each, as a reader marks them (and as MSRA does: 中国国家教委, 日本大藏省).
/// The body ends with a `country-body-suffix` (部 局 署 委员会 省); a known company after its country stays apart
/// (日本|三井, 韩国|晓星集团: the country says where the firm is from).
///
/// - After China the mention keeps the body's record and rule: the tables' bodies are China's, and a later bare
///   国家能源局 is the same body (中国|国务院 is the State Council).
/// - After another country the whole takes a new id, as `NestedBodyMerger` gives 美国|联邦|航空局: a table's body
///   may be China's (美国|国家统计局 is no National Bureau of Statistics of China).
///
/// After the gazetteer's mentions are back (厚生劳动省 is one): reads the mentions in order, two at a time.
struct CountryBodyJoiner {
  let cues: EntityCues

  func join(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    guard found.count >= 2 else { return }
    found.sortByStart()
    // Written over the mentions already read: `found[0..<kept]`. Read through the buffer: a mention copied out of the
    // array retained and released its record at every mention of the text.
    let kept = found.withUnsafeMutableBufferPointer { found in
      var kept = 0
      for k in found.indices {
        if kept > 0, found[kept - 1].end == found[k].start, joins(s, found[kept - 1], found[k]) {
          let start = found[kept - 1].start
          let foreign = found[kept - 1].record.id != "place:cn"
          found.swapAt(kept - 1, k)
          found[kept - 1].start = start
          if foreign {
            let surface = Array(s[start..<found[kept - 1].end])
            found[kept - 1].record = EntityRecord(
              id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
            found[kept - 1].source = "pattern"
            found[kept - 1].lexiconEntity = nil
            found[kept - 1].rule = .nestedBody
          }
          continue
        }
        if kept != k { found.swapAt(kept, k) }
        kept += 1
      }
      return kept
    }
    if kept < found.count { found.removeSubrange(kept..<found.count) }
  }

  /// Whether `country` is a country's name (China or another) right before `body`, a known organisation of Han
  /// characters that ends with a public body's suffix and holds more than it.
  private func joins(_ s: [Unicode.Scalar], _ country: FoundEntity, _ body: FoundEntity) -> Bool {
    guard country.end == body.start, country.record.kind == .location, body.record.kind == .organization, body.lexiconEntity != nil,
      country.record.id == "place:cn" || PlaceSpans.isForeignCountry(country), ScalarClass.isHan(s[country.end - 1]),
      ScalarClass.isHan(s[body.start]), body.end - body.start >= 3
    else { return false }
    guard let suffix = cues.countryBodySuffixes.longestMatch(in: s, endingAt: body.end, maxLength: 3) else { return false }
    return suffix.start > body.start
  }
}

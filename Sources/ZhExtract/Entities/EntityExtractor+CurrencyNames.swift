/// A place written right after an amount and right before a `currency-word` names a currency, no
/// place (1,650|澳門|元, 100|新加坡|元): such a place of the lexicon is no mention, as no reader marks
/// it. A place after an amount with no currency word after it (3家|香港|公司) stays.
extension EntityExtractor {
  func dropPlacesOfCurrencies(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap) {
    let words = lexicon.cues.currencyWords
    found.removeAllInPlace { f in
      guard f.record.kind == .location, f.end < s.count, Self.startsInAmount(s, f.start), words.longestMatch(in: s, at: f.end) != nil
      else { return false }
      coverage.release(f.start, f.end)
      return true
    }
  }
}

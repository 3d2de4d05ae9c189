/// A place right before a `time-standard` word names a clock, no place (北京|时间 Beijing time,
/// 东京|时间): such a place of the lexicon is no mention, as neither a reader nor MSRA marks it.
extension EntityExtractor {
  func dropPlacesOfTimeStandards(_ s: [Unicode.Scalar], _ found: inout [FoundEntity], coverage: inout CoverageMap) {
    let standards = lexicon.cues.timeStandards
    found.removeAllInPlace { f in
      guard f.record.kind == .location, f.end < s.count, standards.longestMatch(in: s, at: f.end) != nil else { return false }
      coverage.release(f.start, f.end)
      return true
    }
  }
}

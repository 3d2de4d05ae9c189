extension Array where Element == FoundEntity {
  /// Sorts the mentions by start, then reads them in order and joins each to the mention kept right before it when
  /// `joins(left, right)` holds: the two become one mention, the right one's (its record, rule and source) stretched
  /// back to the left one's start, which `merged(&joined, left)` may then change (a new record for the whole name).
  /// A joined mention can join the next one in turn (中国|国家能源局|…).
  ///
  /// Works in place: the mentions kept are written over `self[0..<kept]` through the buffer and the tail is dropped
  /// (a mention copied out of the array retained and released its record, at every mention of the text).
  mutating func joinAdjacent(
    where joins: (_ left: FoundEntity, _ right: FoundEntity) -> Bool,
    merged: (_ joined: inout FoundEntity, _ left: FoundEntity) -> Void = { _, _ in }
  ) {
    guard count >= 2 else { return }
    sortByStart()
    let kept = withUnsafeMutableBufferPointer { found in
      var kept = 0
      for k in found.indices {
        if kept > 0, joins(found[kept - 1], found[k]) {
          // The right mention moves into the left one's slot; the left one waits at `k`, past what is kept.
          found.swapAt(kept - 1, k)
          found[kept - 1].start = found[k].start
          merged(&found[kept - 1], found[k])
          continue
        }
        if kept != k { found.swapAt(kept, k) }
        kept += 1
      }
      return kept
    }
    if kept < count { removeSubrange(kept..<count) }
  }
}

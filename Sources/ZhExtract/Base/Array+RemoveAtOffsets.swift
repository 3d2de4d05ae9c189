extension Array {
  /// Removes the elements at the offsets `isRemoved` picks, in one pass and in place, keeping
  /// the others in their order.
  ///
  /// A document's mentions are its largest structure: rebuilding them as
  /// `enumerated().filter { … }.map(\.element) + added` held the old array, the filtered copy
  /// and the joined one at once (three times the mentions at the peak of a 20 MB document).
  /// The elements are moved within the buffer (an array's `swapAt` copied both: a mention's strings
  /// retained and released).
  mutating func removeAll(atOffsets isRemoved: (Int) -> Bool) {
    let kept = withUnsafeMutableBufferPointer { buffer in
      var kept = 0
      for k in buffer.indices where !isRemoved(k) {
        if kept != k { buffer.swapAt(kept, k) }
        kept += 1
      }
      return kept
    }
    removeSubrange(kept...)
  }

  /// Removes the elements that `isRemoved` picks, asked once each in order, keeping the others in
  /// their order: as `removeAll(where:)`, which hands the predicate a copy of each element (for a
  /// mention, its strings retained and released: some 250 instructions a mention and a pass).
  /// This one lends each element in place.
  mutating func removeAllInPlace(where isRemoved: (borrowing Element) -> Bool) {
    let kept = withUnsafeMutableBufferPointer { buffer in
      var kept = 0
      for k in buffer.indices where !isRemoved(buffer[k]) {
        if kept != k { buffer.swapAt(kept, k) }
        kept += 1
      }
      return kept
    }
    removeSubrange(kept...)
  }
}

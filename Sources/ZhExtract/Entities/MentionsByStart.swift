/// The mentions of a list ordered by start, to find the ones that overlap a span without reading
/// them all: a mention overlapping `start..<end` starts before `end`, and less than the longest
/// mention's length before `start`. Mergers that compare one mention with the others use it, so
/// that a document dense with mentions costs time linear in them, not their product.
struct MentionsByStart {
  /// Indices into the list, by start.
  let order: [Int]
  private let starts: [Int]
  private let longest: Int

  /// The mentions are read in place: an element read from the array copied its record's strings.
  init(_ found: [FoundEntity]) {
    var order: [Int] = []
    var starts: [Int] = []
    var longest = 0
    found.withUnsafeBufferPointer { found in
      order = found.indices.sorted { found[$0].start < found[$1].start }
      starts = order.map { found[$0].start }
      for k in found.indices { longest = max(longest, found[k].end - found[k].start) }
    }
    self.order = order
    self.starts = starts
    self.longest = longest
  }

  /// The positions in `order` of the mentions that may overlap `start..<end`; each still needs
  /// its own test (the range also holds mentions that end before `start`).
  func candidates(overlapping start: Int, _ end: Int) -> Range<Int> {
    firstStart(atOrAfter: start - longest + 1)..<firstStart(atOrAfter: end)
  }

  /// The first position in `order` whose mention starts at `position` or later.
  private func firstStart(atOrAfter position: Int) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if starts[mid] < position { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

/// A half-open range of code-point offsets `[start, end)` in one text.
package struct TextSpan: Hashable, Sendable, Comparable {
  package var start: Int
  package var end: Int

  package init(_ start: Int, _ end: Int) {
    precondition(start <= end, "TextSpan start \(start) is after end \(end)")
    self.start = start
    self.end = end
  }

  package var length: Int { end - start }
  package var isEmpty: Bool { start == end }

  package func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
  package func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

  /// Sorted by start, then end: the order of every mention list in the output.
  package static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}

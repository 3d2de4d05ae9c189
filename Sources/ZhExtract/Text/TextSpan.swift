/// A half-open range of code-point offsets `[start, end)` in one text.
public struct TextSpan: Hashable, Sendable, Comparable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    precondition(start <= end, "TextSpan start \(start) is after end \(end)")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
  public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }

  /// Sorted by start, then end: the order of every mention list in the output.
  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}

/// Maps every code point of the analysis text back to the code points of the original
/// decoded text it came from.
///
/// Each analysis position `i` remembers the original range `[originStart[i], originEnd[i])`
/// that produced it. Several analysis scalars may share one origin (NFKC expands ﬁ → fi,
/// ㍿ → 株式会社), and an analysis scalar may stand for several original ones (a decoded
/// `&amp;`, a stripped tag before it does not count). A span of analysis text therefore maps
/// to `[originStart[start], originEnd[end - 1])`, which is exact at every boundary.
package struct OffsetMap: Sendable, Equatable {
  /// Original start offset of each analysis scalar.
  package private(set) var originStart: [Int32]
  /// Original end offset (exclusive) of each analysis scalar.
  package private(set) var originEnd: [Int32]
  /// Length of the original text in code points.
  package let originalLength: Int

  package init(originalLength: Int, reservingCapacity capacity: Int = 0) {
    self.originalLength = originalLength
    originStart = []
    originEnd = []
    originStart.reserveCapacity(capacity)
    originEnd.reserveCapacity(capacity)
  }

  /// A map from its two columns (built by a stage in bulk).
  package init(originalLength: Int, originStart: [Int32], originEnd: [Int32]) {
    precondition(originStart.count == originEnd.count, "offset map columns differ in length")
    self.originalLength = originalLength
    self.originStart = originStart
    self.originEnd = originEnd
  }

  /// The identity map of a text of `length` code points.
  package static func identity(length: Int) -> OffsetMap {
    OffsetMap(
      originalLength: length, originStart: Array(0..<Int32(truncatingIfNeeded: length)),
      originEnd: Array(1..<Int32(truncatingIfNeeded: length + 1)))
  }

  /// Records that the next analysis scalar came from original `[originStart, originEnd)`.
  @inline(__always)
  package mutating func append(originStart start: Int, originEnd end: Int) {
    originStart.append(Int32(truncatingIfNeeded: start))
    originEnd.append(Int32(truncatingIfNeeded: end))
  }

  /// Number of analysis scalars mapped.
  package var count: Int { originStart.count }

  /// The original span of the analysis span `[start, end)`.
  package func originalSpan(_ span: TextSpan) -> TextSpan {
    precondition(span.end <= count, "span \(span) is outside an analysis text of \(count) scalars")
    if span.isEmpty {
      let at = span.start < count ? Int(originStart[span.start]) : originalLength
      return TextSpan(at, at)
    }
    return TextSpan(Int(originStart[span.start]), Int(originEnd[span.end - 1]))
  }

  /// Composes two maps: `self` maps C → B and `inner` maps B → A; the result maps C → A.
  package func composed(over inner: OffsetMap) -> OffsetMap {
    var result = OffsetMap(originalLength: inner.originalLength, reservingCapacity: count)
    for i in 0..<count {
      let span = inner.originalSpan(TextSpan(Int(originStart[i]), Int(originEnd[i])))
      result.append(originStart: span.start, originEnd: span.end)
    }
    return result
  }
}

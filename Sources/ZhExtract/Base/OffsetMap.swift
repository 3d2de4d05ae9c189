/// Maps every code point of the analysis text back to the code points of the original
/// decoded text it came from.
///
/// Each analysis position `i` remembers the original range `[originStart(i), originEnd(i))`
/// that produced it. Several analysis scalars may share one origin (NFKC expands ﬁ → fi,
/// ㍿ → 株式会社), and an analysis scalar may stand for several original ones (a decoded
/// `&amp;`, a stripped tag before it does not count). A span of analysis text therefore maps
/// to `[originStart(start), originEnd(end - 1))`, which is exact at every boundary.
///
/// Stored compactly, in segments: most of a text maps one to one onto a run of the original
/// (analysis `i` ← original `[o + k, o + k + 1)`), which one segment holds whatever its
/// length; only the other positions (expansions, character references, line breaks made of
/// tags) keep their two offsets each. A 20 MB article of HTML needs well under a megabyte
/// instead of eight bytes per code point. Every 256 positions remember their segment, so a
/// lookup reads a few entries, never the whole list.
package struct OffsetMap: Sendable, Equatable {
  /// Length of the original text in code points.
  package let originalLength: Int
  /// Number of analysis scalars mapped.
  package private(set) var count = 0
  /// The analysis position where each segment begins (the first is 0), ascending.
  private var segmentStarts: [Int32] = []
  /// For a linear segment, the original offset of its first position (≥ 0); for an explicit
  /// one, `-1 - k` where `k` is the index of its first position in `explicitStarts`/`Ends`.
  private var segmentOrigins: [Int32] = []
  private var explicitStarts: [Int32] = []
  private var explicitEnds: [Int32] = []
  /// The segment that holds position `256 · b`, for each block `b` begun.
  private var blockSegments: [Int32] = []
  private static let blockShift = 8

  package init(originalLength: Int, reservingCapacity capacity: Int = 0) {
    self.originalLength = originalLength
  }

  /// A map from its two columns (built by a stage in bulk).
  package init(originalLength: Int, originStart: [Int32], originEnd: [Int32]) {
    precondition(originStart.count == originEnd.count, "offset map columns differ in length")
    self.originalLength = originalLength
    for i in originStart.indices { append(originStart: Int(originStart[i]), originEnd: Int(originEnd[i])) }
  }

  /// The identity map of a text of `length` code points.
  package static func identity(length: Int) -> OffsetMap {
    var map = OffsetMap(originalLength: length)
    map.appendRun(originStart: 0, length: length)
    return map
  }

  /// Records that the next analysis scalar came from original `[originStart, originEnd)`.
  @inline(__always)
  package mutating func append(originStart start: Int, originEnd end: Int) {
    append(Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
  }

  @inline(__always)
  package mutating func append(_ start: Int32, _ end: Int32) {
    if end == start &+ 1, start >= 0 {
      if let last = segmentOrigins.last, last >= 0, last &+ (Int32(truncatingIfNeeded: count) &- segmentStarts[segmentStarts.count - 1]) == start {
        extend(by: 1)
      } else {
        beginSegment(origin: start)
        extend(by: 1)
      }
      return
    }
    if segmentOrigins.last.map({ $0 >= 0 }) ?? true {
      beginSegment(origin: -1 - Int32(truncatingIfNeeded: explicitStarts.count))
    }
    explicitStarts.append(start)
    explicitEnds.append(end)
    extend(by: 1)
  }

  /// Records that the next `length` analysis scalars came one to one from the original
  /// scalars `originStart, originStart + 1, …`.
  package mutating func appendRun(originStart start: Int, length: Int) {
    guard length > 0 else { return }
    let origin = Int32(truncatingIfNeeded: start)
    if let last = segmentOrigins.last, last >= 0, last &+ (Int32(truncatingIfNeeded: count) &- segmentStarts[segmentStarts.count - 1]) == origin {
      extend(by: length)
    } else {
      beginSegment(origin: origin)
      extend(by: length)
    }
  }

  @inline(__always)
  private mutating func beginSegment(origin: Int32) {
    segmentStarts.append(Int32(truncatingIfNeeded: count))
    segmentOrigins.append(origin)
  }

  /// Grows the last segment by `n` positions, noting each block begun.
  @inline(__always)
  private mutating func extend(by n: Int) {
    let newCount = count + n
    let blocks = (newCount + (1 << Self.blockShift) - 1) >> Self.blockShift
    if blocks > blockSegments.count {
      let segment = Int32(truncatingIfNeeded: segmentStarts.count - 1)
      while blockSegments.count < blocks { blockSegments.append(segment) }
    }
    count = newCount
  }

  /// The segment that holds position `i` (0 ≤ i < count): the last one that begins at or
  /// before `i`, searched between the segments of `i`'s block and of the next block.
  @inline(__always)
  private func segment(holding i: Int) -> Int {
    let block = i >> Self.blockShift
    var low = Int(blockSegments[block])
    var high = block + 1 < blockSegments.count ? Int(blockSegments[block + 1]) : segmentStarts.count - 1
    while low < high {
      let middle = (low + high + 1) >> 1
      if Int(segmentStarts[middle]) <= i { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The original span of analysis position `i`.
  @inline(__always)
  package func origin(at i: Int) -> (start: Int, end: Int) {
    let k = segment(holding: i)
    let origin = segmentOrigins[k]
    let offset = i - Int(segmentStarts[k])
    if origin >= 0 {
      let start = Int(origin) + offset
      return (start, start + 1)
    }
    let e = Int(-1 - origin) + offset
    return (Int(explicitStarts[e]), Int(explicitEnds[e]))
  }

  /// Original start offset of each analysis scalar (a copy; for tests and tools).
  package var originStart: [Int32] { (0..<count).map { Int32(truncatingIfNeeded: origin(at: $0).start) } }
  /// Original end offset (exclusive) of each analysis scalar (a copy; for tests and tools).
  package var originEnd: [Int32] { (0..<count).map { Int32(truncatingIfNeeded: origin(at: $0).end) } }

  /// Number of segments (linear runs and explicit stretches): what the map costs in memory.
  package var segmentCount: Int { segmentStarts.count }

  /// Each linear segment in order: `length` analysis positions from `analysisStart` that came one
  /// to one from the original positions from `originStart`.
  package func forEachLinearSegment(_ body: (_ analysisStart: Int, _ originStart: Int, _ length: Int) -> Void) {
    for k in segmentStarts.indices where segmentOrigins[k] >= 0 {
      let start = Int(segmentStarts[k])
      let end = k + 1 < segmentStarts.count ? Int(segmentStarts[k + 1]) : count
      body(start, Int(segmentOrigins[k]), end - start)
    }
  }

  /// The original span of the analysis span `[start, end)`.
  package func originalSpan(_ span: TextSpan) -> TextSpan {
    precondition(span.end <= count, "span \(span) is outside an analysis text of \(count) scalars")
    if span.isEmpty {
      let at = span.start < count ? origin(at: span.start).start : originalLength
      return TextSpan(at, at)
    }
    return TextSpan(origin(at: span.start).start, origin(at: span.end - 1).end)
  }

  /// Composes two maps: `self` maps C → B and `inner` maps B → A; the result maps C → A.
  package func composed(over inner: OffsetMap) -> OffsetMap {
    var result = OffsetMap(originalLength: inner.originalLength)
    for i in 0..<count {
      let own = origin(at: i)
      let span = inner.originalSpan(TextSpan(own.start, own.end))
      result.append(originStart: span.start, originEnd: span.end)
    }
    return result
  }
}

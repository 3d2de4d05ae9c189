/// Where a stage writes its output: scalars, straight into the memory of the final array
/// (no growth, no per-element `append`), and for each the original span it came from, into
/// a compact `OffsetMap` (a run copied as it is costs one segment, whatever its length).
///
/// A stage runs inside `MappedScalarSink.build(capacity:…)`; writing past the capacity sets
/// `overflowed` and drops the scalar, and `build` then returns `nil` so that the caller can
/// retry with the exact size.
package struct MappedScalarSink {
  private let scalars: UnsafeMutablePointer<Unicode.Scalar>
  private var map: OffsetMap
  private let capacity: Int
  package private(set) var count = 0
  package private(set) var overflowed = false
  /// How many U+034F the Stream-Safe Text Format inserted, and the original offset of the
  /// first (where its run of combining marks had reached 30); -1 when none.
  package private(set) var streamSafeJoiners = 0
  package private(set) var firstStreamSafeJoiner: Int32 = -1

  /// Runs `body` over a sink of `capacity`; returns the scalars and their map, or `nil` if
  /// `body` wrote more than `capacity`.
  package static func build(
    capacity: Int, originalLength: Int, _ body: (inout MappedScalarSink) -> Void
  ) -> (scalars: [Unicode.Scalar], map: OffsetMap)? {
    var overflowed = false
    var map = OffsetMap(originalLength: originalLength)
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { scalarBuffer, scalarCount in
      var sink = MappedScalarSink(
        scalars: scalarBuffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 16)!,
        map: OffsetMap(originalLength: originalLength), capacity: capacity)
      body(&sink)
      overflowed = sink.overflowed
      scalarCount = sink.overflowed ? 0 : sink.count
      map = sink.map
    }
    guard !overflowed else { return nil }
    return (scalars, map)
  }

  /// `build` with room for `inputCount` plus NFKC expansions (retrying with more room in the
  /// rare text that needs it; 18 is NFKC's largest expansion, U+FDFA).
  package static func buildGrowing(
    inputCount: Int, originalLength: Int, _ body: (inout MappedScalarSink) -> Void
  ) -> (scalars: [Unicode.Scalar], map: OffsetMap) {
    // First with little room to spare: the scalars live through the whole extraction.
    for capacity in [inputCount + inputCount / 64 + 64, inputCount + inputCount / 8 + 64, inputCount * 2 + 64, inputCount * 18 + 64] {
      if let built = build(capacity: capacity, originalLength: originalLength, body) { return built }
    }
    preconditionFailure("NFKC expanded the text more than 18 times")
  }

  private init(scalars: UnsafeMutablePointer<Unicode.Scalar>, map: OffsetMap, capacity: Int) {
    self.scalars = scalars
    self.map = map
    self.capacity = capacity
  }

  /// Writes one scalar that came from original `[start, end)`.
  @inline(__always)
  package mutating func append(_ scalar: Unicode.Scalar, _ start: Int32, _ end: Int32) {
    guard count < capacity else { overflowed = true; return }
    (scalars + count).initialize(to: scalar)
    map.append(start, end)
    count += 1
  }

  /// Writes the U+034F that cuts a run of more than 30 combining marks (Stream-Safe Text
  /// Format), mapped to the segment `[start, end)` before it.
  package mutating func appendStreamSafeJoiner(_ start: Int32, _ end: Int32) {
    if streamSafeJoiners == 0 { firstStreamSafeJoiner = end }
    streamSafeJoiners += 1
    append(FoldingTable.graphemeJoiner, start, end)
  }

  /// Writes `source[range]`, scalar `i` coming from original `[base + i, base + i + 1)`.
  @inline(__always)
  package mutating func appendIdentity(_ source: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, originBase base: Int) {
    let n = range.count
    guard count + n <= capacity else { overflowed = true; return }
    (scalars + count).initialize(from: source.baseAddress! + range.lowerBound, count: n)
    map.appendRun(originStart: base + range.lowerBound, length: n)
    count += n
  }

  /// Writes `source[range]` with the origins `originStarts[range]`, `originEnds[range]`.
  @inline(__always)
  package mutating func appendMapped(
    _ source: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
    originStarts: UnsafeBufferPointer<Int32>, originEnds: UnsafeBufferPointer<Int32>
  ) {
    let n = range.count
    guard count + n <= capacity else { overflowed = true; return }
    (scalars + count).initialize(from: source.baseAddress! + range.lowerBound, count: n)
    for k in range { map.append(originStarts[k], originEnds[k]) }
    count += n
  }

  /// The last scalar written.
  package var last: Unicode.Scalar? { count > 0 ? scalars[count - 1] : nil }

  /// The scalars written from `start` on, as a string.
  package func string(from start: Int) -> String {
    var view = String.UnicodeScalarView()
    for k in start..<count { view.append(scalars[k]) }
    return String(view)
  }
}

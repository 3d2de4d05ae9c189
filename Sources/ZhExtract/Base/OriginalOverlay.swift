/// An original text told by where it differs from its analysis text, which it borrows: most of a
/// plain document's original is its analysis text code point for code point (a linear segment of
/// the offset map whose code points are equal), so that only the rest is kept: the code points a
/// linear segment changed (`，` folded to `,`, a Traditional character made Simplified) as patches,
/// and the original no linear segment holds (markup, references, expansions) as literal runs. A
/// 20 MB document of news took 20 MB as UTF-8 beside its analysis text; so, some 2 MB.
///
/// The original is cut into runs, ascending: a borrowed run is the analysis text from one of its
/// positions on (but for the patches inside it), a literal run is code points kept here.
struct OriginalOverlay: Sendable {
  /// The analysis text the borrowed runs read.
  private let analysis: [Unicode.Scalar]
  /// `runStarts[r]`: the original position where run `r` begins, ascending; one more entry, the
  /// length of the original, ends the last run.
  private let runStarts: [Int32]
  /// `runSources[r]`: for a borrowed run, the analysis position of its first code point (≥ 0); for
  /// a literal run, `-1 - k`, where `k` is the index of its first code point in `literal`.
  private let runSources: [Int32]
  private let literal: [Unicode.Scalar]
  /// The original positions inside borrowed runs whose code point is not the analysis text's,
  /// ascending, with their code points.
  private let patchPositions: [Int32]
  private let patchScalars: [Unicode.Scalar]

  /// Number of code points of the original.
  var count: Int { Int(runStarts[runStarts.count - 1]) }

  /// What it holds, in bytes.
  var byteCount: Int { (runStarts.count + runSources.count + patchPositions.count + patchScalars.count + literal.count) * 4 }

  /// The overlay of `original` over `analysis`, whose positions `map` maps to it; `nil` when it
  /// would take more than `budget` bytes.
  init?(original: [Unicode.Scalar], analysis: [Unicode.Scalar], map: OffsetMap, budget: Int) {
    var runStarts: [Int32] = [], runSources: [Int32] = [], literal: [Unicode.Scalar] = []
    var patchPositions: [Int32] = [], patchScalars: [Unicode.Scalar] = []
    // The next original position to place: a linear segment that starts before it (the map is not
    // monotone there) is left to the literal runs.
    var next = 0
    var size = 0
    let n = original.count
    original.withUnsafeBufferPointer { o in
      analysis.withUnsafeBufferPointer { a in
        func literalRun(upTo end: Int) {
          guard next < end, size <= budget else { return }
          runStarts.append(Int32(truncatingIfNeeded: next))
          runSources.append(Int32(truncatingIfNeeded: -1 - literal.count))
          literal.append(contentsOf: o[next..<end])
          size += 8 + 4 * (end - next)
          next = end
        }
        // In the original's order: a map may go back in it (a title read out of a page's head
        // first). A segment that overlaps one taken before it is taken from there on (… folded to
        // ... maps two segments onto the same code point).
        var segments: [(analysisStart: Int, originStart: Int, length: Int)] = []
        map.forEachLinearSegment { segments.append(($0, $1, $2)) }
        segments.sort { $0.originStart < $1.originStart || ($0.originStart == $1.originStart && $0.analysisStart < $1.analysisStart) }
        for segment in segments {
          let skip = max(0, next - segment.originStart)
          let analysisStart = segment.analysisStart + skip, originStart = segment.originStart + skip, length = segment.length - skip
          guard size <= budget, length > 0, originStart + length <= n, analysisStart + length <= a.count else { continue }
          literalRun(upTo: originStart)
          runStarts.append(Int32(truncatingIfNeeded: originStart))
          runSources.append(Int32(truncatingIfNeeded: analysisStart))
          size += 8
          for k in 0..<length where o[originStart + k] != a[analysisStart + k] {
            patchPositions.append(Int32(truncatingIfNeeded: originStart + k))
            patchScalars.append(o[originStart + k])
            size += 8
          }
          next = originStart + length
        }
        literalRun(upTo: n)
      }
    }
    guard size <= budget else { return nil }
    runStarts.append(Int32(truncatingIfNeeded: n))
    // Kept at their size: grown by doubling, the patches of a 20 MB document held 8.4 MB for 3.8.
    self.analysis = analysis
    self.runStarts = Self.exact(runStarts)
    self.runSources = Self.exact(runSources)
    self.literal = Self.exact(literal)
    self.patchPositions = Self.exact(patchPositions)
    self.patchScalars = Self.exact(patchScalars)
  }

  /// `array` in a buffer of its own count (the same when it has no room to spare).
  static func exact<Element>(_ array: [Element]) -> [Element] {
    guard array.capacity > array.count else { return array }
    return [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
      count = array.withUnsafeBufferPointer { source in buffer.initialize(fromContentsOf: source) }
    }
  }

  /// The run that holds original position `j` (0 ≤ j < count).
  private func run(holding j: Int) -> Int {
    var low = 0, high = runStarts.count - 2
    while low < high {
      let middle = (low + high + 1) >> 1
      if Int(runStarts[middle]) <= j { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The index of the first patch at or after original position `j`.
  private func firstPatch(from j: Int) -> Int {
    var low = 0, high = patchPositions.count
    while low < high {
      let middle = (low + high) >> 1
      if Int(patchPositions[middle]) < j { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Code point `j`.
  subscript(_ j: Int) -> Unicode.Scalar {
    var scalar = Unicode.Scalar(UInt8(0))
    forEachScalar(j, j + 1) { scalar = $0 }
    return scalar
  }

  /// The code points `start..<end` in order.
  func forEachScalar(_ start: Int, _ end: Int, _ body: (Unicode.Scalar) -> Void) {
    guard start < end else { return }
    precondition(start >= 0 && end <= count, "code points \(start)..<\(end) are outside a text of \(count)")
    var r = run(holding: start)
    var p = firstPatch(from: start)
    var j = start
    while j < end {
      let runEnd = min(end, Int(runStarts[r + 1]))
      let source = Int(runSources[r])
      let offset = j - Int(runStarts[r])
      if source < 0 {
        let first = -1 - source + offset
        for k in 0..<(runEnd - j) { body(literal[first + k]) }
      } else {
        let first = source + offset
        for k in 0..<(runEnd - j) {
          if p < patchPositions.count, Int(patchPositions[p]) == j + k {
            body(patchScalars[p])
            p += 1
          } else {
            body(analysis[first + k])
          }
        }
      }
      j = runEnd
      r += 1
    }
  }
}

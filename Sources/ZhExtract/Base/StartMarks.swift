/// The positions of a text where one scanner can find anything (a row of `ScanStarts`), or every
/// position (`everyPosition`: the full scan, for a scanner called on its own and for the tests that
/// check the marks against it). A scanner's loop head asks `advance(_:below:)` instead of testing
/// every position: `while starts.advance(&i, below: n) {` for `while i < n {`.
struct StartMarks {
  private let bits: [UInt64]
  private let base: Int
  private let wordsPerRow: Int
  private let count: Int
  private let every: Bool

  /// Every position marked.
  static let everyPosition = StartMarks()

  private init() {
    bits = []
    base = 0
    wordsPerRow = 0
    count = 0
    every = true
  }

  init(bits: [UInt64], base: Int, wordsPerRow: Int, count: Int) {
    self.bits = bits
    self.base = base
    self.wordsPerRow = wordsPerRow
    self.count = count
    every = false
  }

  /// The first marked position at `i` or after it; the text's length when there is none (`i` itself
  /// when `i` is past the text or every position is marked).
  @inline(__always)
  func next(from i: Int) -> Int {
    if every || i >= count || i < 0 { return i }
    return bits.withUnsafeBufferPointer { b in
      var w = i >> 6
      var word = b[base + w] & (UInt64.max << UInt64(i & 63))
      while word == 0 {
        w += 1
        if w == wordsPerRow { return count }
        word = b[base + w]
      }
      return w << 6 + word.trailingZeroBitCount
    }
  }

  /// Moves `i` to the next marked position (at `i` or after it) and says whether it is below `limit`.
  @inline(__always)
  func advance(_ i: inout Int, below limit: Int) -> Bool {
    i = next(from: i)
    return i < limit
  }
}

/// A set of positions `0..<count` in one bit each: a per-position flag of a long text at an
/// eighth of the memory of an array of `Bool`.
struct BitSet: Sendable, Equatable {
  private var words: [UInt64]
  /// The number of positions the set can hold.
  private(set) var count: Int

  init() {
    words = []
    count = 0
  }

  /// An empty set of `count` positions.
  init(count: Int) {
    words = [UInt64](repeating: 0, count: (count + 63) >> 6)
    self.count = count
  }

  @inline(__always)
  func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

  @inline(__always)
  mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

  @inline(__always)
  mutating func remove(_ i: Int) { words[i >> 6] &= ~(1 << UInt64(i & 63)) }

  subscript(_ i: Int) -> Bool {
    @inline(__always) get { contains(i) }
    @inline(__always) set { if newValue { insert(i) } else { remove(i) } }
  }
}

/// The length of a word at every position of a text, in four bits a position (two a byte, the
/// even position in the low half) instead of a byte: `Segmentation`'s lengths, 1 to 255. A length
/// of 15 or more is written as 15 and kept in a list apart, by position: few are, the dictionary's
/// words being 12 long at most (only a name candidate can be longer).
struct PackedLengths {
  /// The nibble that sends a length to `long`.
  static let escape = 15
  private var nibbles: [UInt8] = []
  /// The lengths of `escape` and more, ascending by position.
  private var long: [(position: Int32, length: UInt8)] = []
  /// Number of positions.
  private(set) var count = 0

  init() {}

  /// `count` positions, each of length 1.
  init(count: Int) {
    nibbles = [UInt8](repeating: 0x11, count: (count + 1) >> 1)
    self.count = count
  }

  /// The length at position `i`.
  subscript(_ i: Int) -> Int {
    @inline(__always) get {
      let nibble = Int(truncatingIfNeeded: (nibbles[i >> 1] &>> UInt8(truncatingIfNeeded: (i & 1) << 2)) & 0x0F)
      return nibble < Self.escape ? nibble : longLength(at: i)
    }
  }

  /// Marks in `starts` the words of the path that starts at 0 and steps on by the lengths (read
  /// through the buffer, not checked against its bounds a position).
  func markPath(in starts: inout BitSet) {
    nibbles.withUnsafeBufferPointer { b in
      var p = 0
      while p < count {
        starts.insert(p)
        let nibble = Int(truncatingIfNeeded: (b[p >> 1] &>> UInt8(truncatingIfNeeded: (p & 1) << 2)) & 0x0F)
        p += nibble < Self.escape ? nibble : longLength(at: p)
      }
    }
  }

  private func longLength(at i: Int) -> Int {
    let position = Int32(truncatingIfNeeded: i)
    var low = 0, high = long.count - 1
    while low < high {
      let middle = (low + high) >> 1
      if long[middle].position < position { low = middle + 1 } else { high = middle }
    }
    precondition(low < long.count && long[low].position == position, "no long length at \(i)")
    return Int(long[low].length)
  }

  /// Where lengths are set, through the nibbles' buffer (no uniqueness check a write).
  struct Writer {
    fileprivate let nibbles: UnsafeMutableBufferPointer<UInt8>
    fileprivate var long: [(position: Int32, length: UInt8)]

    /// Sets the length at `i` (1–255), once for each position.
    @inline(__always)
    mutating func set(_ i: Int, _ length: Int) {
      let shift = UInt8(truncatingIfNeeded: (i & 1) << 2)
      let nibble = UInt8(truncatingIfNeeded: Swift.min(length, PackedLengths.escape))
      nibbles[i >> 1] = (nibbles[i >> 1] & ~(0x0F &<< shift)) | (nibble &<< shift)
      if length >= PackedLengths.escape { long.append((Int32(truncatingIfNeeded: i), UInt8(length))) }
    }
  }

  /// Lets `body` set lengths (in any order of positions).
  mutating func withWriter(_ body: (inout Writer) -> Void) {
    var long = self.long
    self.long = []
    nibbles.withUnsafeMutableBufferPointer { buffer in
      var writer = Writer(nibbles: buffer, long: long)
      body(&writer)
      long = writer.long
    }
    long.sort { $0.position < $1.position }
    self.long = long
  }
}

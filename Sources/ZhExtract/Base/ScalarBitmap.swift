/// A set of scalars with a constant-time, allocation-free membership test: a bitmap over
/// the Basic Multilingual Plane plus a small set for the rest. The money scanner asks it
/// once per code point, so it must be cheaper than a hash lookup.
struct ScalarBitmap: Sendable, Equatable {
  private var bits = [UInt64](repeating: 0, count: 1024)
  private var astral: Set<UInt32> = []

  init() {}

  init<S: Sequence<Unicode.Scalar>>(_ scalars: S) {
    for s in scalars { insert(s.value) }
  }

  mutating func insert(_ value: UInt32) {
    if value < 0x10000 { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) } else { astral.insert(value) }
  }

  mutating func formUnion<S: Sequence<UInt32>>(_ values: S) {
    for v in values { insert(v) }
  }

  mutating func formUnion(_ other: ScalarBitmap) {
    for k in bits.indices { bits[k] |= other.bits[k] }
    astral.formUnion(other.astral)
  }

  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool { contains(scalar.value) }

  /// Calls `body` with each member of the BMP, in order (a member outside it is in `hasAstral`).
  func forEachBMPMember(_ body: (UInt32) -> Void) {
    for (k, word) in bits.enumerated() where word != 0 {
      var w = word
      while w != 0 {
        body(UInt32(k << 6 + w.trailingZeroBitCount))
        w &= w - 1
      }
    }
  }

  /// Whether some member lies outside the BMP.
  var hasAstral: Bool { !astral.isEmpty }

  /// Every value in the set, in ascending order (for a lexicon image: `LexiconImage+ScalarTrie`).
  var members: [UInt32] {
    var found: [UInt32] = []
    forEachBMPMember { found.append($0) }
    return found + astral.sorted()
  }

  /// The first position of `s` in `from ..< to` whose scalar is a member, else `to`: the scalars
  /// between read through buffers, one bitmap word each (a loop of `contains` checked every read).
  func firstMember(in s: [Unicode.Scalar], from: Int, to: Int) -> Int {
    guard from < to else { return to }
    precondition(from >= 0 && to <= s.count, "positions \(from)..<\(to) are outside a text of \(s.count)")
    return s.withUnsafeBufferPointer { s in
      bits.withUnsafeBufferPointer { bits in
        var k = from
        while k < to {
          let v = s[k].value
          if v < 0x10000 {
            if bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
          } else if astral.contains(v) {
            return k
          }
          k += 1
        }
        return to
      }
    }
  }

  @inline(__always)
  func contains(_ v: UInt32) -> Bool {
    if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
    return astral.contains(v)
  }
}

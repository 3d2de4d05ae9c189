/// The mention that ends at an offset, in a list of mentions that does not change while it is
/// read: the last one (by index) of those ending there, as a dictionary `[end: index]` filled in
/// order would answer. It holds each mention as one 8-byte key (end, then index) in a sorted
/// array made at its final size, and answers by binary search; the dictionary it replaces
/// (`LegalNameMerger.merge`) kept every mention's end, and on a 20 MB document its old and new
/// tables (6 and 13 MB) were alive together while it grew, at the document's heap peak.
struct MentionEndIndex: Sendable {
  /// `end << 32 | index`, ascending.
  private let keys: [UInt64]

  init(_ found: [FoundEntity]) {
    precondition(found.count <= Int(Int32.max), "\(found.count) mentions are more than 32 bits index")
    var keys = [UInt64]()
    keys.reserveCapacity(found.count)
    // Read through the buffer: no copy of a mention (and no retain of its record) per element.
    found.withUnsafeBufferPointer { b in
      for k in b.indices { keys.append(UInt64(UInt32(truncatingIfNeeded: b[k].end)) << 32 | UInt64(k)) }
    }
    // Sorted by start, the mentions are mostly sorted by end too: sort only when they are not.
    if zip(keys, keys.dropFirst()).contains(where: { $0 > $1 }) { keys.sort() }
    self.keys = keys
  }

  /// The index of the last mention ending at `end`, or nil.
  subscript(end: Int) -> Int? {
    guard end >= 0, end <= Int(Int32.max) else { return nil }
    let bound = UInt64(end + 1) << 32
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < bound { low = middle + 1 } else { high = middle }
    }
    guard low > 0, keys[low - 1] >> 32 == UInt64(end) else { return nil }
    return Int(keys[low - 1] & 0xFFFF_FFFF)
  }
}

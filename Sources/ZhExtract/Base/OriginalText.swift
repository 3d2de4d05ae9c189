/// The original decoded text (what every output offset counts in), kept as UTF-8: the bytes a
/// document was read from when they are already exactly that text (valid UTF-8, no byte-order
/// mark), so that it costs nothing beside them; otherwise its own UTF-8 copy. An array of
/// code points took four bytes each (34 MB of a 20 MB document, alive until the JSON was written).
///
/// Code point `i` is found from the byte offset of every `blockSize`-th code point, then by
/// stepping over at most `blockSize - 1` code points.
package struct OriginalText: Sendable {
  /// The text in UTF-8 (always valid).
  package let utf8: [UInt8]
  /// Number of code points.
  package let count: Int
  /// `blockStarts[b]`: the byte offset of code point `b · blockSize`.
  private let blockStarts: [Int]
  private static let blockShift = 5
  private static let blockSize = 1 << blockShift

  /// The text of `scalars`; `bytes` are taken as its storage when they are its UTF-8 exactly.
  package init(_ scalars: [Unicode.Scalar], sharing bytes: [UInt8]? = nil) {
    var length = 0
    for scalar in scalars { length += UTF8.width(scalar) }
    if let bytes, bytes.count == length, Self.equal(bytes, scalars) {
      utf8 = bytes
    } else {
      utf8 = [UInt8](unsafeUninitializedCapacity: length) { out, written in
        var i = 0
        for scalar in scalars {
          for byte in UTF8.encode(scalar)! {
            out[i] = byte
            i += 1
          }
        }
        written = i
      }
    }
    count = scalars.count
    var starts: [Int] = []
    starts.reserveCapacity((scalars.count >> Self.blockShift) + 1)
    var offset = 0
    for (k, scalar) in scalars.enumerated() {
      if k & (Self.blockSize - 1) == 0 { starts.append(offset) }
      offset += UTF8.width(scalar)
    }
    blockStarts = starts
  }

  /// Whether `bytes` are the UTF-8 of `scalars` (the lengths already agree).
  private static func equal(_ bytes: [UInt8], _ scalars: [Unicode.Scalar]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      for scalar in scalars {
        for byte in UTF8.encode(scalar)! {
          guard b[i] == byte else { return false }
          i += 1
        }
      }
      return true
    }
  }

  /// The bytes a code point takes, from its first byte (the text is valid UTF-8).
  @inline(__always)
  private static func width(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The byte offset of code point `i` (`count` gives the end of the text).
  package func byteOffset(of i: Int) -> Int {
    precondition(i >= 0 && i <= count, "code point \(i) is outside a text of \(count)")
    if i == count { return utf8.count }
    var offset = blockStarts[i >> Self.blockShift]
    var k = i & ~(Self.blockSize - 1)
    utf8.withUnsafeBufferPointer { b in
      while k < i {
        offset += Self.width(lead: b[offset])
        k += 1
      }
    }
    return offset
  }

  /// Code point `i`.
  package subscript(_ i: Int) -> Unicode.Scalar {
    let offset = byteOffset(of: i)
    return utf8.withUnsafeBufferPointer { Self.scalar(in: $0, at: offset) }
  }

  /// The code point whose first byte is at `offset` of valid UTF-8.
  @inline(__always)
  fileprivate static func scalar(in b: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
    let lead = UInt32(b[offset])
    let value: UInt32
    switch width(lead: b[offset]) {
    case 1: value = lead
    case 2: value = (lead & 0x1F) << 6 | UInt32(b[offset + 1] & 0x3F)
    case 3: value = (lead & 0x0F) << 12 | UInt32(b[offset + 1] & 0x3F) << 6 | UInt32(b[offset + 2] & 0x3F)
    default: value = (lead & 0x07) << 18 | UInt32(b[offset + 1] & 0x3F) << 12 | UInt32(b[offset + 2] & 0x3F) << 6 | UInt32(b[offset + 3] & 0x3F)
    }
    return Unicode.Scalar(value)!
  }

  /// Each code point in order, without an array of them.
  package func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
    utf8.withUnsafeBufferPointer { b in
      var offset = 0
      while offset < b.count {
        body(Self.scalar(in: b, at: offset))
        offset += Self.width(lead: b[offset])
      }
    }
  }

  /// The text of code points `start..<end`.
  package func string(_ start: Int, _ end: Int) -> String {
    guard start < end else { return "" }
    let from = byteOffset(of: start), to = byteOffset(of: end)
    return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
  }

  /// Every code point, in an array (for tools and tests: four bytes each).
  package var scalars: [Unicode.Scalar] { Array(String(decoding: utf8, as: UTF8.self).unicodeScalars) }
}

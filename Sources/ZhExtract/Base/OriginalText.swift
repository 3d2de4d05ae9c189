/// The original decoded text (what every output offset counts in), kept as UTF-8: the bytes a
/// document was read from when they are already exactly that text (valid UTF-8, no byte-order
/// mark), so that it costs nothing beside them; otherwise its own UTF-8 copy. An array of
/// code points took four bytes each (34 MB of a 20 MB document, alive until the JSON was written).
///
/// Code point `i` is found from the byte offset of every `blockSize`-th code point, then by
/// stepping over at most `blockSize - 1` code points.
///
/// A document's original is kept instead, when that is far smaller, as an `OriginalOverlay` on
/// its analysis text (`init(_:over:map:sharing:knownEqual:)`): the input bytes need then not stay
/// alive beside the analysis text until the JSON is written.
package struct OriginalText: Sendable {
  /// The text in UTF-8 (always valid); empty when the text is an overlay.
  private let bytes: [UInt8]
  /// Number of code points.
  package let count: Int
  /// `blockStarts[b]`: the byte offset of code point `b · blockSize`.
  private let blockStarts: [UInt32]
  private static let blockShift = 4
  private static let blockSize = 1 << blockShift
  /// The text as its differences from the analysis text, or `nil` when it is kept in `bytes`.
  private let overlay: OriginalOverlay?

  /// The text in UTF-8 (encoded on each call when it is an overlay: for tools and tests).
  package var utf8: [UInt8] {
    guard let overlay else { return bytes }
    var out: [UInt8] = []
    overlay.forEachScalar(0, count) { out.append(contentsOf: UTF8.encode($0)!) }
    return out
  }

  /// Whether the text is kept as an overlay on the analysis text (not in UTF-8 of its own).
  package var isOverlay: Bool { overlay != nil }

  /// The text of `scalars`, the original of `analysis` under `map`: an overlay on `analysis` when
  /// that takes at most half the text's UTF-8 (news in Simplified characters: a tenth), otherwise
  /// as `init(_:sharing:knownEqual:)` keeps it.
  /// `utf8Count`, when given, is the length of the text's UTF-8 (not counted again).
  package init(
    _ scalars: [Unicode.Scalar], over analysis: [Unicode.Scalar], map: OffsetMap, sharing bytes: [UInt8]? = nil, knownEqual: Bool = false,
    utf8Count known: Int? = nil
  ) {
    let utf8Count: Int
    if let bytes, knownEqual {
      utf8Count = bytes.count
    } else if let known {
      utf8Count = known
    } else {
      utf8Count = scalars.withUnsafeBufferPointer { text in text.reduce(0) { $0 + UTF8.width($1) } }
    }
    if let overlay = OriginalOverlay(original: scalars, analysis: analysis, map: map, budget: utf8Count / 2) {
      self.init(overlay: overlay)
    } else {
      self.init(scalars, sharing: bytes, knownEqual: knownEqual)
    }
  }

  private init(overlay: OriginalOverlay) {
    bytes = []
    count = overlay.count
    blockStarts = []
    self.overlay = overlay
  }

  /// The text of `scalars`; `bytes` are taken as its storage when they are its UTF-8 exactly
  /// (compared here unless the decoder vouches for it: `knownEqual`).
  package init(_ scalars: [Unicode.Scalar], sharing bytes: [UInt8]? = nil, knownEqual: Bool = false) {
    overlay = nil
    if let bytes, knownEqual {
      self.bytes = bytes
      count = scalars.count
      blockStarts = Self.blockStarts(utf8: bytes, count: scalars.count)
      return
    }
    var starts = [UInt32]()
    starts.reserveCapacity((scalars.count >> Self.blockShift) + 1)
    // One pass: the block starts, the length in UTF-8, and whether `bytes` spell the text.
    var length = 0
    var same = bytes != nil
    scalars.withUnsafeBufferPointer { text in
      (bytes ?? []).withUnsafeBufferPointer { b in
        let n = b.count
        for k in 0..<text.count {
          if k & (Self.blockSize - 1) == 0 { starts.append(UInt32(truncatingIfNeeded: length)) }
          let v = text[k].value
          if v < 0x80 {
            if same { same = length < n && b[length] == UInt8(truncatingIfNeeded: v) }
            length += 1
          } else if v < 0x800 {
            if same {
              same = length + 1 < n && b[length] == UInt8(truncatingIfNeeded: 0xC0 | v >> 6) && b[length + 1] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            }
            length += 2
          } else if v < 0x10000 {
            if same {
              same =
                length + 2 < n && b[length] == UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                && b[length + 1] == UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F) && b[length + 2] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            }
            length += 3
          } else {
            if same {
              same =
                length + 3 < n && b[length] == UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                && b[length + 1] == UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                && b[length + 2] == UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F) && b[length + 3] == UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            }
            length += 4
          }
        }
      }
    }
    precondition(length <= Int(UInt32.max), "a text of \(length) bytes is more than 32-bit offsets hold")
    if let bytes, same, bytes.count == length {
      self.bytes = bytes
    } else {
      self.bytes = [UInt8](unsafeUninitializedCapacity: length) { out, written in
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
    blockStarts = starts
  }

  /// The byte offset of every `blockSize`-th code point of valid UTF-8 holding `count` of them.
  private static func blockStarts(utf8: [UInt8], count: Int) -> [UInt32] {
    let blocks = (count + blockSize - 1) >> blockShift
    precondition(utf8.count <= Int(UInt32.max), "a text of \(utf8.count) bytes is more than 32-bit offsets hold")
    return [UInt32](unsafeUninitializedCapacity: blocks) { starts, written in
      utf8.withUnsafeBufferPointer { b in
        var offset = 0
        for block in 0..<blocks {
          starts[block] = UInt32(truncatingIfNeeded: offset)
          for _ in 0..<blockSize where offset < b.count { offset += width(lead: b[offset]) }
        }
      }
      written = blocks
    }
  }

  /// The bytes a code point takes, from its first byte (the text is valid UTF-8).
  @inline(__always)
  private static func width(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The byte offset of code point `i` in the text's UTF-8 (`count` gives the end of the text;
  /// counted from the start when the text is an overlay: for tests).
  package func byteOffset(of i: Int) -> Int {
    precondition(i >= 0 && i <= count, "code point \(i) is outside a text of \(count)")
    if let overlay {
      var offset = 0
      overlay.forEachScalar(0, i) { offset += UTF8.width($0) }
      return offset
    }
    if i == count { return bytes.count }
    return offset(after: i & (Self.blockSize - 1), from: Int(blockStarts[i >> Self.blockShift]))
  }

  /// The byte offset `n` code points after the code point at byte `offset`.
  @inline(__always)
  private func offset(after n: Int, from offset: Int) -> Int {
    bytes.withUnsafeBufferPointer { b in
      var offset = offset
      for _ in 0..<n { offset += Self.width(lead: b[offset]) }
      return offset
    }
  }

  /// Code point `i`.
  package subscript(_ i: Int) -> Unicode.Scalar {
    if let overlay {
      precondition(i >= 0 && i < count, "code point \(i) is outside a text of \(count)")
      return overlay[i]
    }
    let offset = byteOffset(of: i)
    return bytes.withUnsafeBufferPointer { Self.scalar(in: $0, at: offset) }
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
    if let overlay { return overlay.forEachScalar(0, count, body) }
    bytes.withUnsafeBufferPointer { b in
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
    precondition(end <= count, "code point \(end) is outside a text of \(count)")
    if overlay != nil { return withUTF8(start, end) { String(decoding: $0, as: UTF8.self) } }
    // The end found from the start: a mention is a few code points long.
    let from = byteOffset(of: start), to = offset(after: end - start, from: from)
    return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
  }

  /// The UTF-8 of code points `start..<end`, lent to `body` without a copy (what `string(_:_:)`
  /// would hold).
  package func withUTF8<Result>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard start < end else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    precondition(end <= count, "code point \(end) is outside a text of \(count)")
    if let overlay {
      // Encoded into a buffer of the call (on the stack for a mention's few code points).
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * (end - start)) { buffer in
        var n = 0
        // Encoded by hand (`ScalarUTF8`), not through `UTF8.encode`'s optional collection.
        overlay.forEachScalar(start, end) { n = ScalarUTF8.encode($0, into: buffer, at: n) }
        return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
      }
    }
    let from = byteOffset(of: start), to = offset(after: end - start, from: from)
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<to])) }
  }

  /// Every code point, in an array (for tools and tests: four bytes each).
  package var scalars: [Unicode.Scalar] {
    if let overlay {
      var out: [Unicode.Scalar] = []
      out.reserveCapacity(count)
      overlay.forEachScalar(0, count) { out.append($0) }
      return out
    }
    return Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
  }
}

/// Unicode scalars encoded as UTF-8 into a buffer, without a `String` between: how many bytes they
/// take, and the bytes themselves (`AnalysisText.string`, `JSONOutput.string(scalars:)`).
package enum ScalarUTF8 {
  /// The number of UTF-8 bytes of `scalars`.
  @inline(__always)
  package static func byteCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    return count
  }

  /// Writes the UTF-8 of `scalars` at the start of `utf8` (at least `byteCount(scalars)` long) and
  /// returns how many bytes it wrote.
  @inline(__always)
  package static func encode(_ scalars: ArraySlice<Unicode.Scalar>, into utf8: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var i = 0
    for scalar in scalars { i = encode(scalar, into: utf8, at: i) }
    return i
  }

  /// Writes the UTF-8 of `scalar` at `i` of `utf8` (room for `UTF8.width(scalar)` bytes there) and
  /// returns the index after it.
  @inline(__always)
  package static func encode(_ scalar: Unicode.Scalar, into utf8: UnsafeMutableBufferPointer<UInt8>, at i: Int) -> Int {
    let v = scalar.value
    if v < 0x80 {
      utf8[i] = UInt8(truncatingIfNeeded: v)
      return i + 1
    } else if v < 0x800 {
      utf8[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
      utf8[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
      return i + 2
    } else if v < 0x10000 {
      utf8[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
      utf8[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
      utf8[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
      return i + 3
    } else {
      utf8[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
      utf8[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
      utf8[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
      utf8[i + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
      return i + 4
    }
  }
}

extension String {
  /// The string of `scalars`, written as UTF-8 straight into its storage: the same string as
  /// `String(String.UnicodeScalarView(scalars))`, whose generic append cost some 3,000–4,000
  /// instructions a string (a sixth of the Latin-name rule's time, 7 % of the entity stage on a
  /// document of mixed articles). `StringFromScalarsTests` checks that the two agree.
  init(scalars: ArraySlice<Unicode.Scalar>) { self = AnalysisText.string(scalars) }

  /// The string of `scalars` (see `init(scalars:)` for a slice).
  init(scalars: [Unicode.Scalar]) { self = AnalysisText.string(scalars[...]) }
}

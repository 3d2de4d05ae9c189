import Foundation

/// Writes JSON straight into one byte buffer: no tree of values in between, strings copied
/// in bulk with only the bytes that need it escaped, numbers written from their digits.
/// Compact by default; `pretty` indents by two spaces (the layout of `JSONWriter`).
///
/// Structure is written with calls in document order; `key` before each member of an
/// object, `element` before each value of an array:
///
/// ```swift
/// var out = JSONOutput()
/// out.beginObject()
/// out.key("amount"); out.decimal(Decimal(string: "1.4e12"))
/// out.key("tags"); out.beginArray(); out.element(); out.string("a"); out.endArray()
/// out.endObject()
/// String(decoding: out.bytes, as: UTF8.self)   // {"amount":1400000000000,"tags":["a"]}
/// ```
///
/// The buffer is its own memory (not an `Array`, whose every append checks uniqueness and
/// capacity) and is meant to be reused: `removeAll()` keeps its capacity, so a worker writing
/// one document after another allocates only while its largest document grows it.
package struct JSONOutput: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written.
  package private(set) var count = 0
  package let pretty: Bool
  private var depth = 0
  /// Whether the innermost open container has no member yet.
  private var empty = true

  package init(pretty: Bool = false, capacity: Int = 1 << 14) {
    self.pretty = pretty
    self.capacity = Swift.max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// A copy of the bytes written.
  package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The bytes written, without a copy.
  package func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// Forgets what was written, keeping the buffer's capacity.
  package mutating func removeAll() {
    count = 0
    depth = 0
    empty = true
  }

  /// Where the bytes go at each `spillIfFull()` once `spillSize` have gathered; `nil`: they
  /// stay in the buffer.
  private var spill: ((UnsafeBufferPointer<UInt8>) -> Void)?
  private var spillSize = Int.max

  /// A writer that hands its bytes to `spill` in pieces of about `spillSize` bytes (at the
  /// points the caller marks with `spillIfFull()`, and at `spillRest()`), so that a long
  /// document's JSON never sits whole in memory.
  package init(pretty: Bool = false, spillSize: Int, spill: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    self.init(pretty: pretty, capacity: spillSize + spillSize / 4)
    self.spillSize = spillSize
    self.spill = spill
  }

  /// Hands the bytes gathered so far to the spill, if there is one and they fill a piece.
  @inline(__always)
  package mutating func spillIfFull() {
    if count >= spillSize { spillRest() }
  }

  /// Hands whatever is gathered to the spill (nothing without one).
  package mutating func spillRest() {
    guard let spill, count > 0 else { return }
    spill(UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  /// Hands the bytes written so far to `body` and forgets them (capacity and nesting kept):
  /// for writing a long document out in pieces.
  package mutating func drain<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    defer { count = 0 }
    return try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// Room for `n` more bytes.
  @inline(__always)
  private mutating func reserve(_ n: Int) {
    if count + n > capacity { grow(count + n) }
  }

  private mutating func grow(_ needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  @inline(__always)
  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (base + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  @inline(__always)
  private mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  // MARK: - Structure

  package mutating func beginObject() {
    append(UInt8(ascii: "{"))
    depth += 1
    empty = true
  }

  package mutating func endObject() {
    close(UInt8(ascii: "}"))
  }

  package mutating func beginArray() {
    append(UInt8(ascii: "["))
    depth += 1
    empty = true
  }

  package mutating func endArray() {
    close(UInt8(ascii: "]"))
  }

  /// The name of the next member of an object: plain ASCII that needs no escape.
  package mutating func key(_ name: StaticString) {
    separate()
    reserve(name.utf8CodeUnitCount + 4)
    base[count] = UInt8(ascii: "\"")
    (base + count + 1).update(from: name.utf8Start, count: name.utf8CodeUnitCount)
    count += name.utf8CodeUnitCount + 1
    base[count] = UInt8(ascii: "\"")
    base[count + 1] = UInt8(ascii: ":")
    count += 2
    if pretty { append(UInt8(ascii: " ")) }
  }

  /// The name of the next member of an object, escaped as any string. Disfavoured, so that a
  /// literal (`out.key("amount")`) takes the `StaticString` form above: a literal would
  /// otherwise become a `String` and be scanned for escapes (190,000 keys a megabyte).
  @_disfavoredOverload
  package mutating func key(_ name: String) {
    separate()
    appendString(name)
    colon()
  }

  /// Before each value of an array.
  package mutating func element() { separate() }

  @inline(__always)
  private mutating func separate() {
    if !empty { append(UInt8(ascii: ",")) }
    empty = false
    if pretty { newline() }
  }

  @inline(__always)
  private mutating func colon() {
    append(UInt8(ascii: ":"))
    if pretty { append(UInt8(ascii: " ")) }
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if !empty, pretty { newline() }
    append(bracket)
    empty = false
  }

  private mutating func newline() {
    reserve(1 + 2 * depth)
    base[count] = UInt8(ascii: "\n")
    (base + count + 1).update(repeating: UInt8(ascii: " "), count: 2 * depth)
    count += 1 + 2 * depth
  }

  // MARK: - Values

  package mutating func null() { append("null") }

  package mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

  package mutating func string(_ value: String) { appendString(value) }

  package mutating func string(_ value: String?) {
    if let value { appendString(value) } else { null() }
  }

  package mutating func int(_ value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    appendDigits(value.magnitude)
  }

  /// An exact decimal (see `ExactDecimal`), or `null`.
  package mutating func decimal(_ value: Decimal?) {
    guard let value else { return null() }
    ExactDecimal.withText(value) { append($0) }
  }

  /// A number already written as JSON number text.
  package mutating func number(text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  private mutating func appendDigits(_ value: UInt) {
    if value < 10 {
      append(UInt8(truncatingIfNeeded: value) &+ 0x30)
      return
    }
    var digits = 0
    var v = value
    while v > 0 {
      digits += 1
      v /= 10
    }
    reserve(digits)
    v = value
    var i = count + digits
    while v > 0 {
      i -= 1
      base[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
      v /= 10
    }
    count += digits
  }

  // MARK: - Strings

  /// `"…"` with `"`, `\`, the C0 controls and U+2028/U+2029 escaped; everything else is
  /// copied as UTF-8, in runs.
  private mutating func appendString(_ value: String) {
    var value = value
    value.withUTF8 { appendString(utf8: $0) }
  }

  /// A string given as valid UTF-8 (a slice of a document's text), escaped as any string.
  package mutating func string(utf8: UnsafeBufferPointer<UInt8>) { appendString(utf8: utf8) }

  /// The string of `scalars`, escaped as any string: encoded as UTF-8 on the stack, no `String`.
  package mutating func string(scalars: ArraySlice<Unicode.Scalar>) {
    let length = ScalarUTF8.byteCount(scalars)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(length, 1)) { utf8 in
      let written = ScalarUTF8.encode(scalars, into: utf8)
      appendString(utf8: UnsafeBufferPointer(rebasing: utf8[0..<written]))
    }
  }

  private mutating func appendString(utf8: UnsafeBufferPointer<UInt8>) {
    let n = utf8.count
    guard n > 0 else {
      append(#""""#)
      return
    }
    reserve(n + 2)
    base[count] = UInt8(ascii: "\"")
    count += 1
    var runStart = 0
    var i = 0
    let start = utf8.baseAddress!
    while i < n {
      // Eight bytes at a time while none of them may need an escape.
      while i + 8 <= n, !Self.mayNeedEscape(UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self)) { i += 8 }
      guard i < n else { break }
      let byte = utf8[i]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else {
        i += 1
        continue
      }
      if byte == 0xE2 {
        // U+2028 / U+2029 (E2 80 A8 / A9) break JavaScript string literals.
        guard i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else {
          i += 1
          continue
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        append(utf8[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#)
        i += 3
        runStart = i
        continue
      }
      append(UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
      appendEscape(byte)
      i += 1
      runStart = i
    }
    append(UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
    append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): append(#"\""#)
    case UInt8(ascii: "\\"): append(#"\\"#)
    case 0x0A: append(#"\n"#)
    case 0x0D: append(#"\r"#)
    case 0x09: append(#"\t"#)
    case 0x08: append(#"\b"#)
    case 0x0C: append(#"\f"#)
    default:
      let hex: StaticString = "0123456789abcdef"
      append(#"\u00"#)
      append(hex.utf8Start[Int(byte >> 4)])
      append(hex.utf8Start[Int(byte & 0x0F)])
    }
  }

  /// Whether any of eight bytes may need an escape (`"`, `\`, a C0 control, or 0xE2); false
  /// positives are allowed (the byte-by-byte loop decides), misses are not.
  @inline(__always)
  private static func mayNeedEscape(_ w: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
    let control = (w &- ones &* 0x20) & ~w & high  // a byte below 0x20
    return (control | hasZeroByte(w ^ (ones &* 0x22)) | hasZeroByte(w ^ (ones &* 0x5C)) | hasZeroByte(w ^ (ones &* 0xE2))) != 0
  }

}

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
/// The buffer is meant to be reused: `removeAll()` keeps its capacity, so a worker writing
/// one document after another allocates only while its largest document grows it.
package struct JSONOutput {
  package private(set) var bytes: [UInt8]
  package let pretty: Bool
  private var depth = 0
  /// Whether the innermost open container has no member yet.
  private var empty = true

  package init(pretty: Bool = false, capacity: Int = 1 << 14) {
    self.pretty = pretty
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Forgets what was written, keeping the buffer's capacity.
  package mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    depth = 0
    empty = true
  }

  /// Hands the bytes written so far to `body` and forgets them (capacity kept): for writing
  /// a long document out in pieces.
  package mutating func drain<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    defer { bytes.removeAll(keepingCapacity: true) }
    return try bytes.withUnsafeBufferPointer(body)
  }

  // MARK: - Structure

  package mutating func beginObject() {
    bytes.append(UInt8(ascii: "{"))
    depth += 1
    empty = true
  }

  package mutating func endObject() {
    close(UInt8(ascii: "}"))
  }

  package mutating func beginArray() {
    bytes.append(UInt8(ascii: "["))
    depth += 1
    empty = true
  }

  package mutating func endArray() {
    close(UInt8(ascii: "]"))
  }

  /// The name of the next member of an object: plain ASCII that needs no escape.
  package mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    colon()
  }

  /// The name of the next member of an object, escaped as any string.
  package mutating func key(_ name: String) {
    separate()
    appendString(name)
    colon()
  }

  /// Before each value of an array.
  package mutating func element() { separate() }

  @inline(__always)
  private mutating func separate() {
    if !empty { bytes.append(UInt8(ascii: ",")) }
    empty = false
    if pretty { newline() }
  }

  @inline(__always)
  private mutating func colon() {
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(UInt8(ascii: " ")) }
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if !empty, pretty { newline() }
    bytes.append(bracket)
    empty = false
  }

  private mutating func newline() {
    bytes.append(UInt8(ascii: "\n"))
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  // MARK: - Values

  package mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }  // null

  package mutating func bool(_ value: Bool) {
    if value { bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65]) }  // true
    else { bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65]) }  // false
  }

  package mutating func string(_ value: String) { appendString(value) }

  package mutating func string(_ value: String?) {
    if let value { appendString(value) } else { null() }
  }

  package mutating func int(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    appendDigits(value.magnitude)
  }

  /// An exact decimal (see `ExactDecimal`), or `null`.
  package mutating func decimal(_ value: Decimal?) {
    guard let value else { return null() }
    ExactDecimal.write(value, into: &bytes)
  }

  /// A number already written as JSON number text.
  package mutating func number(text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  private mutating func appendDigits(_ value: UInt) {
    if value < 10 {
      bytes.append(UInt8(truncatingIfNeeded: value) &+ 0x30)
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      var v = value
      var i = 20
      while v > 0 {
        i -= 1
        buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
        v /= 10
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<20]))
    }
  }

  // MARK: - Strings

  /// `"…"` with `"`, `\`, the C0 controls and U+2028/U+2029 escaped; everything else is
  /// copied as UTF-8, in runs.
  private mutating func appendString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      var i = 0
      let n = utf8.count
      while i < n {
        let byte = utf8[i]
        guard Self.attention[Int(byte)] else {
          i += 1
          continue
        }
        if byte == 0xE2 {
          // U+2028 / U+2029 (E2 80 A8 / A9) break JavaScript string literals.
          guard i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 else {
            i += 1
            continue
          }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
          bytes.append(contentsOf: utf8[i + 2] == 0xA8 ? Self.lineSeparator : Self.paragraphSeparator)
          i += 3
          runStart = i
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        appendEscape(byte)
        i += 1
        runStart = i
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex: [UInt8] = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
    }
  }

  /// Bytes that may need an escape: `"`, `\`, the C0 controls, and 0xE2 (the lead byte of
  /// U+2028/U+2029).
  private static let attention: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
  private static let lineSeparator: [UInt8] = Array(#"\u2028"#.utf8)
  private static let paragraphSeparator: [UInt8] = Array(#"\u2029"#.utf8)
}

import Foundation

/// Writes a `Decimal` as an exact JSON number: plain digits, no exponent, no trailing
/// fractional zeros (1.4万亿 → `1400000000000`, 7.99 → `7.99`, 0.01 → `0.01`; NaN → `0`).
///
/// The digits come straight from the decimal's 128-bit mantissa and its power of ten, never
/// through `Double` and never through `String`. Foundation keeps those fields internal, so
/// they are read from the value's storage — NSDecimal's 20-byte layout (exponent, a byte of
/// length and sign, then eight 16-bit words), whose flag bits differ between Foundation's
/// implementations. A probe on first use checks the reading against Foundation's own
/// `description`; when neither layout agrees, every value goes through `description`.
package enum ExactDecimal {
  package static func text(_ value: Decimal) -> String {
    var bytes: [UInt8] = []
    write(value, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the exact text of `value` to `out`.
  package static func write(_ value: Decimal, into out: inout [UInt8]) {
    withText(value) { out.append(contentsOf: $0) }
  }

  /// Calls `body` with the exact text of `value` (in a buffer on the stack).
  package static func withText<Result>(_ value: Decimal, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard let layout = Self.layout else {
      var text = described(value)
      return text.withUTF8(body)
    }
    // At most a sign, "0.", 127 zeros and 39 digits; or 39 digits and 127 zeros.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 176) { buffer in
      let count = writeFromStorage(value, layout: layout, into: buffer)
      return body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
  }

  /// Where the length and the sign sit in the second byte of a `Decimal`.
  struct Layout: Equatable {
    var lengthShift: UInt8
    var negativeBit: UInt8
  }

  /// swift-foundation (Linux): length in the high nibble, sign in bit 3; Apple's NSDecimal
  /// bit fields: length in the low nibble, sign in bit 4.
  static let candidates = [Layout(lengthShift: 4, negativeBit: 1 << 3), Layout(lengthShift: 0, negativeBit: 1 << 4)]

  /// The layout of this platform's `Decimal`, or `nil` when none reads the probes right.
  static let layout: Layout? = {
    guard MemoryLayout<Decimal>.size == 20 else { return nil }
    let probes = ["-1234.56", "7.99", "340282366920938463463374607431768211455", "-0.000123", "1e30", "0", "120000"]
    return candidates.first { layout in
      probes.allSatisfy { text in
        guard let value = Decimal(string: text) else { return false }
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 176) { buffer in
          String(decoding: buffer[0..<writeFromStorage(value, layout: layout, into: buffer)], as: UTF8.self)
        }
        return written == described(value)
      }
    }
  }()

  /// Foundation's `description`, trimmed: the reference the storage reading is checked against.
  static func described(_ value: Decimal) -> String {
    if value.isNaN { return "0" }
    let text = value.description
    guard text.contains(".") else { return text == "-0" ? "0" : text }
    var trimmed = Substring(text)
    while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
    if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }

  /// Writes the text of `value` at the start of `out` (176 bytes); returns its length.
  static func writeFromStorage(_ value: Decimal, layout: Layout, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var value = value
    return withUnsafeBytes(of: &value) { raw -> Int in
      let exponentByte = Int8(bitPattern: raw[0])
      let flags = raw[1]
      let length = Int((flags >> layout.lengthShift) & 0x0F)
      let negative = flags & layout.negativeBit != 0
      // No mantissa words: zero, or NaN when the sign is set (both are written 0).
      guard length > 0, length <= 8 else {
        out[0] = UInt8(ascii: "0")
        return 1
      }
      var words: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0, 0, 0)
      withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[4..<20])) }
      return withUnsafeMutableBytes(of: &words) { wordBytes in
        let words = wordBytes.bindMemory(to: UInt16.self)
        for k in length..<8 { words[k] = 0 }
        return writeDigits(words: words, length: length, exponent: Int(exponentByte), negative: negative, into: out)
      }
    }
  }

  /// The digits of the little-endian mantissa `words[0..<length]` times 10^`exponent`.
  private static func writeDigits(
    words: UnsafeMutableBufferPointer<UInt16>, length: Int, exponent: Int, negative: Bool, into out: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    var n = 0
    func put(_ byte: UInt8) {
      out[n] = byte
      n += 1
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits -> Int in
      // The mantissa's decimal digits, most significant first, in digits[start..<40].
      var start = 40
      if length <= 4 {
        var v = UInt64(words[0]) | UInt64(words[1]) << 16 | UInt64(words[2]) << 32 | UInt64(words[3]) << 48
        while v > 0 {
          start -= 1
          digits[start] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
          v /= 10
        }
      } else {
        var top = length - 1
        while top >= 0 {
          // Divide the mantissa by 10 000, most significant word first; the remainder is
          // the next four digits.
          var remainder: UInt32 = 0
          var k = top
          while k >= 0 {
            let current = remainder << 16 | UInt32(words[k])
            words[k] = UInt16(truncatingIfNeeded: current / 10_000)
            remainder = current % 10_000
            k -= 1
          }
          while top >= 0, words[top] == 0 { top -= 1 }
          for _ in 0..<4 {
            start -= 1
            digits[start] = UInt8(truncatingIfNeeded: remainder % 10) &+ 0x30
            remainder /= 10
          }
        }
        while start < 40, digits[start] == 0x30 { start += 1 }  // the last group's leading zeros
      }
      if start == 40 {  // a zero mantissa
        put(UInt8(ascii: "0"))
        return n
      }
      var exponent = exponent
      var end = 40
      // Trailing zeros of the mantissa join the exponent: a fraction loses them, a whole
      // number gets them back below.
      while end - start > 1, digits[end - 1] == 0x30 {
        end -= 1
        exponent += 1
      }
      if negative { put(UInt8(ascii: "-")) }
      let count = end - start
      if exponent >= 0 {
        for k in start..<end { put(digits[k]) }
        for _ in 0..<exponent { put(UInt8(ascii: "0")) }
      } else if -exponent < count {
        let point = end + exponent
        for k in start..<point { put(digits[k]) }
        put(UInt8(ascii: "."))
        for k in point..<end { put(digits[k]) }
      } else {
        put(UInt8(ascii: "0"))
        put(UInt8(ascii: "."))
        for _ in 0..<(-exponent - count) { put(UInt8(ascii: "0")) }
        for k in start..<end { put(digits[k]) }
      }
      return n
    }
  }
}

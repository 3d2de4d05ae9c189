/// Character classes the entity scanners ask about, on plain code points (no `Character`).
enum ScalarClass {
  @inline(__always) static func isCJK(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2FA1F).contains(v) || (0xF900...0xFAFF).contains(v)
  }

  @inline(__always) static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
  }

  @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(s.value) }
  @inline(__always) static func isLower(_ s: Unicode.Scalar) -> Bool { (0x61...0x7A).contains(s.value) }
  @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

  /// A letter of a Latin-script word (ASCII or Latin-1/Extended letters such as é, ğ).
  @inline(__always) static func isLatinWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return isASCIILetter(s) || isDigit(s) || ((0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7)
  }

  /// The middle dots that join the parts of a transliterated name: · ‧ • ・ (and the
  /// ASCII `.` between two CJK characters, which callers check themselves).
  @inline(__always) static func isNameDot(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0xB7, 0x2027, 0x2022, 0x30FB, 0x2219, 0x22C5, 0xFF65: true
    default: false
    }
  }

  /// The canonical middle dot used in ids and lexicon keys.
  static let middleDot: Unicode.Scalar = "\u{B7}"

  /// A dot at `i` that joins two parts of a CJK name.
  @inline(__always) static func isNameDot(in text: [Unicode.Scalar], at i: Int) -> Bool {
    let s = text[i]
    if isNameDot(s) { return true }
    return s == "." && i > 0 && i + 1 < text.count && isCJK(text[i - 1]) && isCJK(text[i + 1])
  }
}

/// Classes of code points that every stage asks about, on plain `Unicode.Scalar`s (no
/// `Character`, no allocation). The one place that says what a Chinese character, a digit,
/// a space or a clause end is.
package enum ScalarClass {
  /// A Han ideograph: CJK Unified Ideographs and Extension A, the compatibility ideographs,
  /// and the supplementary planes' extensions (B onwards) and compatibility supplement.
  @inline(__always) package static func isHan(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3FFFF).contains(v)
      || (0xF900...0xFAFF).contains(v)
  }

  @inline(__always) package static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  /// The value of an ASCII digit, `nil` for anything else.
  @inline(__always) package static func asciiDigitValue(_ s: Unicode.Scalar) -> Int? {
    let v = s.value
    return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil
  }

  @inline(__always) package static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value | 0x20
    return v >= 0x61 && v <= 0x7A
  }

  @inline(__always) package static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
    isASCIIDigit(s) || isASCIILetter(s)
  }

  @inline(__always) package static func isUpper(_ s: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(s.value) }
  @inline(__always) package static func isLower(_ s: Unicode.Scalar) -> Bool { (0x61...0x7A).contains(s.value) }

  /// A capital letter of a Latin-script word, accented ones included (A, É, Á, Ł).
  @inline(__always) package static func isLatinUpper(_ s: Unicode.Scalar) -> Bool {
    isUpper(s) || (s.value >= 0xC0 && isLatinWordScalar(s) && s.properties.isUppercase)
  }

  /// A letter of a Latin-script word (ASCII or Latin-1/Extended letters such as é, ğ), or a digit.
  @inline(__always) package static func isLatinWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return isASCIIAlphanumeric(s) || ((0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7)
  }

  /// Spaces the normaliser leaves (it unifies white space to U+0020 and newlines).
  @inline(__always) package static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{A0}" || s == "\t" }

  /// Punctuation that ends a clause: a cue must stand in the same clause as what it cues.
  package static func endsClause(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\n", ",", ".", ";", ":", "!", "?", "。", "，", "；", "：", "！", "？", "、", "(", ")", "“", "”", "「", "」", "《", "》": true
    default: false
    }
  }

  /// False when `index` falls between two ASCII letters (so `USD` in `USDT` is no match).
  @inline(__always) package static func asciiWordBoundary(_ text: [Unicode.Scalar], before index: Int) -> Bool {
    guard index > 0, index < text.count else { return true }
    return !(isASCIILetter(text[index - 1]) && isASCIILetter(text[index]))
  }

  /// The middle dots that join the parts of a transliterated name: · ‧ • ・ (and the
  /// ASCII `.` between two Han characters, which `isNameDot(in:at:)` checks).
  @inline(__always) package static func isNameDot(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0xB7, 0x2027, 0x2022, 0x30FB, 0x2219, 0x22C5, 0xFF65: true
    default: false
    }
  }

  /// The canonical middle dot used in ids and lexicon keys.
  package static let middleDot: Unicode.Scalar = "\u{B7}"

  /// A dot at `i` that joins two parts of a Han name.
  @inline(__always) package static func isNameDot(in text: [Unicode.Scalar], at i: Int) -> Bool {
    let s = text[i]
    if isNameDot(s) { return true }
    return s == "." && i > 0 && i + 1 < text.count && isHan(text[i - 1]) && isHan(text[i + 1])
  }
}

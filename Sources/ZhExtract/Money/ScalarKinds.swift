/// Small classifications of scalars the money scanner needs.
enum ScalarKinds {
  @inline(__always)
  static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  @inline(__always)
  static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value | 0x20
    return v >= 0x61 && v <= 0x7A
  }

  @inline(__always)
  static func isHan(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x3FFFF)
  }

  /// Spaces the normaliser leaves (it unifies white space to U+0020 and newlines).
  @inline(__always)
  static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{A0}" || s == "\t" }

  /// Punctuation that ends a clause: the implicit-money cue must stand in the same clause.
  static func endsClause(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "\n", ",", ".", ";", ":", "!", "?", "。", "，", "；", "：", "！", "？", "、", "(", ")", "“", "”", "「", "」", "《", "》": true
    default: false
    }
  }

  /// False when `index` falls between two ASCII letters (so `USD` in `USDT` is no match).
  @inline(__always)
  static func asciiWordBoundary(_ text: [Unicode.Scalar], before index: Int) -> Bool {
    guard index > 0, index < text.count else { return true }
    return !(isASCIILetter(text[index - 1]) && isASCIILetter(text[index]))
  }
}

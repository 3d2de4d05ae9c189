/// HTML character references: `&amp;`, `&nbsp;`, `&#20013;`, `&#x4E2D;`.
///
/// Named references cover the ones news pages use (the HTML 5 table has 2,231; unknown names
/// stay literal text, as browsers leave them). Numeric references outside Unicode, to a
/// surrogate or to NUL become U+FFFD with a warning.
package enum HTMLCharacterReference {
  /// A decoded reference: its value and where it ends (exclusive).
  package struct Decoded {
    package var scalar: Unicode.Scalar
    package var end: Int
    /// Set when the reference was invalid and became U+FFFD.
    package var invalid: Bool
  }

  /// Decodes the reference that starts with `&` at `start`, or `nil` if there is none.
  package static func decode(_ s: [Unicode.Scalar], at start: Int) -> Decoded? {
    let n = s.count
    var i = start + 1
    guard i < n else { return nil }
    if s[i] == "#" {
      i += 1
      var hex = false
      if i < n, s[i] == "x" || s[i] == "X" { hex = true; i += 1 }
      let digitsStart = i
      var value: UInt64 = 0
      while i < n, let digit = digitValue(s[i], hex: hex), i - digitsStart < 12 {
        value = value * (hex ? 16 : 10) + UInt64(digit)
        i += 1
      }
      guard i > digitsStart else { return nil }
      if i < n, s[i] == ";" { i += 1 }
      if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) {
        return Decoded(scalar: "\u{FFFD}", end: i, invalid: true)
      }
      return Decoded(scalar: Unicode.Scalar(UInt32(value))!, end: i, invalid: false)
    }
    var name = ""
    while i < n, i - start <= 32, s[i].isASCII, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) {
      name.unicodeScalars.append(s[i])
      i += 1
    }
    guard i < n, s[i] == ";", let scalar = named[name] else { return nil }
    return Decoded(scalar: scalar, end: i + 1, invalid: false)
  }

  private static func digitValue(_ scalar: Unicode.Scalar, hex: Bool) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 0x30
    case "a"..."f" where hex: scalar.value - 0x61 + 10
    case "A"..."F" where hex: scalar.value - 0x41 + 10
    default: nil
    }
  }

  /// Named references (HTML 5 names, case-sensitive).
  package static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
    "shy": "\u{AD}", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×",
    "divide": "÷", "middot": "·", "bull": "•", "hellip": "…", "ndash": "–", "mdash": "—",
    "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
    "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
    "yen": "¥", "euro": "€", "pound": "£", "cent": "¢", "curren": "¤", "sect": "§", "para": "¶",
    "permil": "‰", "micro": "µ", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹",
    "sup2": "²", "sup3": "³", "iexcl": "¡", "iquest": "¿", "larr": "←", "rarr": "→", "uarr": "↑",
    "darr": "↓", "harr": "↔", "minus": "−", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
    "infin": "∞", "dagger": "†", "Dagger": "‡", "loz": "◊", "hearts": "♥", "star": "☆",
    "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "acute": "´", "cedil": "¸", "uml": "¨",
    "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "ouml": "ö", "uuml": "ü",
    "auml": "ä", "szlig": "ß", "ccedil": "ç", "ntilde": "ñ", "iacute": "í", "oacute": "ó", "uacute": "ú",
    "Eacute": "É", "Ouml": "Ö", "Uuml": "Ü", "Auml": "Ä",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "pi": "π", "sigma": "σ", "mu": "μ",
  ]
}

extension ExtractionWarning {
  /// A numeric character reference named no Unicode character.
  package static func invalidCharacterReference(_ reference: String, at offset: Int) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.invalid-character-reference",
      message: "character reference \(reference) at offset \(offset) names no Unicode character; replaced with U+FFFD",
      start: offset, end: offset + reference.unicodeScalars.count)
  }

  /// More invalid references than are reported one by one.
  package static func moreInvalidCharacterReferences(_ count: Int) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.invalid-character-reference-more",
      message: "\(count) more character references name no Unicode character; each replaced with U+FFFD")
  }
}

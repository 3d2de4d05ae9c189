/// What one character means in a number: the shared alphabet of money and date scanners.
///
/// Digits: 0–9 (ASCII; full-width forms are ASCII after NFKC), 〇零一二两三四五六七八九
/// and the financial (大写) forms 壹贰叁肆伍陆柒捌玖 (Traditional 貳 參 陸 are Simplified
/// after normalisation, but listed so that raw text works too).
/// Small units: 十拾 (10), 百佰 (100), 千仟 (1000). Large units: 万萬 (10⁴), 亿億 (10⁸),
/// 兆 is deliberately absent (10⁶ or 10¹² depending on region).
package enum NumeralCharacter {
  /// The digit value of an ASCII or Chinese digit.
  @inline(__always)
  package static func digit(_ s: Unicode.Scalar) -> Int? {
    let v = s.value
    if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
    return chineseDigit(s)
  }

  /// The value of a Chinese digit (not ASCII).
  package static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "〇", "零", "○", "Ｏ": 0
    case "一", "壹", "弌": 1
    case "二", "两", "兩", "贰", "貳", "弍": 2
    case "三", "叁", "參", "弎": 3
    case "四", "肆": 4
    case "五", "伍": 5
    case "六", "陆", "陸": 6
    case "七", "柒": 7
    case "八", "捌": 8
    case "九", "玖": 9
    default: nil
    }
  }

  /// 十 / 百 / 千 and their financial forms.
  @inline(__always)
  package static func smallUnit(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "十", "拾": 10
    case "百", "佰": 100
    case "千", "仟": 1000
    default: nil
    }
  }

  /// 廿 (20) and 卅 (30), written in dates (廿三日): no 十 follows them.
  @inline(__always)
  package static func calendarTens(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "廿": 20
    case "卅": 30
    default: nil
    }
  }

  /// 万 / 亿 (and Traditional 萬 億) as powers of ten.
  @inline(__always)
  package static func largeUnitExponent(_ s: Unicode.Scalar) -> Int? {
    switch s {
    case "万", "萬": 4
    case "亿", "億": 8
    default: nil
    }
  }

  /// The value of a small Chinese integer written with digits and 十百千 (一, 十三, 二十七,
  /// 一千零五 up to 9999; 二〇二五 read digit by digit, up to nine significant digits). `nil` if
  /// not such a number.
  /// - Parameter digit: what counts as a digit (default: ASCII and Chinese digits; the money
  ///   scanner adds 参 and leaves ASCII out).
  package static func smallInteger<C: Collection<Unicode.Scalar>>(
    _ scalars: C, digit: (Unicode.Scalar) -> Int? = { NumeralCharacter.digit($0) }
  ) -> Int? {
    guard !scalars.isEmpty else { return nil }
    // Digit-by-digit (二〇二五, 2025).
    if scalars.allSatisfy({ digit($0) != nil }) {
      var value = 0
      for s in scalars {
        // Long runs are no small integer (and would overflow `Int`).
        guard value < 100_000_000 else { return nil }
        value = value * 10 + digit(s)!
      }
      return value
    }
    var total = 0
    var pending: Int?
    var lastUnit = Int.max
    for s in scalars {
      if let d = digit(s) {
        if pending != nil && d != 0 { return nil }
        pending = d == 0 ? nil : d
      } else if let unit = smallUnit(s) {
        guard unit < lastUnit else { return nil }
        total += (pending ?? 1) * unit
        pending = nil
        lastUnit = unit
      } else {
        return nil
      }
    }
    return total + (pending ?? 0)
  }
}

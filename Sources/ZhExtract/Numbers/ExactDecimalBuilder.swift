import Foundation

/// Builds exact `Decimal`s from digits and powers of ten, without binary floating point.
enum ExactDecimalBuilder {
  /// Largest number of significant digits kept exactly (Decimal's mantissa holds 38).
  static let maxSignificantDigits = 38
  /// Largest power of ten of a money amount's leading digit that is still read.
  static let maxMagnitude = 38

  /// `digits` (0–9 values, integer part then fraction) × 10^(exponent − fractionCount).
  /// `nil` when the value needs more precision or range than `Decimal` holds exactly.
  static func make(digits: [UInt8], fractionCount: Int, exponent: Int) -> Decimal? {
    // Trim leading zeros (they carry nothing) and trailing fraction zeros.
    var first = 0
    while first < digits.count && digits[first] == 0 { first += 1 }
    var last = digits.count
    var fraction = fractionCount
    while last > first && fraction > 0 && digits[last - 1] == 0 { last -= 1; fraction -= 1 }
    let significant = last - first
    if significant == 0 { return Decimal(0) }
    let scale = exponent - fraction
    // Magnitude of the leading digit: 10^(significant − 1 + scale).
    guard significant <= maxSignificantDigits, significant - 1 + scale <= maxMagnitude, scale >= -100 else { return nil }
    if significant <= 18 {
      var n: UInt64 = 0
      for d in digits[first..<last] { n = n &* 10 &+ UInt64(d) }
      return Decimal(sign: .plus, exponent: scale, significand: Decimal(n))
    }
    // Long mantissa: two exact halves.
    let split = last - 18
    var high: UInt64 = 0
    for d in digits[first..<split] { high = high &* 10 &+ UInt64(d) }
    var low: UInt64 = 0
    for d in digits[split..<last] { low = low &* 10 &+ UInt64(d) }
    let highPart = Decimal(sign: .plus, exponent: 18 + scale, significand: Decimal(high))
    let lowPart = Decimal(sign: .plus, exponent: scale, significand: Decimal(low))
    return highPart + lowPart
  }

  /// `value` × 10^exponent, exactly.
  static func shift(_ value: Decimal, by exponent: Int) -> Decimal {
    exponent == 0 ? value : Decimal(sign: value.sign, exponent: exponent, significand: value.magnitude)
  }
}

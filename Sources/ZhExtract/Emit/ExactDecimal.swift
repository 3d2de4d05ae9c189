import Foundation

/// Writes a `Decimal` as an exact JSON number: plain digits, no exponent, no trailing
/// fractional zeros (1.4万亿 → `1400000000000`, 7.99 → `7.99`, 0.01 → `0.01`).
package enum ExactDecimal {
  package static func text(_ value: Decimal) -> String {
    if value.isNaN { return "0" }
    let described = value.description  // Foundation prints Decimal in plain digits, no exponent
    guard described.contains(".") else { return described == "-0" ? "0" : described }
    var trimmed = Substring(described)
    while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
    if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }
}

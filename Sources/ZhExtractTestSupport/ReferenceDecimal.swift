import Foundation

/// Exact decimal text as it was first written: Foundation's `description`, then trailing
/// fractional zeros trimmed. The reference the direct digit writer (`ExactDecimal`) is
/// compared with.
package enum ReferenceDecimal {
  package static func text(_ value: Decimal) -> String {
    if value.isNaN { return "0" }
    let described = value.description
    guard described.contains(".") else { return described == "-0" ? "0" : described }
    var trimmed = Substring(described)
    while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
    if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }
}

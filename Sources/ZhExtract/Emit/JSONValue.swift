import Foundation

/// A JSON value whose objects keep their keys in the order written, and whose numbers keep
/// their exact decimal text. The canonical output is built from these, so it is
/// byte-identical from run to run and money is never rounded through `Double`.
package enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// An exact decimal number, as written (`1400000000000`, `7.99`, `-0.01`).
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case let (.bool(a), .bool(b)): return a == b
    case let (.number(a), .number(b)): return a == b
    case let (.string(a), .string(b)): return a == b
    case let (.array(a), .array(b)): return a == b
    case let (.object(a), .object(b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  package func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .number(let n): hasher.combine(n)
    case .string(let s): hasher.combine(s)
    case .array(let a): hasher.combine(a)
    case .object(let o):
      for (key, value) in o { hasher.combine(key); hasher.combine(value) }
    }
  }

  /// The value of `key` in an object, `nil` elsewhere.
  package subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  package var stringValue: String? { if case .string(let s) = self { s } else { nil } }
  package var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
  package var numberText: String? { if case .number(let n) = self { n } else { nil } }
  package var intValue: Int? { numberText.flatMap { Int($0) } }
}

extension JSONValue {
  package init(_ string: String?) { self = string.map(JSONValue.string) ?? .null }
  package init(_ int: Int) { self = .number(String(int)) }
  package init(_ decimal: Decimal?) { self = decimal.map { .number(ExactDecimal.text($0)) } ?? .null }
}

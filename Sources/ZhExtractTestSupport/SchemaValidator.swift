import Foundation
import ZhExtract

/// Validates a `JSONValue` against a JSON Schema (draft 2020-12), for the keywords the
/// project's schema uses: `type`, `properties`, `required`, `additionalProperties`, `items`,
/// `enum`, `const`, `pattern`, `minimum`, `minLength`, `dependentRequired`, `oneOf`, `anyOf`, `$ref` (local
/// `#/$defs/…`). An unknown keyword is itself reported, so the validator never passes a
/// schema it does not understand.
// Immutable after init; the parsed schema is only read.
package struct SchemaValidator: @unchecked Sendable {
  private let root: [String: Any]
  private static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]

  package init(schemaAt url: URL) throws {
    let data = try Data(contentsOf: url)
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CocoaError(.fileReadCorruptFile)
    }
    self.root = root
  }

  /// Every violation, as `path: problem`; empty when valid.
  package func validate(_ value: JSONValue) -> [String] {
    var problems: [String] = []
    check(value, against: root, path: "", problems: &problems)
    return problems
  }

  private func resolve(_ ref: String) -> [String: Any]? {
    guard ref.hasPrefix("#/") else { return nil }
    var node: Any = root
    for part in ref.dropFirst(2).split(separator: "/") {
      guard let dict = node as? [String: Any], let next = dict[String(part)] else { return nil }
      node = next
    }
    return node as? [String: Any]
  }

  private func check(_ value: JSONValue, against schema: [String: Any], path: String, problems: inout [String]) {
    let at = path.isEmpty ? "/" : path
    for (keyword, argument) in schema.sorted(by: { $0.key < $1.key }) {
      switch keyword {
      case _ where Self.annotations.contains(keyword): continue
      case "$ref":
        guard let ref = argument as? String, let target = resolve(ref) else {
          problems.append("\(at): unresolvable $ref \(argument)"); continue
        }
        check(value, against: target, path: path, problems: &problems)
      case "type":
        let allowed = (argument as? [String]) ?? [argument as? String ?? "?"]
        if !allowed.contains(where: { Self.matches(value, type: $0) }) {
          problems.append("\(at): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
        }
      case "properties":
        guard case .object(let members) = value, let properties = argument as? [String: Any] else { continue }
        for (key, member) in members {
          if let sub = properties[key] as? [String: Any] { check(member, against: sub, path: path + "/" + key, problems: &problems) }
        }
      case "required":
        guard case .object(let members) = value, let required = argument as? [String] else { continue }
        let keys = Set(members.map(\.0))
        for key in required where !keys.contains(key) { problems.append("\(at): missing required property \"\(key)\"") }
      case "additionalProperties":
        guard case .object(let members) = value else { continue }
        let known = Set((schema["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        for (key, member) in members where !known.contains(key) {
          if let sub = argument as? [String: Any] {
            check(member, against: sub, path: path + "/" + key, problems: &problems)
          } else if (argument as? Bool) == false {
            problems.append("\(at): unexpected property \"\(key)\"")
          }
        }
      case "items":
        guard case .array(let items) = value, let sub = argument as? [String: Any] else { continue }
        for (i, item) in items.enumerated() { check(item, against: sub, path: "\(path)/\(i)", problems: &problems) }
      case "enum":
        let options = (argument as? [Any]) ?? []
        if !options.contains(where: { Self.equals(value, $0) }) { problems.append("\(at): \(Self.describe(value)) is not one of the allowed values") }
      case "const":
        if !Self.equals(value, argument) { problems.append("\(at): expected \(argument), found \(Self.describe(value))") }
      case "pattern":
        guard case .string(let s) = value, let pattern = argument as? String else { continue }
        if s.range(of: pattern, options: .regularExpression) == nil { problems.append("\(at): \"\(s)\" does not match \(pattern)") }
      case "minimum":
        guard let text = value.numberText, let number = Decimal(string: text), let minimum = (argument as? NSNumber)?.decimalValue else { continue }
        if number < minimum { problems.append("\(at): \(text) is below \(minimum)") }
      case "minLength":
        guard case .string(let s) = value, let minimum = argument as? Int else { continue }
        if s.unicodeScalars.count < minimum { problems.append("\(at): shorter than \(minimum)") }
      case "dependentRequired":
        guard case .object(let members) = value, let rules = argument as? [String: [String]] else { continue }
        let present = Set(members.map(\.0))
        for (key, needed) in rules.sorted(by: { $0.key < $1.key }) where present.contains(key) {
          for other in needed where !present.contains(other) { problems.append("\(at): \(key) without \(other)") }
        }
      case "oneOf", "anyOf":
        let subs = (argument as? [[String: Any]]) ?? []
        let passing = subs.filter { sub in
          var scratch: [String] = []
          check(value, against: sub, path: path, problems: &scratch)
          return scratch.isEmpty
        }.count
        if keyword == "oneOf" ? passing != 1 : passing == 0 {
          // Report the problems of the closest alternative, so the message is actionable.
          let reports = subs.map { sub -> [String] in
            var scratch: [String] = []
            check(value, against: sub, path: path, problems: &scratch)
            return scratch
          }
          let closest = reports.min { $0.count < $1.count } ?? []
          problems.append(
            "\(at): matches \(passing) of \(subs.count) alternatives of \(keyword)" + (closest.isEmpty ? "" : "; closest: " + closest.joined(separator: "; ")))
        }
      default:
        problems.append("\(at): schema keyword \(keyword) is not supported by this validator")
      }
    }
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("number", .number): true
    case ("integer", .number(let text)): !text.contains(".") && !text.lowercased().contains("e")
    default: false
    }
  }

  private static func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  private static func equals(_ value: JSONValue, _ schemaValue: Any) -> Bool {
    switch value {
    case .null: return schemaValue is NSNull
    case .string(let s): return (schemaValue as? String) == s
    case .bool(let b): return (schemaValue as? Bool) == b && !(schemaValue is String)
    case .number(let n): return (schemaValue as? NSNumber).map { $0.decimalValue == Decimal(string: n) } ?? false
    default: return false
    }
  }

  private static func describe(_ value: JSONValue) -> String { JSONWriter().string(value) }
}

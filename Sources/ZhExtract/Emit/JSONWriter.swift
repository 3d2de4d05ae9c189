/// Serialises `JSONValue` deterministically: keys in the order given, exact numbers,
/// non-ASCII text as UTF-8, control characters escaped. Compact by default; `pretty`
/// indents by two spaces.
public struct JSONWriter: Sendable {
  public var pretty: Bool

  public init(pretty: Bool = false) { self.pretty = pretty }

  public func string(_ value: JSONValue) -> String {
    var out = ""
    write(value, into: &out, depth: 0)
    return out
  }

  private func write(_ value: JSONValue, into out: inout String, depth: Int) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += n
    case .string(let s): Self.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        newline(&out, depth + 1)
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth)
      out += "]"
    case .object(let members):
      if members.isEmpty { out += "{}"; return }
      out += "{"
      for (i, (key, item)) in members.enumerated() {
        if i > 0 { out += "," }
        newline(&out, depth + 1)
        Self.writeString(key, into: &out)
        out += pretty ? ": " : ":"
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth)
      out += "}"
    }
  }

  private func newline(_ out: inout String, _ depth: Int) {
    guard pretty else { return }
    out += "\n"
    out += String(repeating: "  ", count: depth)
  }

  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16, uppercase: false)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}

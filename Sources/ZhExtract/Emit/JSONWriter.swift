/// Serialises `JSONValue` deterministically: keys in the order given, exact numbers,
/// non-ASCII text as UTF-8, control characters escaped. Compact by default; `pretty`
/// indents by two spaces.
///
/// Writes UTF-8 bytes into one growing buffer and copies each string's unescaped runs in
/// bulk: output is most of a batch's cost when documents are dense with mentions.
package struct JSONWriter: Sendable {
  package var pretty: Bool

  package init(pretty: Bool = false) { self.pretty = pretty }

  package func string(_ value: JSONValue) -> String {
    String(decoding: bytes(value), as: UTF8.self)
  }

  /// The UTF-8 of `value`.
  package func bytes(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(value, into: &out, depth: 0)
    return out
  }

  private func write(_ value: JSONValue, into out: inout [UInt8], depth: Int) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): Self.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, depth + 1)
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
      out.append(UInt8(ascii: "{"))
      for (i, (key, item)) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        newline(&out, depth + 1)
        Self.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth)
      out.append(UInt8(ascii: "}"))
    }
  }

  private func newline(_ out: inout [UInt8], _ depth: Int) {
    guard pretty else { return }
    out.append(UInt8(ascii: "\n"))
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      var runStart = 0
      var i = 0
      let n = utf8.count
      while i < n {
        let byte = utf8[i]
        // Bytes that need an escape: ", \, C0 controls, and U+2028/U+2029 (E2 80 A8/A9).
        let escape: [UInt8]?
        var width = 1
        if byte == UInt8(ascii: "\"") {
          escape = Array(#"\""#.utf8)
        } else if byte == UInt8(ascii: "\\") {
          escape = Array(#"\\"#.utf8)
        } else if byte < 0x20 {
          escape = controlEscape(byte)
        } else if byte == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9 {
          escape = Array((utf8[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
          width = 3
        } else {
          escape = nil
        }
        if let escape {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
          out.append(contentsOf: escape)
          i += width
          runStart = i
        } else {
          i += 1
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func controlEscape(_ byte: UInt8) -> [UInt8] {
    switch byte {
    case 0x0A: Array(#"\n"#.utf8)
    case 0x0D: Array(#"\r"#.utf8)
    case 0x09: Array(#"\t"#.utf8)
    case 0x08: Array(#"\b"#.utf8)
    case 0x0C: Array(#"\f"#.utf8)
    default:
      Array(("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: false)).utf8)
    }
  }
}

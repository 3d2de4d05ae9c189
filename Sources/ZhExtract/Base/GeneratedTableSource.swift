/// The Swift source of a table compiled in from ICU (`ICUTables+Generated.swift`,
/// `PinyinTable+Generated.swift`): an enum of string literals, one entry a line, code points
/// in uppercase hexadecimal. One writer, so that every generated file reads the same way and
/// `ICUTables.hexLines` reads each of them back.
enum GeneratedTableSource {
  /// A code point in uppercase hexadecimal: `4E2D`.
  static func hex(_ value: UInt32) -> String { String(value, radix: 16, uppercase: true) }

  /// A string's code points in hexadecimal, separated by commas: `4E2D,6587`.
  static func scalars(_ text: String) -> String { text.unicodeScalars.map { hex($0.value) }.joined(separator: ",") }

  /// One documented `static let` holding `lines`, one a line, in a multi-line literal.
  static func literal(_ name: String, _ lines: [String], _ doc: String) -> String {
    "  /// \(doc)\n  static let \(name) = \"\"\"\n" + lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n") + "\"\"\"\n"
  }

  /// The whole file: a header naming the ICU version and the command that rewrites it, then
  /// `enum typeName` with `icuVersion` and the literals.
  static func file(typeName: String, icuVersion: String, recordFilter: String, summary: String, literals: [String]) -> String {
    let header = [
      "// Generated from ICU \(icuVersion) by `ZHEXTRACT_RECORD=1 swift test --filter \(recordFilter)`. Do not edit.",
      "",
      "/// \(summary)",
      "enum \(typeName) {",
      "  static let icuVersion = \"\(icuVersion)\"",
      "",
    ]
    return (header + literals + ["}", ""]).joined(separator: "\n")
  }
}

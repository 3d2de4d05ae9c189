import CICUShim

/// The tables derived from ICU that every process needs at start — Traditional→Simplified
/// (`ChineseConversionTable`) and NFKC folding (`FoldingTable`) — are compiled into the binary
/// (`ICUTables+Generated.swift`), so that start-up reads a few thousand lines of hex instead of
/// building a transliterator and asking NFKC about all 65,536 BMP code points.
///
/// ICU stays the source of truth: the generated file records the ICU version it was made
/// from, and a process that runs with another version computes the tables from its own ICU
/// instead (as before, some 100 ms). `ICUTablesTests` checks that the file equals what the
/// system ICU gives; `ZHEXTRACT_RECORD=1 swift test --filter ICUTablesTests` rewrites it.
package enum ICUTables {
  /// Where a table came from.
  package enum Origin: String, Sendable {
    /// Parsed from `ICUTables+Generated.swift` (made from the same ICU version).
    case generated
    /// Computed from the ICU library this process runs with.
    case icu
  }

  /// The version of the ICU library this process runs with ("72.1").
  package static let runtimeVersion: String = {
    var buffer = [CChar](repeating: 0, count: 32)
    let length = cicu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix(Int(max(0, length))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }()

  /// Whether the compiled-in tables were made from the ICU version of this process.
  package static var generatedTablesApply: Bool { GeneratedICUTables.icuVersion == runtimeVersion }

  // MARK: - Writing the generated file

  /// The Swift source of `ICUTables+Generated.swift` for these tables.
  package static func generatedSource(conversion: ChineseConversionTable, folding: FoldingTable, icuVersion: String) -> String {
    typealias Source = GeneratedTableSource
    let hex = Source.hex, scalars = Source.scalars, literal = Source.literal
    var characters: [String] = []
    for (value, mapped) in conversion.bmp.enumerated() where mapped != 0 { characters.append("\(hex(UInt32(value))) \(hex(mapped))") }
    for (value, mapped) in conversion.supplementary.sorted(by: { $0.key < $1.key }) { characters.append("\(hex(value)) \(hex(mapped))") }
    let phrases = conversion.phrases.map { "\(scalars($0.traditional)) \(scalars($0.simplified))" }
    var simplifiedOnly: [String] = []
    for value in 0..<UInt32(0x10000) where conversion.isSimplifiedOnly(value) { simplifiedOnly.append(hex(value)) }
    let skipped = conversion.skippedRules.map { $0.utf16.map { hex(UInt32($0)) }.joined(separator: ",") }
    var entries: [String] = []
    for (value, entry) in folding.entries.enumerated() where entry != 0 { entries.append("\(hex(UInt32(value))) \(hex(entry))") }
    let expansions = folding.expansions.map { $0.map { hex($0.value) }.joined(separator: ",") }

    return Source.file(
      typeName: "GeneratedICUTables", icuVersion: icuVersion, recordFilter: "ICUTablesTests",
      summary: "Tables computed from ICU \(icuVersion); see `ICUTables`. Hexadecimal code points, one entry a line.",
      literals: [
        literal("conversionCharacters", characters, "Traditional→Simplified of one code point: `source target`."),
        literal("conversionPhrases", phrases, "ICU's multi-character rules in ICU's order: `source,… target,…`."),
        literal("conversionSimplifiedOnly", simplifiedOnly, "Code points written only in Simplified Chinese."),
        literal("conversionSkippedRules", skipped, "Rules of another shape, left out (UTF-16 units)."),
        literal("foldingEntries", entries, "FoldingTable entries that are not 0: `code point entry`."),
        literal("foldingExpansions", expansions, "FoldingTable results of several code points, by index."),
      ])
  }

  // MARK: - Reading it

  /// The lines of a generated literal, each as its hexadecimal numbers (separated by `,` or
  /// a space; a space also separates the groups of a line). The groups are read into one buffer
  /// reused from line to line: an array per group and per line was most of what reading the
  /// tables cost (33 M instructions at every start).
  static func hexLines(_ text: String, _ line: (_ groups: HexGroups) -> Void) {
    var text = text
    text.withUTF8 { utf8 in
      var groups = HexGroups()
      var value: UInt32 = 0
      var inNumber = false
      func endNumber() {
        if inNumber { groups.values.append(value) }
        value = 0
        inNumber = false
      }
      for byte in utf8 {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          value = value << 4 | UInt32(byte - UInt8(ascii: "0"))
          inNumber = true
        case UInt8(ascii: "A")...UInt8(ascii: "F"):
          value = value << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
          inNumber = true
        case UInt8(ascii: ","):
          endNumber()
        case UInt8(ascii: " "):
          endNumber()
          groups.ends.append(groups.values.count)
        case UInt8(ascii: "\n"):
          endNumber()
          groups.ends.append(groups.values.count)
          line(groups)
          groups.removeAll()
        default:
          break
        }
      }
      endNumber()
      if !groups.values.isEmpty || !groups.ends.isEmpty {
        groups.ends.append(groups.values.count)
        line(groups)
      }
    }
  }

  static func string(_ values: some Sequence<UInt32>) -> String {
    String(scalars: values.compactMap(Unicode.Scalar.init))
  }

}

/// The groups of numbers of one line of a generated literal (`ICUTables.hexLines`), read in place:
/// group `k` is a slice of one buffer.
struct HexGroups {
  fileprivate(set) var values: [UInt32] = []
  /// Where each group ends in `values`.
  fileprivate(set) var ends: [Int] = []

  var count: Int { ends.count }
  var first: ArraySlice<UInt32>? { ends.isEmpty ? nil : self[0] }

  subscript(_ k: Int) -> ArraySlice<UInt32> { values[(k == 0 ? 0 : ends[k - 1])..<ends[k]] }

  fileprivate mutating func removeAll() {
    values.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }
}

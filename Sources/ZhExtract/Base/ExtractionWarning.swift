/// Something odd about a document that a person should know of: bytes replaced, input
/// truncated, a date left unresolved. Written to the output's `warnings` as `message`.
///
/// Each stage declares the warnings it can raise as static factories next to the code that
/// raises them (`ExtractionWarning.undecodableBytes(at:encoding:)`), so the texts are data.
package struct ExtractionWarning: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A stable, kebab-case code (`ingest.undecodable-bytes`).
  package var code: String
  /// What happened, for a person, with the place in the input where it applies.
  package var message: String
  /// Where it applies, when it has a place: code points of the original decoded text, end
  /// exclusive (as mention spans). Byte offsets of undecodable input stay in the message.
  package var start: Int?
  package var end: Int?

  package init(code: String, message: String, start: Int? = nil, end: Int? = nil) {
    self.code = code
    self.message = message
    self.start = start
    self.end = end
  }

  package var description: String { message }
}

extension ExtractionWarning {
  /// The first `perCode` warnings of each code, in order; for a code with more, one more
  /// warning (same code) right after its last kept one says how many were left out.
  package static func limited(_ warnings: [ExtractionWarning], perCode: Int) -> [ExtractionWarning] {
    var seen: [String: Int] = [:]
    for warning in warnings { seen[warning.code, default: 0] += 1 }
    guard seen.values.contains(where: { $0 > perCode }) else { return warnings }
    var kept: [String: Int] = [:]
    var out: [ExtractionWarning] = []
    for warning in warnings {
      let count = kept[warning.code, default: 0] + 1
      kept[warning.code] = count
      if count <= perCode { out.append(warning) }
      if count == perCode, let total = seen[warning.code], total > perCode {
        out.append(
          ExtractionWarning(
            code: warning.code,
            message: "\(total - perCode) more warnings like the one above (\(warning.code)) are not listed"))
      }
    }
    return out
  }
}

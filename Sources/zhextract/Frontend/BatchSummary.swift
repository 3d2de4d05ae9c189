import Foundation
import ZhExtract

/// The numbers of a finished batch, printed on standard error at the end.
struct BatchSummary: Sendable {
  var extracted = 0
  var failed = 0
  var skipped = 0
  var counts = MentionCounts()
  var bytes = 0
  var seconds = 0.0
  /// Paths in input folders not read (special files, links leaving the folder).
  var skippedInputs = 0
  /// Files left out by `--include`/`--exclude`.
  var excludedInputs = 0
  /// `--out-dir` outputs removed because their inputs are gone.
  var removedOutputs = 0

  var documents: Int { extracted + failed + skipped }
  var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

  /// `5 documents (1 failed, 3 skipped unchanged): 12 money, 30 dates, 41 entities, 2 warnings; 0.09 MB in 0.05 s, 1.8 MB/s`
  var line: String {
    var parts: [String] = []
    if failed > 0 { parts.append("\(failed) failed") }
    if skipped > 0 { parts.append("\(skipped) skipped unchanged") }
    let head = "\(documents) document\(documents == 1 ? "" : "s")" + (parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))")
    let mentions = "\(counts.money) money, \(counts.dates) dates, \(counts.entities) entities, \(counts.warnings) warning\(counts.warnings == 1 ? "" : "s")"
    let speed = String(format: "%.2f MB in %.2f s, %.1f MB/s", Double(bytes) / 1_000_000, seconds, megabytesPerSecond)
    var tail = ""
    if skippedInputs > 0 { tail += "; \(skippedInputs) path\(skippedInputs == 1 ? "" : "s") skipped (see the warnings)" }
    if excludedInputs > 0 { tail += "; \(excludedInputs) file\(excludedInputs == 1 ? "" : "s") excluded by --include/--exclude" }
    if removedOutputs > 0 { tail += "; \(removedOutputs) output\(removedOutputs == 1 ? "" : "s") of vanished inputs removed" }
    return "\(head): \(mentions); \(speed)\(tail)"
  }

  /// `--summary json`: the same figures for a program, one JSON object.
  var json: JSONValue {
    .object([
      ("tool", .string(BuildIdentity.current)),
      ("schema", .string(ExtractedDocument.schema)),
      ("documents", JSONValue(documents)),
      ("extracted", JSONValue(extracted)),
      ("failed", JSONValue(failed)),
      ("skippedUnchanged", JSONValue(skipped)),
      ("pathsSkipped", JSONValue(skippedInputs)),
      ("filesExcluded", JSONValue(excludedInputs)),
      ("outputsRemoved", JSONValue(removedOutputs)),
      (
        "mentions",
        .object([
          ("money", JSONValue(counts.money)), ("dates", JSONValue(counts.dates)),
          ("entities", JSONValue(counts.entities)), ("warnings", JSONValue(counts.warnings)),
        ])
      ),
      ("bytes", JSONValue(bytes)),
      ("seconds", .number(String(format: "%.3f", seconds))),
    ])
  }
}

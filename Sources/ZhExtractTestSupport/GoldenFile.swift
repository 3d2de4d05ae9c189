import Foundation

/// Golden-file comparison: `ZHEXTRACT_RECORD=1 swift test` rewrites the files, and
/// recording fails the run so that a recorded file is always looked at before it lands.
package enum GoldenFile {
  package static var isRecording: Bool { ProcessInfo.processInfo.environment["ZHEXTRACT_RECORD"] == "1" }

  /// `nil` when `actual` equals the file; otherwise a message that says what to do.
  package static func check(_ actual: String, against url: URL) -> String? {
    let name = url.lastPathComponent
    if isRecording {
      do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
      } catch {
        return "could not record \(name): \(error)"
      }
      return "recorded \(name); review it with git diff, then run without ZHEXTRACT_RECORD"
    }
    guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
      return "\(name) is missing: run ZHEXTRACT_RECORD=1 swift test to record it"
    }
    guard expected != actual else { return nil }
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    let old = first < a.count ? String(a[first]) : "<end of file>"
    let new = first < b.count ? String(b[first]) : "<end of file>"
    return
      "\(name) differs from line \(first + 1):\n  golden: \(old)\n  actual: \(new)\nIf the change is intended, re-record with ZHEXTRACT_RECORD=1 swift test "
      + "and review git diff."
  }
}

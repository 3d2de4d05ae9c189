import Foundation

/// A one-line progress bar on standard error — only when standard error is a terminal and
/// `--quiet` was not given: documents, MB, MB/s and, when the total is known, a bar and ETA.
/// Redrawn at most ten times a second.
final class ProgressBar {
  private let totalBytes: Int?
  private let totalDocuments: Int?
  private let started = Date()
  private var lastDraw = Date.distantPast
  private var drawn = false

  /// `nil` when there is nothing to draw on (not a terminal, or quiet).
  static func make(quiet: Bool, totalBytes: Int?, totalDocuments: Int?) -> ProgressBar? {
    guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
    return ProgressBar(totalBytes: totalBytes, totalDocuments: totalDocuments)
  }

  private init(totalBytes: Int?, totalDocuments: Int?) {
    self.totalBytes = totalBytes
    self.totalDocuments = totalDocuments
  }

  func update(documents: Int, bytes: Int) {
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    let elapsed = now.timeIntervalSince(started)
    let rate = elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
    var line = "\r\u{1B}[K"
    if let totalBytes, totalBytes > 0 {
      let fraction = min(1, Double(bytes) / Double(totalBytes))
      let filled = Int(fraction * 24)
      line += "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 24 - filled) + "] "
    }
    line += "\(documents)" + (totalDocuments.map { "/\($0)" } ?? "") + " docs  "
    line += String(format: "%.1f", Double(bytes) / 1_000_000) + (totalBytes.map { String(format: "/%.1f", Double($0) / 1_000_000) } ?? "") + " MB  "
    line += String(format: "%.1f MB/s", rate)
    if let totalBytes, rate > 0, bytes > 0 {
      let remaining = max(0, Double(totalBytes - bytes) / 1_000_000 / rate)
      line += String(format: "  ETA %d:%02d", Int(remaining) / 60, Int(remaining) % 60)
    }
    Diagnostics.write(line)
    drawn = true
  }

  /// Erases the bar before the summary or a diagnostic is printed.
  func clear() {
    guard drawn else { return }
    Diagnostics.write("\r\u{1B}[K")
    drawn = false
  }
}

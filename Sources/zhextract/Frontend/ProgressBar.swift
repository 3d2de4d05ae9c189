import Foundation

/// Progress on standard error: documents, MB, MB/s and, when the total is known, a bar and
/// ETA. On a terminal, one line redrawn at most ten times a second; with `--progress` and
/// standard error not a terminal (a log file, a CI job), a plain line every five seconds and
/// one at the end. Never with `--quiet`.
final class ProgressBar {
  private let totalBytes: Int?
  private let totalDocuments: Int?
  /// Redraw one line in place (a terminal), or append lines (a log).
  private let inPlace: Bool
  private let started = Date()
  private var lastDraw = Date.distantPast
  private var drawn = false
  private var last: (documents: Int, bytes: Int) = (0, 0)

  /// `nil` when there is nothing to draw on: quiet, or not a terminal and not `force`d.
  static func make(quiet: Bool, force: Bool = false, totalBytes: Int?, totalDocuments: Int?) -> ProgressBar? {
    guard !quiet else { return nil }
    let terminal = isatty(STDERR_FILENO) == 1
    guard terminal || force else { return nil }
    return ProgressBar(totalBytes: totalBytes, totalDocuments: totalDocuments, inPlace: terminal)
  }

  private init(totalBytes: Int?, totalDocuments: Int?, inPlace: Bool) {
    self.totalBytes = totalBytes
    self.totalDocuments = totalDocuments
    self.inPlace = inPlace
  }

  func update(documents: Int, bytes: Int) {
    last = (documents, bytes)
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= (inPlace ? 0.1 : 5) else { return }
    lastDraw = now
    draw(documents: documents, bytes: bytes, at: now)
  }

  private func draw(documents: Int, bytes: Int, at now: Date) {
    let elapsed = now.timeIntervalSince(started)
    let rate = elapsed > 0 ? Double(bytes) / 1_000_000 / elapsed : 0
    var line = inPlace ? "\r\u{1B}[K" : "progress: "
    if inPlace, let totalBytes, totalBytes > 0 {
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
    Diagnostics.write(inPlace ? line : line + "\n")
    drawn = true
  }

  /// Erases the bar before the summary or a diagnostic is printed (on a terminal); in a log,
  /// at the end of the batch, writes the last figures.
  func clear(final: Bool = false) {
    if !inPlace {
      if final { draw(documents: last.documents, bytes: last.bytes, at: Date()) }
      return
    }
    guard drawn else { return }
    Diagnostics.write("\r\u{1B}[K")
    drawn = false
  }
}

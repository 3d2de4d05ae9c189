import Foundation

/// The aligned table `zhextract bench` prints: one line per stage with MB/s and the ratio
/// to ICU's transliteration speed.
struct BenchTable {
  private var notes: [String] = []
  private var rows: [(stage: String, megabytes: Double, seconds: Double, rate: Double, ratio: Double, highlight: Bool)] = []

  mutating func note(_ line: String) { notes.append(line) }

  /// A stage's line; `excluding` is time spent on set-up inside the measurement (taken off).
  mutating func row(_ stage: String, megabytes: Double, seconds: Double, reference: Double, excluding: Double = 0, highlight: Bool = false) {
    let seconds = max(seconds - excluding, 1e-9)
    let rate = megabytes / seconds
    rows.append((stage, megabytes, seconds, rate, rate / reference, highlight))
  }

  var rendered: String {
    let width = max(40, rows.map { $0.stage.count }.max() ?? 0) + 2
    func pad(_ s: String, _ n: Int, left: Bool = false) -> String { left ? s.leftPadded(n) : s.rightPadded(n) }
    var lines = notes
    lines.append("")
    lines.append(pad("stage", width) + pad("MB", 8, left: true) + pad("seconds", 10, left: true) + pad("MB/s", 12, left: true) + pad("× ICU", 12, left: true))
    lines.append(String(repeating: "-", count: width + 42))
    for row in rows {
      lines.append(
        pad((row.highlight ? "* " : "") + row.stage, width)
          + pad(String(format: "%.1f", row.megabytes), 8, left: true)
          + pad(String(format: "%.3f", row.seconds), 10, left: true)
          + pad(String(format: "%.1f", row.rate), 12, left: true)
          + pad(String(format: "%.1f", row.ratio), 12, left: true))
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  /// Spaces before the text up to `width` characters (right-aligned column).
  func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
  /// Spaces after the text up to `width` characters (left-aligned column).
  func rightPadded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

import Foundation
import ZhExtract

/// Small formatting helpers for logs, metrics and messages.
enum ServeFormat {
  /// `30 s`, `0.05 s`.
  static func seconds(_ duration: Duration) -> String {
    let value = duration.inSeconds
    return value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  /// `2026-01-27T08:00:05.123Z`: the current time in UTC with milliseconds.
  static func timestamp() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var seconds = now.tv_sec
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(now.tv_nsec / 1_000_000))
  }

  /// A number with three decimals, as JSON and Prometheus write it: `1.250`.
  static func decimal3(_ value: Double) -> String { String(format: "%.3f", value) }

  /// `+08:00`, `-05:00`, `+00:00`.
  static func offset(minutes: Int) -> String {
    let sign = minutes < 0 ? "-" : "+"
    return String(format: "%@%02d:%02d", sign, abs(minutes) / 60, abs(minutes) % 60)
  }
}

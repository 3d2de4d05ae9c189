#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Timing for `zhextract bench`: CPU time of the calling thread, so that other processes on
/// a shared machine do not count (one core, as the figures claim).
enum BenchClock {
  static func seconds(_ work: () throws -> Void) rethrows -> Double {
    let started = now()
    try work()
    return now() - started
  }

  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  static func milliseconds(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ms < 10 ? "\((ms * 100).rounded() / 100) ms" : "\(Int(ms.rounded())) ms"
  }
}

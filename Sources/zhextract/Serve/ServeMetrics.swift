import Foundation
import Synchronization

/// The service's counters, exposed at `GET /metrics` in the Prometheus text format (0.0.4):
/// requests by route, method and status; error objects by code; a latency histogram per
/// route; bytes in and out; documents by outcome; mentions by kind; lexicon reloads. Plain
/// integers under one lock, written out in a fixed order, so two scrapes of an idle service
/// are identical.
final class ServeMetrics: Sendable {
  /// Upper bounds of the latency buckets, in seconds.
  static let latencyBuckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

  private struct RequestKey: Hashable, Comparable {
    var route: String
    var method: String
    var status: Int
    static func < (a: Self, b: Self) -> Bool { (a.route, a.method, a.status) < (b.route, b.method, b.status) }
  }

  private struct Histogram {
    var buckets = [Int](repeating: 0, count: ServeMetrics.latencyBuckets.count)
    var count = 0
    var sum = 0.0

    mutating func observe(_ seconds: Double) {
      if let index = ServeMetrics.latencyBuckets.firstIndex(where: { seconds <= $0 }) { buckets[index] += 1 }
      count += 1
      sum += seconds
    }
  }

  private struct State {
    var requests: [RequestKey: Int] = [:]
    var latency: [String: Histogram] = [:]
    var errors: [String: Int] = [:]
    var bytesIn = 0
    var bytesOut = 0
    var documents: [String: Int] = ["extracted": 0, "failed": 0]
    var mentions: [String: Int] = ["money": 0, "dates": 0, "entities": 0]
    var reloads: [String: Int] = ["ok": 0, "rejected": 0]
  }

  private let state = Mutex(State())

  func request(route: String, method: String, status: Int, seconds: Double, bytesIn: Int, bytesOut: Int) {
    state.withLock { s in
      s.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
      s.latency[route, default: Histogram()].observe(seconds)
      s.bytesIn += bytesIn
      s.bytesOut += bytesOut
    }
  }

  /// One error object sent: a refused request, or a document's error record.
  func error(code: String) {
    state.withLock { $0.errors[code, default: 0] += 1 }
  }

  func document(_ outcome: BatchOutcome) {
    state.withLock { s in
      switch outcome.status {
      case .extracted(let counts):
        s.documents["extracted", default: 0] += 1
        s.mentions["money", default: 0] += counts.money
        s.mentions["dates", default: 0] += counts.dates
        s.mentions["entities", default: 0] += counts.entities
      case .failed(let failure):
        s.documents["failed", default: 0] += 1
        s.errors[failure.code, default: 0] += 1
      case .skipped:
        break
      }
    }
  }

  func reload(succeeded: Bool) {
    state.withLock { $0.reloads[succeeded ? "ok" : "rejected", default: 0] += 1 }
  }

  /// The gauges read at scrape time.
  struct Gauges {
    var inProgress: Int
    var admissionLimit: Int
    var queuedJobs: Int
    var busyWorkers: Int
    var workers: Int
    var ready: Bool
    var lexiconGeneration: Int
    var residentBytes: Int?
  }

  func render(_ gauges: Gauges) -> String {
    let s = state.withLock { $0 }
    var out = ""
    func family(_ name: String, _ type: String, _ help: String) {
      out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }
    func sample(_ name: String, _ labels: [(String, String)] = [], _ value: String) {
      let rendered = labels.isEmpty ? "" : "{" + labels.map { "\($0.0)=\"\(Self.escape($0.1))\"" }.joined(separator: ",") + "}"
      out += "\(name)\(rendered) \(value)\n"
    }

    family("zhextract_http_requests_total", "counter", "HTTP requests answered, by route, method and status code.")
    for key in s.requests.keys.sorted() {
      sample("zhextract_http_requests_total", [("route", key.route), ("method", key.method), ("code", String(key.status))], String(s.requests[key]!))
    }
    family("zhextract_errors_total", "counter", "Error objects sent, by error code: refused requests and documents that failed.")
    for code in s.errors.keys.sorted() { sample("zhextract_errors_total", [("code", code)], String(s.errors[code]!)) }
    family("zhextract_http_request_duration_seconds", "histogram", "Time from a request's arrival to the end of its response, by route.")
    for route in s.latency.keys.sorted() {
      let h = s.latency[route]!
      var cumulative = 0
      for (index, bound) in Self.latencyBuckets.enumerated() {
        cumulative += h.buckets[index]
        sample("zhextract_http_request_duration_seconds_bucket", [("route", route), ("le", Self.number(bound))], String(cumulative))
      }
      sample("zhextract_http_request_duration_seconds_bucket", [("route", route), ("le", "+Inf")], String(h.count))
      sample("zhextract_http_request_duration_seconds_sum", [("route", route)], String(format: "%.6f", h.sum))
      sample("zhextract_http_request_duration_seconds_count", [("route", route)], String(h.count))
    }
    family("zhextract_http_request_bytes_total", "counter", "Bytes of request bodies read.")
    sample("zhextract_http_request_bytes_total", [], String(s.bytesIn))
    family("zhextract_http_response_bytes_total", "counter", "Bytes of response bodies written.")
    sample("zhextract_http_response_bytes_total", [], String(s.bytesOut))
    family("zhextract_documents_total", "counter", "Documents processed, by outcome (extracted, or failed with an error record).")
    for outcome in s.documents.keys.sorted() { sample("zhextract_documents_total", [("outcome", outcome)], String(s.documents[outcome]!)) }
    family("zhextract_mentions_total", "counter", "Mentions found, by kind.")
    for kind in s.mentions.keys.sorted() { sample("zhextract_mentions_total", [("kind", kind)], String(s.mentions[kind]!)) }
    family("zhextract_lexicon_reloads_total", "counter", "Lexicon reloads, by result (ok, or rejected with the old set kept).")
    for result in s.reloads.keys.sorted() { sample("zhextract_lexicon_reloads_total", [("result", result)], String(s.reloads[result]!)) }

    family("zhextract_requests_in_progress", "gauge", "Requests admitted (being worked on or queued) now.")
    sample("zhextract_requests_in_progress", [], String(gauges.inProgress))
    family("zhextract_requests_admission_limit", "gauge", "Requests admitted at most at once (--workers + --queue); more are answered 429.")
    sample("zhextract_requests_admission_limit", [], String(gauges.admissionLimit))
    family("zhextract_worker_jobs_queued", "gauge", "Jobs waiting for a worker thread.")
    sample("zhextract_worker_jobs_queued", [], String(gauges.queuedJobs))
    family("zhextract_workers_busy", "gauge", "Worker threads extracting now.")
    sample("zhextract_workers_busy", [], String(gauges.busyWorkers))
    family("zhextract_workers", "gauge", "Worker threads (--workers).")
    sample("zhextract_workers", [], String(gauges.workers))
    family("zhextract_ready", "gauge", "1 when the lexicons are loaded and requests are served.")
    sample("zhextract_ready", [], gauges.ready ? "1" : "0")
    family("zhextract_lexicon_generation", "gauge", "1 for the lexicons loaded at start, +1 for each successful reload.")
    sample("zhextract_lexicon_generation", [], String(gauges.lexiconGeneration))
    if let resident = gauges.residentBytes {
      family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.")
      sample("process_resident_memory_bytes", [], String(resident))
    }
    return out
  }

  /// `0.001`, `1`, `2.5`: bucket bounds as Prometheus clients write them.
  private static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  private static func escape(_ value: String) -> String {
    value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\n", with: "\\n")
  }

  /// Resident set size from `/proc/self/statm` (Linux), or `nil` elsewhere.
  static func residentBytes() -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}

import Foundation
import Synchronization
import ZhExtract

/// What every request of one running service shares: the configuration, the lexicons, the
/// worker threads and admission control, the metrics and the log.
final class ServeService: Sendable {
  let configuration: ServeConfiguration
  let log: ServeLog
  let metrics = ServeMetrics()
  let pool: WorkerPool
  let admission: Admission
  let lexicons: ServeLexicons
  private let requestCount = Atomic<Int>(0)
  private let instance = String(UInt32.random(in: 0...UInt32.max), radix: 16)

  init(configuration: ServeConfiguration, log: ServeLog) {
    self.configuration = configuration
    self.log = log
    pool = WorkerPool(threads: configuration.workers)
    admission = Admission(limit: configuration.workers + configuration.queue)
    lexicons = ServeLexicons(directory: configuration.lexiconDirectory, timeZoneOffsetMinutes: configuration.timeZoneOffsetMinutes)
  }

  /// `3fa2c1-17`: this process, then the request's number.
  func nextRequestId() -> String {
    "\(instance)-\(requestCount.add(1, ordering: .relaxed).newValue)"
  }

  /// The extractor to answer with, or 503 while the lexicons load.
  func extractor() throws(ServeError) -> Extractor {
    guard let loaded = lexicons.current else { throw .notReady }
    return loaded.extractor
  }

  /// A place among the admitted requests, or 429.
  func admit() throws(ServeError) -> Admission.Ticket {
    guard let ticket = admission.enter() else { throw .busy(admitted: admission.limit) }
    return ticket
  }

  /// The trigger of the first load, which is no reload.
  static let startTrigger = "start"

  /// Reloads the lexicons and says what happened in the log and the metrics.
  func reloadLexicons(trigger: String) async -> ServeLexicons.Outcome {
    let outcome = await lexicons.reload()
    switch outcome {
    case .loaded(let previous, let current):
      if trigger != Self.startTrigger { metrics.reload(succeeded: true) }
      log.event(
        current.generation == 1 ? "ready" : "lexicons-reloaded",
        [
          ("trigger", .string(trigger)), ("lexicons", .string(current.extractor.lexiconFingerprint)),
          ("previous", JSONValue(previous)), ("generation", JSONValue(current.generation)),
        ])
    case .rejected(let rejection):
      if trigger != Self.startTrigger { metrics.reload(succeeded: false) }
      log.event(
        "lexicons-rejected",
        [
          ("trigger", .string(trigger)),
          ("message", .string(rejection.message + (trigger == Self.startTrigger ? "; the server cannot start" : "; the lexicons in use are unchanged"))),
          ("problems", .array(rejection.problems.map(JSONValue.string))),
        ])
    case .alreadyReloading:
      log.event("lexicons-reload-skipped", [("trigger", .string(trigger)), ("message", .string("a reload is already running"))])
    }
    return outcome
  }

  /// The gauges of `/metrics`, read now.
  var gauges: ServeMetrics.Gauges {
    let loaded = lexicons.current
    return ServeMetrics.Gauges(
      inProgress: admission.inProgress, admissionLimit: admission.limit, queuedJobs: pool.queued, busyWorkers: pool.busy,
      workers: pool.threadCount, ready: loaded != nil, lexiconGeneration: loaded?.generation ?? 0,
      residentBytes: ServeMetrics.residentBytes())
  }
}

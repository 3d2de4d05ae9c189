import Foundation
import Hummingbird
import Synchronization
import ZhExtract

/// `GET /healthz`, `GET /readyz`, `GET /metrics`, `GET /v1/version` and
/// `POST /v1/admin/reload`: what an operator asks of the service.
extension ServeService {
  /// 200 while the process answers at all.
  func health() -> Reply { .json(.object([("status", .string("ok"))])) }

  /// 200 once the lexicons are loaded; 503 before, and once a graceful shutdown has begun.
  func readiness(shuttingDown: Bool) -> Reply {
    guard !shuttingDown else { return .json(.object([("status", .string("shutting-down"))]), status: .serviceUnavailable) }
    guard let loaded = lexicons.current else { return .json(.object([("status", .string("loading"))]), status: .serviceUnavailable) }
    return .json(
      .object([
        ("status", .string("ready")), ("lexicons", .string(loaded.extractor.lexiconFingerprint)),
        ("generation", JSONValue(loaded.generation)),
      ]))
  }

  /// What built the answers: the tool identity and lexicon fingerprint exactly as the
  /// `--out-dir` manifest records them (`tool`, `lexicons`), the schema, and the options
  /// that change output.
  func version() -> Reply {
    let loaded = lexicons.current
    return .json(
      .object([
        ("name", .string("zhextract")),
        ("tool", .string(BuildIdentity.current)),
        ("schema", .string(ExtractedDocument.schema)),
        ("lexicons", JSONValue(loaded?.extractor.lexiconFingerprint)),
        ("lexiconDirectory", JSONValue(lexicons.directory?.path)),
        ("lexiconGeneration", JSONValue(loaded?.generation ?? 0)),
        ("lexiconsLoadedAt", JSONValue(loaded?.loadedAt)),
        ("tz", .string(ServeFormat.offset(minutes: configuration.timeZoneOffsetMinutes))),
      ]))
  }

  func metricsText() -> Reply {
    .text(metrics.render(gauges), contentType: "text/plain; version=0.0.4; charset=utf-8")
  }

  /// Loopback peers only: re-reads the lexicons, and swaps them in when they are sound.
  func reload(context: ServeContext) async throws(ServeError) -> Reply {
    guard context.isLoopback else {
      throw ServeError(status: .forbidden, code: "forbidden", message: "POST /v1/admin/reload is answered on loopback connections only")
    }
    switch await reloadLexicons(trigger: "http") {
    case .loaded(let previous, let current):
      return .json(
        .object([
          ("status", .string("reloaded")), ("lexicons", .string(current.extractor.lexiconFingerprint)),
          ("previous", JSONValue(previous)), ("generation", JSONValue(current.generation)),
        ]))
    case .rejected(let rejection):
      throw ServeError(
        status: .unprocessableContent, code: "lexicon-problems", message: rejection.message + "; the lexicons in use are unchanged",
        details: [("problems", .array(rejection.problems.map(JSONValue.string)))])
    case .alreadyReloading:
      throw ServeError(status: .conflict, code: "reload-in-progress", message: "a reload is already running; try again when it has finished")
    }
  }
}

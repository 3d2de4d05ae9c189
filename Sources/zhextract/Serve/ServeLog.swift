import Foundation
import Logging
import Synchronization
import ZhExtract

/// Standard error as the service writes it: one JSON object per line, for requests (the
/// access log) and for events (listening, ready, reload, shutdown), so that a log shipper
/// needs no parser of its own.
///
/// ```json
/// {"ts":"2026-01-27T08:00:05.123Z","event":"request","method":"POST","path":"/v1/extract","status":200,"ms":"3.412",…}
/// ```
final class ServeLog: Sendable {
  private let sink: @Sendable (String) -> Void
  let accessLog: Bool

  /// Writes to `sink` (standard error by default; the tests collect the lines).
  init(accessLog: Bool = true, sink: @escaping @Sendable (String) -> Void = ServeLog.standardError) {
    self.accessLog = accessLog
    self.sink = sink
  }

  /// One line: `{"ts":…,"event":NAME,…fields}`.
  func event(_ name: String, _ fields: [(String, JSONValue)] = []) {
    let line = JSONValue.object([("ts", .string(ServeFormat.timestamp())), ("event", .string(name))] + fields)
    sink(JSONWriter().string(line))
  }

  private static let standardErrorLock = Mutex(())

  @Sendable static func standardError(_ line: String) {
    standardErrorLock.withLock { _ in FileHandle.standardError.write(Data((line + "\n").utf8)) }
  }

  /// A swift-log handler over this log, for what Hummingbird and ServiceLifecycle report.
  func logger(label: String) -> Logger {
    Logger(label: label) { [self] label in JSONLogHandler(label: label, log: self) }
  }
}

/// swift-log → `ServeLog`: `{"ts","event":"log","level","label","message",…metadata}`.
struct JSONLogHandler: LogHandler {
  let label: String
  let log: ServeLog
  var logLevel: Logger.Level = .info
  var metadata: Logger.Metadata = [:]

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    var fields: [(String, JSONValue)] = [
      ("level", .string(event.level.rawValue)), ("label", .string(label)), ("message", .string(event.message.description)),
    ]
    let merged = metadata.merging(event.metadata ?? [:]) { $1 }
    for key in merged.keys.sorted() { fields.append((key, .string(merged[key]!.description))) }
    log.event("log", fields)
  }
}

import Foundation
import NIOHTTP1
import Synchronization
import ZhExtract
@testable import zhextract

/// A `zhextract serve` running inside the test process on a free loopback port, with its
/// log lines collected. Signals are not trapped (several servers share the process).
///
/// Waits are long (minutes) on purpose: the whole suite runs tests in parallel on as many
/// cooperative threads as there are cores, and a long synchronous test elsewhere delays the
/// server's start. No test here depends on how fast anything runs.
final class TestServer: Sendable {
  let server: ExtractionServer
  let port: Int
  private let lines: LogLines
  private let task: Task<ExtractionServer.Ending, any Error>

  /// Starts a server and waits until it listens (and, unless `waitForReady` is false, until its
  /// lexicons are loaded).
  init(_ configure: (inout ServeConfiguration) -> Void = { _ in }, waitForReady: Bool = true) async throws {
    var configuration = ServeConfiguration()
    configuration.port = 0
    configuration.workers = 2
    configuration.trapSignals = false
    // A server in the test process shares its cooperative threads with the whole suite, whose
    // long synchronous tests can keep them busy for minutes: only the tests that are about a
    // time limit set one short.
    configuration.deadline = .seconds(600)
    configuration.idleTimeout = .seconds(3600)
    configuration.shutdownTimeout = .seconds(600)
    configure(&configuration)
    let lines = LogLines()
    self.lines = lines
    let server = ExtractionServer(configuration: configuration, log: ServeLog(accessLog: configuration.accessLog) { lines.append($0) })
    self.server = server
    task = Task { try await server.run() }
    // Patience, not a timing: in a full suite on a loaded 2-core machine the server's start and
    // its lexicon load wait behind the other suites' work (alone they take seconds).
    let patience = Duration.seconds(1800)
    let started = ContinuousClock.now
    while server.port == nil {
      guard ContinuousClock.now - started < patience else { throw TestServerError("the server did not start listening") }
      try await Task.sleep(for: .milliseconds(10))
    }
    port = server.port!
    while waitForReady, server.service.lexicons.current == nil {
      guard ContinuousClock.now - started < patience else { throw TestServerError("the lexicons did not load") }
      try await Task.sleep(for: .milliseconds(10))
    }
  }

  /// Graceful shutdown; returns how the run ended.
  @discardableResult
  func stop() async throws -> ExtractionServer.Ending {
    await server.shutdown()
    return try await task.value
  }

  /// Waits for the end of a run that stops by itself (a rejected lexicon set).
  func ended() async throws -> ExtractionServer.Ending { try await task.value }

  /// The log lines so far, parsed.
  var log: [JSONValue] { lines.all.compactMap { try? JSONParser.parse($0) } }
  var rawLog: [String] { lines.all }

  func events(_ name: String) -> [JSONValue] { log.filter { $0["event"]?.stringValue == name } }

  func get(_ path: String) async throws -> TestResponse { try await send(.GET, path, port: port) }

  func post(_ path: String, contentType: String? = nil, body: [UInt8]) async throws -> TestResponse {
    try await send(.POST, path, port: port, headers: contentType.map { [("Content-Type", $0)] } ?? [], body: body)
  }

  func post(_ path: String, contentType: String? = nil, text: String) async throws -> TestResponse {
    try await post(path, contentType: contentType, body: Array(text.utf8))
  }

  /// A metric's value from `/metrics` (the line `NAME{LABELS} VALUE`, `labels` as written).
  func metric(_ name: String, _ labels: String = "") async throws -> Double? {
    let key = labels.isEmpty ? name + " " : "\(name){\(labels)} "
    let text = try await get("/metrics").text
    return text.split(separator: "\n").first { $0.hasPrefix(key) }.flatMap { Double($0.dropFirst(key.count)) }
  }

  /// Polls until `condition` holds (at most 10 minutes: under the full suite, the other tests
  /// can keep Swift's cooperative threads busy for minutes).
  func waitUntil(_ what: String, _ condition: () async throws -> Bool) async throws {
    let started = ContinuousClock.now
    while try await !condition() {
      guard ContinuousClock.now - started < .seconds(600) else { throw TestServerError("timed out waiting until \(what)") }
      try await Task.sleep(for: .milliseconds(10))
    }
  }
}

struct TestServerError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

final class LogLines: Sendable {
  private let lines = Mutex<[String]>([])
  func append(_ line: String) { lines.withLock { $0.append(line) } }
  var all: [String] { lines.withLock { $0 } }
}

import Foundation
import NIOHTTP1
import Synchronization
import Testing
import ZhExtract
import ZhExtractTestSupport

/// `zhextract serve` as a user starts it: the real binary, its signals and exit statuses.
@Suite(.serialized) struct ServeProcessTests {
  @Test func sigtermAnswersTheRequestInProgressThenExits0() async throws {
    // Long limits: the test process may be kept waiting by the rest of the suite.
    let process = try ServeProcess(["--workers", "1", "--deadline", "600", "--idle-timeout", "3600"])
    let port = try await process.waitForReady()
    let held = try await TestConnection.open(port: port)
    try await held.start(.POST, "/v1/extract?id=in-flight", headers: [("Content-Type", "text/plain")], contentLength: nil)
    try await held.send(Array("公司去年营收".utf8))
    try await process.waitUntil("the request is admitted") {
      try await send(.GET, "/metrics", port: port).text.contains("\nzhextract_requests_in_progress 1\n")
    }

    process.signal(SIGTERM)
    try await process.waitForLog("shutting down") { $0["event"]?.stringValue == "shutting-down" }
    await #expect(throws: (any Error).self) { _ = try await send(.GET, "/healthz", port: port) }

    try await held.send(Array("120亿元。".utf8))
    try await held.end()
    let answer = try await held.responseReceived()
    #expect(answer.status == 200)
    #expect(answer.text.contains(#""id":"in-flight""#))
    #expect(try await process.exitStatus() == 0)
    #expect(process.events.contains { $0["event"]?.stringValue == "stopped" })
    let requests = process.events.filter { $0["event"]?.stringValue == "request" && $0["path"]?.stringValue == "/v1/extract" }
    #expect(requests.count == 1 && requests[0]["status"]?.intValue == 200)
  }

  @Test func sighupReloadsTheLexicons() async throws {
    let dir = try ServeTemporaryDirectory()
    let cues = try String(contentsOf: PackagePaths.lexicons.appendingPathComponent("money-cues.tsv"), encoding: .utf8)
    try dir.write("money-cues.tsv", cues)
    let process = try ServeProcess(["--lexicons", dir.path])
    let port = try await process.waitForReady()
    let before = try JSONParser.parse(try await send(.GET, "/v1/version", port: port).body)
    #expect(before["lexiconDirectory"]?.stringValue == dir.path)

    try dir.write("money-cues.tsv", "# File: money-cues.tsv\n# Format: cue\n营收\n亏损\n")
    process.signal(SIGHUP)
    try await process.waitForLog("the reload is refused") { $0["event"]?.stringValue == "lexicons-rejected" }
    #expect(try JSONParser.parse(try await send(.GET, "/v1/version", port: port).body)["lexicons"] == before["lexicons"])

    try dir.write("money-cues.tsv", cues + "龘\n")  // sorts last: a cue of no use, but a new set
    process.signal(SIGHUP)
    try await process.waitForLog("the reload is taken") { $0["event"]?.stringValue == "lexicons-reloaded" }
    let after = try JSONParser.parse(try await send(.GET, "/v1/version", port: port).body)
    #expect(after["lexiconGeneration"]?.intValue == 2)
    #expect(after["lexicons"] != before["lexicons"])
    #expect(try await send(.GET, "/healthz", port: port).status == 200)
    process.signal(SIGTERM)
    #expect(try await process.exitStatus() == 0)
  }

  @Test func lexiconProblemsAtStartExit2WithEveryProblem() async throws {
    let dir = try ServeTemporaryDirectory()
    try dir.write("money-cues.tsv", "# File: money-cues.tsv\n# Format: cue\n营收\n亏损\n")
    let process = try ServeProcess(["--lexicons", dir.path])
    #expect(try await process.exitStatus() == 2)
    #expect(process.stderr.contains("money-cues.tsv:4: not sorted: should come before line 3"), "\(process.stderr)")
    #expect(process.events.contains { $0["event"]?.stringValue == "lexicons-rejected" })
  }

  @Test func aPortInUseExits2() async throws {
    let first = try ServeProcess([])
    let port = try await first.waitForReady()
    let second = try ServeProcess(["--port", String(port)], portZero: false)
    #expect(try await second.exitStatus() == 2)
    #expect(second.stderr.contains("cannot serve on 127.0.0.1:\(port)"), "\(second.stderr)")
    first.signal(SIGINT)
    #expect(try await first.exitStatus() == 0)
  }

  @Test func badOptionsAreUsageErrors() throws {
    for arguments in [["--workers", "0"], ["--max-body", "lots"], ["--deadline", "-1"], ["--tz", "Mars"], ["--port", "70000"], ["--idle-timeout", "0"]] {
      let result = try CLIRunner.run(["serve"] + arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr.contains("Error:"), "\(arguments)")
    }
  }
}

/// `zhextract serve` in a child process on a free port, its standard error read as it comes.
final class ServeProcess: Sendable {
  private let process: Process
  private let output = LogLines()
  private let pending = PendingBytes()

  init(_ arguments: [String], portZero: Bool = true) throws {
    let process = Process()
    process.executableURL = CLIRunner.binary
    process.arguments = ["serve"] + (portZero ? ["--port", "0"] : []) + arguments
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    self.process = process
    let output = self.output
    let pending = self.pending
    err.fileHandleForReading.readabilityHandler = { handle in
      let data = handle.availableData
      for line in pending.lines(adding: [UInt8](data)) { output.append(line) }
      if data.isEmpty { handle.readabilityHandler = nil }
    }
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  var stderr: String { output.all.joined(separator: "\n") }
  var events: [JSONValue] { output.all.compactMap { try? JSONParser.parse($0) } }

  func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

  /// The port, once the server listens and its lexicons are loaded.
  func waitForReady() async throws -> Int {
    try await waitForLog("the lexicons are loaded") { $0["event"]?.stringValue == "ready" }
    guard let port = events.first(where: { $0["event"]?.stringValue == "listening" })?["port"]?.intValue else {
      throw TestServerError("no listening line in: \(stderr)")
    }
    return port
  }

  func waitForLog(_ what: String, _ matches: @escaping (JSONValue) -> Bool) async throws {
    try await waitUntil(what) { self.events.contains(where: matches) }
  }

  func waitUntil(_ what: String, _ condition: () async throws -> Bool) async throws {
    let started = ContinuousClock.now
    while try await !condition() {
      guard process.isRunning else { throw TestServerError("the server ended before \(what): \(stderr)") }
      guard ContinuousClock.now - started < .seconds(600) else { throw TestServerError("timed out waiting until \(what): \(stderr)") }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  func exitStatus() async throws -> Int32 {
    let started = ContinuousClock.now
    while process.isRunning {
      guard ContinuousClock.now - started < .seconds(600) else { throw TestServerError("the server did not exit: \(stderr)") }
      try await Task.sleep(for: .milliseconds(20))
    }
    try await Task.sleep(for: .milliseconds(100))  // the last lines of standard error
    return process.terminationStatus
  }
}

/// Bytes read from a pipe, handed back as complete lines.
final class PendingBytes: Sendable {
  private let bytes = Mutex<[UInt8]>([])

  func lines(adding data: [UInt8]) -> [String] {
    bytes.withLock { bytes in
      bytes += data
      var lines: [String] = []
      while let newline = bytes.firstIndex(of: 0x0A) {
        lines.append(String(decoding: bytes[..<newline], as: UTF8.self))
        bytes.removeSubrange(...newline)
      }
      return lines
    }
  }
}

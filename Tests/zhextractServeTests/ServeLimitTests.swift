import Foundation
import NIOHTTP1
import Synchronization
import Testing
import ZhExtract
import ZhExtractTestSupport
@testable import zhextract

/// The limits that protect the service: body size (413), admission (429), the deadline (503),
/// and readiness (503). Requests are held open by sending their body in two parts, so the
/// tests never depend on how fast extraction runs.
@Suite(.serialized) struct ServeLimitTests {
  static func errorCode(_ response: TestResponse) throws -> String? {
    try JSONParser.parse(response.body)["error"]?["code"]?.stringValue
  }

  @Test func aBodyOverTheLimitIs413AndTheServerGoesOn() async throws {
    let server = try await TestServer { $0.maxBodyBytes = 1024 }
    let tooLarge = [UInt8](repeating: UInt8(ascii: "a"), count: 4096)
    // Told by Content-Length before a byte is read …
    let declared = try await server.post("/v1/extract", contentType: "text/plain", body: tooLarge)
    #expect(declared.status == 413)
    #expect(try Self.errorCode(declared) == "body-too-large")
    #expect(declared.text.contains("larger than 1024 bytes"))
    // … or found while reading a chunked body.
    let chunked = try await send(.POST, "/v1/extract", port: server.port, headers: [("Content-Type", "text/plain")], body: tooLarge, chunked: true)
    #expect(chunked.status == 413)
    let diff = try await server.post("/v1/diff", contentType: "application/json", body: tooLarge)
    #expect(diff.status == 413)
    // Exactly at the limit is fine.
    let atLimit = try await server.post("/v1/extract", contentType: "text/plain", body: [UInt8](repeating: UInt8(ascii: "a"), count: 1024))
    #expect(atLimit.status == 200)
    #expect(try await server.metric("zhextract_errors_total", #"code="body-too-large""#) == 3)
    try await server.stop()
  }

  @Test func pastWorkersPlusQueueRequestsAre429() async throws {
    let server = try await TestServer {
      $0.workers = 1; $0.queue = 1
    }
    // Two requests admitted (1 worker + 1 queued), each held open mid-body.
    var held: [TestConnection] = []
    for _ in 0..<2 {
      let connection = try await TestConnection.open(port: server.port)
      try await connection.start(.POST, "/v1/extract?id=held", headers: [("Content-Type", "text/plain")], contentLength: nil)
      try await connection.send(Array("公司去年营收".utf8))
      held.append(connection)
    }
    try await server.waitUntil("two requests are admitted") { try await server.metric("zhextract_requests_in_progress") == 2 }
    let refused = try await server.post("/v1/extract", contentType: "text/plain", text: "营收120亿元")
    #expect(refused.status == 429)
    #expect(refused.header("Retry-After") == "1")
    #expect(try Self.errorCode(refused) == "busy")
    let refusedDiff = try await server.post("/v1/diff", contentType: "application/json", text: #"{"old":[],"new":[]}"#)
    #expect(refusedDiff.status == 429)
    // What needs no worker is still answered.
    #expect(try await server.get("/healthz").status == 200)
    #expect(try await server.get("/metrics").status == 200)
    // The held requests finish normally, and then there is room again.
    for connection in held {
      try await connection.send(Array("120亿元。".utf8))
      try await connection.end()
      let answer = try await connection.responseReceived()
      #expect(answer.status == 200)
      #expect(answer.text.contains(#""amount":12000000000"#))
    }
    try await server.waitUntil("the held requests are done") { try await server.metric("zhextract_requests_in_progress") == 0 }
    #expect(try await server.post("/v1/extract", contentType: "text/plain", text: "营收120亿元").status == 200)
    try await server.stop()
  }

  @Test func aRequestPastItsDeadlineIs503() async throws {
    let server = try await TestServer { $0.deadline = .milliseconds(300) }
    let connection = try await TestConnection.open(port: server.port)
    try await connection.start(.POST, "/v1/extract?id=slow", headers: [("Content-Type", "text/plain")], contentLength: nil)
    try await connection.send(Array("公司去年营收".utf8))
    // Admitted means its deadline is set; wait it out before sending the rest.
    try await server.waitUntil("the request is admitted") { try await server.metric("zhextract_requests_in_progress") == 1 }
    try await Task.sleep(for: .milliseconds(400))
    try await connection.send(Array("120亿元。".utf8))
    try await connection.end()
    let answer = try await connection.responseReceived()
    #expect(answer.status == 503)
    #expect(
      try JSONParser.parse(answer.body)
        == JSONParser.parse(
          #"{"schema":"zhextract/2","id":"-","error":{"code":"deadline-exceeded","#
            + #""message":"the request was not finished within its deadline of 0.3 s (--deadline)"}}"#
        ))
    try await server.stop()
  }

  /// A batch whose deadline passes while it streams: the documents done are answered, the
  /// rest are `deadline-exceeded` error records in their places (the status is already out).
  @Test func aBatchPastItsDeadlineEndsWithErrorRecords() async throws {
    let service = ServeService(configuration: ServeConfiguration(workers: 1), log: ServeLog(accessLog: false) { _ in })
    let extractor = try Extractor()
    let processor = BatchProcessor(extractor: extractor)
    let jobs = (1...4).map { BatchJob.record(line: Array(#"{"id":"d\#($0)","text":"营收\#($0)亿元"}"#.utf8), place: .standardInput(line: $0)) }
    // The second document is held until the stream is over: only the deadline can end its wait.
    let release = DispatchSemaphore(value: 0)
    let reply = try await service.batch(
      jobs,
      process: { job in
        if case .record(_, let place) = job, place.line == 2 { release.wait() }
        return processor.process(job)
      }, deadline: .now + .seconds(3))
    #expect(reply.status == .ok)
    guard case .lines(let produce) = reply.body else { Issue.record("a batch streams"); return }
    let lines = LogLines()
    try await produce { line in lines.append(String(decoding: line, as: UTF8.self)) }
    release.signal()
    let parsed = try lines.all.map { try JSONParser.parse($0) }
    #expect(parsed.map { $0["id"]?.stringValue } == ["d1", "d2", "d3", "d4"])
    #expect(parsed[0]["money"]?.arrayValue?.count == 1)
    #expect(parsed[1...].map { $0["error"]?["code"]?.stringValue } == ["deadline-exceeded", "deadline-exceeded", "deadline-exceeded"])
    service.pool.stop()
  }

  @Test func untilTheLexiconsAreLoadedExtractionIs503() async throws {
    let service = ServeService(configuration: ServeConfiguration(), log: ServeLog(accessLog: false) { _ in })
    #expect(service.readiness(shuttingDown: false).status == .serviceUnavailable)
    #expect(throws: ServeError.self) { try service.extractor() }
    #expect(service.metrics.render(service.gauges).contains("\nzhextract_ready 0\n"))
    _ = await service.reloadLexicons(trigger: ServeService.startTrigger)
    #expect(service.readiness(shuttingDown: false).status == .ok)
    #expect(service.readiness(shuttingDown: true).status == .serviceUnavailable)
    service.pool.stop()
  }
}

/// The worker threads: first in, first out, and a deadline that drops a queued job unrun.
@Suite struct WorkerPoolTests {
  @Test func runsJobsAndReturnsTheirResults() async {
    let pool = WorkerPool(threads: 2)
    let results = await withTaskGroup(of: Int?.self) { group in
      for n in 1...20 { group.addTask { await pool.run(until: .now + .seconds(30)) { n * n } } }
      var all: [Int?] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.compactMap { $0 }.sorted() == (1...20).map { $0 * $0 })
    pool.stop()
  }

  @Test func aJobPastItsDeadlineIsNilAndAQueuedOneNeverRuns() async throws {
    let pool = WorkerPool(threads: 1)
    let release = DispatchSemaphore(value: 0)
    let ran = LogLines()
    // The only thread is busy until released; its own deadline passes meanwhile.
    async let blocker = pool.run(until: .now + .seconds(2)) { () -> String in
      release.wait()
      ran.append("blocker")
      return "blocker"
    }
    try await Task.sleep(for: .milliseconds(50))
    async let queued = pool.run(until: .now + .seconds(1)) { () -> String in
      ran.append("queued")
      return "queued"
    }
    #expect(await queued == nil)
    #expect(await blocker == nil)
    release.signal()
    // A job after them runs: the thread was freed and the expired job was dropped unrun.
    #expect(await pool.run(until: .now + .seconds(30)) { "after" } == "after")
    #expect(!ran.all.contains("queued"))
    #expect(await pool.run(until: .now - .seconds(1)) { "late" } == nil)
    pool.stop()
  }
}

@Suite struct AdmissionTests {
  @Test func ticketsHoldPlacesUntilReleased() {
    let admission = Admission(limit: 2)
    var first: Admission.Ticket? = admission.enter()
    let second = admission.enter()
    #expect(first != nil && second != nil)
    #expect(admission.enter() == nil)
    #expect(admission.inProgress == 2)
    first = nil
    #expect(admission.inProgress == 1)
    #expect(admission.enter() != nil)  // released again at once: the ticket is not kept
    #expect(admission.inProgress == 1)
    withExtendedLifetime(second) {}
  }
}

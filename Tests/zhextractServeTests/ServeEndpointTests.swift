import Foundation
import NIOCore
import NIOHTTP1
import Testing
import ZhExtract
import ZhExtractTestSupport
@testable import zhextract

/// The endpoints besides extraction: health, readiness, version, metrics, diff, reload, and
/// what every request leaves behind (its access log line, an id, the error object).
@Suite(.serialized) struct ServeEndpointTests {
  @Test func healthReadinessAndVersion() async throws {
    let server = try await TestServer()
    let health = try await server.get("/healthz")
    #expect(health.status == 200)
    #expect(health.text == #"{"status":"ok"}"# + "\n")

    let fingerprint = try Extractor().lexiconFingerprint
    let ready = try JSONParser.parse(try await server.get("/readyz").body)
    #expect(ready["status"]?.stringValue == "ready")
    #expect(ready["lexicons"]?.stringValue == fingerprint)

    // The identity the --out-dir manifest records for the same build and lexicons.
    let version = try JSONParser.parse(try await server.get("/v1/version").body)
    // The build identity of the running executable (here the test bundle, which serves in
    // process; `zhextract serve` reports the zhextract binary's, as its manifests do).
    #expect(version["tool"]?.stringValue == BuildIdentity.current)
    #expect(version["lexicons"]?.stringValue == fingerprint)
    #expect(version["schema"]?.stringValue == ExtractedDocument.schema)
    #expect(version["tz"]?.stringValue == "+08:00")
    let dir = try ServeTemporaryDirectory()
    try dir.write("a.txt", "营收120亿元")
    let cli = try CLIRunner.run(["extract", dir.path("a.txt"), "--out-dir", dir.path("out"), "-q"])
    #expect(cli.status == 0)
    let manifest = try JSONParser.parse(try dir.read("out/.zhextract-manifest.json"))
    let cliVersion = try CLIRunner.run(["--version"]).stdout
    let cliTool = try #require(cliVersion.split(separator: " ").dropFirst().first.map(String.init))
    #expect(manifest["documents"]?["a.txt.json"]?["tool"]?.stringValue == cliTool)
    #expect(manifest["documents"]?["a.txt.json"]?["lexicons"] == version["lexicons"])
    try await server.stop()
  }

  @Test func unknownPathsAre404AndWrongMethods405() async throws {
    let server = try await TestServer()
    let missing = try await server.get("/v2/extract")
    #expect(missing.status == 404)
    #expect(try JSONParser.parse(missing.body)["error"]?["code"]?.stringValue == "not-found")
    for (method, path, allowed) in [
      (HTTPMethod.GET, "/v1/extract", "POST"), (.POST, "/healthz", "GET"), (.DELETE, "/v1/diff", "POST"), (.GET, "/v1/admin/reload", "POST"),
    ] {
      let answer = try await send(method, path, port: server.port)
      #expect(answer.status == 405, "\(method) \(path)")
      #expect(answer.header("Allow") == allowed)
      #expect(try JSONParser.parse(answer.body)["error"]?["code"]?.stringValue == "method-not-allowed")
    }
    try await server.stop()
  }

  @Test func everyRequestHasAnIdAndOneAccessLogLine() async throws {
    let server = try await TestServer()
    let first = try await server.post("/v1/extract?id=doc-1", contentType: "text/plain", text: "营收120亿元，去年")
    _ = try await server.get("/nope")
    let requests = server.events("request")
    #expect(requests.count == 2)
    let line = requests[0]
    #expect(line["method"]?.stringValue == "POST")
    #expect(line["path"]?.stringValue == "/v1/extract")
    #expect(line["status"]?.intValue == 200)
    #expect(line["bytesIn"]?.intValue == "营收120亿元，去年".utf8.count)
    #expect(line["bytesOut"]?.intValue == first.body.count)
    #expect(line["documents"]?.intValue == 1)
    #expect(line["remote"]?.stringValue == "127.0.0.1")
    #expect(line["requestId"]?.stringValue == first.header("X-Request-Id"))
    #expect(line["ms"]?.numberText != nil)
    #expect(requests[1]["status"]?.intValue == 404)
    #expect(requests[1]["error"]?.stringValue == "not-found")
    // Everything on standard error is one JSON object a line.
    for raw in server.rawLog { #expect(throws: Never.self) { try JSONParser.parse(raw) } }
    try await server.stop()
    #expect(server.events("stopped").count == 1)
  }

  @Test func metricsCountRequestsErrorsBytesDocumentsAndMentions() async throws {
    let server = try await TestServer()
    let body = "公司去年营收120亿元，今年前三季度净利润约3.5亿美元；山姆·奥尔特曼称。"
    _ = try await server.post("/v1/extract?published=2025-12-13", contentType: "text/plain", text: body)
    _ = try await server.post("/v1/extract", contentType: "application/x-ndjson", text: #"{"id":"a","text":"1月27日"}"# + "\nbad\n")
    _ = try await server.get("/missing")
    let text = try await server.get("/metrics")
    #expect(text.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
    #expect(try await server.metric("zhextract_http_requests_total", #"route="/v1/extract",method="POST",code="200""#) == 2)
    #expect(try await server.metric("zhextract_http_requests_total", #"route="other",method="GET",code="404""#) == 1)
    #expect(try await server.metric("zhextract_errors_total", #"code="not-found""#) == 1)
    #expect(try await server.metric("zhextract_errors_total", #"code="invalid-record""#) == 1)
    #expect(try await server.metric("zhextract_documents_total", #"outcome="extracted""#) == 2)
    #expect(try await server.metric("zhextract_documents_total", #"outcome="failed""#) == 1)
    #expect(try await server.metric("zhextract_mentions_total", #"kind="money""#) == 2)
    #expect(try await server.metric("zhextract_mentions_total", #"kind="dates""#) == 3)
    #expect(try await server.metric("zhextract_mentions_total", #"kind="entities""#) == 1)
    let bytesIn = body.utf8.count + (#"{"id":"a","text":"1月27日"}"# + "\nbad\n").utf8.count
    #expect(try await server.metric("zhextract_http_request_bytes_total") == Double(bytesIn))
    #expect(try await server.metric("zhextract_http_request_duration_seconds_count", #"route="/v1/extract""#) == 2)
    #expect(try await server.metric("zhextract_http_request_duration_seconds_bucket", #"route="/v1/extract",le="+Inf""#) == 2)
    #expect(try await server.metric("zhextract_ready") == 1)
    #expect(try await server.metric("zhextract_workers") == 2)
    #expect(try await server.metric("process_resident_memory_bytes").map { $0 > 0 } == true)
    try await server.stop()
  }

  // MARK: - Diff

  @Test func diffIsTheCLIsDiffJSON() async throws {
    let server = try await TestServer()
    let dir = try ServeTemporaryDirectory()
    let before = #"{"id":"a","text":"公司去年营收120亿元。OpenAI称。"}"# + "\n" + #"{"id":"b","text":"1月27日"}"#
    let after = #"{"id":"a","text":"公司去年营收125亿元。OpenAI称。"}"# + "\n" + #"{"id":"c","text":"明年"}"#
    let old = try CLIRunner.run(["extract", "--jsonl", "--published", "2025-12-13"], stdin: Data(before.utf8)).stdout
    let new = try CLIRunner.run(["extract", "--jsonl", "--published", "2025-12-13"], stdin: Data(after.utf8)).stdout
    try dir.write("old.jsonl", old)
    try dir.write("new.jsonl", new)
    let cli = try CLIRunner.run(["diff", dir.path("old.jsonl"), dir.path("new.jsonl"), "--format", "json"])
    #expect(cli.status == 1)
    #expect(cli.lines.count == 3)

    let asText = try await server.post(
      "/v1/diff", contentType: "application/json", body: JSONWriter().bytes(.object([("old", .string(old)), ("new", .string(new))])))
    #expect(asText.status == 200)
    #expect(asText.header("X-Zhextract-Differences") == "true")
    #expect(asText.header("Content-Type") == "application/x-ndjson")
    #expect(asText.text == cli.stdout)

    let oldDocuments = try old.split(separator: "\n").map { try JSONParser.parse(String($0)) }
    let newDocuments = try new.split(separator: "\n").map { try JSONParser.parse(String($0)) }
    let asArrays = try await server.post(
      "/v1/diff", contentType: "application/json", body: JSONWriter().bytes(.object([("old", .array(oldDocuments)), ("new", .array(newDocuments))])))
    #expect(asArrays.text == cli.stdout)

    let moneyOnly = try CLIRunner.run(["diff", dir.path("old.jsonl"), dir.path("new.jsonl"), "--format", "json", "--kinds", "money", "--summary"])
    let summary = try await server.post(
      "/v1/diff?kinds=money&summary=true", contentType: "application/json", body: JSONWriter().bytes(.object([("old", .string(old)), ("new", .string(new))])))
    #expect(summary.text == moneyOnly.stdout)
    #expect(summary.header("Content-Type") == "application/json")

    let same = try await server.post(
      "/v1/diff", contentType: "application/json", body: JSONWriter().bytes(.object([("old", oldDocuments[0]), ("new", oldDocuments[0])])))
    #expect(same.status == 200)
    #expect(same.header("X-Zhextract-Differences") == "false")
    #expect(same.body.isEmpty)
    try await server.stop()
  }

  @Test func diffOfWhatIsNoExtractionIs400() async throws {
    let server = try await TestServer()
    for (body, code) in [
      (#"{"old":"x","new":"#, "invalid-record"),
      (#"{"old":[]}"#, "invalid-extraction"),
      (#"{"old":[{"id":"a"}],"new":[]}"#, "invalid-extraction"),
      (#"{"old":7,"new":[]}"#, "invalid-extraction"),
      (#"{"old":"{\"schema\":\"zhextract/1\",\"id\":\"a\"}\n{\"schema\":\"zhextract/1\",\"id\":\"a\"}","new":[]}"#, "invalid-extraction"),
    ] {
      let answer = try await server.post("/v1/diff", contentType: "application/json", text: body)
      #expect(answer.status == 400, "\(body)")
      #expect(try JSONParser.parse(answer.body)["error"]?["code"]?.stringValue == code, "\(body)")
    }
    #expect(try await server.post("/v1/diff?kinds=money,prices", contentType: "application/json", text: "{}").status == 400)
    #expect(try await server.post("/v1/diff?summary=maybe", contentType: "application/json", text: "{}").status == 400)
    try await server.stop()
  }

  // MARK: - Reload

  /// A lexicon directory whose one table can be changed between reloads.
  private static func lexiconDirectory(extraCue: String?) throws -> ServeTemporaryDirectory {
    let dir = try ServeTemporaryDirectory()
    var table = try String(contentsOf: PackagePaths.lexicons.appendingPathComponent("money-cues.tsv"), encoding: .utf8)
    if let extraCue { table = Self.addRow(extraCue, to: table) }
    try dir.write("money-cues.tsv", table)
    return dir
  }

  /// The table with `row` added in code-point order (the lint's rule).
  private static func addRow(_ row: String, to table: String) -> String {
    var lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let header = lines.prefix { $0.hasPrefix("#") || $0.isEmpty }
    var rows = Array(lines.dropFirst(header.count))
    rows.append(row)
    rows.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    return (header + rows).joined(separator: "\n") + "\n"
  }

  @Test func reloadTakesASoundSetAndKeepsTheOldOneOtherwise() async throws {
    let dir = try Self.lexiconDirectory(extraCue: nil)
    let server = try await TestServer { $0.lexiconDirectory = dir.url }
    let sentence = "今年公司买下120亿的资产。"
    let before = try await server.post("/v1/extract?id=s", contentType: "text/plain", text: sentence)
    let firstPrint = try JSONParser.parse(try await server.get("/v1/version").body)["lexicons"]?.stringValue

    // A cue added on disk: taken by the reload, answered by the next request.
    try dir.write("money-cues.tsv", Self.addRow("买下", to: try String(contentsOf: dir.url.appendingPathComponent("money-cues.tsv"), encoding: .utf8)))
    let reload = try await server.post("/v1/admin/reload", body: [])
    #expect(reload.status == 200)
    let reloaded = try JSONParser.parse(reload.body)
    #expect(reloaded["status"]?.stringValue == "reloaded")
    #expect(reloaded["previous"]?.stringValue == firstPrint)
    #expect(reloaded["generation"]?.intValue == 2)
    let secondPrint = reloaded["lexicons"]?.stringValue
    #expect(secondPrint != firstPrint)
    let after = try await server.post("/v1/extract?id=s", contentType: "text/plain", text: sentence)
    let cli = try CLIRunner.run(["extract", "--stdin", "--id", "s", "--lexicons", dir.path], stdin: Data(sentence.utf8))
    #expect(after.text == cli.stdout)
    #expect(after.text != before.text)

    // A broken table: refused with every problem, the set in use unchanged.
    try dir.write("money-cues.tsv", "# File: money-cues.tsv\n# Format: cue\n# Used by: Money\n营收\n亏损\n营收\n")
    let refused = try await server.post("/v1/admin/reload", body: [])
    #expect(refused.status == 422)
    let error = try JSONParser.parse(refused.body)["error"]
    #expect(error?["code"]?.stringValue == "lexicon-problems")
    let problems = error?["problems"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(problems.contains { $0.hasSuffix("money-cues.tsv:5: not sorted: should come before line 4") }, "\(problems)")
    #expect(problems.contains { $0.hasSuffix("money-cues.tsv:6: duplicate of line 4") }, "\(problems)")
    #expect(try JSONParser.parse(try await server.get("/v1/version").body)["lexicons"]?.stringValue == secondPrint)
    #expect(try await server.post("/v1/extract?id=s", contentType: "text/plain", text: sentence).text == after.text)
    #expect(try await server.metric("zhextract_lexicon_reloads_total", #"result="ok""#) == 1)
    #expect(try await server.metric("zhextract_lexicon_reloads_total", #"result="rejected""#) == 1)
    #expect(server.events("lexicons-rejected").count == 1)
    try await server.stop()
  }

  @Test func reloadIsForLoopbackPeersOnly() throws {
    #expect(ServeContext.isLoopback(try SocketAddress(ipAddress: "127.0.0.1", port: 1)))
    #expect(ServeContext.isLoopback(try SocketAddress(ipAddress: "127.8.9.10", port: 1)))
    #expect(ServeContext.isLoopback(try SocketAddress(ipAddress: "::1", port: 1)))
    #expect(!ServeContext.isLoopback(try SocketAddress(ipAddress: "10.1.2.3", port: 1)))
    #expect(!ServeContext.isLoopback(try SocketAddress(ipAddress: "192.168.1.20", port: 1)))
    #expect(!ServeContext.isLoopback(try SocketAddress(ipAddress: "2001:db8::1", port: 1)))
    #expect(!ServeContext.isLoopback(nil))
  }

  @Test func lexiconsThatCannotLoadAtStartStopTheServer() async throws {
    let dir = try ServeTemporaryDirectory()
    try dir.write("currency-colloquial.tsv", "# File: currency-colloquial.tsv\n# Format: surface<TAB>iso4217<TAB>scale<TAB>position\n# Used by: Money\n美元\n")
    let server = try await TestServer({ $0.lexiconDirectory = dir.url }, waitForReady: false)
    guard case .lexiconsRejected(let problems) = try await server.ended() else {
      Issue.record("the server should stop when its lexicons cannot load")
      return
    }
    #expect(problems.contains { $0.contains("currency-colloquial.tsv:4") }, "\(problems)")
  }

  // MARK: - Shutdown

  /// A graceful shutdown answers the request in progress and refuses new connections.
  @Test func shutdownFinishesRequestsInProgressAndRefusesNewOnes() async throws {
    let server = try await TestServer()
    let held = try await TestConnection.open(port: server.port)
    try await held.start(.POST, "/v1/extract?id=last", headers: [("Content-Type", "text/plain")], contentLength: nil)
    try await held.send(Array("公司去年营收".utf8))
    try await server.waitUntil("the request is admitted") { try await server.metric("zhextract_requests_in_progress") == 1 }

    let stopping = Task { try await server.stop() }
    try await server.waitUntil("shutdown has begun") { !server.events("shutting-down").isEmpty }
    await #expect(throws: (any Error).self) { _ = try await send(.GET, "/healthz", port: server.port) }

    try await held.send(Array("120亿元。".utf8))
    try await held.end()
    let answer = try await held.responseReceived()
    #expect(answer.status == 200)
    #expect(answer.text.contains(#""id":"last""#))
    guard case .stopped = try await stopping.value else { Issue.record("the run should end as stopped"); return }
  }
}

/// A fresh directory, removed when the test is done.
final class ServeTemporaryDirectory {
  let url: URL
  var path: String { url.path }

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("zhextract-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func write(_ name: String, _ contents: String) throws {
    try Data(contents.utf8).write(to: url.appendingPathComponent(name))
  }

  func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url.appendingPathComponent(name))) }
}

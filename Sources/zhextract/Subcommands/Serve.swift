import ArgumentParser
import Dispatch
import Foundation
import Synchronization
import ZhExtract

extension ZhExtractCommand {
  struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Serve the pipeline over HTTP: POST /v1/extract, POST /v1/diff, health, readiness, metrics.",
      discussion: """
        Endpoints:
          POST /v1/extract        a document (raw bytes, ?id= ?published= ?format=), a JSON record \
        {"id","text","published"?}, an array of records or JSON Lines (application/x-ndjson); the \
        answer is the JSON of `zhextract extract`, byte for byte, streamed as JSON Lines for batches
          POST /v1/diff           {"old": …, "new": …} → the changes of `zhextract diff --format json`
          GET  /healthz           200 while the process runs
          GET  /readyz            200 once the lexicons are loaded, else 503
          GET  /metrics           Prometheus text: requests, errors, latency, bytes, documents, mentions
          GET  /v1/version        tool, schema and lexicon fingerprint (as the --out-dir manifest)
          POST /v1/admin/reload   re-read the lexicons (loopback peers only; also on SIGHUP)

        Errors are the CLI's error record {"schema","id","error":{"code","message"}} with the \
        status: 400 malformed request or JSON, 404, 405, 413 body over --max-body, 422 a document \
        that cannot be read, 429 more than --workers + --queue requests in progress, 503 past \
        --deadline or while the lexicons load.

        Standard error carries one JSON object per line: an access log line per request and the \
        service's events (listening, ready, lexicons-reloaded, shutting-down, stopped). SIGTERM or \
        SIGINT shut down gracefully: no new connections, requests in progress are answered. Exit \
        status 0 after a shutdown, 2 when the lexicons cannot be loaded or the address cannot be \
        bound, 64 for usage errors.

        Examples:
          zhextract serve
          zhextract serve --port 9000 --workers 2 --lexicons my-lexicons/
          curl -s localhost:8080/v1/extract -H 'Content-Type: text/plain; charset=utf-8' \\
               --data-binary @article.txt
        """)

    @Option(help: ArgumentHelp("Address to listen on (0.0.0.0 for every interface).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on; 0 picks a free one (the 'listening' log line says which).", valueName: "port"))
    var port = 8080

    @Option(help: ArgumentHelp("The articles' time zone: +08:00 (default), -05:00, UTC, …", valueName: "offset"))
    var tz: String?

    @Option(help: ArgumentHelp("Threads that extract (default: all cores).", valueName: "n"))
    var workers: Int?

    @Option(help: ArgumentHelp("Requests admitted beyond --workers before answering 429 (default: 32).", valueName: "n"))
    var queue = 32

    @Option(help: ArgumentHelp("Largest request body: bytes, or with K, M or G (default: 16M).", valueName: "size"))
    var maxBody = "16M"

    @Option(help: ArgumentHelp("Seconds a request may take until its documents are extracted, else 503 (default: 30).", valueName: "seconds"))
    var deadline = 30.0

    @Option(
      help: ArgumentHelp(
        "Seconds a connection may stay silent while a request is being sent, or between requests, before it is closed (default: 60).", valueName: "seconds"))
    var idleTimeout = 60.0

    @Flag(help: "No access log lines (events are still logged).")
    var noAccessLog = false

    @OptionGroup var lexiconOptions: LexiconOptions

    mutating func validate() throws {
      if let tz, TimeZoneArgument.minutes(tz) == nil {
        throw ValidationError("--tz must be UTC or an offset such as +08:00 or -05:00 (at most ±14:00), not '\(tz)'.")
      }
      if let workers, workers < 1 { throw ValidationError("--workers must be at least 1.") }
      if queue < 0 { throw ValidationError("--queue must be 0 or more.") }
      if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535.") }
      if Self.bytes(maxBody) == nil { throw ValidationError("--max-body must be a size such as 16M, 512K or 1048576, not '\(maxBody)'.") }
      if !(deadline > 0 && deadline <= 86400) { throw ValidationError("--deadline must be more than 0 and at most 86400 seconds.") }
      if !(idleTimeout > 0 && idleTimeout <= 86400) { throw ValidationError("--idle-timeout must be more than 0 and at most 86400 seconds.") }
    }

    func run() throws {
      var configuration = ServeConfiguration()
      configuration.host = host
      configuration.port = port
      configuration.lexiconDirectory = lexiconOptions.directory
      configuration.timeZoneOffsetMinutes = tz.flatMap(TimeZoneArgument.minutes) ?? 480
      configuration.workers = workers ?? ProcessInfo.processInfo.activeProcessorCount
      configuration.queue = queue
      configuration.maxBodyBytes = Self.bytes(maxBody)!
      configuration.deadline = .milliseconds(Int64(deadline * 1000))
      configuration.idleTimeout = .milliseconds(Int64(idleTimeout * 1000))
      configuration.accessLog = !noAccessLog
      let server = ExtractionServer(configuration: configuration, log: ServeLog(accessLog: configuration.accessLog))

      let ending = Mutex<Result<ExtractionServer.Ending, any Error>?>(nil)
      let done = DispatchSemaphore(value: 0)
      Task {
        let result: Result<ExtractionServer.Ending, any Error>
        do {
          result = .success(try await server.run())
        } catch {
          result = .failure(error)
        }
        ending.withLock { $0 = result }
        done.signal()
      }
      done.wait()
      switch ending.withLock({ $0 })! {
      case .success(.stopped):
        return
      case .success(.lexiconsRejected(let problems)):
        Diagnostics.error("\(problems.count) lexicon problem\(problems.count == 1 ? "" : "s"):\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
        throw ExitCode(2)
      case .failure(let error):
        Diagnostics.error("cannot serve on \(host):\(port): \(error)")
        throw ExitCode(2)
      }
    }

    /// `16M` → 16777216; `512K`, `1G`, `1048576`, `16MB`.
    static func bytes(_ text: String) -> Int? {
      var digits = text.uppercased()
      if digits.hasSuffix("B") { digits.removeLast() }
      var multiplier = 1
      switch digits.last {
      case "K"?: multiplier = 1 << 10
      case "M"?: multiplier = 1 << 20
      case "G"?: multiplier = 1 << 30
      default: break
      }
      if multiplier > 1 { digits.removeLast() }
      guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let value = Int(digits), value > 0 else { return nil }
      let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
      return overflow ? nil : product
    }
  }
}

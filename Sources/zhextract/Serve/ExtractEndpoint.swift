import Hummingbird
import ZhExtract

/// `POST /v1/extract`: the CLI's documents, byte for byte. Every document goes through the
/// CLI's own `BatchProcessor`, so the JSON is what `zhextract extract` writes for the same input
/// and options:
///
/// | body (`Content-Type`) | the CLI's equivalent | answer |
/// |---|---|---|
/// | raw bytes (`text/plain; charset=…`, `text/html`, none, …), `?id=` | `extract --stdin --id ID` | one document |
/// | `application/json`, one record `{"id","text","published"?}` | `extract --jsonl`, one line | one document |
/// | `application/json`, an array of records | `extract --jsonl`, one element a line | JSON Lines, streamed |
/// | `application/x-ndjson`, one record a line | `extract --jsonl` | JSON Lines, streamed |
///
/// `?published=` is `--published` and `?format=` is `--format`. One document is answered 200,
/// or with its error record: 400 for a record that cannot be read (`invalid-record`), 422 for
/// a document that cannot be (`not-text`, …). A batch is answered 200 and a document that fails
/// is an error record in its place, as in the CLI's batches.
extension ServeService {
  static let extractParameters = ["id", "published", "format"]

  func extract(_ request: Request, trace: RequestTrace, deadline: ContinuousClock.Instant) async throws(ServeError) -> Reply {
    let query = request.uri.queryParameters
    try Self.checkParameters(query.map { String($0.key) }, allowed: Self.extractParameters)
    let kind = ExtractBodyKind(contentType: request.headers[.contentType])
    let id = query["id"].map(String.init)
    if id != nil && kind != .raw {
      throw .invalidRequest("?id= names a raw document; JSON records carry their own \"id\"")
    }
    let published = query["published"].map(String.init)
    if let published, !PublishedArgument.isValid(published) {
      throw ServeError(
        status: .badRequest, code: "invalid-request",
        message: "?published= must be an ISO 8601 date such as 2025-12-13 or 2025-12-13T08:00 (%2B for +), not '\(published)'",
        id: id ?? "-")
    }
    var format: MarkupFormat?
    if let name = query["format"] {
      guard let known = MarkupFormat(rawValue: String(name)) else {
        throw .invalidRequest("?format= is text, markdown or html, not '\(name)'")
      }
      format = known
    }

    let extractor = try extractor()
    let ticket = try admit()
    let body = try await RequestBodyReader.read(request, limit: configuration.maxBodyBytes)
    trace.record(bytesIn: body.count)
    let processor = BatchProcessor(extractor: extractor, published: published, format: format)

    var reply: Reply
    switch kind {
    case .raw:
      reply = try await single(.text(bytes: body, id: id ?? "-"), processor: processor, deadline: deadline)
    case .jsonLines:
      let jobs = BodyLines.split(body).map { BatchJob.record(line: $0.line, place: .standardInput(line: $0.number)) }
      reply = try await batch(jobs, process: processor.process, deadline: deadline)
    case .json:
      let content = body.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(body.dropFirst(3)) : body
      switch content.first(where: { !Self.isJSONSpace($0) }) {
      case UInt8(ascii: "{"):
        reply = try await single(.record(line: content, place: .standardInput(line: 1)), processor: processor, deadline: deadline)
      case UInt8(ascii: "["):
        reply = try await batch(try Self.arrayRecords(content), process: processor.process, deadline: deadline)
      default:
        throw ServeError(
          status: .badRequest, code: "invalid-record",
          message: "a JSON body is one record {\"id\", \"text\", \"published\"?} or an array of them")
      }
    }
    reply.ticket = ticket
    return reply
  }

  /// One document: its JSON, or its error record with 400/422.
  private func single(_ job: BatchJob, processor: BatchProcessor, deadline: ContinuousClock.Instant) async throws(ServeError) -> Reply {
    guard let outcome = await pool.run(until: deadline, { processor.process(job) }) else {
      throw .deadlineExceeded(configuration.deadline)
    }
    metrics.document(outcome)
    var status = HTTPResponse.Status.ok
    var errorCode: String?
    if case .failed(let failure) = outcome.status {
      status = failure.code == "invalid-record" ? .badRequest : .unprocessableContent
      errorCode = failure.code
    }
    return Reply(
      status: status, headers: [.contentType: "application/json"], body: .bytes((outcome.json?.bytes ?? []) + [0x0A]),
      documents: 1, errorCode: errorCode)
  }

  /// Many documents, streamed as JSON Lines in input order. Up to `--workers` documents of
  /// the batch are extracted at once. The first is awaited before answering, so a batch that
  /// cannot start within its deadline is a 503; a deadline that passes later turns each
  /// document not yet extracted into a `deadline-exceeded` error record.
  func batch(
    _ jobs: [BatchJob], process: @escaping @Sendable (BatchJob) -> BatchOutcome, deadline: ContinuousClock.Instant
  ) async throws(ServeError) -> Reply {
    let headers: HTTPFields = [.contentType: "application/x-ndjson"]
    guard !jobs.isEmpty else { return Reply(status: .ok, headers: headers, body: .bytes([])) }
    let window = pool.threadCount
    let start: @Sendable (BatchJob) -> Task<BatchOutcome?, Never> = { [pool] job in
      Task { await pool.run(until: deadline) { process(job) } }
    }
    let started = jobs.prefix(window).map(start)
    guard let done = await started[0].value else { throw .deadlineExceeded(configuration.deadline) }
    var checked = RecordIds()
    let first = checked.check(done)
    let seen = checked
    metrics.document(first)
    let deadlineMessage = ServeError.deadlineExceeded(configuration.deadline).message
    let metrics = self.metrics
    return Reply(
      status: .ok, headers: headers,
      body: .lines { emit in
        var inFlight = Array(started.dropFirst())
        var next = started.count
        var expired = false
        var ids = seen
        try await emit(first.json?.bytes ?? [])
        for index in 1..<jobs.count {
          if !expired && next < jobs.count && inFlight.count < window {
            inFlight.append(start(jobs[next]))
            next += 1
          }
          var outcome: BatchOutcome
          if !expired, !inFlight.isEmpty, let done = await inFlight.removeFirst().value {
            outcome = done
          } else {
            expired = true
            let failure = DocumentFailure(id: Self.documentId(jobs[index]), code: "deadline-exceeded", message: deadlineMessage)
            outcome = .failure(failure, outputPath: "", inputBytes: 0, style: OutputStyle())
          }
          outcome = ids.check(outcome)
          metrics.document(outcome)
          try await emit(outcome.json?.bytes ?? [])
        }
      })
  }

  /// The elements of a JSON array body, each as the JSON Lines line the CLI would read.
  private static func arrayRecords(_ body: [UInt8]) throws(ServeError) -> [BatchJob] {
    let value = try ServeError.parseBody(body)
    guard let elements = value.arrayValue else {
      throw ServeError(status: .badRequest, code: "invalid-record", message: "a JSON body is one record or an array of records")
    }
    let writer = JSONWriter()
    return elements.enumerated().map { BatchJob.record(line: writer.bytes($0.element), place: .standardInput(line: $0.offset + 1)) }
  }

  /// The id a job's document would have, for an error record written without running it.
  private static func documentId(_ job: BatchJob) -> String {
    switch job {
    case .record(let line, let place):
      let parsed = Result { () throws(JSONParser.Error) in try JSONParser.parse(line) }
      if case .success(let value) = parsed, let id = value["id"]?.stringValue, !id.isEmpty { return id }
      return place.lineId
    case .text(_, let id): return id
    case .file(let file): return file.id
    case .failed(let outcome): return outcome.id
    }
  }

  static func isJSONSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

  /// 400 for a query parameter the endpoint does not know (a typo would otherwise be ignored).
  static func checkParameters(_ keys: [String], allowed: [String]) throws(ServeError) {
    for key in keys where !allowed.contains(key) {
      let accepted = allowed.isEmpty ? "none" : allowed.map { "?\($0)=" }.joined(separator: ", ")
      throw .invalidRequest("unknown query parameter '\(key)'; this endpoint accepts \(accepted)")
    }
  }
}

/// The ids of a batch's records, so that a repeated id is an error record as in
/// `zhextract extract --jsonl` (the check and the record are `BatchRun`'s).
struct RecordIds {
  private var seen: [Int: Int] = [:]

  mutating func check(_ outcome: BatchOutcome) -> BatchOutcome {
    guard let place = outcome.record, !outcome.isFailure else { return outcome }
    if let first = seen[outcome.id.hashValue] {
      return BatchRun.duplicate(outcome, place: place, first: "line \(first)", style: OutputStyle())
    }
    seen[outcome.id.hashValue] = place.line
    return outcome
  }
}

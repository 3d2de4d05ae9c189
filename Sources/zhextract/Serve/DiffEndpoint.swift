import HTTPTypes
import Hummingbird
import ZhExtract

/// `POST /v1/diff`: `zhextract diff OLD NEW --format json` over two extractions sent in one
/// JSON body, `{"old": …, "new": …}`, each side the JSON Lines text of an extraction (a
/// string), an array of documents, or one document. The answer is the CLI's JSON: one change
/// a line, or with `?summary=true` the counts; `?kinds=money,dates` narrows it as `--kinds`
/// does. `X-Zhextract-Differences: true|false` says whether anything differs (the CLI's exit
/// status 1 or 0); input that is not two extractions is a 400 (`invalid-extraction`), as the
/// CLI's status 2.
extension ServeService {
  static let diffParameters = ["kinds", "summary"]

  func diff(_ request: Request, trace: RequestTrace, deadline: ContinuousClock.Instant) async throws(ServeError) -> Reply {
    let query = request.uri.queryParameters
    try Self.checkParameters(query.map { String($0.key) }, allowed: Self.diffParameters)
    let kinds =
      query["kinds"].map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
      ?? Set(DocumentComparer.allKinds)
    if kinds.isEmpty || !kinds.isSubset(of: DocumentComparer.allKinds) {
      throw .invalidRequest("?kinds= lists some of \(DocumentComparer.allKinds.joined(separator: ",")), not '\(query["kinds"] ?? "")'")
    }
    let summary: Bool
    switch query["summary"] {
    case nil, "false"?, "0"?: summary = false
    case "true"?, "1"?, ""?: summary = true
    case let other?: throw .invalidRequest("?summary= is true or false, not '\(other)'")
    }

    let ticket = try admit()
    let body = try await RequestBodyReader.read(request, limit: configuration.maxBodyBytes)
    trace.record(bytesIn: body.count)
    let comparer = DocumentComparer(kinds: kinds)
    let outcome = await pool.run(until: deadline) { Result { () throws(ServeError) in try Self.compare(body, comparer: comparer, summary: summary) } }
    guard let outcome else { throw .deadlineExceeded(configuration.deadline) }
    let (lines, differences) = try outcome.get()
    var reply = Reply(
      status: .ok,
      headers: [.contentType: summary ? "application/json" : "application/x-ndjson", Self.differencesHeader: differences ? "true" : "false"],
      body: .bytes(Array(lines.map { $0 + "\n" }.joined().utf8)))
    reply.ticket = ticket
    return reply
  }

  static let differencesHeader = HTTPField.Name("X-Zhextract-Differences")!

  /// The lines of the answer, and whether the two sides differ.
  private static func compare(_ body: [UInt8], comparer: DocumentComparer, summary: Bool) throws(ServeError) -> ([String], Bool) {
    func invalid(_ message: String) -> ServeError { ServeError(status: .badRequest, code: "invalid-extraction", message: message) }
    let value = try ServeError.parseBody(body)
    guard case .object = value, let old = value["old"], let new = value["new"] else {
      throw invalid("the body is {\"old\": …, \"new\": …}, each an extraction: JSON Lines text, an array of documents, or one document")
    }
    do throws(CLIError) {
      let before = try ExtractionSet(name: "old", bytes: try side(old, name: "old"))
      let after = try ExtractionSet(name: "new", bytes: try side(new, name: "new"))
      var lines: [String] = []
      let counts = try ExtractionDiff(comparer: comparer).run(before: before, after: after) { event throws(CLIError) in
        if !summary { lines += event.changes.map { JSONWriter().string($0.json) } }
      }
      if summary { lines = [JSONWriter().string(counts.json)] }
      return (lines, counts.hasDifferences)
    } catch {
      throw invalid(error.description)
    }
  }

  /// One side of the body as the bytes of a JSON Lines file.
  private static func side(_ value: JSONValue, name: String) throws(CLIError) -> [UInt8] {
    switch value {
    case .string(let text): return Array(text.utf8)
    case .array(let documents):
      let writer = JSONWriter()
      return Array(documents.map { writer.string($0) + "\n" }.joined().utf8)
    case .object: return JSONWriter().bytes(value)
    default: throw CLIError("\(name): an extraction is JSON Lines text, an array of documents or one document")
    }
  }
}

import Hummingbird
import ZhExtract

/// A request the service refuses or cannot finish: an HTTP status and the body every error
/// has, the error record of the CLI (`{"schema","id","error":{"code","message"}}`), so that a
/// client reads one shape whether a document or a whole request failed.
struct ServeError: Error, Sendable {
  var status: HTTPResponse.Status
  /// Stable, kebab-case: `body-too-large`, `busy`, `deadline-exceeded`, …
  var code: String
  var message: String
  /// The document id the request named (`?id=`), else `-` as for standard input.
  var id = "-"
  /// Extra response headers (`Allow` for 405, `Retry-After` for 429).
  var headers: HTTPFields = [:]
  /// Extra members of the `error` object (the problems of a lexicon reload).
  var details: [(String, JSONValue)] = []

  var json: JSONValue {
    .object([
      ("schema", .string(ExtractedDocument.schema)), ("id", .string(id)),
      ("error", .object([("code", .string(code)), ("message", .string(message))] + details)),
    ])
  }

  static func invalidRequest(_ message: String) -> ServeError {
    ServeError(status: .badRequest, code: "invalid-request", message: message)
  }

  /// A request body parsed as JSON, or the `invalid-record` error that says where it is not.
  static func parseBody(_ body: [UInt8]) throws(ServeError) -> JSONValue {
    do {
      return try JSONParser.parse(body)
    } catch {
      throw ServeError(
        status: .badRequest, code: "invalid-record",
        message: "not valid JSON: \(error.problem) (line \(error.line), column \(error.column))")
    }
  }

  static func notFound(_ path: String) -> ServeError {
    ServeError(status: .notFound, code: "not-found", message: "no endpoint at \(path); see GET /v1/version and the README")
  }

  static func methodNotAllowed(_ method: HTTPRequest.Method, _ path: String, allowed: HTTPRequest.Method) -> ServeError {
    ServeError(
      status: .methodNotAllowed, code: "method-not-allowed", message: "\(path) takes \(allowed.rawValue), not \(method.rawValue)",
      headers: [.allow: allowed.rawValue])
  }

  static func bodyTooLarge(limit: Int) -> ServeError {
    ServeError(
      status: .contentTooLarge, code: "body-too-large",
      message: "the request body is larger than \(limit) bytes (--max-body); send fewer documents per request")
  }

  static func busy(admitted: Int) -> ServeError {
    ServeError(
      status: .tooManyRequests, code: "busy",
      message: "\(admitted) requests are already in progress or queued (--workers + --queue); try again shortly",
      headers: [.retryAfter: "1"])
  }

  static func deadlineExceeded(_ deadline: Duration) -> ServeError {
    ServeError(
      status: .serviceUnavailable, code: "deadline-exceeded",
      message: "the request was not finished within its deadline of \(ServeFormat.seconds(deadline)) (--deadline)")
  }

  static let notReady = ServeError(
    status: .serviceUnavailable, code: "not-ready", message: "the lexicons are still loading; GET /readyz says when they are")
}

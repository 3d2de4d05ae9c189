import Hummingbird
import ZhExtract

/// What an endpoint answers, before it becomes a Hummingbird `Response`: the responder adds
/// the request id, counts bytes, and writes the access log line once the body is out.
struct Reply: Sendable {
  /// Writes one line (UTF-8, without its `\n`) of a streamed body.
  typealias Emit = ([UInt8]) async throws -> Void

  enum Body: Sendable {
    case bytes([UInt8])
    /// JSON Lines written as they are produced (a batch): the status and headers go out
    /// before the first line, so a problem later on is told in a line, not in the status.
    case lines(@Sendable (_ emit: Emit) async throws -> Void)
  }

  var status: HTTPResponse.Status
  var headers: HTTPFields
  var body: Body
  /// Documents answered (for the access log).
  var documents = 0
  /// The `error.code` of an error reply (for the access log).
  var errorCode: String? = nil
  /// Kept alive until the body has been written: the admission ticket of the request.
  var ticket: Admission.Ticket? = nil

  static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Reply {
    Reply(status: status, headers: [.contentType: "application/json"], body: .bytes(Array((JSONWriter().string(value) + "\n").utf8)))
  }

  static func text(_ text: String, contentType: String) -> Reply {
    Reply(status: .ok, headers: [.contentType: contentType], body: .bytes(Array(text.utf8)))
  }

  init(status: HTTPResponse.Status, headers: HTTPFields, body: Body, documents: Int = 0, errorCode: String? = nil) {
    self.status = status
    self.headers = headers
    self.body = body
    self.documents = documents
    self.errorCode = errorCode
  }

  init(_ error: ServeError) {
    var headers = error.headers
    headers[.contentType] = "application/json"
    self.init(
      status: error.status, headers: headers, body: .bytes(Array((JSONWriter().string(error.json) + "\n").utf8)),
      errorCode: error.code)
  }
}

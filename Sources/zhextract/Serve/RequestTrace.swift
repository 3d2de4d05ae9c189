import Synchronization
import ZhExtract

/// One request as the access log and the metrics see it. Finished exactly once: when its
/// response body has been written, or — if the response is dropped because the client went
/// away — when the last reference to it goes.
final class RequestTrace: Sendable {
  struct Summary: Sendable {
    var method: String
    var path: String
    /// The endpoint (`/v1/extract`), or `other` for paths that are none (bounded label values).
    var route: String
    var remote: String
    var requestId: String
    var status: Int
    var seconds: Double
    var bytesIn: Int
    var bytesOut: Int
    var documents: Int
    var errorCode: String?
    /// The response was not written to the end (the client went away, or writing failed).
    var aborted: Bool
  }

  private let started = ContinuousClock.now
  private let summary: Mutex<Summary?>
  private let onFinish: @Sendable (Summary) -> Void

  init(method: String, path: String, route: String, remote: String, requestId: String, onFinish: @escaping @Sendable (Summary) -> Void) {
    summary = Mutex(
      Summary(
        method: method, path: path, route: route, remote: remote, requestId: requestId, status: 0, seconds: 0, bytesIn: 0,
        bytesOut: 0, documents: 0, errorCode: nil, aborted: true))
    self.onFinish = onFinish
  }

  func record(bytesIn: Int) { summary.withLock { $0?.bytesIn += bytesIn } }

  func record(status: Int, errorCode: String?) {
    summary.withLock {
      $0?.status = status
      $0?.errorCode = errorCode
    }
  }

  func record(bytesOut: Int, documents: Int) {
    summary.withLock {
      $0?.bytesOut += bytesOut
      $0?.documents += documents
    }
  }

  /// Logs and counts the request; later calls do nothing.
  func finish(completed: Bool) {
    let seconds = (ContinuousClock.now - started).inSeconds
    let taken = summary.withLock { value -> Summary? in
      defer { value = nil }
      return value
    }
    guard var done = taken else { return }
    done.seconds = seconds
    done.aborted = !completed
    onFinish(done)
  }

  deinit { finish(completed: false) }
}

extension RequestTrace.Summary {
  /// The access log line's fields.
  var logFields: [(String, JSONValue)] {
    var fields: [(String, JSONValue)] = [
      ("method", .string(method)), ("path", .string(path)), ("status", JSONValue(status)),
      ("ms", .number(ServeFormat.decimal3(seconds * 1000))), ("bytesIn", JSONValue(bytesIn)), ("bytesOut", JSONValue(bytesOut)),
      ("documents", JSONValue(documents)), ("remote", .string(remote)), ("requestId", .string(requestId)),
    ]
    if let errorCode { fields.append(("error", .string(errorCode))) }
    if aborted { fields.append(("aborted", .bool(true))) }
    return fields
  }
}

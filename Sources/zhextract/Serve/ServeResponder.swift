import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization
import ZhExtract

/// Routes requests to the endpoints, turns every refusal into the JSON error object, and
/// writes the access log and the request metrics once each response is out.
struct ServeResponder: HTTPResponder {
  typealias Context = ServeContext

  let service: ServeService
  /// Set once a graceful shutdown has begun (`/readyz` then says 503).
  let shuttingDown: ShutdownFlag

  /// Every endpoint and the method it takes.
  static let routes: [String: HTTPRequest.Method] = [
    "/healthz": .get, "/readyz": .get, "/metrics": .get, "/v1/version": .get,
    "/v1/extract": .post, "/v1/diff": .post, "/v1/admin/reload": .post,
  ]

  static let requestIdHeader = HTTPField.Name("X-Request-Id")!

  func respond(to request: Request, context: ServeContext) async throws -> Response {
    let deadline = ContinuousClock.now + service.configuration.deadline
    let path = request.uri.path
    let requestId = service.nextRequestId()
    let route = Self.routes[path] == nil ? "other" : path
    let trace = RequestTrace(
      method: request.method.rawValue, path: path, route: route, remote: context.remote, requestId: requestId
    ) { [service] summary in
      service.metrics.request(
        route: summary.route, method: summary.method, status: summary.status, seconds: summary.seconds,
        bytesIn: summary.bytesIn, bytesOut: summary.bytesOut)
      if service.log.accessLog { service.log.event("request", summary.logFields) }
    }
    var reply: Reply
    do {
      reply = try await dispatch(request, path: path, context: context, trace: trace, deadline: deadline)
    } catch {
      service.metrics.error(code: error.code)
      reply = Reply(error)
    }
    reply.headers[Self.requestIdHeader] = requestId
    return response(reply, trace: trace)
  }

  private func dispatch(
    _ request: Request, path: String, context: ServeContext, trace: RequestTrace, deadline: ContinuousClock.Instant
  ) async throws(ServeError) -> Reply {
    guard let method = Self.routes[path] else { throw .notFound(path) }
    guard request.method == method else { throw .methodNotAllowed(request.method, path, allowed: method) }
    switch path {
    case "/healthz": return service.health()
    case "/readyz": return service.readiness(shuttingDown: shuttingDown.isSet)
    case "/metrics": return service.metricsText()
    case "/v1/version": return service.version()
    case "/v1/extract": return try await service.extract(request, trace: trace, deadline: deadline)
    case "/v1/diff": return try await service.diff(request, trace: trace, deadline: deadline)
    case "/v1/admin/reload": return try await service.reload(context: context)
    default: throw .notFound(path)
    }
  }

  private func response(_ reply: Reply, trace: RequestTrace) -> Response {
    trace.record(status: Int(reply.status.code), errorCode: reply.errorCode)
    switch reply.body {
    case .bytes(let bytes):
      trace.record(bytesOut: bytes.count, documents: reply.documents)
      trace.finish(completed: true)
      return Response(status: reply.status, headers: reply.headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    case .lines(let produce):
      let ticket = reply.ticket
      return Response(
        status: reply.status, headers: reply.headers,
        body: ResponseBody { writer in
          try await produce { line in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(line.count + 1)
            buffer.writeBytes(line)
            buffer.writeInteger(UInt8(ascii: "\n"))
            trace.record(bytesOut: buffer.readableBytes, documents: 1)
            try await writer.write(buffer)
          }
          try await writer.finish(nil)
          trace.finish(completed: true)
          withExtendedLifetime(ticket) {}
        })
    }
  }
}

/// A flag set once, read from any thread.
final class ShutdownFlag: Sendable {
  private let value = Atomic(false)
  var isSet: Bool { value.load(ordering: .relaxed) }
  func set() { value.store(true, ordering: .relaxed) }
}

import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A response as the tests read it.
struct TestResponse: Sendable {
  var status: Int
  var headers: HTTPHeaders
  var body: [UInt8]

  var text: String { String(decoding: body, as: UTF8.self) }
  /// The body's lines, without the final empty one.
  var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
  func header(_ name: String) -> String? { headers.first(name: name) }
}

struct ConnectionClosedEarly: Error {}

/// An HTTP/1.1 client over SwiftNIO, to loopback only: one connection per request (closed
/// by the client once the response is in), with the request body sent whole or in parts (to
/// hold a request open while the server works on others).
final class TestConnection: Sendable {
  private let channel: any Channel
  private let response: EventLoopFuture<TestResponse>

  private init(channel: any Channel, response: EventLoopFuture<TestResponse>) {
    self.channel = channel
    self.response = response
  }

  static func open(port: Int) async throws -> TestConnection {
    let loop = MultiThreadedEventLoopGroup.singleton.next()
    let promise = loop.makePromise(of: TestResponse.self)
    let channel: any Channel
    do {
      channel = try await ClientBootstrap(group: loop)
        .channelInitializer { channel in
          channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHTTPClientHandlers()
            try channel.pipeline.syncOperations.addHandler(ResponseCollector(promise: promise))
          }
        }
        .connect(host: "127.0.0.1", port: port).get()
    } catch {
      promise.fail(error)  // no connection, so no response: a promise must not be left unfulfilled
      throw error
    }
    return TestConnection(channel: channel, response: promise.futureResult)
  }

  /// Sends the request head; `Content-Length` when the length is known, else chunked.
  func start(_ method: HTTPMethod, _ uri: String, headers: [(String, String)] = [], contentLength: Int?) async throws {
    var head = HTTPRequestHead(version: .http1_1, method: method, uri: uri)
    head.headers.add(name: "Host", value: "127.0.0.1")
    for (name, value) in headers { head.headers.add(name: name, value: value) }
    if let contentLength {
      head.headers.add(name: "Content-Length", value: String(contentLength))
    } else if method == .POST {
      head.headers.add(name: "Transfer-Encoding", value: "chunked")
    }
    try await channel.writeAndFlush(HTTPClientRequestPart.head(head)).get()
  }

  func send(_ bytes: [UInt8]) async throws {
    guard !bytes.isEmpty else { return }
    try await channel.writeAndFlush(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: bytes)))).get()
  }

  func end() async throws {
    try await channel.writeAndFlush(HTTPClientRequestPart.end(nil)).get()
  }

  /// The whole response (the server closes the connection after it).
  func responseReceived() async throws -> TestResponse {
    try await response.get()
  }

  func close() async {
    _ = try? await channel.close().get()
  }
}

/// One request, one response.
func send(
  _ method: HTTPMethod, _ uri: String, port: Int, headers: [(String, String)] = [], body: [UInt8]? = nil, chunked: Bool = false
) async throws -> TestResponse {
  let connection = try await TestConnection.open(port: port)
  do {
    try await connection.start(method, uri, headers: headers, contentLength: chunked ? nil : body?.count ?? (method == .POST ? 0 : nil))
    if let body {
      if chunked {
        var offset = 0
        while offset < body.count {
          try await connection.send(Array(body[offset..<min(offset + 64 << 10, body.count)]))
          offset += 64 << 10
        }
      } else {
        try await connection.send(body)
      }
    }
    try await connection.end()
  } catch {
    // A server may answer (413, 400) and close before the whole body is sent: read its answer
    // as a real client does; only when there is none is the failure to send the error.
    if let response = try? await connection.responseReceived() { return response }
    throw error
  }
  return try await connection.responseReceived()
}

func send(_ method: HTTPMethod, _ uri: String, port: Int, headers: [(String, String)] = [], text: String) async throws -> TestResponse {
  try await send(method, uri, port: port, headers: headers, body: Array(text.utf8))
}

private final class ResponseCollector: ChannelInboundHandler, @unchecked Sendable {
  typealias InboundIn = HTTPClientResponsePart

  private let promise: EventLoopPromise<TestResponse>
  private var head: HTTPResponseHead?
  private var body: [UInt8] = []
  private var done = false

  init(promise: EventLoopPromise<TestResponse>) { self.promise = promise }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head): self.head = head
    case .body(let buffer): body += buffer.readableBytesView
    case .end:
      guard !done, let head else { return }
      done = true
      promise.succeed(TestResponse(status: Int(head.status.code), headers: head.headers, body: body))
      context.close(promise: nil)
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    fail(error)
    context.close(promise: nil)
  }

  func channelInactive(context: ChannelHandlerContext) {
    fail(ConnectionClosedEarly())
    context.fireChannelInactive()
  }

  private func fail(_ error: any Error) {
    guard !done else { return }
    done = true
    promise.fail(error)
  }
}

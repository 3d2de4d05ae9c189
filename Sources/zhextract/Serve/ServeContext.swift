import Hummingbird
import NIOCore

/// Hummingbird's request context plus the peer's address (for the loopback-only endpoints and
/// the access log).
struct ServeContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  let remoteAddress: SocketAddress?

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remoteAddress = source.channel.remoteAddress
  }

  /// `127.0.0.1`, `::1`, or `-` when unknown.
  var remote: String { remoteAddress?.ipAddress ?? "-" }

  /// Whether the peer is this machine: 127.0.0.0/8, ::1, an IPv4-mapped 127.x, or a Unix socket.
  var isLoopback: Bool { Self.isLoopback(remoteAddress) }

  static func isLoopback(_ address: SocketAddress?) -> Bool {
    guard let address else { return false }
    switch address {
    case .unixDomainSocket: return true
    case .v4, .v6:
      let ip = address.ipAddress ?? ""
      return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
  }
}

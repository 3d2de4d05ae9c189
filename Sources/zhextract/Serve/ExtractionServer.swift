import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import UnixSignals
import ZhExtract

/// `zhextract serve`: the pipeline behind HTTP. Hummingbird (over SwiftNIO) speaks HTTP/1.1;
/// ServiceLifecycle runs it with the signal handling. The lexicons load as soon as the server
/// runs; `/readyz` answers 503 until they are in.
///
/// Shutdown is graceful: on SIGTERM or SIGINT (or `shutdown()`) the listening socket closes
/// at once, so new connections are refused, while requests in progress finish and are
/// answered; idle connections are closed. After `--deadline` + 10 s anything still running is
/// cancelled. SIGHUP reloads the lexicons.
final class ExtractionServer: Sendable {
  let service: ServeService
  private let group: ServiceGroup
  private let listeningBox: ListeningBox

  /// How a run ended.
  enum Ending: Sendable {
    /// Shut down on request, after in-flight requests were answered.
    case stopped
    /// The lexicons could not be loaded at start (every problem, one a line).
    case lexiconsRejected([String])
  }

  init(configuration: ServeConfiguration, log: ServeLog) {
    let service = ServeService(configuration: configuration, log: log)
    self.service = service
    let box = ListeningBox()
    listeningBox = box
    let shuttingDown = ShutdownFlag()
    let logger = log.logger(label: "zhextract.serve")
    let app = Application(
      responder: ServeResponder(service: service, shuttingDown: shuttingDown),
      server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(configuration.idleTimeout.inSeconds * 1e9)))),
      configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? configuration.port
        box.set(port)
        log.event(
          "listening",
          [
            ("host", .string(configuration.host)), ("port", JSONValue(port)), ("workers", JSONValue(configuration.workers)),
            ("queue", JSONValue(configuration.queue)), ("maxBodyBytes", JSONValue(configuration.maxBodyBytes)),
            ("deadlineSeconds", .number(ServeFormat.decimal3(configuration.deadline.inSeconds))),
            ("pid", JSONValue(Int(getpid()))),
          ])
      },
      logger: logger)
    var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
      .init(service: app),
      .init(service: ShutdownWatcher(flag: shuttingDown, log: log), successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore),
    ]
    if configuration.trapSignals {
      services.append(.init(service: HangupReloader(service: service), successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore))
    }
    var groupConfiguration = ServiceGroupConfiguration(
      services: services, gracefulShutdownSignals: configuration.trapSignals ? [.sigterm, .sigint] : [], logger: logger)
    groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownTimeout ?? configuration.deadline + .seconds(10)
    group = ServiceGroup(configuration: groupConfiguration)
  }

  /// The port the server listens on, once it does (`--port 0` picks a free one).
  var port: Int? { listeningBox.port }

  /// Serves until shut down. The lexicons load alongside; if they cannot be, the server shuts
  /// down again and says why.
  func run() async throws -> Ending {
    var rejected: [String]?
    try await withThrowingTaskGroup(of: [String]?.self) { tasks in
      tasks.addTask { [group] in
        try await group.run()
        return nil
      }
      tasks.addTask { [service, group] in
        guard case .rejected(let rejection) = await service.reloadLexicons(trigger: ServeService.startTrigger) else { return nil }
        await group.triggerGracefulShutdown()
        return rejection.problems
      }
      for try await problems in tasks where problems != nil { rejected = problems }
    }
    service.pool.stop()
    service.log.event("stopped")
    if let rejected { return .lexiconsRejected(rejected) }
    return .stopped
  }

  /// Begins a graceful shutdown, as SIGTERM does.
  func shutdown() async {
    await group.triggerGracefulShutdown()
  }
}

/// Where the server listens, set once it does.
private final class ListeningBox: Sendable {
  private let value = Mutex<Int?>(nil)
  var port: Int? { value.withLock { $0 } }
  func set(_ port: Int) { value.withLock { $0 = port } }
}

/// Marks the beginning of a graceful shutdown (for `/readyz`) and logs it.
private struct ShutdownWatcher: Service {
  let flag: ShutdownFlag
  let log: ServeLog

  func run() async throws {
    do {
      try await gracefulShutdown()
    } catch {
      return  // cancelled: the group is ending anyway
    }
    flag.set()
    log.event("shutting-down", [("message", .string("no new connections; finishing the requests in progress"))])
  }
}

/// SIGHUP → reload the lexicons (as `POST /v1/admin/reload`).
private struct HangupReloader: Service {
  let service: ServeService

  func run() async throws {
    for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
      _ = await service.reloadLexicons(trigger: "SIGHUP")
    }
  }
}

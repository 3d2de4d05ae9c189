import Foundation

/// Everything `zhextract serve` is started with; the integration tests build one directly.
struct ServeConfiguration: Sendable {
  /// Address to listen on (`127.0.0.1` by default: reachable from this machine only).
  var host = "127.0.0.1"
  /// Port to listen on; 0 asks the system for a free one (the `listening` log line says which).
  var port = 8080
  /// `--lexicons` (or `$ZHEXTRACT_LEXICONS`): laid over the bundled tables; re-read on reload.
  var lexiconDirectory: URL?
  /// `--tz`, minutes east of UTC.
  var timeZoneOffsetMinutes = 480
  /// Threads that extract (`--workers`, default: all cores).
  var workers = ProcessInfo.processInfo.activeProcessorCount
  /// Requests admitted beyond those being worked on (`--queue`); past `workers + queue` requests
  /// in progress, the next one is answered 429 at once.
  var queue = 32
  /// Largest request body (`--max-body`); a larger one is answered 413.
  var maxBodyBytes = 16 << 20
  /// Time a request may take from its arrival until its document is extracted (`--deadline`);
  /// past it the answer is 503.
  var deadline: Duration = .seconds(30)
  /// A connection with a request half-read and nothing arriving for this long is closed, and so
  /// is one idle between requests (`--idle-timeout`).
  var idleTimeout: Duration = .seconds(60)
  /// How long a graceful shutdown waits for the requests in progress before cancelling them;
  /// `nil`: the deadline and 10 s more.
  var shutdownTimeout: Duration? = nil
  /// One JSON line per request on standard error (`--no-access-log` turns it off).
  var accessLog = true
  /// SIGTERM/SIGINT shut down gracefully and SIGHUP reloads the lexicons. Off in the tests,
  /// which run several servers in one process.
  var trapSignals = true
}

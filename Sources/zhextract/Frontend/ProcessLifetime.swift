/// Objects a command run as the process (not from a test) keeps until the process exits.
///
/// Freeing an extractor's tables at the end of `zhextract extract` gave nothing back to anyone
/// (the process exits next) and cost some 45 million instructions, a twentieth of a one-file
/// run: the command hands its extractor here instead. `Main.main` turns this on; commands run
/// in a test process free their objects as before.
enum ProcessLifetime {
  /// Set once by `Main.main`, before any command runs.
  nonisolated(unsafe) static var keepsObjects = false
  nonisolated(unsafe) private static var kept: [AnyObject] = []

  /// Keeps `object` alive until exit when running as the process; otherwise does nothing.
  /// Called from the main thread only.
  static func keepUntilExit(_ object: AnyObject) {
    if keepsObjects { kept.append(object) }
  }
}

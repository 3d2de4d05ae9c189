import Foundation
import ZhExtract

/// Writes a file so that readers see the old content or the new, never a truncated mix: the
/// bytes go to a hidden temporary file next to it, which is then renamed over the target.
///
/// Temporary names have a fixed length whatever the target's (`.zhextract-tmp-PID-HASH`,
/// 40 bytes: a 250-byte file name still gets one) and carry the writer's process id.
/// A run stopped by SIGINT, SIGTERM or SIGHUP removes its temporaries on the way out
/// (`TemporaryFiles`); one killed outright (SIGKILL, a crash) leaves them, and the next run
/// into the same directory removes them — only those whose process is gone, never another
/// running batch's.
enum AtomicFile {
  /// Marks temporary files; `sweep` removes stale files whose names contain it.
  static let temporaryMarker = ".zhextract-tmp-"

  /// The temporary name for a target named `name` in its directory.
  static func temporaryName(for name: String) -> String {
    "\(temporaryMarker)\(getpid())-\(ContentHash.hex(of: Array(name.utf8)).prefix(16))"
  }

  static func write(_ bytes: some Collection<UInt8>, to url: URL) throws(CLIError) {
    let bytes = Array(bytes)
    try write(to: url) { fd in bytes.withUnsafeBytes { writeAll(fd, $0) } }
  }

  /// Writes a file as `write(_:to:)` does, its contents written by `body` to the descriptor
  /// it is given (0, or the errno of a failure).
  static func write(to url: URL, _ body: (Int32) -> Int32) throws(CLIError) {
    let directory = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw CLIError("\(directory.path): cannot create directory: \(error.localizedDescription)")
    }
    let temporary = directory.appendingPathComponent(temporaryName(for: url.lastPathComponent)).path
    TemporaryFiles.register(temporary)
    defer { TemporaryFiles.unregister(temporary) }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw CLIError("\(url.path): cannot be written (temporary \(temporary)): \(String(cString: strerror(errno)))") }
    let written = body(fd)
    close(fd)
    guard written == 0 else {
      unlink(temporary)
      throw CLIError("\(url.path): cannot be written: \(String(cString: strerror(written)))")
    }
    guard rename(temporary, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError("\(url.path): cannot be written: \(reason)")
    }
  }

  /// Writes all of `buffer` to `fd`; 0, or the errno of the failure.
  static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
    var offset = 0
    while offset < buffer.count {
      let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return 0
  }

  /// Removes temporary files under `directory` (recursively, or only in it) that an earlier
  /// run left: those whose process no longer exists. Returns how many.
  @discardableResult
  static func sweep(_ directory: URL, recursive: Bool = true) -> Int {
    var removed = 0
    let names: [String]
    if recursive {
      guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return 0 }
      var all: [String] = []
      while let relative = enumerator.nextObject() as? String {
        if relative.contains(temporaryMarker) { all.append(relative) }
      }
      names = all
    } else {
      names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.contains(temporaryMarker) }
    }
    for relative in names {
      let name = (relative as NSString).lastPathComponent
      guard let pid = owner(of: name), !isRunning(pid) else { continue }
      if unlink(directory.appendingPathComponent(relative).path) == 0 { removed += 1 }
    }
    return removed
  }

  /// The process id in a temporary name (`….zhextract-tmp-4242` or `.zhextract-tmp-4242-…`).
  static func owner(of name: String) -> Int32? {
    guard let range = name.range(of: temporaryMarker) else { return nil }
    let digits = name[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
    return Int32(digits)
  }

  /// Whether a process with this id exists (it may belong to another user).
  static func isRunning(_ pid: Int32) -> Bool {
    if pid == getpid() { return true }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}

/// The temporary files this process is writing, removed when a signal stops it (SIGINT,
/// SIGTERM, SIGHUP): the handler only calls `unlink`, then lets the signal do what it does.
enum TemporaryFiles {
  private static let slots = 8
  /// C strings (`strdup`), read by the signal handler; a slot is filled or cleared with one
  /// pointer store.
  nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slots)
    p.initialize(repeating: nil, count: slots)
    return p
  }()
  private static let lock = NSLock()
  nonisolated(unsafe) private static var installed = false

  /// Installs the handlers (once).
  static func removeOnSignals() {
    lock.lock()
    defer { lock.unlock() }
    guard !installed else { return }
    installed = true
    _ = paths
    // A parent may have started us with these signals blocked (a thread pool's mask is
    // inherited through posix_spawn): unblock them, before the worker threads copy the mask.
    var set = sigset_t()
    sigemptyset(&set)
    for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, sig) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      signal(sig) { sig in
        for k in 0..<TemporaryFiles.slots {
          if let path = TemporaryFiles.paths[k] { unlink(path) }
        }
        signal(sig, SIG_DFL)
        raise(sig)
      }
    }
  }

  static func register(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    for k in 0..<slots where paths[k] == nil {
      paths[k] = strdup(path)
      return
    }
  }

  static func unregister(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    for k in 0..<slots {
      if let p = paths[k], String(cString: p) == path {
        paths[k] = nil
        free(p)
        return
      }
    }
  }
}

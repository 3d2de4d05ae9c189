import Foundation

/// An advisory lock on an `--out-dir` directory (`flock` on `DIR/.zhextract-lock`), held for
/// the whole run: a second run into the same directory stops at once with a message instead
/// of sweeping the first one's temporary files and interleaving their manifests. The kernel
/// releases the lock when the process ends, however it ends, so a killed run never leaves
/// the directory locked.
final class DirectoryLock {
  static let fileName = ".zhextract-lock"
  private let fd: Int32

  /// Takes the lock, or throws a `CLIError` saying who holds it.
  init(directory: URL) throws(CLIError) {
    let path = directory.appendingPathComponent(Self.fileName).path
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw CLIError("\(path): cannot be opened: \(String(cString: strerror(errno)))") }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let reason = errno
      var holder = [UInt8](repeating: 0, count: 32)
      let n = holder.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 31, 0) }
      close(fd)
      guard reason == EWOULDBLOCK else { throw CLIError("\(path): cannot be locked: \(String(cString: strerror(reason)))") }
      let pid = n > 0 ? String(decoding: holder[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
      throw CLIError(
        "\(directory.path): another zhextract run (process \(pid)) is writing into this directory; wait for it to finish or choose another --out-dir")
    }
    let pid = Array("\(getpid())\n".utf8)
    _ = ftruncate(fd, 0)
    _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
    self.fd = fd
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}

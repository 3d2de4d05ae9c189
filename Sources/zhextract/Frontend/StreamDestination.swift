import Foundation

/// Standard output, or the file given with `-o` — written to a temporary file and renamed at
/// the end, so the file is never seen half-written.
final class StreamDestination: BatchDestination {
  private let fd: Int32
  private let target: URL?
  private let temporary: String?
  private var buffer: [UInt8] = []

  init(path: String?) throws(CLIError) {
    guard let path else {
      fd = STDOUT_FILENO
      target = nil
      temporary = nil
      return
    }
    let url = URL(fileURLWithPath: path)
    let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent)\(AtomicFile.temporaryMarker)\(getpid())").path
    let opened = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else { throw CLIError("\(path): cannot be written: \(String(cString: strerror(errno)))") }
    fd = opened
    target = url
    temporary = temp
  }

  func write(_ outcome: BatchOutcome) throws(CLIError) {
    guard let json = outcome.json else { return }
    try writeLine(json)
  }

  /// One line (a newline is added). Short lines gather in a 64 KiB buffer; a long one is
  /// written as it is, never copied.
  func writeLine(_ line: [UInt8]) throws(CLIError) {
    if buffer.count + line.count >= 1 << 16 {
      try flush()
      if line.count >= 1 << 16 { try write(line) }
      else { buffer.append(contentsOf: line) }
    } else {
      buffer.append(contentsOf: line)
    }
    buffer.append(0x0A)
  }

  /// One line of text (a newline is added).
  func writeLine(_ line: String) throws(CLIError) { try writeLine(Array(line.utf8)) }

  func finish() throws(CLIError) {
    try flush()
    guard let target, let temporary else { return }
    close(fd)
    guard rename(temporary, target.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError("\(target.path): cannot be written: \(reason)")
    }
  }

  private func flush() throws(CLIError) {
    defer { buffer.removeAll(keepingCapacity: true) }
    try write(buffer)
  }

  private func write(_ bytes: [UInt8]) throws(CLIError) {
    let failure = bytes.withUnsafeBytes { bytes -> Int32 in
      var offset = 0
      while offset < bytes.count {
        let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += n
      }
      return 0
    }
    if failure != 0 { throw CLIError("\(target?.path ?? "standard output"): cannot be written: \(String(cString: strerror(failure)))") }
  }
}

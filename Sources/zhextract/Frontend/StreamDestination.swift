import Foundation

/// Standard output, or the file given with `-o`.
///
/// - A regular file (new or existing) is written to a temporary file beside it and renamed
///   over it at the end, so it is never seen half-written — unless it is one of the inputs,
///   which is refused before anything is read.
/// - A symbolic link is followed: its target is written (and refused if it is an input).
/// - A FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal) is written
///   straight through: it cannot be renamed over, and replacing it would cut off its reader.
/// - A directory, a block device or a socket is refused.
final class StreamDestination: BatchDestination {
  private let fd: Int32
  private let target: String?
  private let temporary: String?
  private var buffer: [UInt8] = []
  /// A failure of `flush()`, thrown by `finish()`.
  private var flushFailure: CLIError?

  /// - Parameter inputs: the identities of every input (files, standard input): `-o` may
  ///   not name one of them.
  init(path: String?, inputs: Set<FileIdentity> = []) throws(CLIError) {
    guard let path else {
      fd = STDOUT_FILENO
      target = nil
      temporary = nil
      return
    }
    var resolved = path
    var info = stat()
    if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
      guard let real = realpath(path, nil) else {
        throw CLIError("-o \(path): a symbolic link to \(Self.linkTarget(path) ?? "nowhere"), which does not exist; name the file itself")
      }
      resolved = String(cString: real)
      free(real)
    }
    if stat(resolved, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if inputs.contains(FileIdentity(info)) {
        throw CLIError("-o \(path) is one of the inputs; refusing to overwrite it (choose another output file)")
      }
      switch kind {
      case S_IFREG:
        break
      case S_IFIFO, S_IFCHR:
        let opened = open(resolved, O_WRONLY | O_CLOEXEC)
        guard opened >= 0 else { throw CLIError("-o \(path): cannot be written: \(String(cString: strerror(errno)))") }
        fd = opened
        target = nil
        temporary = nil
        return
      default:
        throw CLIError("-o \(path) is \(FileBytes.kind(info.st_mode)); give a file to write the JSON Lines to")
      }
    }
    let url = URL(fileURLWithPath: resolved)
    let directory = url.deletingLastPathComponent()
    AtomicFile.sweep(directory, recursive: false)
    let temp = directory.appendingPathComponent(AtomicFile.temporaryName(for: url.lastPathComponent)).path
    TemporaryFiles.register(temp)
    let opened = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard opened >= 0 else {
      TemporaryFiles.unregister(temp)
      throw CLIError("-o \(path): cannot be written: \(String(cString: strerror(errno)))")
    }
    fd = opened
    target = resolved
    temporary = temp
  }

  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink(path, &buffer, buffer.count - 1)
    return n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
  }

  func write(_ outcome: BatchOutcome) throws(CLIError) {
    switch outcome.json {
    case nil: return
    case .rendered(let line)?: try writeLine(line)
    case let output?:
      // A long document, in pieces as its JSON is written.
      try writeBuffer()
      let failure = output.write(to: fd)
      if failure != 0 { throw cannotWrite(failure) }
      buffer.append(0x0A)
    }
  }

  /// One line (a newline is added). Short lines gather in a 64 KiB buffer; a long one is
  /// written as it is, never copied.
  func writeLine(_ line: [UInt8]) throws(CLIError) {
    if buffer.count + line.count >= 1 << 16 {
      try writeBuffer()
      if line.count >= 1 << 16 { try write(line) } else { buffer.append(contentsOf: line) }
    } else {
      buffer.append(contentsOf: line)
    }
    buffer.append(0x0A)
  }

  /// One line of text (a newline is added).
  func writeLine(_ line: String) throws(CLIError) { try writeLine(Array(line.utf8)) }

  /// Writes out the lines gathered so far, for a reader waiting for them. Only a stream written
  /// straight through: a temporary file is read by no one before it is renamed.
  func flush() {
    guard temporary == nil, !buffer.isEmpty, flushFailure == nil else { return }
    do throws(CLIError) { try writeBuffer() } catch { flushFailure = error }
  }

  func finish() throws(CLIError) {
    try writeBuffer()
    guard let target, let temporary else {
      if fd != STDOUT_FILENO { close(fd) }
      if let flushFailure { throw flushFailure }
      return
    }
    close(fd)
    defer { TemporaryFiles.unregister(temporary) }
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError("\(target): cannot be written: \(reason)")
    }
  }

  private func writeBuffer() throws(CLIError) {
    defer { buffer.removeAll(keepingCapacity: true) }
    try write(buffer)
  }

  private func write(_ bytes: [UInt8]) throws(CLIError) {
    let failure = bytes.withUnsafeBytes { AtomicFile.writeAll(fd, $0) }
    if failure != 0 { throw cannotWrite(failure) }
  }

  private func cannotWrite(_ failure: Int32) -> CLIError {
    CLIError("\(target ?? "standard output"): cannot be written: \(String(cString: strerror(failure)))")
  }
}

import Foundation

/// Reads whole files with POSIX calls, so that a failure says why (errno), not just "nil".
///
/// Reads are bounded: a file larger than the limit (`--max-bytes`) is refused before it is
/// read, a stream (a FIFO, a character device such as `/dev/zero`) is read only up to the
/// limit. Arrays are allocated at the file's size, not at a fixed minimum, so that indexing
/// 100,000 small files costs what they hold.
enum FileBytes {
  /// The default of `--max-bytes`: far above any news article, far below what would exhaust
  /// memory (the pipeline holds about 30 bytes per input byte while extracting).
  static let defaultLimit = 256 << 20

  /// Why a file could not be read; `code` is the error record's `error.code`.
  struct Failure: Error, CustomStringConvertible {
    /// `unreadable`, `not-regular-file` or `too-large`.
    var code: String
    var description: String

    var cliError: CLIError { CLIError(description) }
  }

  /// The bytes of `path`, following links.
  static func read(_ path: String, limit: Int = defaultLimit) throws(CLIError) -> [UInt8] {
    do {
      return try read(path: Array(path.utf8), name: path, limit: limit, regularOnly: false)
    } catch {
      throw error.cliError
    }
  }

  /// The bytes of `path` (raw bytes, any encoding, no NUL). With `regularOnly`, anything but
  /// a regular file is refused without reading it — opened without blocking, so a FIFO put in
  /// place of a listed file never hangs the batch.
  static func read(path: [UInt8], name: String, limit: Int, regularOnly: Bool) throws(Failure) -> [UInt8] {
    let flags = O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0)
    let fd = (path + [0]).withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, flags) }
    }
    guard fd >= 0 else { throw Failure(code: "unreadable", description: "\(name): cannot be read: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(code: "unreadable", description: "\(name): cannot be read: \(String(cString: strerror(errno)))") }
    let regular = (info.st_mode & S_IFMT) == S_IFREG
    if regularOnly && !regular {
      throw Failure(code: "not-regular-file", description: "\(name): not a regular file (\(kind(info.st_mode))); not read")
    }
    if regular && Int(info.st_size) > limit {
      throw Failure(code: "too-large", description: "\(name): \(info.st_size) bytes, more than --max-bytes \(limit); not read (raise --max-bytes to read it)")
    }
    if regularOnly {
      let current = fcntl(fd, F_GETFL)
      _ = fcntl(fd, F_SETFL, current & ~O_NONBLOCK)
    }
    return try readAll(fd: fd, name: name, limit: limit, expected: regular ? Int(info.st_size) : nil)
  }

  /// Everything until end of file from an open descriptor (standard input for `--stdin`),
  /// at most `limit` bytes.
  static func readAll(fd: Int32, name: String, limit: Int = defaultLimit) throws(CLIError) -> [UInt8] {
    var info = stat()
    let expected = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : nil
    do {
      return try readAll(fd: fd, name: name, limit: limit, expected: expected)
    } catch {
      throw error.cliError
    }
  }

  private static func readAll(fd: Int32, name: String, limit: Int, expected: Int?) throws(Failure) -> [UInt8] {
    // One byte more than expected, so that end of file is seen without growing.
    var bytes = [UInt8](repeating: 0, count: min(limit + 1, expected.map { $0 + 1 } ?? 1 << 16))
    var used = 0
    while true {
      if used == bytes.count {
        guard used <= limit else {
          throw Failure(code: "too-large", description: "\(name): more than --max-bytes \(limit) bytes; not read (raise --max-bytes to read it)")
        }
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
      }
      let room = bytes.count - used
      let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + used, room) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure(code: "unreadable", description: "\(name): cannot be read: \(String(cString: strerror(errno)))")
      }
      if n == 0 { break }
      used += n
    }
    guard used <= limit else {
      throw Failure(code: "too-large", description: "\(name): more than --max-bytes \(limit) bytes; not read (raise --max-bytes to read it)")
    }
    // Exactly as large as the content: a growing buffer may hold up to twice as much.
    if bytes.count - used > 64 { return Array(bytes[0..<used]) }
    bytes.removeSubrange(used...)
    return bytes
  }

  /// What kind of file a mode says, in words: `a FIFO`, `a character device`, …
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFREG: "a regular file"
    case S_IFDIR: "a directory"
    case S_IFLNK: "a symbolic link"
    case S_IFIFO: "a FIFO"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFSOCK: "a socket"
    default: "not a file"
    }
  }

  /// The size of the file at `path` (following links), or `nil` when it cannot be examined.
  static func size(atPath path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// The size of a regular file behind a descriptor, or `nil` (a pipe, a terminal).
  static func regularFileSize(fd: Int32) -> Int? {
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }
}

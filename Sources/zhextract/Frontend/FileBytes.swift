import Foundation

/// Reads whole files with POSIX calls, so that a failure says why (errno), not just "nil".
enum FileBytes {
  static func read(_ path: String) throws(CLIError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw CLIError("\(path): cannot be read: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    return try readAll(fd: fd, name: path)
  }

  /// Everything until end of file from an open descriptor (standard input for `--stdin`).
  static func readAll(fd: Int32, name: String) throws(CLIError) -> [UInt8] {
    var info = stat()
    let expected = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
    // One byte more than expected, so that end of file is seen without growing.
    var bytes = [UInt8](repeating: 0, count: max(expected + 1, 1 << 16))
    var used = 0
    while true {
      if used == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count)) }
      let room = bytes.count - used
      let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + used, room) }
      if n < 0 {
        if errno == EINTR { continue }
        throw CLIError("\(name): cannot be read: \(String(cString: strerror(errno)))")
      }
      if n == 0 { break }
      used += n
    }
    bytes.removeSubrange(used...)
    return bytes
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

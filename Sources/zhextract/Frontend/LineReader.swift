import Foundation

/// Reads a stream line by line in 1 MB chunks, holding only the current line and one chunk:
/// a 1 GB JSON Lines stream never sits in memory. A final line without `\n` still counts;
/// a `\r` before the `\n` is dropped, and so is a UTF-8 byte-order mark at the very start.
final class LineReader {
  private let fd: Int32
  private let name: String
  private var buffer: [UInt8] = []
  private var chunk = [UInt8](repeating: 0, count: 1 << 20)
  private var start = 0
  /// Where the search for the next `\n` resumes (bytes before it hold none).
  private var scanned = 0
  private var atEnd = false
  private var checkedByteOrderMark = false
  private(set) var lineNumber = 0
  /// A read error, reported once the lines before it have been returned.
  private(set) var failure: CLIError?

  /// - Parameter firstLine: the number of the first line (a stream that continues another
  ///   starts past 1).
  init(fd: Int32, name: String, firstLine: Int = 1) {
    self.fd = fd
    self.name = name
    lineNumber = firstLine - 1
  }

  /// The next line without its terminator, or `nil` at end of input (or after a read error).
  func next() -> [UInt8]? {
    while true {
      if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        scanned = start
        lineNumber += 1
        return line
      }
      scanned = buffer.count
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        lineNumber += 1
        return line
      }
      fill()
    }
  }

  private func fill() {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      scanned -= start
      start = 0
    }
    var n: Int
    repeat {
      n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
    } while n < 0 && errno == EINTR
    if n < 0 {
      failure = CLIError("\(name): cannot be read: \(String(cString: strerror(errno)))")
      n = 0
    }
    if n == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<n]) }
    if !checkedByteOrderMark, buffer.count >= 3 || atEnd {
      checkedByteOrderMark = true
      if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
        buffer.removeSubrange(0..<3)
        scanned = 0
      }
    }
  }
}

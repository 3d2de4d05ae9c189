import Foundation

/// Reads a stream line by line in 1 MB chunks, holding only the current line and one chunk:
/// a 1 GB JSON Lines stream never sits in memory. A final line without `\n` still counts;
/// a `\r` before the `\n` is dropped, and so is a UTF-8 byte-order mark at the very start.
/// A line longer than `maxLineBytes` is not kept: it is skipped to its end and reported as
/// `.tooLong`, so one runaway line cannot exhaust memory.
final class LineReader {
  enum Line {
    case text([UInt8])
    /// A line of this many bytes (at least), longer than the limit.
    case tooLong(Int)
  }

  private let fd: Int32
  private let name: String
  private let maxLineBytes: Int
  private var buffer: [UInt8] = []
  private var chunk = [UInt8](repeating: 0, count: 1 << 20)
  private var start = 0
  /// Where the search for the next `\n` resumes (bytes before it hold none).
  private var scanned = 0
  private var atEnd = false
  private var checkedByteOrderMark = false
  /// Bytes of an over-long line dropped so far (0 when not inside one).
  private var dropping = 0
  private(set) var lineNumber = 0
  /// A read error, reported once the lines before it have been returned.
  private(set) var failure: CLIError?

  /// - Parameter firstLine: the number of the first line (a stream that continues another
  ///   starts past 1).
  init(fd: Int32, name: String, firstLine: Int = 1, maxLineBytes: Int = FileBytes.defaultLimit) {
    self.fd = fd
    self.name = name
    self.maxLineBytes = maxLineBytes
    lineNumber = firstLine - 1
  }

  /// The next line without its terminator, or `nil` at end of input (or after a read error).
  func next() -> Line? {
    while true {
      if let newline = newline(from: max(start, scanned)) {
        lineNumber += 1
        if dropping > 0 {
          let length = dropping + newline - start
          dropping = 0
          start = newline + 1
          scanned = start
          return .tooLong(length)
        }
        var end = newline
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        let line = Array(buffer[start..<end])
        start = newline + 1
        scanned = start
        if line.count > maxLineBytes { return .tooLong(line.count) }
        return .text(line)
      }
      scanned = buffer.count
      dropOverLongPart()
      if atEnd {
        guard start < buffer.count || dropping > 0 else { return nil }
        lineNumber += 1
        let length = dropping + buffer.count - start
        let line = Array(buffer[start...])
        start = buffer.count
        if dropping > 0 || line.count > maxLineBytes {
          dropping = 0
          return .tooLong(length)
        }
        return .text(line)
      }
      fill()
    }
  }

  /// Whether `next()` would wait for input: no whole line is held and the descriptor has
  /// nothing to read yet (`poll` without a timeout; a regular file never waits). A line found
  /// held is not searched for again by `next()`.
  func wouldWait() -> Bool {
    while !atEnd {
      if let newline = newline(from: max(start, scanned)) {
        scanned = newline
        return false
      }
      scanned = buffer.count
      dropOverLongPart()
      var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let polled = poll(&ready, 1, 0)
      if polled == 0 || (polled < 0 && errno == EINTR) { return true }  // asked again later
      fill()  // what is ready (or an error, which the read reports): no wait
    }
    return false
  }

  /// With no `\n` held and more than `maxLineBytes` held of the line: no end in sight, so what
  /// is held is dropped and only its count kept.
  private func dropOverLongPart() {
    if buffer.count - start > maxLineBytes {
      dropping += buffer.count - start
      start = buffer.count
      scanned = start
    }
  }

  /// The offset of the first `\n` in `buffer` from `offset` on, found by `memchr` (the generic
  /// `firstIndex(of:)` on a slice took some 5 instructions a byte, on the thread that also writes
  /// the output while the workers extract).
  private func newline(from offset: Int) -> Int? {
    guard offset < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { p in
      let base = UnsafeRawPointer(p.baseAddress!)
      guard let hit = memchr(base + offset, 0x0A, p.count - offset) else { return nil }
      return base.distance(to: UnsafeRawPointer(hit))
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

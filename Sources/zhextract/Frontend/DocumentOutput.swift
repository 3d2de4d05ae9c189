import ZhExtract

/// What a destination writes for one document: the bytes a worker rendered, or — for a long
/// document — the result itself, written in pieces straight from its mentions so that the
/// whole JSON is never held in memory (one 20 MB document writes some 55 MB of it).
enum DocumentOutput: Sendable {
  case rendered([UInt8])
  case streamed(DocumentResult, pretty: Bool)

  /// Documents of at least this many input bytes are written in pieces; shorter ones are
  /// rendered by the worker that extracted them, in parallel with the others.
  static let streamingThreshold = 1 << 20

  /// Hands the bytes (without a final line break) to `body`, in one piece or many.
  func write(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    switch self {
    case .rendered(let bytes): bytes.withUnsafeBufferPointer(body)
    case .streamed(let result, let pretty): result.writeJSON(pretty: pretty, body)
    }
  }

  /// Writes the bytes to `fd`, stopping at the first failure: 0, or its errno.
  func write(to fd: Int32) -> Int32 {
    var failure: Int32 = 0
    write { piece in
      if failure == 0 { failure = AtomicFile.writeAll(fd, UnsafeRawBufferPointer(piece)) }
    }
    return failure
  }

  /// All the bytes at once (the service's replies).
  var bytes: [UInt8] {
    switch self {
    case .rendered(let bytes): return bytes
    case .streamed(let result, let pretty): return result.jsonBytes(pretty: pretty)
    }
  }
}

/// One unit of work for the batch: a document to read and extract, handed to a worker.
enum BatchJob: Sendable {
  /// A file named on the command line or found in a directory; read by the worker.
  case file(InputFile)
  /// Raw text from standard input (`--stdin`), already read.
  case text(bytes: [UInt8], id: String)
  /// One line of a JSON Lines stream (`--jsonl`, a `.jsonl` file), parsed by the worker.
  case record(line: [UInt8], place: RecordPlace)
  /// A document that already failed before any worker saw it.
  case failed(BatchOutcome)

  /// Bytes of input this job stands for (for progress and MB/s).
  var byteCount: Int {
    switch self {
    case .file(let file): file.size
    case .text(let bytes, _): bytes.count
    case .record(let line, _): line.count + 1
    case .failed(let outcome): outcome.inputBytes
    }
  }
}

/// Where a JSON Lines record came from: its stream (standard input or a file) and line.
struct RecordPlace: Sendable {
  /// `standard input`, or the file's path as typed: for messages.
  var stream: String
  /// `stdin`, or the file's path: the id of an error record is `PREFIX:LINE`.
  var idPrefix: String
  var line: Int

  static func standardInput(line: Int) -> RecordPlace { RecordPlace(stream: "standard input", idPrefix: "stdin", line: line) }

  /// The id given to the line when its own cannot be used.
  var lineId: String { "\(idPrefix):\(line)" }
}

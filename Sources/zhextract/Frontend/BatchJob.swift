/// One unit of work for the batch: a document to read and extract, handed to a worker.
enum BatchJob: Sendable {
  /// A file named on the command line or found in a directory; read by the worker.
  case file(InputFile)
  /// Raw text from standard input (`--stdin`), already read.
  case text(bytes: [UInt8], id: String)
  /// One line of a JSON Lines stream (`--jsonl`), parsed by the worker.
  case record(line: [UInt8], lineNumber: Int)
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

import Foundation
import ZhExtract

/// The documents of one `extract` run as jobs, in command-line order: files and problems of
/// the plan, then the records of each JSON Lines file (read line by line, never whole), and
/// standard input — one raw document, or JSON Lines records with `--jsonl`.
final class BatchInputs {
  private var items: IndexingIterator<[InputPlan.Item]>
  private let recordsFromStandardInput: Bool
  /// The id of the document read from standard input (`--id`, default `-`).
  private let standardInputId: String
  private let firstLine: Int
  private let limit: Int
  private let style: OutputStyle
  /// The JSON Lines stream being read, and how to name its records.
  private var reader: (LineReader, fd: Int32, stream: String, idPrefix: String)?
  /// Read errors of streams, reported at the end (trouble: exit 2).
  private(set) var failures: [CLIError] = []
  /// A record read by `wouldWait()`, the next job.
  private var peeked: BatchJob?

  init(plan: InputPlan, recordsFromStandardInput: Bool, standardInputId: String, firstLine: Int, limit: Int, style: OutputStyle) {
    items = plan.items.makeIterator()
    self.recordsFromStandardInput = recordsFromStandardInput
    self.standardInputId = standardInputId
    self.firstLine = firstLine
    self.limit = limit
    self.style = style
  }

  /// Whether `next()` might wait for input: a stream with no record ready yet, or a stream
  /// (standard input, a JSON Lines path that may be a FIFO) about to be opened. Blank lines
  /// held are passed over here, so that `next()` does not wait behind them.
  func wouldWait() -> Bool {
    if peeked != nil { return false }
    guard let (lines, _, stream, prefix) = reader else {
      var ahead = items
      switch ahead.next() {
      case .standardInput?, .records?: return true
      default: return false
      }
    }
    while !lines.wouldWait() {
      guard let line = lines.next() else { return false }  // the end: `next()` finds it again
      peeked = job(line, place: RecordPlace(stream: stream, idPrefix: prefix, line: lines.lineNumber))
      if peeked != nil { return false }
    }
    return true
  }

  /// The next job, or `nil` when every input has been read.
  func next() -> BatchJob? {
    if let job = peeked {
      peeked = nil
      return job
    }
    while true {
      if let (lines, fd, stream, prefix) = reader {
        while let line = lines.next() {
          if let job = job(line, place: RecordPlace(stream: stream, idPrefix: prefix, line: lines.lineNumber)) { return job }
        }
        if let failure = lines.failure { failures.append(failure) }
        if fd != STDIN_FILENO { close(fd) }
        reader = nil
      }
      guard let item = items.next() else { return nil }
      switch item {
      case .file(let file):
        return .file(file)
      case .problem(let id, _, let code, let message):
        let failure = DocumentFailure(id: id, code: code, message: message)
        return .failed(.failure(failure, outputPath: OutputNames.outputPath(for: id), inputBytes: 0, style: style))
      case .records(let path, _):
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
          let name = URL(fileURLWithPath: path).lastPathComponent
          let failure = DocumentFailure(id: name, code: "unreadable", message: "\(path): cannot be read: \(String(cString: strerror(errno)))")
          return .failed(.failure(failure, outputPath: PathSafeName.name(for: name) + ".json", inputBytes: 0, style: style))
        }
        reader = (LineReader(fd: fd, name: path, firstLine: firstLine, maxLineBytes: limit), fd, path, path)
      case .standardInput:
        if recordsFromStandardInput {
          reader = (LineReader(fd: STDIN_FILENO, name: "standard input", firstLine: firstLine, maxLineBytes: limit), STDIN_FILENO, "standard input", "stdin")
          continue
        }
        switch Result(catching: { () throws(CLIError) in try FileBytes.readAll(fd: STDIN_FILENO, name: "standard input", limit: limit) }) {
        case .success(let bytes): return .text(bytes: bytes, id: standardInputId)
        case .failure(let error):
          let code = error.description.contains("--max-bytes") ? "too-large" : "unreadable"
          let failure = DocumentFailure(id: standardInputId, code: code, message: error.description)
          return .failed(.failure(failure, outputPath: PathSafeName.name(for: standardInputId) + ".json", inputBytes: 0, style: style))
        }
      }
    }
  }

  /// The job of a JSON Lines line, or `nil` for a blank line (not a record).
  private func job(_ line: LineReader.Line, place: RecordPlace) -> BatchJob? {
    switch line {
    case .text(let bytes):
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
      return .record(line: bytes, place: place)
    case .tooLong(let length):
      return .failed(Self.tooLongRecord(place, length: length, limit: limit, style: style))
    }
  }

  /// The error record of a JSON Lines line longer than `--max-bytes`.
  static func tooLongRecord(_ place: RecordPlace, length: Int, limit: Int, style: OutputStyle) -> BatchOutcome {
    let problem = "\(length) bytes, more than --max-bytes \(limit); not read"
    var outcome = BatchOutcome.failure(
      DocumentFailure(id: place.lineId, code: "too-large", message: "line \(place.line): \(problem)"),
      outputPath: PathSafeName.name(for: place.lineId) + ".json", inputBytes: length + 1, style: style,
      diagnostic: "\(place.stream), line \(place.line): \(problem)")
    outcome.record = place
    return outcome
  }
}

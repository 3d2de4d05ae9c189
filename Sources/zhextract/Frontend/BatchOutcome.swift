import ZhExtract

/// What became of one document: the JSON to write (or nothing, when skipped), what to record
/// in the manifest, and the numbers for the summary.
struct BatchOutcome: Sendable {
  enum Status: Sendable {
    case extracted(MentionCounts)
    case failed(DocumentFailure)
    /// Unchanged since the run recorded in the manifest; its output file is kept.
    case skipped
  }

  var id: String
  /// Where the document's `.json` goes under `--out-dir` (relative, `/`-separated).
  var outputPath: String
  var status: Status
  /// The SPEC JSON (or CSV rows) without a final line break (one line, or indented with
  /// `--pretty`); `nil` when skipped.
  var json: DocumentOutput?
  /// The manifest entry to record once the output is written; `nil` for failures.
  var manifestEntry: ExtractionManifest.Entry?
  var inputBytes: Int
  /// For a failure: the line for standard error, naming the document (default: its message).
  var diagnostic: String? = nil
  /// For a JSON Lines record: where it was (a record's id that repeats one already written
  /// becomes an error record under the line's own id).
  var record: RecordPlace? = nil

  var isFailure: Bool {
    if case .failed = status { return true }
    return false
  }

  static func failure(
    _ failure: DocumentFailure, outputPath: String, inputBytes: Int, style: OutputStyle, diagnostic: String? = nil
  ) -> BatchOutcome {
    BatchOutcome(
      id: failure.id, outputPath: outputPath, status: .failed(failure),
      json: style.render(.failure(failure)), manifestEntry: nil, inputBytes: inputBytes,
      diagnostic: diagnostic)
  }
}

/// How each document is written: SPEC JSON (one line, or indented with `--pretty`), or the
/// rows of `--to csv`.
struct OutputStyle: Sendable {
  var pretty = false
  var csv = false

  /// The output of `result` without a final line break; `nil` for CSV of a document with no
  /// row. The JSON of a document read from `inputBytes` bytes or more is written later, in
  /// pieces (`DocumentOutput.streamingThreshold`).
  func render(_ result: DocumentResult, inputBytes: Int = 0) -> DocumentOutput? {
    if csv { return CSVRows.rows(result).map(DocumentOutput.rendered) }
    if inputBytes >= DocumentOutput.streamingThreshold { return .streamed(result, pretty: pretty) }
    return .rendered(result.jsonBytes(pretty: pretty))
  }
}

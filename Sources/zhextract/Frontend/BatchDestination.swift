/// Where a batch's documents go: one JSON Lines stream, or one file per document.
protocol BatchDestination: AnyObject {
  /// Writes one outcome's JSON (skipped outcomes have none). A failure to write is a failure
  /// of that document: the caller reports it and the batch goes on.
  func write(_ outcome: BatchOutcome) throws(CLIError)
  /// Makes everything written durable and visible (flush, rename, manifest).
  func finish() throws(CLIError)
}

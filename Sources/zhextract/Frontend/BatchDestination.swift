/// Where a batch's documents go: one JSON Lines stream, or one file per document.
protocol BatchDestination: AnyObject {
  /// Writes one outcome's JSON (skipped outcomes have none). A failure to write is a failure
  /// of that document: the caller reports it and the batch goes on.
  func write(_ outcome: BatchOutcome) throws(CLIError)
  /// Hands what has been written so far to whoever reads it: the run is about to wait for
  /// input. A failure is kept for `finish()` to throw.
  func flush()
  /// Makes everything written durable and visible (flush, rename, manifest).
  func finish() throws(CLIError)
}

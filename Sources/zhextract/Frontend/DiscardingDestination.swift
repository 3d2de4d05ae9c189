/// Counts what it is given and keeps nothing (for measuring).
final class DiscardingDestination: BatchDestination {
  private(set) var bytes = 0
  func write(_ outcome: BatchOutcome) throws(CLIError) { bytes += outcome.json?.utf8.count ?? 0 }
  func finish() throws(CLIError) {}
}

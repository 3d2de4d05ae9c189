import Foundation
import ZhExtract

/// Runs a batch: jobs are pulled in order, processed on `jobs` workers, and written in input
/// order to the destination; failures are reported on stderr as they come and counted. The
/// exit status is decided by the caller from the returned summary (swift-format's Frontend
/// pattern: once, at the end).
struct BatchRun {
  var processor: BatchProcessor
  var jobs: Int
  var destination: BatchDestination
  var progress: ProgressBar?

  func run(next: () -> BatchJob?) -> BatchSummary {
    var summary = BatchSummary()
    let started = Date()
    let map = OrderedParallelMap<BatchJob, BatchOutcome>(jobs: jobs) { [processor] job in processor.process(job) }
    // Ids of JSON Lines records seen so far, by hash (canonically equivalent ids are equal, as
    // in Swift, `diff` and most consumers): 16 bytes a record, not the ids themselves.
    var recordIds: [Int: Int] = [:]
    map.run(next: next) { outcome in
      var outcome = outcome
      if let line = outcome.lineNumber, !outcome.isFailure {
        if let first = recordIds[outcome.id.hashValue] {
          outcome = Self.duplicate(outcome, line: line, first: first, pretty: processor.pretty)
        } else {
          recordIds[outcome.id.hashValue] = line
        }
      }
      summary.bytes += outcome.inputBytes
      do throws(CLIError) {
        try destination.write(outcome)
        switch outcome.status {
        case .extracted(let counts):
          summary.extracted += 1
          summary.counts += counts
        case .skipped:
          summary.skipped += 1
        case .failed(let failure):
          summary.failed += 1
          report(outcome.diagnostic ?? failure.message)
        }
      } catch {
        summary.failed += 1
        report(error.description)
      }
      progress?.update(documents: summary.documents, bytes: summary.bytes)
    }
    summary.seconds = Date().timeIntervalSince(started)
    return summary
  }

  /// A record whose id an earlier record of the stream already has: an error record, under
  /// the line's own id, so that ids stay unique in the output.
  static func duplicate(_ outcome: BatchOutcome, line: Int, first: Int, pretty: Bool) -> BatchOutcome {
    let id = BatchProcessor.lineId(line)
    let problem = "the id \(outcome.id) is already the id of line \(first); ids must be unique in one run"
    var failed = BatchOutcome.failure(
      DocumentFailure(id: id, code: "duplicate-id", message: "line \(line): \(problem)"),
      outputPath: PathSafeName.name(for: id) + ".json", inputBytes: outcome.inputBytes, pretty: pretty,
      diagnostic: "standard input, line \(line): \(problem)")
    failed.lineNumber = line
    return failed
  }

  private func report(_ message: String) {
    progress?.clear()
    Diagnostics.error(message)
  }
}

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
    map.run(next: next) { outcome in
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

  private func report(_ message: String) {
    progress?.clear()
    Diagnostics.error(message)
  }
}

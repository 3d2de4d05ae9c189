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

  /// - Parameter wouldWait: whether `next` would wait for input; before it does, every
  ///   document read so far is written and the destination flushed (a program that pipes one
  ///   record at a time and waits for each answer gets it at once).
  func run(next: () -> BatchJob?, wouldWait: () -> Bool = { false }) -> BatchSummary {
    var summary = BatchSummary()
    let started = Date()
    // Documents go to workers in batches of about 64 KB or 64 documents (two thread hand-overs a
    // batch, not a document); with one job, on one thread.
    let map = OrderedParallelMap<BatchJob, BatchOutcome>(jobs: jobs, weight: { $0.byteCount }) { [processor] job in processor.process(job) }
    // Ids written so far, by hash (canonically equivalent ids are equal, as in Swift, `diff`
    // and most consumers): 16 bytes a document, not the ids themselves. Files have unique ids
    // by construction (`OutputNames`); a record that repeats any id becomes an error record.
    var seen: [Int: String] = [:]
    map.run(next: next, wouldWait: wouldWait, beforeWaiting: { destination.flush() }) { outcome in
      var outcome = outcome
      if let place = outcome.record {
        if !outcome.isFailure, let first = seen[outcome.id.hashValue] {
          outcome = Self.duplicate(outcome, place: place, first: first, style: processor.style)
        }
        seen[outcome.id.hashValue] = seen[outcome.id.hashValue] ?? "\(place.stream == "standard input" ? "" : place.stream + ", ")line \(place.line)"
      } else {
        seen[outcome.id.hashValue] = seen[outcome.id.hashValue] ?? "an earlier document"
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

  /// A record whose id an earlier document of the run already has: an error record, under
  /// the line's own id, so that ids stay unique in the output.
  static func duplicate(_ outcome: BatchOutcome, place: RecordPlace, first: String, style: OutputStyle) -> BatchOutcome {
    let id = place.lineId
    let problem = "the id \(outcome.id) is already the id of \(first); ids must be unique in one run"
    var failed = BatchOutcome.failure(
      DocumentFailure(id: id, code: "duplicate-id", message: "line \(place.line): \(problem)"),
      outputPath: PathSafeName.name(for: id) + ".json", inputBytes: outcome.inputBytes, style: style,
      diagnostic: "\(place.stream), line \(place.line): \(problem)")
    failed.record = place
    return failed
  }

  private func report(_ message: String) {
    progress?.clear()
    Diagnostics.error(message)
  }
}

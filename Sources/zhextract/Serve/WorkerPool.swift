import Foundation
import Synchronization

/// The threads that extract (`--workers`). Extraction is synchronous and CPU-bound, so it runs
/// here, off NIO's event loops and Swift's cooperative pool, which stay free to accept, read
/// and answer requests. Jobs are taken first in, first out.
///
/// Every job carries its request's deadline: `run` returns `nil` once the deadline has passed,
/// whether the job is still queued (it is then dropped unrun when a thread reaches it) or
/// running (a document cannot be interrupted halfway, so its thread finishes it and the result
/// is discarded; the pipeline is linear in its input, so that is bounded by the body limit).
final class WorkerPool: @unchecked Sendable {
  let threadCount: Int

  // Guarded by `condition`.
  private let condition = NSCondition()
  private var jobs: [Job?] = []
  private var head = 0
  private var running = 0
  private var stopped = false

  private struct Job {
    /// `false` once the job's deadline has passed: it is dropped without running.
    var isPending: @Sendable () -> Bool
    var execute: @Sendable () -> Void
  }

  init(threads: Int) {
    threadCount = max(1, threads)
    for index in 0..<threadCount {
      let thread = Thread { [self] in work() }
      thread.name = "zhextract-worker-\(index)"
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Jobs waiting for a thread (for `/metrics`).
  var queued: Int {
    condition.lock()
    defer { condition.unlock() }
    return jobs.count - head
  }

  /// Jobs being worked on now.
  var busy: Int {
    condition.lock()
    defer { condition.unlock() }
    return running
  }

  /// Runs `work` on a worker thread; `nil` when `deadline` passes first.
  func run<T: Sendable>(until deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () -> T) async -> T? {
    let remaining = deadline - ContinuousClock.now
    guard remaining > .zero else { return nil }
    return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
      let slot = ResultSlot(continuation)
      let timer = Task {
        do {
          try await Task.sleep(until: deadline, clock: .continuous)
        } catch {
          return  // cancelled: the result came first
        }
        slot.resume(nil)
      }
      let job = Job(
        isPending: { slot.isPending },
        execute: {
          let value = work()
          timer.cancel()
          slot.resume(value)
        })
      condition.lock()
      jobs.append(job)
      condition.signal()
      condition.unlock()
    }
  }

  /// Lets the threads end once the queue is empty (after a graceful shutdown).
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func work() {
    condition.lock()
    while true {
      if head < jobs.count {
        let job = jobs[head]!
        jobs[head] = nil  // do not keep a taken document alive
        head += 1
        if head > 64 && head * 2 > jobs.count {
          jobs.removeFirst(head)
          head = 0
        }
        guard job.isPending() else { continue }
        running += 1
        condition.unlock()
        job.execute()
        condition.lock()
        running -= 1
        continue
      }
      if stopped { break }
      condition.wait()
    }
    condition.unlock()
  }
}

/// A continuation resumed exactly once, by whichever comes first: the result or the deadline.
private final class ResultSlot<T: Sendable>: Sendable {
  private let continuation: Mutex<CheckedContinuation<T?, Never>?>

  init(_ continuation: CheckedContinuation<T?, Never>) {
    self.continuation = Mutex(continuation)
  }

  var isPending: Bool { continuation.withLock { $0 != nil } }

  func resume(_ value: T?) {
    let taken = continuation.withLock { slot -> CheckedContinuation<T?, Never>? in
      defer { slot = nil }
      return slot
    }
    taken?.resume(returning: value)
  }
}

/// Admission control: at most `limit` requests that need a worker are in progress at once
/// (`--workers` + `--queue`); the next is refused with 429 instead of waiting without bound.
final class Admission: Sendable {
  let limit: Int
  private let count = Mutex(0)

  init(limit: Int) { self.limit = limit }

  var inProgress: Int { count.withLock { $0 } }

  /// A ticket that holds a place until it is released (dropping it releases it), or `nil`
  /// when every place is taken.
  func enter() -> Ticket? {
    let admitted = count.withLock { value -> Bool in
      guard value < limit else { return false }
      value += 1
      return true
    }
    return admitted ? Ticket(self) : nil
  }

  fileprivate func leave() { count.withLock { $0 -= 1 } }

  /// One admitted request. Released when the last reference goes: after its response has
  /// been written, or when the response is dropped because the client went away.
  final class Ticket: Sendable {
    private let admission: Admission
    fileprivate init(_ admission: Admission) { self.admission = admission }
    deinit { admission.leave() }
  }
}

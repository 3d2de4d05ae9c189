import Foundation

/// Runs `transform` over a stream of inputs on `jobs` worker threads and hands the outputs to
/// the caller in input order. At most `window` inputs are in flight (read but not yet
/// consumed), so memory is bounded by a few documents, not by the length of the stream.
///
/// Inputs are pulled on the calling thread; outputs are consumed on the calling thread, one at
/// a time, in order — so the consumer needs no locking and the output is deterministic.
final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  let jobs: Int
  let window: Int
  private let transform: @Sendable (Input) -> Output

  // Guarded by `condition`.
  private let condition = NSCondition()
  private var pending: [(Int, Input)?] = []
  private var pendingHead = 0
  private var finished: [Int: Output] = [:]
  private var closed = false

  init(jobs: Int, window: Int? = nil, transform: @escaping @Sendable (Input) -> Output) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window ?? 2 * self.jobs + 2)
    self.transform = transform
  }

  /// Pulls every input from `next` (until it returns `nil`), and calls `consume` with each
  /// output in input order. Returns when the last output has been consumed.
  func run(next: () -> Input?, consume: (Output) -> Void) {
    let threads = (0..<jobs).map { _ in Thread { [self] in work() } }
    for thread in threads {
      thread.stackSize = 8 << 20
      thread.start()
    }
    var submitted = 0
    var emitted = 0
    var exhausted = false
    condition.lock()
    while true {
      if let output = finished.removeValue(forKey: emitted) {
        emitted += 1
        condition.unlock()
        consume(output)
        condition.lock()
        continue
      }
      if !exhausted && submitted - emitted < window {
        condition.unlock()
        let input = next()
        condition.lock()
        if let input {
          pending.append((submitted, input))
          submitted += 1
          condition.signal()
        } else {
          exhausted = true
        }
        continue
      }
      if exhausted && emitted == submitted { break }
      condition.wait()
    }
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  private func work() {
    condition.lock()
    while true {
      if pendingHead < pending.count {
        let (sequence, input) = pending[pendingHead]!
        pending[pendingHead] = nil  // do not keep a taken document alive
        pendingHead += 1
        if pendingHead > 64 && pendingHead * 2 > pending.count {
          pending.removeFirst(pendingHead)
          pendingHead = 0
        }
        condition.unlock()
        let output = transform(input)
        condition.lock()
        finished[sequence] = output
        condition.broadcast()
        continue
      }
      if closed { break }
      condition.wait()
    }
    condition.unlock()
  }
}

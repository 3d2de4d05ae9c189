import Foundation

/// Runs `transform` over a stream of inputs on `jobs` worker threads and hands the outputs to
/// the caller in input order. At most `window` batches are in flight (read but not yet
/// consumed), so memory is bounded by a few batches, not by the length of the stream.
///
/// Inputs are pulled on the calling thread; outputs are consumed on the calling thread, one at
/// a time, in order — so the consumer needs no locking and the output is deterministic.
///
/// Inputs are handed to workers in batches of about `batchWeight` (by `weight`, e.g. bytes)
/// or `batchCount` inputs, whichever comes first, so that a stream of small documents costs
/// two thread hand-overs a batch, not a document; a batch is handed over early when a worker
/// waits with nothing queued (at the start, or when input comes slowly). Without `weight`,
/// each input is its own batch. With one job there is no hand-over at all: one thread reads,
/// transforms and consumes in turn. A map runs one stream: make a new one for the next.
///
/// Input that comes slowly (a program piping one record and waiting for its answer) is never
/// kept waiting for more: when `wouldWait` says the next pull would block, the part-filled
/// batch is handed over, outputs are consumed as they come and `beforeWaiting` is called after
/// them (where the consumer flushes); the pull that waits is made only once every output before
/// it is out.
final class OrderedParallelMap<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  let jobs: Int
  let window: Int
  let batchWeight: Int
  let batchCount: Int
  private let weight: (@Sendable (Input) -> Int)?
  private let transform: @Sendable (Input) -> Output

  // Guarded by `condition`.
  private let condition = NSCondition()
  private var pending: [(Int, [Input])?] = []
  private var pendingHead = 0
  private var finished: [Int: [Output]] = [:]
  private var waitingWorkers = 0
  private var closed = false

  init(
    jobs: Int, window: Int? = nil, batchWeight: Int = 64 << 10, batchCount: Int = 64, weight: (@Sendable (Input) -> Int)? = nil,
    transform: @escaping @Sendable (Input) -> Output
  ) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window ?? 2 * self.jobs + 2)
    self.batchWeight = max(1, batchWeight)
    self.batchCount = weight == nil ? 1 : max(1, batchCount)
    self.weight = weight
    self.transform = transform
  }

  /// Pulls every input from `next` (until it returns `nil`), and calls `consume` with each
  /// output in input order. Returns when the last output has been consumed.
  ///
  /// - Parameters:
  ///   - wouldWait: asked before each pull, on the calling thread: whether `next` would block
  ///     (no input ready). It should be cheap when input is buffered.
  ///   - beforeWaiting: called, while the next pull would block, after outputs have been
  ///     consumed; always before a pull that would block, once every output before it is out.
  func run(next: () -> Input?, wouldWait: () -> Bool = { false }, beforeWaiting: () -> Void = {}, consume: (Output) -> Void) {
    if jobs == 1 {
      runInline(next: next, wouldWait: wouldWait, beforeWaiting: beforeWaiting, consume: consume)
      return
    }
    let threads = (0..<jobs).map { _ in Thread { [self] in work() } }
    for thread in threads {
      thread.stackSize = 8 << 20
      thread.start()
    }
    var submitted = 0  // batches
    var emitted = 0  // batches
    var exhausted = false
    var batch: [Input] = []
    var batchSoFar = 0
    // The next pull would block (input is slow): the batch is handed over at once, outputs are
    // consumed and `beforeWaiting` called as they come, and input is looked at again every few
    // milliseconds; once nothing is in flight, the pull is made.
    var stalled = false
    var consumedSinceWaiting = false
    condition.lock()
    while true {
      if let outputs = finished.removeValue(forKey: emitted) {
        emitted += 1
        condition.unlock()
        for output in outputs { consume(output) }
        condition.lock()
        consumedSinceWaiting = true
        continue
      }
      if !batch.isEmpty
        && (exhausted || stalled || batch.count >= batchCount || batchSoFar >= batchWeight
          || (waitingWorkers > 0 && pendingHead == pending.count))
      {
        pending.append((submitted, batch))
        submitted += 1
        batch = []
        batchSoFar = 0
        condition.signal()
        continue
      }
      if !exhausted && submitted - emitted < window {
        if stalled && consumedSinceWaiting {
          consumedSinceWaiting = false
          condition.unlock()
          beforeWaiting()
          condition.lock()
          continue
        }
        if stalled && submitted > emitted {
          // Outputs in flight: wait for one of them, or a moment, then look at the input again
          // (a pipe from a fast writer is empty only for a moment: the workers keep working).
          _ = condition.wait(until: Date(timeIntervalSinceNow: 0.002))
          condition.unlock()
          stalled = wouldWait()
          condition.lock()
          continue
        }
        condition.unlock()
        if !stalled && wouldWait() {
          condition.lock()
          stalled = true
          continue
        }
        // Input is ready, or nothing is in flight and every output is out: pull (maybe waiting).
        let input = next()
        condition.lock()
        stalled = false
        if let input {
          batchSoFar += weight?(input) ?? 0
          batch.append(input)
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

  /// One job: read, transform and consume on one thread with the workers' stack size (the
  /// calling thread's may be smaller), while the calling thread waits for it.
  private func runInline(next: () -> Input?, wouldWait: () -> Bool, beforeWaiting: () -> Void, consume: (Output) -> Void) {
    withoutActuallyEscaping(next) { next in
      withoutActuallyEscaping(wouldWait) { wouldWait in
        withoutActuallyEscaping(beforeWaiting) { beforeWaiting in
          withoutActuallyEscaping(consume) { consume in
            let loop = InlineLoop(next: next, wouldWait: wouldWait, beforeWaiting: beforeWaiting, consume: consume, transform: transform)
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
              loop.run()
              done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            done.wait()
          }
        }
      }
    }
  }

  private func work() {
    condition.lock()
    while true {
      if pendingHead < pending.count {
        let (sequence, inputs) = pending[pendingHead]!
        pending[pendingHead] = nil  // do not keep a taken batch alive
        pendingHead += 1
        if pendingHead > 64 && pendingHead * 2 > pending.count {
          pending.removeFirst(pendingHead)
          pendingHead = 0
        }
        condition.unlock()
        let outputs = inputs.map(transform)
        condition.lock()
        finished[sequence] = outputs
        condition.broadcast()
        continue
      }
      if closed { break }
      waitingWorkers += 1  // seen by the reader at its next input: no wake-up for it
      condition.wait()
      waitingWorkers -= 1
    }
    condition.unlock()
  }

  /// The one-job loop, carried to its thread. Its closures are used only there, while the
  /// caller waits: never two threads at once; it lets go of them before the caller resumes
  /// (`withoutActuallyEscaping` checks that nothing still holds them).
  private final class InlineLoop: @unchecked Sendable {
    var next: (() -> Input?)?
    var wouldWait: (() -> Bool)?
    var beforeWaiting: (() -> Void)?
    var consume: ((Output) -> Void)?
    let transform: (Input) -> Output

    init(
      next: @escaping () -> Input?, wouldWait: @escaping () -> Bool, beforeWaiting: @escaping () -> Void,
      consume: @escaping (Output) -> Void, transform: @escaping (Input) -> Output
    ) {
      self.next = next
      self.wouldWait = wouldWait
      self.beforeWaiting = beforeWaiting
      self.consume = consume
      self.transform = transform
    }

    func run() {
      if let next, let wouldWait, let beforeWaiting, let consume {
        while true {
          if wouldWait() { beforeWaiting() }
          guard let input = next() else { break }
          consume(transform(input))
        }
      }
      next = nil
      wouldWait = nil
      beforeWaiting = nil
      consume = nil
    }
  }
}

import Dispatch
import Synchronization

/// Runs two independent pieces of work at the same time and returns both results, the first
/// piece's first. Start-up uses it to build the entity tables (the largest) on one core while
/// the money and date tables are built on the other; on one core the two simply run in turn.
package func bothAtOnce<First: Sendable, Second: Sendable>(
  _ first: () -> First, _ second: () -> Second
) -> (First, Second) {
  let firstResult = Mutex<First?>(nil)
  let secondResult = Mutex<Second?>(nil)
  withoutActuallyEscaping(first) { first in
    withoutActuallyEscaping(second) { second in
      let work = UncheckedPair(first: first, second: second)
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
          let value = work.first()
          firstResult.withLock { $0 = value }
        } else {
          let value = work.second()
          secondResult.withLock { $0 = value }
        }
      }
    }
  }
  // concurrentPerform returns only when both iterations have run.
  return (firstResult.withLock { $0! }, secondResult.withLock { $0! })
}

/// The two closures, handed to the worker threads; each is called exactly once, on one thread,
/// before `bothAtOnce` returns, so no state is shared between them.
private struct UncheckedPair<First, Second>: @unchecked Sendable {
  let first: () -> First
  let second: () -> Second
}

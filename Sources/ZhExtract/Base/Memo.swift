import Foundation

/// A thread-safe cache of a pure function's results, for values that are slow to compute and
/// asked for again and again (a calendar conversion through ICU opens and computes a
/// calendar each time; a corpus asks for the same few dates). At most `capacity` results are
/// kept, so hostile input that asks for every day of a thousand years costs bounded memory:
/// past it, results are computed and not kept.
///
/// ```swift
/// static let cache = Memo<Key, CivilDate?>(capacity: 50_000)
/// let date = cache.value(for: key) { compute(key) }
/// ```
package final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Key: Value] = [:]
  package let capacity: Int

  package init(capacity: Int) { self.capacity = capacity }

  /// The cached result for `key`, or `compute()`'s (computed outside the lock, then kept).
  package func value(for key: Key, _ compute: () -> Value) -> Value {
    lock.lock()
    if let value = stored[key] {
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = compute()
    lock.lock()
    if stored.count < capacity { stored[key] = value }
    lock.unlock()
    return value
  }

  /// Number of results kept.
  package var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return stored.count
  }
}

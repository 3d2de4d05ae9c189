import Synchronization

/// The ids of names found by patterns, kept per process: `EntityID.pattern` is a pure function of
/// the kind, the surface and the name's own romanisation, and the same names come back within a
/// document and across documents. Bounded: emptied when it holds `limit` ids.
final class PatternIDCache: Sendable {
  static let shared = PatternIDCache()
  /// Ids kept before the cache is emptied.
  static let limit = 50_000

  struct Key: Hashable, Sendable {
    var kind: EntityKind
    var surface: [Unicode.Scalar]
    var romanized: String?
  }

  private let ids = Mutex<[Key: String]>([:])

  /// The id of `key`, computed by `make` the first time (outside the lock: ids of other threads
  /// are not held up while one is romanised).
  func id(_ key: Key, _ make: () -> String) -> String {
    if let hit = ids.withLock({ $0[key] }) { return hit }
    let id = make()
    ids.withLock { ids in
      if ids.count >= Self.limit { ids.removeAll(keepingCapacity: true) }
      ids[key] = id
    }
    return id
  }

  /// How many ids are kept (for tests).
  var count: Int { ids.withLock { $0.count } }
}

import Synchronization

/// A pipeline stage built at start when the run needs it, or else the first time it is asked
/// for (`Extractor` builds the money and entity stages only for the kinds it extracts; the
/// bench and tests may still ask for the others). Built at most once.
package final class StageOnDemand<Stage: Sendable>: Sendable {
  private let builtAtStart: Stage?
  private let build: @Sendable () -> Stage
  private let builtLater = Mutex<Stage?>(nil)

  /// - Parameters:
  ///   - built: the stage, when it was built at start (read without a lock).
  ///   - build: how to build it on first use otherwise.
  package init(_ built: Stage?, build: @escaping @Sendable () -> Stage) {
    builtAtStart = built
    self.build = build
  }

  package var value: Stage {
    if let builtAtStart { return builtAtStart }
    return builtLater.withLock { stage in
      if let stage { return stage }
      let built = build()
      stage = built
      return built
    }
  }

  package var isBuilt: Bool { builtAtStart != nil || builtLater.withLock { $0 != nil } }
}

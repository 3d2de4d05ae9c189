import Foundation
import Synchronization
import ZhExtract

/// The extractor the service answers with. Loaded after the server starts listening (until
/// then `/readyz` says 503), and replaced whole by a reload: a request keeps the extractor it
/// started with, so one response never mixes two lexicon sets.
final class ServeLexicons: Sendable {
  struct Loaded: Sendable {
    var extractor: Extractor
    var loadedAt: String
    /// 1 for the set loaded at start, +1 for each successful reload.
    var generation: Int
  }

  /// Why a set of lexicons was not taken: every problem, as `file:line: problem`.
  struct Rejection: Error, Sendable {
    var problems: [String]
    var message: String { "\(problems.count) lexicon problem\(problems.count == 1 ? "" : "s")" }
  }

  let directory: URL?
  let timeZoneOffsetMinutes: Int
  private let state = Mutex<Loaded?>(nil)
  private let reloading = Mutex(false)

  init(directory: URL?, timeZoneOffsetMinutes: Int) {
    self.directory = directory
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
  }

  var current: Loaded? { state.withLock { $0 } }

  /// What a reload did.
  enum Outcome: Sendable {
    case loaded(previous: String?, current: Loaded)
    case rejected(Rejection)
    /// Another reload is still running; this one did nothing.
    case alreadyReloading
  }

  /// Reads the tables again (bundled + `directory`), checks them as `zhextract lexicon check`
  /// does (header, order, uniqueness, every table readable), and swaps them in only when
  /// nothing is wrong. Runs on a thread of its own: it reads files and builds tries.
  func reload() async -> Outcome {
    let claimed = reloading.withLock { busy -> Bool in
      guard !busy else { return false }
      busy = true
      return true
    }
    guard claimed else { return .alreadyReloading }
    defer { reloading.withLock { $0 = false } }
    // Built and swapped in on a thread of its own: neither waits for Swift's cooperative
    // threads, so readiness never depends on how busy they are.
    return await Self.onThread { [self] in
      switch Self.build(directory: directory, timeZoneOffsetMinutes: timeZoneOffsetMinutes) {
      case .failure(let rejection):
        return .rejected(rejection)
      case .success(let extractor):
        let (previous, current) = state.withLock { loaded -> (String?, Loaded) in
          let previous = loaded?.extractor.lexiconFingerprint
          let next = Loaded(extractor: extractor, loadedAt: ServeFormat.timestamp(), generation: (loaded?.generation ?? 0) + 1)
          loaded = next
          return (previous, next)
        }
        return .loaded(previous: previous, current: current)
      }
    }
  }

  static func build(directory: URL?, timeZoneOffsetMinutes: Int) -> Result<Extractor, Rejection> {
    let set: LexiconSet
    do {
      set = try LexiconSet.bundled(overlaidWith: directory)
    } catch {
      return .failure(Rejection(problems: error.problems.map(\.description)))
    }
    var problems = LexiconLinter.lintStructure(set).map(\.description)
    do {
      let extractor = try Extractor(lexicons: set, options: ExtractorOptions(lexiconDirectory: directory, timeZoneOffsetMinutes: timeZoneOffsetMinutes))
      if problems.isEmpty { return .success(extractor) }
    } catch {
      problems += error.problems.map(\.description)
    }
    return .failure(Rejection(problems: problems))
  }

  private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }
}

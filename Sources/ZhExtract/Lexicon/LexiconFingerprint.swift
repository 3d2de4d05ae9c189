import Synchronization

/// The fingerprint of a lexicon set (`LexiconSet.fingerprint`), hashed the first time it is
/// asked for and kept: hashing every table costs a twentieth of start-up, and a run that
/// writes no manifest never needs it.
package final class LexiconFingerprint: Sendable {
  private let lexicons: LexiconSet
  private let computed = Mutex<String?>(nil)

  package init(_ lexicons: LexiconSet) { self.lexicons = lexicons }

  package var value: String {
    computed.withLock { cached in
      if let cached { return cached }
      let value = lexicons.fingerprint
      cached = value
      return value
    }
  }
}

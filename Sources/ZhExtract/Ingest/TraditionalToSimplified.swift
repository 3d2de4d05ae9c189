/// Traditional → Simplified at table speed, equal to ICU's `Traditional-Simplified` except
/// where `Lexicons/t2s-phrases.tsv` says otherwise.
///
/// At each position the longest phrase wins (the project's phrases, then ICU's own
/// multi-character rules); otherwise ICU's mapping of the character alone applies. Every
/// phrase maps to a text of the same length, so conversion is 1:1 and keeps offsets.
package struct TraditionalToSimplified: Sendable {
  /// What a phrase turns into, and whether the project's table (not ICU) said so.
  package struct Target: Sendable {
    package var scalars: [Unicode.Scalar]
    package var fromLexicon: Bool
  }

  package let table: ChineseConversionTable
  package let phrases: ScalarTrie<Target>
  /// ICU's character table with the project's one-character rows laid over it (0 = unchanged).
  private let characters: [UInt32]
  /// The code points whose mapping the project's table sets.
  private let lexiconCharacters: Set<UInt32>
  /// Bitset over the BMP of the first characters of phrases: other positions skip the trie.
  private let phraseStarts: [UInt64]
  /// Bitset over a hash of each phrase's first two characters: most positions whose first
  /// character starts a phrase are ruled out here, without the trie's dictionary lookups.
  private let phrasePairs: [UInt64]

  @inline(__always)
  private static func pairHash(_ first: UInt32, _ second: UInt32) -> Int {
    Int((first &* 0x9E37_79B1 ^ second &* 0x85EB_CA77) >> 12 & 0xFFFF)
  }

  /// - Parameter lexiconPhrases: the project's overrides; `[]` gives plain ICU behaviour.
  package init(table: ChineseConversionTable = .icu, lexiconPhrases: [T2SPhrase]) {
    self.table = table
    var trie = ScalarTrie<Target>()
    for (traditional, simplified) in table.phrases {
      trie.insert(traditional, Target(scalars: Array(simplified.unicodeScalars), fromLexicon: false))
    }
    var characters = table.bmp
    var lexiconCharacters = Set<UInt32>()
    var trieLexiconKeys: [String] = []
    for phrase in lexiconPhrases {
      let source = Array(phrase.traditional.unicodeScalars), target = Array(phrase.simplified.unicodeScalars)
      if source.count == 1, source[0].value < 0x10000 {
        // One character: an entry of the character table, so that the trie stays for phrases.
        characters[Int(source[0].value)] = target[0] == source[0] ? 0 : target[0].value
        lexiconCharacters.insert(source[0].value)
      } else {
        trie.insert(phrase.traditional, Target(scalars: target, fromLexicon: true))
        trieLexiconKeys.append(phrase.traditional)
      }
    }
    self.characters = characters
    self.lexiconCharacters = lexiconCharacters
    var starts = [UInt64](repeating: 0, count: 0x10000 / 64)
    for first in trie.firstScalars where first < 0x10000 { starts[Int(first >> 6)] |= 1 << UInt64(first & 63) }
    var pairs = [UInt64](repeating: 0, count: 0x10000 / 64)
    let keys = table.phrases.map(\.traditional) + trieLexiconKeys
    var singles = false
    for key in keys {
      let scalars = Array(key.unicodeScalars)
      if scalars.count < 2 { singles = true; continue }
      let h = Self.pairHash(scalars[0].value, scalars[1].value)
      pairs[h >> 6] |= 1 << UInt64(h & 63)
    }
    phrases = trie
    phraseStarts = starts
    // A one-character phrase has no pair: then every start character goes to the trie.
    phrasePairs = singles ? [] : pairs
  }

  @inline(__always)
  private func mayStartPair(_ first: UInt32, _ second: UInt32) -> Bool {
    if phrasePairs.isEmpty { return true }
    let h = Self.pairHash(first, second)
    return phrasePairs[h >> 6] & (1 << UInt64(h & 63)) != 0
  }

  /// Counts of script-specific characters seen while converting.
  package struct Counts: Sendable, Equatable {
    /// Characters that conversion changed: written only in Traditional.
    package var traditional = 0
    /// Characters left alone that are Simplified forms of something: written only in Simplified.
    package var simplified = 0
  }

  /// Converts `text` in place; returns the script counts.
  @discardableResult
  package func convert(_ text: inout [Unicode.Scalar]) -> Counts {
    var unused: [TextSpan] = []
    return convert(&text, recordingOverridesIn: &unused, record: false)
  }

  /// Converts `text` in place and collects the spans where a phrase of the project's table
  /// applied (for tests that compare with plain ICU).
  @discardableResult
  package func convert(_ text: inout [Unicode.Scalar], overrides: inout [TextSpan]) -> Counts {
    convert(&text, recordingOverridesIn: &overrides, record: true)
  }

  private func convert(_ text: inout [Unicode.Scalar], recordingOverridesIn overrides: inout [TextSpan], record: Bool) -> Counts {
    // Pass 1 (reading): where phrases apply, on the unconverted text.
    var matches: [(start: Int, end: Int, target: Target)] = []
    text.withUnsafeBufferPointer { p in
      let count = p.count
      var i = 0
      while i < count {
        let value = p[i].value
        if value >= 0x2E80, value < 0x10000, phraseStarts[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0,
          mayStartPair(value, i + 1 < count ? p[i + 1].value : 0),
          let match = phrases.longestMatch(in: text, at: i)
        {
          matches.append((i, match.end, match.value))
          i = match.end
        } else {
          i += 1
        }
      }
    }
    // Pass 2 (writing): phrases, and the character table everywhere else; the tables read through
    // buffers and the next phrase's start held apart (the checked reads cost some 20 instructions a
    // character).
    var counts = Counts()
    let bmp = characters
    text.withUnsafeMutableBufferPointer { p in
      bmp.withUnsafeBufferPointer { bmp in
        table.simplifiedOnlyBits.withUnsafeBufferPointer { simplifiedOnly in
          var next = 0
          var nextStart = matches.first?.start ?? Int.max
          var i = 0
          let count = p.count
          while i < count {
            if i == nextStart {
              let match = matches[next]
              for k in 0..<(match.end - i) {
                let target = match.target.scalars[k]
                if target != p[i + k] { counts.traditional += 1; p[i + k] = target } else if table.isSimplifiedOnly(target.value) { counts.simplified += 1 }
              }
              if record, match.target.fromLexicon { overrides.append(TextSpan(i, match.end)) }
              i = match.end
              next += 1
              nextStart = next < matches.count ? matches[next].start : Int.max
              continue
            }
            let value = p[i].value
            if value >= 0x2E80 {
              let mapped = value < 0x10000 ? bmp[Int(value)] : (table.supplementary[value] ?? 0)
              if record, lexiconCharacters.contains(value) { overrides.append(TextSpan(i, i + 1)) }
              if mapped != 0 {
                counts.traditional += 1
                p[i] = Unicode.Scalar(mapped).unsafelyUnwrapped
              } else if value < 0x10000, simplifiedOnly[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 {
                counts.simplified += 1
              }
            }
            i += 1
          }
        }
      }
    }
    return counts
  }
}

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
  /// Bitset over the BMP of the first characters of phrases: other positions skip the trie.
  private let phraseStarts: [UInt64]

  /// - Parameter lexiconPhrases: the project's overrides; `[]` gives plain ICU behaviour.
  package init(table: ChineseConversionTable = .icu, lexiconPhrases: [T2SPhrase]) {
    self.table = table
    var trie = ScalarTrie<Target>()
    for (traditional, simplified) in table.phrases {
      trie.insert(traditional, Target(scalars: Array(simplified.unicodeScalars), fromLexicon: false))
    }
    for phrase in lexiconPhrases {
      trie.insert(phrase.traditional, Target(scalars: Array(phrase.simplified.unicodeScalars), fromLexicon: true))
    }
    var starts = [UInt64](repeating: 0, count: 0x10000 / 64)
    for first in trie.firstScalars where first < 0x10000 { starts[Int(first >> 6)] |= 1 << UInt64(first & 63) }
    phrases = trie
    phraseStarts = starts
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
    var counts = Counts()
    let count = text.count
    var i = 0
    while i < count {
      let value = text[i].value
      if value < 0x2E80 { i += 1; continue }
      if value < 0x10000, phraseStarts[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0,
        let match = phrases.longestMatch(in: text, at: i)
      {
        for k in 0..<(match.end - i) {
          let target = match.value.scalars[k]
          if target != text[i + k] { counts.traditional += 1; text[i + k] = target }
          else if table.isSimplifiedOnly(target.value) { counts.simplified += 1 }
        }
        if record, match.value.fromLexicon { overrides.append(TextSpan(i, match.end)) }
        i = match.end
        continue
      }
      let mapped = table.simplified(value)
      if mapped != value {
        counts.traditional += 1
        text[i] = Unicode.Scalar(mapped).unsafelyUnwrapped
      } else if table.isSimplifiedOnly(value) {
        counts.simplified += 1
      }
      i += 1
    }
    return counts
  }
}

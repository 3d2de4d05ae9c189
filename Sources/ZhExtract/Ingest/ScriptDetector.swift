/// Tells whether Chinese text is written in Simplified (`hans`), Traditional (`hant`) or both
/// (`mixed`), from the characters that only one script uses:
///
/// - Traditional-only: a character that Traditional→Simplified conversion changes (發, 對).
/// - Simplified-only: the Simplified form of some Traditional character that ICU does not
///   also list as Traditional (发, 对 — but not 后, 了, 台, 干, which both scripts write).
///
/// Rule (T = Traditional-only count, S = Simplified-only count):
/// - no evidence (T + S = 0): `hans`, the default of this corpus;
/// - little evidence (T + S < 8): the majority (`hant` only when T > S);
/// - otherwise `hant` when T ≥ 85% of T + S, `hans` when S ≥ 85%, else `mixed`.
/// (Corpus 003, Traditional with leftover Simplified characters, has T = 93%; the Simplified
/// articles have T ≤ 0.1%.)
/// A Simplified article quoting a Taiwanese name or two stays `hans`; a Traditional one with
/// a few leftover Simplified characters stays `hant`.
package enum ScriptDetector {
  package enum Script: String, Sendable {
    case hans, hant, mixed
  }

  package static let minimumEvidence = 8
  package static let dominantPercent = 85

  /// The script of already-counted text.
  package static func script(traditional: Int, simplified: Int) -> Script {
    let evidence = traditional + simplified
    if evidence == 0 { return .hans }
    if evidence < minimumEvidence { return traditional > simplified ? .hant : .hans }
    if traditional * 100 >= evidence * dominantPercent { return .hant }
    if simplified * 100 >= evidence * dominantPercent { return .hans }
    return .mixed
  }

  package static func script(_ counts: TraditionalToSimplified.Counts) -> Script {
    script(traditional: counts.traditional, simplified: counts.simplified)
  }

  /// Counts character by character (no phrase context) and decides.
  package static func script(of scalars: [Unicode.Scalar]) -> String {
    let (traditional, simplified) = counts(of: scalars)
    return script(traditional: traditional, simplified: simplified).rawValue
  }

  /// The Traditional-only and Simplified-only code points of `scalars`, one by one.
  package static func counts(of scalars: [Unicode.Scalar]) -> (traditional: Int, simplified: Int) {
    let table = ChineseConversionTable.icu
    var traditional = 0, simplified = 0
    for scalar in scalars where scalar.value >= 0x2E80 {
      if table.simplified(scalar.value) != scalar.value { traditional += 1 } else if table.isSimplifiedOnly(scalar.value) { simplified += 1 }
    }
    return (traditional, simplified)
  }

  /// The same, over an original text kept in UTF-8.
  package static func script(of text: OriginalText) -> String {
    let (traditional, simplified) = counts(of: text)
    return script(traditional: traditional, simplified: simplified).rawValue
  }

  /// The same counts as `counts(of:)` of the text's code points (`ScriptDetectorTests` checks that
  /// they agree on every code point).
  package static func counts(of text: OriginalText) -> (traditional: Int, simplified: Int) {
    let table = ChineseConversionTable.icu
    var traditional = 0, simplified = 0
    // The same tests as `table.simplified` and `table.isSimplifiedOnly`, on the tables' buffers (a
    // Money stage's pass over the whole original, when a bare 元 asks for the script).
    table.bmp.withUnsafeBufferPointer { bmp in
      table.simplifiedOnlyBits.withUnsafeBufferPointer { simplifiedOnly in
        text.forEachScalar { scalar in
          let value = scalar.value
          guard value >= 0x2E80 else { return }
          if value < 0x10000 {
            let mapped = bmp[Int(value)]
            if mapped != 0, mapped != value {
              traditional += 1
            } else if simplifiedOnly[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 {
              simplified += 1
            }
          } else if table.simplified(value) != value {
            traditional += 1
          }
        }
      }
    }
    return (traditional, simplified)
  }
}

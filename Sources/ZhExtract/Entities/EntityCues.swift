/// The word lists the name patterns read (`entity-cues.tsv`): Latin given names and
/// organisation words, role titles, organisation suffixes and the generic words that make
/// `X公司` a common noun, media suffixes of 《》 titles, and the characters of transliterated names.
package struct EntityCues: Sendable {
  package var givenNames: Set<String> = []
  package var organizationWords: Set<String> = []
  package var roles = ScalarTrie<Bool>()
  package var organizationSuffixes = ScalarTrie<Bool>()
  package var genericWords = ScalarTrie<Bool>()
  package var mediaSuffixes = ScalarTrie<Bool>()
  package var transliteration: Set<UInt32> = []
  /// `suffixStarts[c]`: some organisation suffix begins with the BMP code point `c`.
  package var suffixStarts = [Bool](repeating: false, count: 0x10000)

  package var surnames = ScalarTrie<Bool>()
  package var notNames = ScalarTrie<Bool>()
  /// `surnameStarts[c]`: some family name begins with the BMP code point `c`.
  package var surnameStarts = [Bool](repeating: false, count: 0x10000)
  /// `roleEnds[c]`: some role title ends with the BMP code point `c`.
  package var roleEnds = [Bool](repeating: false, count: 0x10000)

  package static let kinds = ["given", "org-word", "role", "org-suffix", "org-generic", "media-suffix", "translit", "surname", "not-name"]

  package init() {}

  package init(table: LexiconTable, normalize: (String) -> [Unicode.Scalar], problems: inout LexiconProblems) {
    for row in table.rows(columns: 2...2, problems: &problems) {
      let cue = row[0]
      let key = AnalysisText.string(normalize(cue)[...])
      switch row[1] {
      case "given": givenNames.insert(cue)
      case "org-word": organizationWords.insert(cue)
      case "role":
        roles.insert(key, true)
        if let last = key.unicodeScalars.last, last.value < 0x10000 { roleEnds[Int(last.value)] = true }
      case "surname":
        surnames.insert(key, true)
        if let first = key.unicodeScalars.first, first.value < 0x10000 { surnameStarts[Int(first.value)] = true }
      case "not-name": notNames.insert(key, true)
      case "org-suffix":
        organizationSuffixes.insert(key, true)
        if let first = key.unicodeScalars.first, first.value < 0x10000 { suffixStarts[Int(first.value)] = true }
      case "org-generic": genericWords.insert(key, true)
      case "media-suffix": mediaSuffixes.insert(key, true)
      case "translit": for s in key.unicodeScalars { transliteration.insert(s.value) }
      default:
        problems.report(file: table.origin, line: row.line, "unknown cue kind '\(row[1])' (known: \(Self.kinds.joined(separator: ", ")))")
      }
    }
  }
}

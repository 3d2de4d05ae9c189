/// `range-separators.tsv`: the signs and words between the two ends of a range (37亿~40亿,
/// 3月至5月). A row type of its own here, in `Lexicon/`, because more than one stage reads it
/// (Money today; Dates may: the stages are siblings and cannot share a type otherwise).
package struct RangeSeparatorRow: LexiconRow {
  package enum Kind: String, CaseIterable, Sendable {
    /// `~`, `-`, `–`, `—`, `〜`.
    case dash
    /// `至`, `到`; a word in Latin letters (`to`) stands between spaces.
    case word
  }
  package static let table = "range-separators.tsv"
  package static let columns = 2...2
  package let surface: [Unicode.Scalar]
  package let kind: Kind
  package init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "kind")
  }

  /// Whether the surface is written in Latin letters (`to`): it needs a space on either side.
  package var isLatinWord: Bool { surface.allSatisfy(ScalarClass.isASCIILetter) }
}

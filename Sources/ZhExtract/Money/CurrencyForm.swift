import Foundation

/// What one currency surface form means: the ISO code, how many units of it one of the
/// form is (美分 = 0.01 USD) and where it may stand relative to the number.
struct CurrencyForm: Sendable, Hashable {
  enum Position: String, CaseIterable, Sendable {
    /// Before the number: `$20`, `HK$5`.
    case prefix
    /// After it: `20美元`.
    case suffix
    case both
    /// After it, and not followed by another Han character except 钱: `3块` but not `3块芯片`.
    case suffixFinal = "suffix-final"
    /// A spoken unit of one (块, 蚊): as `suffixFinal` (a digit or 半 of its tail may follow:
    /// 三块五, 七蚊半), and money only in a money context (money-colloquial-cues.tsv): a
    /// sub-unit follows, a price word stands before, or the number is at least 10 with no
    /// piece word before it (200块, not 切成10块).
    case colloquial
    /// A spoken tenth or hundredth (毛, 角, 毫, 仙): as `colloquial`, but a number of at least
    /// 10 alone does not make it money (三毛 is a writer, 八仙 are immortals).
    case colloquialFraction = "colloquial-fraction"
    /// A hundredth (分) that is money only right after a per-share word (每股1.2分, 每股派息0.5分);
    /// elsewhere N分 is minutes, points or marks.
    case shareFraction = "share-fraction"

    var allowsPrefix: Bool { self == .prefix || self == .both }
    var allowsSuffix: Bool { self != .prefix }
    /// Whether no other Han character may follow (see `suffixFinal`).
    var endsWord: Bool { self == .suffixFinal || isColloquial }
    /// Whether it is money only in a money context.
    var isColloquial: Bool { self == .colloquial || self == .colloquialFraction || self == .shareFraction }
  }

  var code: String
  /// Units of the currency per one of this form (美分 0.01, 毛 0.1, most forms 1).
  var scale: Decimal { fraction ?? 1 }
  var position: Position
  /// Index into `CurrencyLexicon.contexts` when words around may name another currency
  /// (`¥` near 日元 is JPY; 法郎 near 瑞士 is CHF); `nil` otherwise.
  var context: Int?
  /// Index into `CurrencyLexicon.subunits` when sub-units may follow a unit of one of this
  /// currency (角 after 元, 銭 after 日元); `nil` otherwise.
  var subunits: Int?

  /// `scale` when it is not one (美分 0.01, 毛 0.1), so that a unit of one costs no arithmetic.
  let fraction: Decimal?

  init(code: String, scale: Decimal, position: Position, context: Int? = nil) {
    self.code = code; self.position = position; self.context = context
    fraction = scale == 1 ? nil : scale
  }
}

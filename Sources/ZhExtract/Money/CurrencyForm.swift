import Foundation

/// What one currency surface form means: the ISO code, how many units of it one of the
/// form is (美分 = 0.01 USD) and where it may stand relative to the number.
struct CurrencyForm: Sendable, Hashable {
  enum Position: String, Sendable {
    /// Before the number: `$20`, `HK$5`.
    case prefix
    /// After it: `20美元`.
    case suffix
    case both
    /// After it, and not followed by another Han character except 钱: `3块` but not `3块芯片`.
    case suffixFinal = "suffix-final"

    var allowsPrefix: Bool { self == .prefix || self == .both }
    var allowsSuffix: Bool { self != .prefix }
  }

  var code: String
  var scale: Decimal
  var position: Position
  /// Whether 角/毛/分 may follow (元, 圆, 块, 人民币).
  var takesYuanSubunits: Bool { code == "CNY" && scale == 1 }
}

import Foundation

/// A number as the money scanner read it from the analysis text: its place, its exact
/// value (or bounds when vague) and what it was written with.
struct ScannedNumber: Hashable, Sendable {
  enum Kind: Hashable, Sendable { case arabic, chinese, capital, vague }

  var start: Int
  var end: Int
  /// Exact value; `nil` when vague, or beyond exact `Decimal` range (`beyondRange`).
  var value: Decimal?
  /// Bounds of a vague number (数千亿 → 1000亿 … 10000亿).
  var min: Decimal?
  var max: Decimal?
  var kind: Kind
  /// Whether 十/百/千/万/亿 or an English multiplier follows the digits (or is all there is).
  var hasMultiplier = false
  /// Whether 万/亿 (or million, billion …) is part of it.
  var hasLargeUnit = false
  /// Power of ten of the trailing multipliers (亿 → 8, 万亿 → 12), for ranges sharing a unit.
  var multiplierExponent = 0
  /// 多 or 余 inside (100多亿): the amount is a lower bound.
  var over = false
  /// The multiplier was English (billion, bn).
  var english = false
  /// Written without any digit (万亿, 千亿): only money right before a currency.
  var bare = false
  /// Too large or too precise for an exact `Decimal`.
  var beyondRange = false
}

/// What the scanner found at a position.
enum NumberScan: Sendable {
  case none
  case number(ScannedNumber)
  /// A run of numerals too long to be a figure: skip to `end`, warn.
  case tooLong(start: Int, end: Int, followedByMoney: Bool)
}

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
  /// Power of ten of the trailing multipliers (亿 → 8, 万亿 → 12, 千万 → 7; a Chinese numeral
  /// counts its trailing 万/亿 only, or without them its last 十/百/千: 三十亿 → 8, 四仟 → 3),
  /// for ranges whose first figure shares them (20至30亿, 三到四仟).
  var multiplierExponent = 0
  /// Power of ten of the trailing 万/亿/兆 alone (千万 → 4), for a first figure that has a
  /// small unit but no large one (3千至5千万).
  var largeExponent = 0
  /// 兆 stands in it, read as 10^12 (Taiwan, Hong Kong, Japan); on the mainland it may mean
  /// 10^6, so the reader decides whether the value holds.
  var zhao = false
  /// An informal multiplier (15k, 30w): money only where a currency is written.
  var informal = false
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

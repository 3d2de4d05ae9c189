/// The rows of the money word tables, as `LexiconReader` reads them.

/// `money-cues.tsv`: words that make a bare amount money (亏损, 营收, 估值).
struct MoneyCueRow: LexiconRow {
  static let table = "money-cues.tsv"
  static let columns = 1...1
  let surface: [Unicode.Scalar]
  init(_ fields: LexiconFields) throws(LexiconError) { surface = fields.surface(0) }
}

/// `money-false-positives.tsv`: words that are never money (五角大楼, 元宇宙) and count units
/// after a number (人, 股, %).
struct MoneyFalsePositiveRow: LexiconRow {
  enum Kind: String, CaseIterable { case word, unit }
  static let table = "money-false-positives.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "kind")
  }
}

/// `money-qualifiers.tsv`: 约, 超过, 左右 … before or after a figure; `none` for look-alikes.
struct MoneyQualifierRow: LexiconRow {
  enum Qualifier: String, CaseIterable {
    case approx, over, under, upTo = "up_to", atLeast = "at_least", none
    /// The output's `qualifier`; `nil` for a look-alike that qualifies nothing (最近).
    var value: String? { self == .none ? nil : rawValue }
  }
  enum Position: String, CaseIterable { case before, after }
  static let table = "money-qualifiers.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  let qualifier: Qualifier
  let position: Position
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    qualifier = try fields.choice(1, "qualifier")
    position = try fields.choice(2, "position")
  }
}

/// `money-per.tsv`: rate units — 每月 (prefix, in the span), /月 (suffix, in the span), 年薪
/// (context, outside the span) — and verbs that link a rate word to its figure.
struct MoneyPerRow: LexiconRow {
  enum Position: String, CaseIterable { case prefix, suffix, context, link }
  static let table = "money-per.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  /// The output's `per` (`month`, `share`, …).
  let unit: String
  let position: Position
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    unit = fields.text(1)
    position = try fields.choice(2, "position")
  }
}

/// `money-colloquial-cues.tsv`: price words that make bare 块/毛 money, and piece words that
/// make 块 a count.
struct MoneyColloquialCueRow: LexiconRow {
  enum Kind: String, CaseIterable { case cue, piece }
  static let table = "money-colloquial-cues.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "kind")
  }
}

/// `number-multipliers.tsv`: English multipliers after a figure's digits (billion, bn, `m`
/// after a currency sign), for the `NumberScanner` money builds.
struct NumberMultiplierRow: LexiconRow {
  enum Where: String, CaseIterable { case word, afterSign = "after-sign" }
  static let table = "number-multipliers.tsv"
  static let columns = 3...3
  let surface: String
  let multiplier: NumberScanner.EnglishMultiplier
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = String(String.UnicodeScalarView(fields.surface(0)))
    let exponent = try fields.integer(1, "exponent")
    guard (1...18).contains(exponent) else { throw fields.problem("exponent \(exponent) is not between 1 and 18") }
    let place: Where = try fields.choice(2, "where")
    multiplier = NumberScanner.EnglishMultiplier(exponent: exponent, afterSignOnly: place == .afterSign)
  }
}

/// `money-yuan-cues.tsv`: words that tell what a bare 元 means in a document — a currency
/// named (人民币, 新台币, 港币) or Taiwan spoken of (台北, 立法院).
struct MoneyYuanCueRow: LexiconRow {
  enum Signal: String, CaseIterable, Sendable { case cny, twd, hkd, taiwan }
  static let table = "money-yuan-cues.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let signal: Signal
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    signal = try fields.choice(1, "signal")
  }
}

import Foundation

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

/// `money-colloquial-cues.tsv`: price words that make a spoken unit (块, 蚊, 毛 …) money, piece
/// words that make 块 a count, and the Han words that may follow a spoken amount.
struct MoneyColloquialCueRow: LexiconRow {
  enum Kind: String, CaseIterable { case cue, piece, follow }
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
/// after a currency sign, informal `k`/`w`), for the `NumberScanner` money builds.
struct NumberMultiplierRow: LexiconRow {
  enum Where: String, CaseIterable { case word, afterSign = "after-sign", informal }
  static let table = "number-multipliers.tsv"
  static let columns = 3...3
  let surface: String
  let multiplier: NumberScanner.EnglishMultiplier
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = String(scalars: fields.surface(0))
    let exponent = try fields.integer(1, "exponent")
    guard (1...18).contains(exponent) else { throw fields.problem("exponent \(exponent) is not between 1 and 18") }
    let place: Where = try fields.choice(2, "where")
    let where_: NumberScanner.EnglishMultiplier.Place =
      switch place {
      case .word: .word
      case .afterSign: .afterSign
      case .informal: .informal
      }
    multiplier = NumberScanner.EnglishMultiplier(exponent: exponent, place: where_)
  }
}

/// `money-yuan-cues.tsv`: words that tell what a bare 元 means in a document — a currency
/// named (人民币, 新台币, 港币, 澳门元, 新元, 令吉) or a place spoken of (台北, 立法院, 香港, 澳门,
/// 新加坡, 吉隆坡, 北京).
struct MoneyYuanCueRow: LexiconRow {
  enum Signal: String, CaseIterable, Sendable {
    case cny, twd, hkd, mop, sgd, myr, taiwan, hongkong, macau, singapore, malaysia, mainland
  }
  static let table = "money-yuan-cues.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let signal: Signal
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    signal = try fields.choice(1, "signal")
  }
}

/// `currency-cldr.tsv`: a CLDR name or symbol of an ISO 4217 currency (generated from ICU).
struct CurrencyCLDRRow: LexiconRow {
  enum Status: String, CaseIterable { case current, other }
  static let table = "currency-cldr.tsv"
  static let columns = 4...4
  /// As matched in the analysis text.
  let surface: [Unicode.Scalar]
  /// As the table writes it.
  let written: String
  let code: String
  /// A code in common, non-deprecated use.
  let current: Bool
  /// An ISO code or a symbol (not a name).
  let symbolic: Bool
  /// The name without a parenthesised qualifier that is a span of years or the row's own
  /// code (`委内瑞拉玻利瓦尔 (1871–2008)`, `歐洲貨幣單位 (XEU)`), as matched; `nil` otherwise.
  let withoutQualifier: [Unicode.Scalar]?
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    written = fields.text(0)
    code = fields.text(1)
    current = try fields.choice(2, "status", as: Status.self) == .current
    symbolic = Self.isSymbolic(sources: fields.text(3))
    withoutQualifier = Self.strip(written, code: code).map { fields.normalizer.normalizeSurface($0) }
  }

  /// Whether the sources column (`iso,en:symbol,…`) names an ISO code or a symbol. An ASCII
  /// column is read from its bytes (splitting it by `Character` cost 19,000 instructions a row
  /// at start-up); any other as before.
  static func isSymbolic(sources column: String) -> Bool {
    guard column.utf8.allSatisfy({ $0 < 0x80 }) else {
      return column.split(separator: ",").contains { $0 == "iso" || $0.hasSuffix(":symbol") }
    }
    return column.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: true).contains { part in
      part.elementsEqual("iso".utf8) || (part.count >= 7 && part.suffix(7).elementsEqual(":symbol".utf8))
    }
  }

  static func strip(_ name: String, code: String) -> String? {
    guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return nil }
    let inside = name[open.upperBound..<name.index(before: name.endIndex)]
    let years = !inside.isEmpty && inside.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") || $0 == "–" }
    guard years || inside == code else { return nil }
    let plain = String(name[..<open.lowerBound])
    return plain.isEmpty ? nil : plain
  }
}

/// `currency-colloquial.tsv`: a form CLDR lacks (美金, 港币, 块, 蚊, $), with its scale and place.
struct CurrencyColloquialRow: LexiconRow {
  static let table = "currency-colloquial.tsv"
  static let columns = 4...4
  let surface: [Unicode.Scalar]
  let code: String
  let scale: Decimal
  let position: CurrencyForm.Position
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    code = fields.text(1)
    guard let scale = Decimal(string: fields.text(2), locale: Locale(identifier: "en_US_POSIX")), scale > 0 else {
      throw fields.problem("scale '\(fields.text(2))' is not a positive decimal number")
    }
    self.scale = scale
    position = try fields.choice(3, "position")
  }
}

/// `currency-context.tsv`: a word near a currency form that makes it another currency
/// (`¥` near 日元 is JPY, 法郎 near 瑞士 is CHF).
struct CurrencyContextRow: LexiconRow {
  static let table = "currency-context.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  let word: [Unicode.Scalar]
  let code: String
  let origin: String
  let line: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    word = fields.surface(1)
    code = fields.text(2)
    origin = fields.origin
    line = fields.row.line
  }
}

/// `currency-subunits.tsv`: a sub-unit after a unit of the currency (角, 毛, 分 after 元).
struct CurrencySubunitRow: LexiconRow {
  static let table = "currency-subunits.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  let code: String
  let scale: Decimal
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    code = fields.text(1)
    guard let scale = Decimal(string: fields.text(2), locale: Locale(identifier: "en_US_POSIX")), scale > 0, scale < 1 else {
      throw fields.problem("scale '\(fields.text(2))' is not a decimal number between 0 and 1")
    }
    self.scale = scale
  }
}

/// `money-range-cues.tsv`: words that tell whether 从A到B is one range (不等, 之间) or a change
/// of two figures (增长, 下降; 年内, 去年).
struct MoneyRangeCueRow: LexiconRow {
  enum Kind: String, CaseIterable, Sendable { case range, change, time }
  static let table = "money-range-cues.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "kind")
  }
}

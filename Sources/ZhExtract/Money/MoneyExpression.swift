import Foundation

/// A currency word as the text writes it beside a figure, before any decision: its place,
/// the currency table's reading, and what the cursor saw around it.
struct CurrencyWord: Hashable, Sendable {
  var start: Int
  var end: Int
  var form: CurrencyForm
  /// The generic yuan (元, 圆, 块, 毛 …) whose currency the document decides (CNY, TWD, HKD);
  /// not a name (人民币, 港币).
  var bareYuan = false
  /// Written as an English word (dollars, US dollars), not a three-letter code.
  var english = false
  /// The currency the words around name instead (`¥` → JPY where 日元, 日本 or 円 stand near,
  /// 法郎 → CHF near 瑞士: `currency-context.tsv`); `nil` when nothing does.
  var contextCode: String?
}

/// The currency words of one expression.
struct CurrencyWords: Hashable, Sendable {
  /// Before the first figure ($20, 港币100元, 人民币壹仟贰佰元); only one that agrees with the
  /// unit after the figure or decides over a generic 元 is kept.
  var prefix: CurrencyWord?
  /// After the first figure (120亿元, 37亿美元~40亿美元).
  var unit: CurrencyWord?
  /// After the second figure of a range or the figure a borrowing one takes it from
  /// (20至30亿美元, 从10亿增长到130亿美元, 5亿和7.5亿元).
  var second: CurrencyWord?
  /// A name after 元 that decides: 8亿元人民币, 5306元新台币.
  var trailingName: CurrencyWord?

  /// The scale the first figure is counted in (美分 is 0.01); `nil` for units of one.
  var firstScale: Decimal? { (unit ?? prefix ?? second).flatMap(\.form.fraction) }
  /// The scale the second figure is counted in; `nil` for units of one.
  var secondScale: Decimal? { (second ?? unit ?? prefix).flatMap(\.form.fraction) }
}

/// A sub-unit counted after a currency word: `5角` (5 × 0.1), `3块5`'s `5` (5 × 0.1),
/// `又3美分` (3 × 0.01).
struct Subunit: Hashable, Sendable {
  var count: Decimal
  /// Units of the currency per one of this sub-unit.
  var scale: Decimal
}

/// A monetary expression as the text states it — the figure(s) as scanned, the currency
/// words found before and after, sub-units, rate and qualifier words — before any value is
/// worked out: what `MoneyCursor` produces and `MoneyResolver` reads.
struct MoneyExpression: Hashable, Sendable {
  enum Shape: Hashable, Sendable {
    /// One figure: 120亿元, $20, 壹仟贰佰元, 巨亏120亿.
    case single(ScannedNumber)
    /// Two figures sharing one currency: 37亿~40亿美元, 20至30亿美元, 380元到1280元.
    case range(ScannedNumber, ScannedNumber)
    /// A figure that takes its currency (and perhaps its 万/亿) from a later one: the first
    /// figure of a change (从10亿增长到130亿美元) or an item of a list (5亿和7.5亿元).
    case borrowing(ScannedNumber, from: ScannedNumber)
  }

  /// The analysis span (code points of the normalised text).
  var start: Int
  var end: Int
  var shape: Shape
  var currency = CurrencyWords()
  /// Sub-units after the first figure's unit (5元6角, 3块5).
  var subunits: [Subunit] = []
  /// Sub-units after the second figure's unit (六块三到六块八毛五).
  var secondSubunits: [Subunit] = []
  /// `month`, `share`, … from a rate word (每股, /月, 年薪).
  var per: String?
  /// From a qualifier word (约, 超过, 左右); 多/余 inside a figure are read from the figure.
  var qualifier: String?
  /// No currency written: a cue word (亏损, 营收, 估值) makes the figure money.
  var implicit = false

  /// Whether a figure holds 兆 (whose value the reader must confirm).
  var hasZhao: Bool {
    switch shape {
    case .single(let a): a.zhao
    case .range(let a, let b), .borrowing(let a, let b): a.zhao || b.zhao
    }
  }

  /// The first figure.
  var first: ScannedNumber {
    switch shape {
    case .single(let a), .range(let a, _), .borrowing(let a, _): a
    }
  }
}

/// Which of `DateCursor.point(at:)`'s rules can begin at a scalar: one class (a set of rules)
/// per BMP scalar, read once per position, so that a rule whose first character cannot stand
/// there is not called (most calls used to return `nil` after a few lookups: 1,900
/// instructions a position). Each rule's set is what its first lines accept, no more:
///
/// - a number (`DateCursor.number`): an ASCII digit, a Chinese digit
///   (`NumeralCharacter.chineseDigit`), 十, 廿 or 卅; a Chinese number (`chinese`) the same
///   without ASCII digits;
/// - `yearLed` (`year(at:)`): an ASCII digit, `F`/`f` (FY), 民 and 公 (民国, 公元), a Chinese digit,
///   the first scalar of a date word that names a year (今年, 同年, 本财年);
/// - `ago`: 半, or a number; `monthLed`: the first scalar of a month's word (本月, 同月), or a
///   number; `firstPeriodsRange`: a number;
/// - `lunar`: 农, 阴, 大 (农历, 阴历, 大年初), 闰, a lunar month's first scalar, a Chinese number;
/// - `chineseDayOnly`: a Chinese number; `quarterLetter` (`quarter(at:)`): Q, q, 首, 第, a number;
/// - `vocabularyPoint`: a holiday's first scalar, a date word's but a part's or a year's (中,
///   初 and 底 begin parts, read after a year or a month; 全 only phrases that are no date), 年,
///   月 (年初, 月底) and 上, 下 (上半月);
/// - `yearSpan`: a century word's first scalar, or a number (a decade: 80年代, 八十年代).
///
/// The rules tried only under a test of their own in `point(at:)` (the digit rules, 前/首, H,
/// Latin letters, 十, 年, a bracket after) are not in the table. A scalar outside the BMP, or a
/// table built `anywhere`, lets every rule run.
struct DateRuleStarts: Sendable {
  struct Rules: OptionSet, Sendable {
    let rawValue: UInt16
    static let yearLed = Rules(rawValue: 1 << 0)
    static let ago = Rules(rawValue: 1 << 1)
    static let lunar = Rules(rawValue: 1 << 2)
    static let monthLed = Rules(rawValue: 1 << 3)
    static let firstPeriodsRange = Rules(rawValue: 1 << 4)
    static let chineseDayOnly = Rules(rawValue: 1 << 5)
    static let quarterLetter = Rules(rawValue: 1 << 6)
    static let vocabularyPoint = Rules(rawValue: 1 << 7)
    static let yearSpan = Rules(rawValue: 1 << 8)
    static let all = Rules(rawValue: UInt16.max)
  }

  /// The class of each BMP scalar; empty in `anywhere`.
  private let classes: [UInt16]

  /// Every rule at every scalar (a cursor made without a scanner).
  static let anywhere = DateRuleStarts(classes: [])

  private init(classes: [UInt16]) { self.classes = classes }

  /// The Chinese digits of `NumeralCharacter.chineseDigit` (`DateRuleStartsTests` checks the
  /// list against it over the whole BMP).
  static let chineseDigits = "〇零○Ｏ一壹弌二两兩贰貳弍三叁參弎四肆五伍六陆陸七柒八捌九玖"
  /// What else begins a Chinese number (`DateCursor.chinese`).
  static let chineseTens = "十廿卅"

  init(vocabulary: DateVocabulary) {
    var table = [UInt16](repeating: 0, count: 0x10000)
    func mark(_ v: UInt32, _ rules: Rules) { if v < 0x10000 { table[Int(v)] |= rules.rawValue } }
    func mark(_ text: String, _ rules: Rules) { for c in text.unicodeScalars { mark(c.value, rules) } }
    func mark(_ values: Set<UInt32>, _ rules: Rules) { for v in values { mark(v, rules) } }
    let number: Rules = [.ago, .monthLed, .firstPeriodsRange, .quarterLetter, .yearSpan]
    let chineseNumber: Rules = number.union([.lunar, .chineseDayOnly])
    for v in UInt32(0x30)...0x39 { mark(v, number.union(.yearLed)) }
    mark(Self.chineseDigits, chineseNumber.union(.yearLed))
    mark(Self.chineseTens, chineseNumber)
    mark("Ff民公", .yearLed)
    for (first, word) in vocabulary.words.firstScalarsAndValues { mark(first, Self.rules(startedBy: word)) }
    mark("半", .ago)
    mark("农阴大闰", .lunar)
    mark(vocabulary.lunarMonths.firstScalars, .lunar)
    mark("Qq首第", .quarterLetter)
    mark(vocabulary.holidays.firstScalars, .vocabularyPoint)
    mark("年月上下", .vocabularyPoint)
    mark(vocabulary.centuries.firstScalars, .yearSpan)
    classes = table
  }

  /// The rules a date word can begin, by what it means: `year(at:)` reads a year's, `monthLed`
  /// a month's, `vocabularyPoint` every other but a part, a phrase that is no date and a
  /// narrative year (left to `yearLed`). The longest word at a position is one of the words
  /// its first scalar begins, so a rule none of them serves cannot read one there.
  static func rules(startedBy word: DateVocabulary.Word) -> Rules {
    switch word {
    case .year, .fiscalYear, .narrative(.year, _): .yearLed
    case .month, .narrative(.month, _): [.monthLed, .vocabularyPoint]
    case .day, .week, .weekday, .quarter, .half, .narrative: .vocabularyPoint
    case .part, .none: []
    }
  }

  /// The rules that can begin at `c`.
  @inline(__always) func rules(at c: Unicode.Scalar) -> Rules {
    let v = Int(c.value)
    return v < classes.count ? Rules(rawValue: classes[v]) : .all
  }
}

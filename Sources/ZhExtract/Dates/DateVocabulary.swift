/// The words of the date rules, read from `Lexicons/dates-*.tsv` through `LexiconReader`
/// (every surface normalised as documents are): relative words, week words, parts of a year
/// or month, holidays, English month names, era names, cues, times of day, lunar months.
///
/// A class of `let` fields: the scanner, each document's cursor, discourse and dateline reader hold
/// it by reference (as a struct, some 30,000 instructions a document went to copying it).
package final class DateVocabulary: Sendable {
  package enum Word: Sendable, Hashable {
    case day(Int), week(Int), month(Int), quarter(Int), year(Int)
    /// 周 / 星期 / 礼拜: a weekday follows.
    case weekday
    case half(Int)
    case part(PeriodPart)
    /// A narrative reference (`dates-narrative.tsv`): an offset from the date in focus.
    case narrative(NarrativeUnit, Int)
    /// 本财年 0, 上一财年 −1: an offset from the fiscal year that holds the anchor.
    case fiscalYear(Int)
    /// A phrase that holds a date word and is no date (全年无休, 全年龄段): read whole, so the
    /// date word inside it is not.
    case none
  }

  /// What a narrative word counts in: 当日/次日 days, 此前一周 weeks, 同月 months, 当季
  /// quarters, 同年/次年 years; 上年同期 moves the period in focus by years.
  package enum NarrativeUnit: String, Sendable, Hashable, CaseIterable {
    case day, week, month, quarter, year, period
  }

  /// What a cue word in `dates-cues.tsv` tells the scanner and the dateline reader.
  package enum Cue: String, Sendable, CaseIterable {
    /// A publication or dateline cue before a date (`发布时间`, `日期`, `北京时间`); a compact
    /// `YYYYMMDD` right after it is a date (`时间:20251110`).
    case published
    /// `来源`: the source of a dateline.
    case source
    /// `记者`, `作者`, `编辑`: a byline.
    case byline
    /// `电`, `讯` right after a dateline's date (`北京时间2025年3月4日电`).
    case wire
    /// The end of a medium's name (`报`, `日报`, `新闻`, `网`, `电视台`): a dateline's date
    /// standing apart before it is a label (`2024年3月2日 某某日報即時新聞`).
    case medium
    /// Joins two ends only with `之间`/`间` after the second (`和`, `与`).
    case between
    /// 财年, 财政年度, fiscal year: a fiscal calendar may be defined after it.
    case fiscalYear = "fiscal-year"
    /// 财季: a fiscal quarter (第二财季(7月至9月) defines the calendar).
    case fiscalQuarter = "fiscal-quarter"
    /// 截至, 截止 (截至2025年3月31日止年度).
    case until
    /// 营收, 每股, 出货, 起: after `第三季` they make it a quarter (Hong Kong and Taiwan write
    /// it without 度), where a series' season has none.
    case quarterContext = "quarter-context"
    /// 集, 剧, 节目, 播出 near `第二季`, or 剧 and 》 right before it: a series' season, not a quarter,
    /// in a Traditional text, where 第N季 is otherwise a quarter.
    case seasonContext = "season-context"
    /// 年度报告, 年报, 业绩 right after a year: the year of the report the text is about, whose
    /// year carries to later paragraphs (`2026年年度报告`…`一季度` is 2026's).
    case reportYear = "report-year"
    /// 財政預算案, 預算案, 財政司: with a `fiscal-year` word, they make a Hong Kong text's 本年度 and
    /// 下年度 the government's financial year (April to March).
    case budget
    /// 暑运, 主汛期, 航季首日: a period whose days a parenthesised gloss right after it gives
    /// (`暑运（7月1日至8月31日）`); see `GlossedPeriod`.
    case glossedPeriod = "glossed-period"
    /// 学年, 雪季, 榨季, 供暖季: a season that spans two years, named after them
    /// (`2026—2027学年`, `2025-26赛季` → `2025/2026`).
    case season
    /// 介绍, 表示, 指出: a verb of speech right after a holiday's name makes it a person's given
    /// name (`项目经理覃国庆介绍`), no date.
    case speech
    /// 适逢, 恰逢, 正值, 为: between a day and a weekday, they say which weekday that day falls on
    /// (`5月31日适逢周日`): the weekday names the day before it, not a day of the anchor's week.
    case weekdayLink = "weekday-link"
  }

  /// The side column of `dates-open-bounds.tsv`.
  package enum OpenSide: String, Sendable, CaseIterable {
    case onwards, since, after, upTo = "up-to", before
  }

  package let words: WordTable<Word>
  /// Words of Taiwan (`dates-taiwan-cues.tsv`): in Traditional script they make the article Taiwanese.
  package let taiwanCues: WordTable<Bool>
  /// Words after a date that leave its interval open (`或之后`, `以来`, `之前`).
  package let openBounds: WordTable<OpenInterval>
  package let holidays: WordTable<Holiday>
  package let englishMonths: WordTable<Int>
  /// Era names and the Gregorian year their year 1 began.
  package let eras: WordTable<Int>
  package let cues: WordTable<Cue>
  /// The shared `range-separators.tsv`: signs and words between the two ends of a range.
  package let rangeSeparators: WordTable<RangeSeparatorRow>
  /// Hours a time-of-day word adds to an hour before 12.
  package let timesOfDay: WordTable<Int>
  package let lunarMonths: WordTable<Int>
  /// Centuries relative to the anchor's (`上世纪` −1), parts of a decade or a century, seasons.
  package let centuries: WordTable<Int>
  package let spanParts: WordTable<SpanPart>
  package let seasons: WordTable<Int>
  /// Tense cues: `.past`, `.future`, or `nil` for a look-alike (了解, 将近).
  package let tenseCues: WordTable<DateHints.Tense?>
  /// The longest era name and compact cue: how far back `endingAt` lookups reach.
  package let longestEra: Int
  package let longestCue: Int

  package init(reader: LexiconReader, problems: inout LexiconProblems) {
    // Built in locals, then stored: the fields are `let`.
    var words = WordTable<Word>()
    var taiwanCues = WordTable<Bool>()
    var openBounds = WordTable<OpenInterval>()
    var holidays = WordTable<Holiday>()
    var englishMonths = WordTable<Int>()
    var eras = WordTable<Int>()
    var timesOfDay = WordTable<Int>()
    var lunarMonths = WordTable<Int>()
    var centuries = WordTable<Int>()
    var seasons = WordTable<Int>()
    var cues = WordTable<Cue>()
    var rangeSeparators = WordTable<RangeSeparatorRow>()
    var spanParts = WordTable<SpanPart>()
    var tenseCues = WordTable<DateHints.Tense?>()
    var longestEra = 0, longestCue = 0
    for row in reader.rows(DateRelativeRow.self, problems: &problems) { words.insert(row.surface, row.word) }
    for row in reader.rows(DateNarrativeRow.self, problems: &problems) { words.insert(row.surface, .narrative(row.unit, row.offset)) }
    let holidayRows = reader.rows(DateHolidayRow.self, problems: &problems)
    // 国庆假期 is found as 国庆节 is found: the rule of that holiday's own row.
    var official: [OfficialHoliday: Holiday.Rule] = [:]
    for row in holidayRows where row.periodOf == nil {
      if let holiday = OfficialHoliday(rawValue: String(scalars: row.surface)) { official[holiday] = row.holiday.rule }
    }
    for row in holidayRows {
      guard let periodOf = row.periodOf else { holidays.insert(row.surface, row.holiday); continue }
      guard let rule = official[periodOf] else {
        problems.report(file: DateHolidayRow.table, line: 0, "the period of \(periodOf.rawValue) needs a row of its own for \(periodOf.rawValue)")
        continue
      }
      holidays.insert(row.surface, Holiday(rule: rule, officialPeriod: periodOf, customaryDays: row.holiday.customaryDays))
    }
    for row in reader.rows(DateEnglishMonthRow.self, problems: &problems) {
      let name = row.name
      for form in Set([name, name.lowercased(), name.uppercased(), name.prefix(1).uppercased() + name.dropFirst().lowercased()]) {
        englishMonths.insert(reader.surface(form), row.month)
      }
    }
    for row in reader.rows(DateEraRow.self, problems: &problems) {
      eras.insert(row.surface, row.firstYear)
      longestEra = max(longestEra, row.surface.count)
    }
    for row in reader.rows(DateCueRow.self, problems: &problems) {
      cues.insert(row.surface, row.kind)
      longestCue = max(longestCue, row.surface.count)
    }
    for row in reader.rows(RangeSeparatorRow.self, problems: &problems) { rangeSeparators.insert(row.surface, row) }
    for row in reader.rows(DateTimeOfDayRow.self, problems: &problems) { timesOfDay.insert(row.surface, row.shift) }
    for row in reader.rows(DateLunarMonthRow.self, problems: &problems) { lunarMonths.insert(row.surface, row.month) }
    for row in reader.rows(DateOpenBoundRow.self, problems: &problems) { openBounds.insert(row.surface, row.bound) }
    for row in reader.rows(DatePeriodRow.self, problems: &problems) {
      switch row.word {
      case .century(let offset): centuries.insert(row.surface, offset)
      case .spanPart(let part): spanParts.insert(row.surface, part)
      case .season(let season): seasons.insert(row.surface, season)
      }
    }
    for row in reader.rows(DateTenseCueRow.self, problems: &problems) { tenseCues.insert(row.surface, row.tense) }
    for row in reader.rows(DateTaiwanCueRow.self, problems: &problems) { taiwanCues.insert(row.surface, true) }
    self.words = words
    self.taiwanCues = taiwanCues
    self.openBounds = openBounds
    self.holidays = holidays
    self.englishMonths = englishMonths
    self.eras = eras
    self.cues = cues
    self.rangeSeparators = rangeSeparators
    self.timesOfDay = timesOfDay
    self.lunarMonths = lunarMonths
    self.centuries = centuries
    self.spanParts = spanParts
    self.seasons = seasons
    self.tenseCues = tenseCues
    self.longestEra = longestEra
    self.longestCue = longestCue
  }
}

/// A `ScalarTrie` behind a bitmap of the scalars its keys begin with: the scanner asks
/// several tables at nearly every position, and nearly every answer is "no word starts
/// here" — one bit test instead of a hash lookup.
package struct WordTable<Value: Sendable>: Sendable {
  private var trie = ScalarTrie<Value>()
  private var starts = ScalarBitmap()

  package init() {}

  package mutating func insert(_ key: [Unicode.Scalar], _ value: Value) {
    guard let first = key.first else { return }
    trie.insert(key, value)
    starts.insert(first.value)
    firstScalarsAndValues.append((first.value, value))
  }

  /// The first scalar and the value of every key inserted (a few hundred): which rules a
  /// scalar can begin depends on what the words it begins mean (`DateRuleStarts`).
  package private(set) var firstScalarsAndValues: [(scalar: UInt32, value: Value)] = []

  /// Every scalar that begins some key.
  package var firstScalars: Set<UInt32> { trie.firstScalars }

  /// The longest key that starts at `start` in `text`: its end (exclusive) and value.
  @inline(__always)
  package func longestMatch(in text: [Unicode.Scalar], at start: Int) -> (end: Int, value: Value)? {
    guard start >= 0, start < text.count, starts.contains(text[start]) else { return nil }
    return trie.longestMatch(in: text, at: start)
  }

  /// The longest key that starts at `start` and ends at or before `limit`.
  package func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, value: Value)? {
    guard start >= 0, start < text.count, starts.contains(text[start]) else { return nil }
    return trie.longestMatch(in: text, at: start, limit: limit)
  }

  /// Whether any key occurs anywhere in `text` (one bit test at most positions).
  package func occurs(in text: [Unicode.Scalar]) -> Bool {
    for i in text.indices where starts.contains(text[i]) {
      if trie.longestMatch(in: text, at: i) != nil { return true }
    }
    return false
  }

  /// The longest key that ends exactly at `end`, at most `maxLength` scalars long.
  package func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, maxLength: Int) -> (start: Int, value: Value)? {
    trie.longestMatch(in: text, endingAt: end, maxLength: maxLength)
  }
}

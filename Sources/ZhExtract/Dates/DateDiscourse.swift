/// The anchors in force through a document, read as a person reads it, mention by mention in
/// text order:
///
/// - **Document**: the publication date (stated or given) anchors what is relative to "now"
///   (今天, 上周, 去年, 上季度).
/// - **Section**: in a digest or compilation, a dateline below the header (`时间:20251110`,
///   `【2025年3月2日 新华社】`) starts a section whose relative dates count from that dateline.
/// - **Narrative**: 当日, 次日, 同年, 次年, 同月, 当季, 上年同期 count from the date the text is
///   talking about — the last day, month, quarter, year or period a mention resolved to (a day
///   only from the same or the previous paragraph, else the day the report is about: the first
///   day the body names, when it is at most three days before the anchor; a same-day word opening a
///   paragraph, 同日 after a step the paragraph before told of, is that day too; 当日 after a
///   month its sentence named with no day since is a day of that month the text does not give:
///   `2023年8月…当日` → `2023-08-XX`) — and from the
///   section's or document's anchor when there is none. After a span of years, 同年 is its last
///   year; the base of a comparison (较上年) puts nothing in focus.
/// - **Year in focus**: a date without a year (`2月12日`, `一季度`, `春节`) takes the last year
///   stated in the paragraph (a year later than the anchor's only within the sentence, and not to
///   the quarter or the month under way), or
///   今年/去年 in the same clause; else the year its clause's tense points to (将, 计划, 预计 →
///   not over; 了, 已, 曾, 达 → begun); else the year nearest the anchor. A bare day (`13日`) takes
///   the month in focus in the paragraph.
///
/// The output's `anchor` names the date used: the document's or section's date, the date in
/// focus (`2023-05-09`, `2023-12`, `2023-Q4`, `2023`), or the year in focus (`2023`).
struct DateDiscourse {
  let s: [Unicode.Scalar]
  let matches: [DateScanner.Match]
  let vocabulary: DateVocabulary
  let datelines: DatelineReader
  let document: DateAnchor?
  /// Where the document's own dateline ends (the first dateline of the header, when it states
  /// the document's date): a dateline after it that marks an item starts a section.
  let sectionsFrom: Int
  /// Where the header block (headline, dateline lines) ends.
  let headerEnd: Int

  /// The fiscal calendar the document defines (read only when it has a fiscal period).
  private(set) var fiscal: FiscalCalendar?

  /// The anchor of the current section (the document's until a section dateline).
  private(set) var section: DateAnchor?
  private var focus = Focus()

  // Where the reading stands, counted incrementally (linear in the text).
  private var position = 0
  private var paragraph = 0
  private var lineHasText = false
  private var sentence = 0
  /// The sentence a paragraph's text begins with.
  private var paragraphSentence = 0
  private var clause = 0
  private var clauseStart = 0

  /// What the text is talking about: the last date of each size, and where it was said.
  struct Focus {
    var day: (date: CivilDate, paragraph: Int)?
    /// The last days the text stated (at most `recentDays`) and where: the events a later 开幕次日
    /// may name.
    var days: [(date: CivilDate, at: Int)] = []
    /// The last month the text stated (a day states its month), its paragraph and sentence, and
    /// where the mention ends.
    var month: (year: Int, month: Int, paragraph: Int, sentence: Int, end: Int)?
    var quarter: (year: Int, quarter: Int)?
    var year: Int?
    /// The last single-year period (its value and grain), for 上年同期.
    var period: (value: String, grain: DateGrain)?
    /// The last year the text states. With a finer part (`2023年5月`, `今年一季度`) it sets the
    /// time of the paragraph; alone (`2024年`, `去年`) only of its clause (`与2024年持平` is a
    /// comparison, not the time of what follows).
    var stated: (year: Int, paragraphWide: Bool, paragraph: Int, sentence: Int, clause: Int)?
    /// The last fiscal year a fiscal period resolved to (2025财年…第四财季).
    var fiscalYear: Int?
    /// The day the report is about: the first day the body names, when it is the anchor's or at
    /// most `leadReach` days before (12月2日…举行发布会 in an article of 12月3日). A later 当天 or
    /// 次日 whose day has gone out of focus counts from it (发布会当天), not from the anchor.
    var lead: CivilDate?
    var leadSeen = false
    /// The year of the whole text or block: a bare year in a heading (`【2025年回顾】`, a title
    /// line) or the year of the report the article is about (`2026年年度报告`, `2025年业绩`).
    /// It carries across paragraphs, for a date without a year that no year in its paragraph
    /// or clause settles, until a year with a finer part (`2027年3月`) or another such year
    /// takes the focus. Only a year not later than the anchor's carries; a report's year only to
    /// periods and months (a day in a results article is most often the day of the news or a
    /// date still to come: 3月18日晚间披露, 将于4月10日派息); a heading's year not to a day of the
    /// month before the anchor (`recentReach`: the news of an award of 2025 happens in 2026)
    /// when the heading is the document's headline; a heading in the body (`2025年` above the
    /// year's items of a timeline) takes them all.
    var carried: (year: Int, heading: Bool, inBody: Bool)?
    /// The last day the text stated with its year in a clause that looks ahead (`将于2027年1月16日
    /// 开幕`): without a document date, the day a date without a year is placed against (`除夕`,
    /// `1月下旬至2月下旬` in a notice of a season opening on that day). A day told of in the past
    /// may lie years back (`2022年11月30日，OpenAI发布了ChatGPT` in a look back three years on).
    var statedDay: CivilDate?
    /// The first year of a season the text names after the two years it spans (`2026—2027学年`,
    /// `2025-26赛季`): a date without a year that no stated or carried year places lies in the
    /// season's part of its year — from `seasonTurn` on in the first year, before it in the second
    /// (a school calendar's `2月22日开学` and `清明节` are 2027's, its `10月1日` 2026's).
    var season: Int?
    /// The last mention that resolved to one day, and where it ends: a weekday linked to it
    /// (`5月31日适逢周日`) is that day.
    var lastDay: (date: CivilDate, end: Int)?
    /// The date that began the last line to begin with one, its paragraph (each line with text is
    /// one), and how many such lines in a row before it went forward in time: a timeline or schedule
    /// (`5月31日　系统开放…` / `8月底　第二批退税` / `11月　寄发通知书`).
    var lineLead: (first: CivilDate, paragraph: Int, forward: Int)?
  }

  /// The month from which a date without a year lies in a season's first year (school years,
  /// sports and snow seasons begin in August to November; their spring is the next year's).
  static let seasonTurn = 8

  /// How many days before the anchor the day a report is about may lie (news reports today's or
  /// yesterday's events, Friday's on a Monday; a first day a week back is more likely a step of a
  /// story).
  static let leadReach = 3

  /// Whether the text may be Hong Kong's (Traditional script, not Taiwanese).
  let hongKong: Bool
  /// Whether it speaks of the government's financial year (read once, at the first 本年度 or 下年度).
  private var financialYearContext: Bool?

  init(text s: [Unicode.Scalar], matches: [DateScanner.Match], vocabulary: DateVocabulary, document: DateAnchor?, hongKong: Bool = false) {
    self.hongKong = hongKong
    self.s = s
    self.matches = matches
    self.vocabulary = vocabulary
    self.datelines = DatelineReader(vocabulary: vocabulary)
    self.document = document
    self.section = document
    let header = DatelineReader.header(of: s)
    self.sectionsFrom = Self.documentDatelineEnd(s, header: header, matches: matches, reader: datelines, document: document)
    self.headerEnd = header.bodyStart
    self.fiscal = matches.contains { $0.expression?.fiscal == true } ? FiscalCalendar.defined(in: s, vocabulary: vocabulary) : nil
  }

  /// The value of match `index` (which must have an expression), with the anchor it used.
  mutating func resolve(_ index: Int) -> Result<ResolvedDate, DateResolutionError> {
    let match = matches[index]
    guard var expression = match.expression else { return .failure(DateResolutionError(message: "nothing was read")) }
    advance(to: match.start)
    if match.start >= sectionsFrom, let start = sectionStart(index) {
      section = DateAnchor(date: start)
      focus = Focus()
    }
    let undated = section == nil ? undatedDocumentAnchor(for: expression) : nil
    let anchor = section ?? undated
    var result: Result<ResolvedDate, DateResolutionError>
    if let day = dayOfLinkedWeekday(match, expression) {
      result = .success(ResolvedDate(value: day.iso, grain: .day, relative: true, anchor: day.iso))
    } else if expression.fiscal, let fiscal, let date = resolveFiscal(expression, anchor: anchor, calendar: fiscal) {
      return .success(date)
    } else if hongKong, isFinancialYearWord(match), let date = resolveFiscal(expression, anchor: anchor, calendar: Self.hongKongFinancialYear) {
      return .success(date)
    } else if expression.start.basis == .focus {
      result = resolveNarrative(&expression, anchor: anchor, counted: match.rule == .countedOffset, matchStart: match.start)
    } else {
      var hints = hints(for: expression, match: match, anchor: anchor)
      // A stated day is no "now": a clause that looks ahead (将在腊八举办) does not put the date after it.
      if undated != nil { hints.tense = nil }
      result = resolveInFocus(expression, anchor: anchor, hints: hints)
    }
    if case .success(let date) = result { remember(date, expression: expression, match: match) }
    return result
  }

  /// Whether `match` begins its line (after spaces at most).
  private func startsLine(_ match: DateScanner.Match) -> Bool {
    var k = match.start
    while k > 0, s[k - 1] == " " || s[k - 1] == "\u{3000}" || s[k - 1] == "\t" { k -= 1 }
    return k == 0 || s[k - 1] == "\n"
  }

  /// A weekday said of the day right before it, a `weekday-link` word between them (`5月31日适逢周日`,
  /// `元旦恰逢周四`, `当天正值周六`): that day, when it falls on that weekday; a weekday alone
  /// (`周日`) with no word before it or after another one (`5月31日后的周日`) stays the anchor's week's.
  private func dayOfLinkedWeekday(_ match: DateScanner.Match, _ expression: DateExpression) -> CivilDate? {
    guard case .week(0, let weekday?) = expression.start.body, expression.start.year == nil, let day = focus.lastDay,
      day.date.weekday == weekday, day.end < match.start,
      let link = vocabulary.cues.longestMatch(in: s, at: day.end), link.value == .weekdayLink, link.end == match.start
    else { return nil }
    return day.date
  }

  /// In a document without a date (none stated, none given), the day a date without a year is
  /// placed against: the last day the text stated with its year in a clause that looks ahead.
  /// Only for what the text dates by the calendar (`1月16日至2月28日`, `春节`, `正月初八`); what
  /// counts from "now" (今年, 明年, 上半年, 上周) needs the date the text was written and stays
  /// unresolved.
  private func undatedDocumentAnchor(for expression: DateExpression) -> DateAnchor? {
    guard let day = focus.statedDay, expression.start.year == nil, expression.start.basis == .anchor else { return nil }
    switch expression.start.body {
    case .calendar(.absolute?, _), .holiday, .lunar, .monthPart(.absolute, _): return DateAnchor(date: day)
    default: return nil
    }
  }

  // MARK: - Reading position

  /// Counts paragraphs, sentences and clauses up to `end`.
  private mutating func advance(to end: Int) {
    // The bitmaps from locals: a static read in the loop is a lazy global's check at every character.
    let sentenceEnds = Self.sentenceEnds, clauseEnds = Self.clauseEnds, stops = Self.countStops
    while position < end {
      // Once a line has text, only a stop changes a count: the characters before the next one are
      // passed over at a bitmap read each (the three tests below took some 50 instructions a
      // character).
      if lineHasText {
        position = stops.firstMember(in: s, from: position, to: end)
        guard position < end else { return }
      }
      let c = s[position]
      position += 1
      if c == "\n" {
        // A blank line between paragraphs is no paragraph of its own.
        if lineHasText { paragraph += 1 }
        lineHasText = false
        sentence += 1; clause += 1; clauseStart = position
        paragraphSentence = sentence
        continue
      }
      if !lineHasText, !c.properties.isWhitespace { lineHasText = true }
      if sentenceEnds.contains(c) {
        sentence += 1; clause += 1; clauseStart = position
      } else if clauseEnds.contains(c) || isPhraseSpace(at: position - 1) {
        clause += 1; clauseStart = position
      }
    }
  }

  /// A space between two Han characters parts a headline's phrases as a comma would
  /// (`台積電第二季獲利創新高 鴻海擬加碼美國投資`: 擬 looks ahead for 鴻海, not for the quarter).
  private func isPhraseSpace(at k: Int) -> Bool {
    guard k > 0, k + 1 < s.count, s[k] == " " || s[k] == "\u{3000}" else { return false }
    return ScalarClass.isHan(s[k - 1]) && ScalarClass.isHan(s[k + 1])
  }

  static let sentenceEnds = ScalarBitmap("。!?;！？；".unicodeScalars)
  static let clauseEnds = ScalarBitmap(",，、:：".unicodeScalars)
  /// What `advance(to:)` stops at once a line has text: a line break, a sentence's or a clause's
  /// end, and the spaces that may part a headline's phrases (`isPhraseSpace(at:)`).
  static let countStops: ScalarBitmap = {
    var stops = sentenceEnds
    stops.formUnion(clauseEnds)
    stops.formUnion("\n \u{3000}".unicodeScalars.map(\.value))
    return stops
  }()

  // MARK: - Sections

  /// The end of the header's first dateline when it states the document's date (then it is
  /// the document's own, not a section's), and of the wire dateline that opens the first
  /// paragraph after it (`华夏文博报 2026年10月16日` above `本报郑州10月15日电`: the day the report was
  /// filed, not the day it is about, 14日召开); or of the wire dateline that opens the first
  /// paragraph (`本报讯（记者 某某）2026年4月20日，…`: not the day the report is about either);
  /// else 0.
  static func documentDatelineEnd(
    _ s: [Unicode.Scalar], header: DatelineReader.Header, matches: [DateScanner.Match], reader: DatelineReader, document: DateAnchor?
  ) -> Int {
    guard let document else { return 0 }
    var next = 0
    for line in header.lines {
      while next < matches.count, matches[next].start < line.lowerBound { next += 1 }
      var last = next
      while last < matches.count, matches[last].end <= line.upperBound { last += 1 }
      guard let found = reader.read(s, line: line, matches: matches[next..<last]) else { continue }
      guard found.date == document.date else { return 0 }
      if let body = header.firstBody, body.lowerBound >= line.upperBound,
        let wire = filedDateline(s, body: body, matches: matches, reader: reader, document: document)
      {
        return wire
      }
      return line.upperBound
    }
    if let body = header.firstBody, let found = reader.wireDateline(s, paragraph: body, matches: matches), found.date == document.date {
      return found.match.end
    }
    return 0
  }

  /// The end of the wire dateline opening the first body paragraph below a header that dated
  /// the document, when it states the day of the issue or one of the `leadReach` days before
  /// (`本报郑州10月15日电` under `2026年10月16日`), with its year or without.
  private static func filedDateline(
    _ s: [Unicode.Scalar], body: Range<Int>, matches: [DateScanner.Match], reader: DatelineReader, document: DateAnchor
  ) -> Int? {
    let filed: (date: CivilDate, end: Int)
    if let wire = reader.wireDateline(s, paragraph: body, matches: matches) {
      filed = (wire.date, wire.match.end)
    } else if let wire = reader.yearlessWireDateline(s, paragraph: body, matches: matches),
      CivilDate.isValid(year: document.date.year, month: wire.month, day: wire.day)
    {
      filed = (CivilDate(document.date.year, wire.month, wire.day), wire.end)
    } else {
      return nil
    }
    let days = document.date.dayNumber - filed.date.dayNumber
    return (0...leadReach).contains(days) ? filed.end : nil
  }

  /// The date a section dateline at match `index` states, when its line is one.
  private func sectionStart(_ index: Int) -> CivilDate? {
    let match = matches[index]
    let line = boundedLine(around: match.start..<match.end)
    guard let line else { return nil }
    var first = index, last = index + 1
    while first > 0, matches[first - 1].start >= line.lowerBound { first -= 1 }
    while last < matches.count, matches[last].end <= line.upperBound { last += 1 }
    if match.rule == .compactDateYearOnly {
      // 时间:2025116 splits two ways; a compilation collects recent items: the reading that
      // lies within a month before the document's date, when only one does.
      return plausibleCompactDate(match)
    }
    guard let found = datelines.read(s, line: line, matches: matches[first..<last]), found.match.start == match.start, found.marksItem else { return nil }
    return found.date
  }

  /// The line holding `span`, when it reaches no more than `reach` scalars to either side of it
  /// (by default as far as a dateline can be long).
  private func boundedLine(around span: Range<Int>, reach: Int = DatelineReader.maxLine) -> Range<Int>? {
    var a = span.lowerBound
    while a > 0, s[a - 1] != "\n" {
      a -= 1
      if span.lowerBound - a > reach { return nil }
    }
    var b = span.upperBound
    while b < s.count, s[b] != "\n" {
      b += 1
      if b - span.upperBound > reach { return nil }
    }
    return a..<b
  }

  private func plausibleCompactDate(_ match: DateScanner.Match) -> CivilDate? {
    guard let document, match.end - match.start == 7 else { return nil }
    var digits: [Int] = []
    for k in match.start..<match.end { guard let d = ScalarClass.asciiDigitValue(s[k]) else { return nil }; digits.append(d) }
    let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    var readings: [CivilDate] = []
    for (m, d) in [(digits[4], digits[5] * 10 + digits[6]), (digits[4] * 10 + digits[5], digits[6])] where CivilDate.isValid(year: year, month: m, day: d) {
      let date = CivilDate(year, m, d)
      let before = document.date.dayNumber - date.dayNumber
      if (0...31).contains(before) { readings.append(date) }
    }
    return readings.count == 1 ? readings[0] : nil
  }

  // MARK: - The year in focus and the tense

  private func hints(for expression: DateExpression, match: DateScanner.Match, anchor: DateAnchor?) -> DateHints {
    var hints = statedHints(for: expression, match: match, anchor: anchor)
    // 4月以来, 自11月以来: a bound that looks back (`since` in dates-open-bounds.tsv) puts the
    // month or day at or before the anchor, whatever the clause says (起 may look ahead: 将自1月起实施).
    if case .from(_, looksBack: true)? = expression.open, expression.start.year == nil {
      hints.tense = .past
    }
    return hints
  }

  private func statedHints(for expression: DateExpression, match: DateScanner.Match, anchor: DateAnchor?) -> DateHints {
    var hints = DateHints()
    let start = expression.start
    guard start.year == nil else { return hints }
    switch start.body {
    case .calendar(nil, _?):
      if let m = focus.month, m.paragraph == paragraph { hints.month = (m.year, m.month) }
      if hints.month == nil { hints.tense = tense(around: match) }
      return hints
    case .calendar(.absolute?, _), .quarter(.absolute), .holiday, .lunar, .half, .yearPart, .firstPeriods, .lastPeriods, .monthPart(.absolute, _):
      break
    default:
      return hints
    }
    if let stated = focus.stated {
      if stated.clause == clause {
        hints.year = stated.year
      } else if stated.paragraphWide, stated.paragraph == paragraph {
        // A later year than the anchor's reaches only to the end of its sentence (预计2026年…。11月5日 is this year's).
        if stated.year <= (anchor?.date.year ?? stated.year)
          || stated.sentence == sentence && !isCurrentOrNextQuarter(start.body, anchor: anchor) && !isAnchorsMonth(start.body, anchor: anchor)
        {
          hints.year = stated.year
        }
      }
    }
    if hints.year == nil, let carried = focus.carried {
      switch start.body {
      case .calendar(_, _?), .holiday, .lunar:
        // (A heading's year — 浙江2025年度科学技术奖揭晓 — does not take a day of the last month's
        // news: 12月3日 and a digest's 11月30日 in a report of 2026-12-04 are this year's.)
        if carried.heading, carried.inBody || !isRecentDay(expression, anchor: anchor) { hints.year = carried.year }
      default:
        // A report's year takes a period the anchor's year has not yet completed (一季度 in
        // March is last year's; in April it may be this year's first-quarter report).
        if carried.heading || !isOverAtAnchor(expression, anchor: anchor) { hints.year = carried.year }
      }
    }
    if hints.year == nil, let first = focus.season, let year = yearInSeason(expression, first: first) { hints.year = year }
    if hints.year == nil, let lead = focus.lineLead, lead.forward >= 1, lead.paragraph == paragraph - 1, startsLine(match) {
      // A schedule's next line goes on forward from the line before (…`8月底` / `11月`: not last November).
      switch start.body {
      case .calendar(.absolute(let m)?, _), .monthPart(.absolute(let m), _): hints.year = m >= lead.first.month ? lead.first.year : lead.first.year + 1
      default: break
      }
    }
    if anchor != nil {
      switch start.body {
      case .calendar, .quarter, .holiday, .lunar, .monthPart(.absolute, _): hints.tense = tense(around: match)
      default: break
      }
    }
    return hints
  }

  /// The year of the season beginning in `first` in which `expression` (a month, a day, a
  /// holiday or a Chinese-calendar day without a year) lies: `first` from `seasonTurn` on, else
  /// the year after.
  private func yearInSeason(_ expression: DateExpression, first: Int) -> Int? {
    let month: Int
    switch expression.start.body {
    case .calendar(.absolute(let m)?, _), .monthPart(.absolute(let m), _):
      month = m
    case .holiday, .lunar:
      guard case .success(let date) = DateResolver.resolve(expression, anchor: nil, hints: DateHints(year: first)),
        let (day, _) = ISOBounds.of(date.value)
      else { return nil }
      if day.year != first { return day.year }
      month = day.month
    default:
      return nil
    }
    return month >= Self.seasonTurn ? first : first + 1
  }

  /// Whether `expression`, placed in the anchor's year, is one day from the anchor back to
  /// `recentReach` days before it: a day of the news the text reports.
  private func isRecentDay(_ expression: DateExpression, anchor: DateAnchor?) -> Bool {
    guard let anchor, case .success(let date) = DateResolver.resolve(expression, anchor: anchor, hints: DateHints(year: anchor.date.year)),
      let (first, last) = ISOBounds.of(date.value), first == last
    else { return false }
    return first.dayNumber <= anchor.date.dayNumber && first.dayNumber >= anchor.date.dayNumber - Self.recentReach
  }

  /// How many days back a day is still the news of a report's month, whatever year its heading names.
  static let recentReach = 31

  /// Whether `expression`, placed in the anchor's year, has ended by the anchor.
  private func isOverAtAnchor(_ expression: DateExpression, anchor: DateAnchor?) -> Bool {
    guard let anchor, case .success(let date) = DateResolver.resolve(expression, anchor: anchor, hints: DateHints(year: anchor.date.year)),
      let (_, last) = ISOBounds.of(date.value)
    else { return false }
    return last < anchor.date
  }

  /// Whether `body` is the anchor's own month without a year, or a part of it (`名单预计明年一季度公布，
  /// 协会将于11月中旬组织培训` on 2026-11-03: the month under way is 2026's; a later year in another
  /// clause does not reach it).
  private func isAnchorsMonth(_ body: DatePoint.Body, anchor: DateAnchor?) -> Bool {
    guard let anchor else { return false }
    switch body {
    case .calendar(.absolute(let m)?, _), .monthPart(.absolute(let m), _): return m == anchor.date.month
    default: return false
    }
  }

  /// Whether `body` is a quarter without a year that is the anchor's own or the next
  /// (`看好明年第一季需求，第四季營收將季增5%` on 2026-10-15: the fourth quarter under way is
  /// 2026's; a later year in another clause does not reach it).
  private func isCurrentOrNextQuarter(_ body: DatePoint.Body, anchor: DateAnchor?) -> Bool {
    guard case .quarter(.absolute(let q)) = body, let anchor, (1...4).contains(q) else { return false }
    let current = (anchor.date.month - 1) / 3 + 1
    return q == current || q == current + 1
  }

  /// The value with the year in focus, unless the clause's tense says otherwise (the year in
  /// focus puts the date in the past, the clause looks ahead, or the reverse): then the tense.
  private func resolveInFocus(_ expression: DateExpression, anchor: DateAnchor?, hints: DateHints) -> Result<ResolvedDate, DateResolutionError> {
    var focused = hints
    if hints.year != nil { focused.tense = nil }
    let result = DateResolver.resolve(expression, anchor: anchor, hints: focused)
    guard hints.year != nil, let tense = hints.tense, let anchor, case .success(let date) = result,
      let (first, last) = ISOBounds.of(date.value)
    else { return result }
    let contradicts = tense == .future ? last < anchor.date : tense == .past && first > anchor.date
    guard contradicts else { return result }
    var byTense = hints
    byTense.year = nil
    return DateResolver.resolve(expression, anchor: anchor, hints: byTense)
  }

  /// How far either side of a mention its clause is searched for a tense cue.
  static let tenseReach = 24

  /// The tense of the clause around `match`: the cue nearest to it wins. A date compared with
  /// (right after 较, 比: `2月营收将较1月下滑`) is the base of the comparison, past or present,
  /// whatever the clause looks ahead to: it takes no tense.
  private func tense(around match: DateScanner.Match) -> DateHints.Tense? {
    if isComparisonBase(match) { return nil }
    let from = max(clauseStart, match.start - Self.tenseReach)
    var best: (distance: Int, tense: DateHints.Tense)?
    var k = from
    while k < s.count, k < match.end + Self.tenseReach {
      if k >= match.start && k < match.end { k = match.end; continue }
      let c = s[k]
      if k >= match.end, Self.sentenceEnds.contains(c) || Self.clauseEnds.contains(c) || c == "\n" || isPhraseSpace(at: k) { break }
      if let cue = vocabulary.tenseCues.longestMatch(in: s, at: k) {
        if let tense = cue.value {
          let distance = k < match.start ? match.start - cue.end : k - match.end
          if best.map({ distance < $0.distance }) ?? true { best = (distance, tense) }
        }
        k = cue.end
        continue
      }
      k += 1
    }
    return best?.tense
  }

  // MARK: - Fiscal periods

  /// Hong Kong's government financial year: April to March.
  static let hongKongFinancialYear = FiscalCalendar(endMonth: 3)

  /// Whether `match` begins with a year of 年度 relative to the anchor (本年度, 下年度, 上年度,
  /// 今年度) in a text about the government's finances (a `fiscal-year` or `budget` cue of
  /// dates-cues.tsv: 財政年度, 財政預算案, 財政司): then the year is the financial year (本年度 on
  /// 2026-02-25 → `2025-04/2026-03`). In Taiwan and the mainland 年度 stays the calendar year.
  private mutating func isFinancialYearWord(_ match: DateScanner.Match) -> Bool {
    guard case .relative? = match.expression?.start.year else { return false }
    // 本年度, 下年度 (首月), or a fiscal year counted from this one (本财政年度).
    func endsInYearDegree(_ end: Int) -> Bool { end - match.start >= 3 && s[end - 2] == "年" && s[end - 1] == "度" }
    let word = vocabulary.words.longestMatch(in: s, at: match.start)
    let yearWord = word.map { w in if case .year = w.value { endsInYearDegree(w.end) } else { false } } ?? false
    guard yearWord || match.expression?.fiscal == true && endsInYearDegree(match.end) else { return false }
    if let known = financialYearContext { return known }
    var found = false
    var i = 0
    while i < s.count, !found {
      if let cue = vocabulary.cues.longestMatch(in: s, at: i) {
        found = cue.value == .fiscalYear || cue.value == .budget
        i = cue.end
      } else {
        i += 1
      }
    }
    financialYearContext = found
    return found
  }

  /// A fiscal period as the civil months it covers, in the calendar the document defines
  /// (`2025财年` → `2024-07/2025-06`, `第四财季` of that year → `2025-04/2025-06`); `nil` for
  /// what it does not convert (ranges, parts of a fiscal year).
  private mutating func resolveFiscal(_ e: DateExpression, anchor: DateAnchor?, calendar: FiscalCalendar) -> ResolvedDate? {
    guard e.end == nil else { return nil }
    let p = e.start
    var first = 1, last = 12, grain = DateGrain.year
    switch p.body {
    case .calendar(nil, nil): break
    case .quarter(.absolute(let q)) where (1...4).contains(q): first = 3 * q - 2; last = 3 * q; grain = .quarter
    case .half(let h): first = 6 * h - 5; last = 6 * h; grain = .half
    case .firstPeriods(.quarter, let n) where (1...4).contains(n): last = 3 * n; grain = .quarter
    case .firstPeriods(.month, let n) where (1...12).contains(n): last = n; grain = .month
    default: return nil
    }
    var calendar = calendar
    let year: Int
    var anchorText: String?
    switch p.year {
    case .absolute(let y)?:
      year = y
      if calendar.namedByFirstYear == nil, let anchor {
        // The naming the text leaves open: whichever puts the period nearest the anchor.
        func distance(_ byFirst: Bool) -> Int {
          var c = calendar
          c.namedByFirstYear = byFirst
          return abs(c.middle(of: y, from: first, through: last).dayNumber - anchor.date.dayNumber)
        }
        calendar.namedByFirstYear = distance(true) < distance(false)
        if fiscal?.endMonth == calendar.endMonth { fiscal?.namedByFirstYear = calendar.namedByFirstYear }
      }
    case .twoDigit(let yy)?:
      guard let anchor else { return nil }
      year = DateResolver.century(yy, anchorYear: anchor.date.year)
      anchorText = anchor.iso
    case .relative(let k)?:
      guard let anchor else { return nil }
      year = calendar.year(holding: anchor.date) + k
      anchorText = anchor.iso
    case nil:
      if let y = focus.fiscalYear {
        year = y
        anchorText = DateFormat.year(y)
      } else if let anchor {
        // The fiscal year that puts the period nearest the anchor.
        let holding = calendar.year(holding: anchor.date)
        year =
          [holding, holding - 1, holding + 1].min { a, b in
            abs(calendar.middle(of: a, from: first, through: last).dayNumber - anchor.date.dayNumber)
              < abs(calendar.middle(of: b, from: first, through: last).dayNumber - anchor.date.dayNumber)
          } ?? holding
        anchorText = anchor.iso
      } else {
        return nil
      }
    }
    guard (2...9999).contains(year) else { return nil }
    focus.fiscalYear = year
    let relative = anchorText != nil
    var value = calendar.months(of: year, from: first, through: last)
    // 下年度首月: one month.
    if first == last, let slash = value.firstIndex(of: "/") { value = String(value[..<slash]) }
    return ResolvedDate(value: value, grain: grain, relative: relative, anchor: anchorText)
  }

  // MARK: - Narrative references

  private func resolveNarrative(
    _ expression: inout DateExpression, anchor: DateAnchor?, counted: Bool, matchStart: Int
  ) -> Result<ResolvedDate, DateResolutionError> {
    var focusAnchor: DateAnchor?
    var focusText: String?
    let start = expression.start
    if case .samePeriod(let offset) = start.body {
      if case .relative(let years)? = start.year, let anchor, let period = focus.period, let (first, last) = ISOBounds.of(period.value),
        first.year == last.year, let shifted = Self.shiftYears(period.value, by: anchor.date.year + years - first.year)
      {
        // 去年同期 after a period of another year than the anchor's (2025年全年…去年同期 in a
        // report of 2026: 2025): the period's months in the anchor's last year.
        return .success(ResolvedDate(value: shifted, grain: period.grain, relative: true, anchor: period.value))
      }
      if let period = focus.period, let shifted = Self.shiftYears(period.value, by: offset) {
        return .success(ResolvedDate(value: shifted, grain: period.grain, relative: true, anchor: period.value))
      }
    } else if case .relative? = start.year {
      if let y = focus.year { focusAnchor = DateAnchor(date: CivilDate(y, 7, 1)); focusText = DateFormat.year(y) }
      // 十年后 counts only from a year the text stated in this paragraph or the one before.
      if counted, focus.stated.map({ paragraph - $0.paragraph > 1 }) ?? true {
        return .failure(DateResolutionError(message: "no year in focus", unanchored: true))
      }
    } else {
      switch start.body {
      case .relativeDay, .week:
        if case .relativeDay = start.body, let event = eventDay(before: matchStart) {
          // 开幕次日, 线路开通次日起: the day after the event the text dated, not after the last day said.
          focusAnchor = DateAnchor(date: event); focusText = event.iso
        } else if case .relativeDay(0) = start.body, !counted, let day = focus.day, day.paragraph == paragraph - 1,
          sentence == paragraphSentence, let lead = focus.lead
        {
          // 同日 opening a paragraph (與此同時，創科署同日宣布; 市建局亦在同日提交文件) goes back to
          // the day the report is about, not to a step the paragraph before told of (翌日, 上週四視察).
          focusAnchor = DateAnchor(date: lead); focusText = lead.iso
        } else if case .relativeDay(0) = start.body, !counted, start.time == nil, let m = focus.month, m.sentence == sentence,
          m.end > (focus.lastDay?.end ?? -1)
        {
          // 2023年8月，证监会立案调查，公司股价当日跌停: the day of the month its sentence
          // named, which the text does not give (2023-08-XX), not the last day it said nor the
          // anchor.
          let month = "\(DateFormat.year(m.year))-\(DateFormat.two(m.month))"
          return .success(ResolvedDate(value: month + "-XX", grain: .day, relative: true, anchor: month))
        } else if let day = focus.day, paragraph - day.paragraph <= 1 {
          focusAnchor = DateAnchor(date: day.date); focusText = day.date.iso
        } else if let lead = focus.lead, !counted {
          focusAnchor = DateAnchor(date: lead); focusText = lead.iso
        }
      case .calendar(.relative?, _), .monthPart(.relative, _):
        if let m = focus.month, !counted || paragraph - m.paragraph <= 1 {
          focusAnchor = DateAnchor(date: CivilDate(m.year, m.month, 15)); focusText = "\(DateFormat.year(m.year))-\(DateFormat.two(m.month))"
        }
      case .quarter(.relative):
        if let q = focus.quarter {
          focusAnchor = DateAnchor(date: CivilDate(q.year, q.quarter * 3 - 1, 15)); focusText = "\(DateFormat.year(q.year))-Q\(q.quarter)"
        }
      default:
        break
      }
    }
    if focusAnchor == nil, counted {
      // 3天后 with no day said before it counts from an event whose date the text does not give.
      return .failure(DateResolutionError(message: "no date in focus", unanchored: true))
    }
    guard let focusAnchor else { return DateResolver.resolve(expression, anchor: anchor) }
    var result = DateResolver.resolve(expression, anchor: focusAnchor)
    if case .success(var date) = result, date.relative {
      date.anchor = focusText
      result = .success(date)
    }
    return result
  }

  /// The day of the event named right before a narrative day (`开幕次日`, `签约当天`): the two
  /// Han characters before it, when they are no function word, found after a day the text
  /// stated before, in that day's sentence and within `eventReach` of it (将于2027年1月16日在下司
  /// 古镇开幕); the latest such day.
  private func eventDay(before i: Int) -> CivilDate? {
    guard i >= 2, ScalarClass.isHan(s[i - 2]), ScalarClass.isHan(s[i - 1]),
      !Self.eventStops.contains(s[i - 2]), !Self.eventStops.contains(s[i - 1])
    else { return nil }
    let a = s[i - 2], b = s[i - 1]
    let sentenceEnds = Self.sentenceEnds, titleOpens = Self.titleOpens, titleCloses = Self.titleCloses
    for day in focus.days.reversed() {
      // The rest of the day's sentence, at most `eventReach` scalars: the event follows its day
      // (于2027年1月16日开幕; 开通首日车票在上周六开售 dates a sale, not the opening).
      let from = day.at
      var to = day.at
      while to < i - 2, to - day.at < Self.eventReach, !sentenceEnds.contains(s[to]), s[to] != "\n" { to += 1 }
      // A word inside a title names no event of that day (今（4）日院會核定「花蓮地震災後重建計畫」).
      var k = from
      var quoted = 0
      while k + 1 < to {
        if titleOpens.contains(s[k]) { quoted += 1 } else if titleCloses.contains(s[k]) { quoted = max(0, quoted - 1) }
        if quoted == 0, s[k] == a, s[k + 1] == b { return day.date }
        k += 1
      }
    }
    return nil
  }

  /// What opens and closes a title or a quotation, inside which `eventDay` finds no event.
  static let titleOpens = ScalarBitmap("「『“《〈".unicodeScalars)
  static let titleCloses = ScalarBitmap("」』”》〉".unicodeScalars)

  /// How many stated days are kept for `eventDay`.
  static let recentDays = 16
  /// How far from a day its event's word is looked for.
  static let eventReach = 48
  /// Characters that make the two before a narrative day no event (其中当天, 而在当日, 也于次日).
  static let eventStops = ScalarBitmap("的在于於其中并並将將已也都就即而且和与與及同当當这這那该該每是为為从從到至自".unicodeScalars)

  /// How long a heading line may be (`【2025年回顾】`, `华光科技2026年年度报告出炉`).
  static let headingReach = 24

  /// Whether `match` stands in a heading: a short line of its own, ended by a line break,
  /// without a sentence's end in it.
  private func isHeading(_ match: DateScanner.Match) -> Bool {
    guard let line = boundedLine(around: match.start..<match.end, reach: Self.headingReach), line.count <= Self.headingReach, line.upperBound < s.count
    else { return false }
    return !line.contains { Self.sentenceEnds.contains(s[$0]) }
  }

  /// Whether no other date stands in the line of `match` (`穎晟精密去年EPS創新高 今年資本支出上修`
  /// is a headline about two years, not a heading that sets the year of the text).
  private func aloneInItsLine(_ match: DateScanner.Match) -> Bool {
    guard let line = boundedLine(around: match.start..<match.end, reach: Self.headingReach) else { return false }
    return !matches.contains { $0.start != match.start && line.contains($0.start) }
  }

  /// Whether a report word (`report-year` in dates-cues.tsv: 年度报告, 年报, 业绩) follows the
  /// year `match` states.
  private func reportFollows(_ match: DateScanner.Match) -> Bool {
    vocabulary.cues.longestMatch(in: s, at: match.end)?.value == .reportYear
  }

  /// Whether `match` follows 较 or 比: the base of a comparison (`较去年底下降近两成`), not the time
  /// of its clause.
  private func isComparisonBase(_ match: DateScanner.Match) -> Bool {
    match.start > 0 && (s[match.start - 1] == "较" || s[match.start - 1] == "比")
  }

  /// Whether `match` is a bound, before or after which something happens (`在农历新年前`,
  /// `3月5日以后`), not the day of an event: 同日 after it does not mean that day. (前往, 前来:
  /// a verb after the day, 12月1日前往北京.)
  private func isBound(_ match: DateScanner.Match) -> Bool {
    guard match.end < s.count else { return false }
    let next = s[match.end]
    let after = match.end + 1 < s.count ? s[match.end + 1] : " "
    if next == "以" || next == "之" { return after == "前" || after == "后" || after == "後" }
    return (next == "前" || next == "后" || next == "後") && !Self.verbsAfterQian.contains(after)
  }

  /// Characters that make 前 the start of a verb (前往, 前来, 前去, 前赴, 前进), not "before".
  static let verbsAfterQian = ScalarBitmap("往来來去赴进進".unicodeScalars)

  /// `value` with every year moved by `years` (`2025-Q1/2025-Q3` → `2024-Q1/2024-Q3`), when
  /// every part is still a real date.
  static func shiftYears(_ value: String, by years: Int) -> String? {
    guard years != 0 else { return value }
    var parts: [String] = []
    for part in value.split(separator: "/") {
      guard part.count >= 4, let y = Int(part.prefix(4)) else { return nil }
      let shifted = DateFormat.year(y + years) + part.dropFirst(4)
      guard ISOBounds.of(shifted) != nil else { return nil }
      parts.append(shifted)
    }
    return parts.joined(separator: "/")
  }

  // MARK: - Remembering what the text talks about

  private mutating func remember(_ date: ResolvedDate, expression: DateExpression, match: DateScanner.Match) {
    var date = date
    // An open interval (2020/.., ../2017) puts its bound in focus.
    if expression.open != nil {
      if date.value.hasSuffix("/..") { date.value.removeLast(3) }
      if date.value.hasPrefix("../") { date.value.removeFirst(3) }
    }
    guard case .samePeriod = expression.start.body else {
      guard let (first, last) = ISOBounds.of(date.value) else { return }
      if first == last { focus.lastDay = (first, match.end) }
      if startsLine(match) {
        let forward = focus.lineLead.map { $0.paragraph == paragraph - 1 && $0.first <= first ? $0.forward + 1 : 0 } ?? 0
        focus.lineLead = (first, paragraph, forward)
      }
      if first == last, !isBound(match) {
        focus.day = (first, paragraph)
        if expression.start.basis == .anchor || expression.start.year != nil {
          if focus.days.count == Self.recentDays { focus.days.removeFirst() }
          focus.days.append((first, match.start))
        }
      }
      if first == last, section == nil, case .absolute? = expression.start.year, expression.start.basis == .anchor, !isBound(match),
        tense(around: match) == .future
      {
        focus.statedDay = first
      }
      if first == last, !focus.leadSeen, position >= sectionsFrom {
        focus.leadSeen = true
        if let anchor = section, first.dayNumber <= anchor.date.dayNumber, first.dayNumber >= anchor.date.dayNumber - Self.leadReach { focus.lead = first }
      }
      // 较上年增长: the base of a comparison is not what the text talks about (当年 after it is
      // the year the text stated, not the base's).
      // 2022年3月至2024年6月间…同年9月: after a span of years, the year it ended in.
      if first.year != last.year, !isComparisonBase(match) { focus.year = last.year }
      if match.rule == .yearRange, last.year == first.year + 1, namesSeason(after: match) { focus.season = first.year }
      if first.year == last.year, !isComparisonBase(match) {
        focus.year = first.year
        if first.month == last.month { focus.month = (first.year, first.month, paragraph, sentence, match.end) }
        if (first.month - 1) / 3 == (last.month - 1) / 3 { focus.quarter = (first.year, (first.month - 1) / 3 + 1) }
        if date.grain >= .month { focus.period = (date.value, date.grain) }
        if date.grain == .year, case .relative? = expression.start.year, expression.start.basis == .anchor {
          // 比去年壮，比去年同期高: a year counted from the anchor (去年, 今年) is no period of
          // the text's own; 去年同期 after it is the same time a year before the anchor's.
          focus.period = nil
        }
        if expression.start.year != nil, expression.start.basis == .anchor, !isComparisonBase(match) {
          var bare = false
          if case .calendar(nil, nil) = expression.start.body { bare = true }
          focus.stated = (first.year, !bare, paragraph, sentence, clause)
          let report = bare && reportFollows(match)
          if bare, first.year <= (section?.date.year ?? first.year), match.start >= sectionsFrom, report || isHeading(match) && aloneInItsLine(match) {
            focus.carried = (first.year, !report, match.start >= headerEnd)
          } else if !bare, focus.carried?.year != first.year {
            focus.carried = nil
          }
        } else if expression.start.year == nil, expression.start.basis == .anchor, expression.start.placesTheMonth,
          let stated = focus.stated, stated.year != first.year
        {
          // 本月底, 下月, 上週一: a month or day counted from the anchor brings the text back to
          // the present, out of an earlier year it stated (去年8月停工…本月底合龍，端午節前通車:
          // the coming Dragon Boat Festival, not last year's).
          focus.stated = nil
        }
      }
      return
    }
  }
}

extension DateDiscourse {
  /// Whether a season that spans two years is named right after `match` (学年, 雪季: `season`
  /// cues; 赛季, 航季: glossed periods), not a fiscal year (`2025-26财年` has its own calendar).
  fileprivate func namesSeason(after match: DateScanner.Match) -> Bool {
    guard let cue = vocabulary.cues.longestMatch(in: s, at: match.end) else { return false }
    return cue.value == .season || cue.value == .glossedPeriod
  }
}

/// The first and last day of an ISO 8601 value as the resolver writes it (`2025`, `2025-12`,
/// `2025-12-13T08:00`, `2025-Q4`, `2025-H1`, `2025-W50`, `START/END`); `nil` when a part is
/// unknown (`X`) or unreadable. An open interval (`2025/..`, `../2017`) gives its bound's days.
enum ISOBounds {
  static func of(_ value: String) -> (CivilDate, CivilDate)? { plainDate(value) ?? general(value) }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, a valid day (most values): read from the
  /// UTF-8 bytes. `general` reads these the same (with `split` and `Int`, some 14,000 instructions a
  /// value); `nil` here for any other value, which `general` reads.
  static func plainDate(_ value: String) -> (CivilDate, CivilDate)? {
    let bounds: (CivilDate, CivilDate)?? = value.utf8.withContiguousStorageIfAvailable { b in
      guard b.count == 4 || b.count == 7 || b.count == 10 else { return nil }
      func number(_ from: Int, _ count: Int) -> Int? {
        var v = 0
        for k in from..<from + count {
          guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
          v = v * 10 + Int(b[k] - 0x30)
        }
        return v
      }
      guard let y = number(0, 4), y >= 1 else { return nil }
      if b.count == 4 { return (CivilDate(y, 1, 1), CivilDate(y, 12, 31)) }
      guard b[4] == 0x2D, let m = number(5, 2), (1...12).contains(m) else { return nil }
      if b.count == 7 { return (CivilDate(y, m, 1), CivilDate(y, m, CivilDate.daysIn(year: y, month: m))) }
      guard b[7] == 0x2D, let d = number(8, 2), CivilDate.isValid(year: y, month: m, day: d) else { return nil }
      return (CivilDate(y, m, d), CivilDate(y, m, d))
    }
    return bounds ?? nil
  }

  /// Every form the resolver writes.
  static func general(_ value: String) -> (CivilDate, CivilDate)? {
    if value.hasSuffix("/..") { return of(String(value.dropLast(3))) }
    if value.hasPrefix("../") { return of(String(value.dropFirst(3))) }
    if let slash = value.firstIndex(of: "/") {
      guard let a = of(String(value[..<slash])), let b = of(String(value[value.index(after: slash)...])) else { return nil }
      return (a.0, b.1)
    }
    let text = value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? value
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let yearText = parts.first, yearText.count == 4, let y = Int(yearText), (1...9999).contains(y) else { return nil }
    if parts.count == 1 { return (CivilDate(y, 1, 1), CivilDate(y, 12, 31)) }
    let second = parts[1]
    if second.hasPrefix("Q"), parts.count == 2, let q = Int(second.dropFirst()), (1...4).contains(q) {
      return (CivilDate(y, q * 3 - 2, 1), CivilDate(y, q * 3, CivilDate.daysIn(year: y, month: q * 3)))
    }
    if second.hasPrefix("H"), parts.count == 2, let h = Int(second.dropFirst()), (1...2).contains(h) {
      return (CivilDate(y, h * 6 - 5, 1), CivilDate(y, h * 6, CivilDate.daysIn(year: y, month: h * 6)))
    }
    if second.hasPrefix("W"), let w = Int(second.dropFirst()), (1...53).contains(w) {
      let monday = CivilDate(y, 1, 4).monday.adding(days: 7 * (w - 1))
      if parts.count == 3, let d = Int(parts[2]), (1...7).contains(d) { let day = monday.adding(days: d - 1); return (day, day) }
      return parts.count == 2 ? (monday, monday.adding(days: 6)) : nil
    }
    guard let m = Int(second), (1...12).contains(m) else { return nil }
    if parts.count == 2 { return (CivilDate(y, m, 1), CivilDate(y, m, CivilDate.daysIn(year: y, month: m))) }
    guard parts.count == 3, let d = Int(parts[2]), CivilDate.isValid(year: y, month: m, day: d) else { return nil }
    return (CivilDate(y, m, d), CivilDate(y, m, d))
  }
}

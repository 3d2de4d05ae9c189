// Periods longer than a year (decades, centuries, five-year plans) and seasons.
extension DateCursor {
  /// `20世纪80年代`, `上世纪90年代`, `九十年代`, `1980年代`, `70年代末`, `18世纪`, `21世纪初`,
  /// `十九世纪中叶`, `上世纪`.
  func yearSpan(at i: Int) -> Point? {
    // Every form holds 年代 or 世纪 within its first nine characters: most positions stop here.
    var probe = i
    let limit = min(s.count, i + 9)
    while probe < limit, s[probe] != "代", s[probe] != "纪" { probe += 1 }
    guard probe < limit else { return nil }
    var k = i
    var century: YearSpan.CenturyReference?
    if let w = vocabulary.centuries.longestMatch(in: s, at: i) {
      century = .relative(w.value)
      k = w.end
    } else if let n = number(i, max: 2), (1...30).contains(n.value), isAt(n.end, "世纪") {
      century = .absolute(n.value)
      k = n.end + 2
    }
    if let d = decade(at: k) {
      // A four-digit decade (1980年代) names its century itself.
      if d.first != nil, century != nil { return nil }
      let unit: YearSpan.Unit = d.first.map { .years(first: $0, last: $0 + 9) } ?? .decade(d.value, century: century)
      let part = spanPart(at: d.end)
      return Point(point: DatePoint(.years(YearSpan(unit, part: part?.part))), end: part?.end ?? d.end, rule: century == nil ? .decade : .centuryDecade)
    }
    guard let century else { return nil }
    let part = spanPart(at: k)
    return Point(point: DatePoint(.years(YearSpan(.century(century), part: part?.part))), end: part?.end ?? k, rule: .century)
  }

  /// `80年代`, `八十年代`, `00年代` (the decade's first year within its century), `1980年代`
  /// (its first year), and the end.
  func decade(at k: Int) -> (value: Int, first: Int?, end: Int)? {
    if let d = digits(k, max: 4), d.value % 10 == 0, isAt(d.end, "年代") {
      if d.end - k == 2 { return (d.value, nil, d.end + 2) }
      if d.end - k == 4, (1000...2990).contains(d.value) { return (d.value % 100, d.value, d.end + 2) }
      return nil
    }
    if let c = at(k), let tens = NumeralCharacter.chineseDigit(c), (1...9).contains(tens), isAt(k + 1, "十年代") { return (tens * 10, nil, k + 4) }
    return nil
  }

  /// A part of a decade or a century after it (`初`, `中叶`, `末`, `上半叶`); `中` alone only
  /// where no word goes on with it (`80年代中国` is the decade, then China).
  func spanPart(at k: Int) -> (part: SpanPart, end: Int)? {
    guard let w = vocabulary.spanParts.longestMatch(in: s, at: k) else { return nil }
    if w.value == .middle, w.end - k == 1, let next = at(w.end), ScalarClass.isHan(next), !Self.afterSpanPart.contains(next) { return nil }
    return (w.value, w.end)
  }

  /// What may follow `中` for it to be the middle of a decade or a century.
  static let afterSpanPart = ScalarBitmap("的时以开到至和与及起".unicodeScalars)

  /// `十四五` (the 14th five-year plan, 2021–2025), `十五五`; `十五` only with 计划, 规划, 时期 or
  /// 期间 after it (alone it is fifteen). `十四五个`, `十四五岁` are fourteen or fifteen.
  func fiveYearPlan(at i: Int) -> Point? {
    guard at(i) == "十", let c = at(i + 1), let d = NumeralCharacter.chineseDigit(c), (1...9).contains(d) else { return nil }
    let number: Int
    let end: Int
    if d == 5, !isAt(i + 2, "五") {
      guard isAt(i + 2, "计划") || isAt(i + 2, "规划") || isAt(i + 2, "时期") || isAt(i + 2, "期间") else { return nil }
      number = 10
      end = i + 2
    } else {
      guard isAt(i + 2, "五") else { return nil }
      number = 10 + d
      end = i + 3
    }
    if let next = at(end) {
      if NumeralCharacter.chineseDigit(next) != nil || NumeralCharacter.smallUnit(next) != nil || ScalarClass.isASCIIDigit(next) { return nil }
      if ScalarClass.isHan(next), !Self.afterPlan.contains(next) { return nil }
    }
    // The first plan ran 1953–57, the second 1958–62, the third from 1966 on, five years each.
    let first = 1966 + 5 * (number - 3)
    return Point(point: DatePoint(.years(YearSpan(.years(first: first, last: first + 4)))), end: end, rule: .fiveYearPlan)
  }

  /// What may follow a five-year plan's name (规划, 计划, 时期, 期间, 末, 以来, 开局, 的, 收官 …).
  static let afterPlan = ScalarBitmap("规计时期末初以开的中收起和与".unicodeScalars)

  /// A season after a year: `2024年夏天`, `今年冬天`, `1989年秋`, `明年春季` (not `春运`, `冬奥会`:
  /// a one-character season is one only where no other word goes on with it).
  func season(at k: Int) -> (season: Int, end: Int)? {
    guard let w = vocabulary.seasons.longestMatch(in: s, at: k) else { return nil }
    if w.end - k == 1, let next = at(w.end), ScalarClass.isHan(next), !Self.afterSeason.contains(next) { return nil }
    if w.end - k == 2, isAt(k + 1, "季"), isAt(w.end, "度") { return nil }
    return (w.value, w.end)
  }

  /// What may follow a one-character season after a year (`末`, `初`, `的`, `以来` …).
  static let afterSeason = ScalarBitmap("末初的时以起至到和与及".unicodeScalars)
}

// Hong Kong and Taiwan: 第二季 after a year, 民國113年, 公元753年, 昨（5）日.
extension DateCursor {
  /// `第二季`, `第4季`, `首季` after a year (`2025年第二季`, `今年首季`): a quarter without 度.
  func regionalQuarter(at k: Int) -> (quarter: QuarterReference, end: Int)? {
    if isAt(k, "首季") { return (.absolute(1), k + 2) }
    guard isAt(k, "第"), let q = number(k + 1, max: 1), (1...4).contains(q.value), isAt(q.end, "季") else { return nil }
    return (.absolute(q.value), q.end + 1)
  }

  /// `2026/27财政年度`, `2025/26课税年度`, `2028/29年度`, `2026-27年度`: a year written across two (the second by
  /// its last two digits) before 年度 or a fiscal-year word (`dates-cues.tsv`) runs from April to March, as Hong
  /// Kong's government counts its financial and tax years. With a hyphen only before 年度: `2025-26财年` is a
  /// season's two years.
  func splitFiscalYear(at i: Int) -> DateScanner.Match? {
    guard let y = digits(i, max: 4), y.end - i == 4, (1900...2998).contains(y.value), at(y.end) == "/" || at(y.end) == "-",
      let n = digits(y.end + 1, max: 2), n.end - y.end == 3, n.value == (y.value + 1) % 100
    else { return nil }
    let end: Int
    if isAt(n.end, "年度") {
      end = n.end + 2
    } else if at(y.end) == "/", let cue = vocabulary.cues.longestMatch(in: s, at: n.end), cue.value == .fiscalYear {
      end = cue.end
    } else {
      return nil
    }
    let first = DatePoint(year: .absolute(y.value), .calendar(month: .absolute(4), day: nil))
    let last = DatePoint(year: .absolute(y.value + 1), .calendar(month: .absolute(3), day: nil))
    return DateScanner.Match(start: i, end: end, expression: DateExpression(first, end: last), rule: .splitFiscalYear)
  }

  /// `115學年度`, `98學年度` in a Taiwanese article: a school year of the Republic of China, from August of its year
  /// (1911 + N) to July of the next, as Taiwan's schools count it (115學年度 → 2026-08/2027-07).
  func taiwanSchoolYear(at i: Int) -> DateScanner.Match? {
    guard let y = digits(i, max: 3), (2...3).contains(y.end - i), (38...199).contains(y.value), isAt(y.end, "学年度"),
      !isAt(i - 1, "第")
    else { return nil }
    let first = DatePoint(year: .absolute(1911 + y.value), .calendar(month: .absolute(8), day: nil))
    let last = DatePoint(year: .absolute(1912 + y.value), .calendar(month: .absolute(7), day: nil))
    return DateScanner.Match(start: i, end: y.end + 3, expression: DateExpression(first, end: last), rule: .taiwanSchoolYear)
  }

  /// `公元753年`, `公元2025年` (not 公元前), `民国113年`, `民國38年` (the Republic of China counts
  /// from 1912: its year N is 1911 + N).
  func markedYear(at i: Int) -> YearMatch? {
    let republic = isAt(i, "民国")
    guard republic || isAt(i, "公元") && !isAt(i + 2, "前") else { return nil }
    let k = skipSpaces(i + 2)
    guard let n = number(k, max: republic ? 3 : 4), n.value >= 1 else { return nil }
    let e = skipSpaces(n.end)
    guard isAt(e, "年"), !isAt(e + 1, "代") else { return nil }
    let value = republic ? 1911 + n.value : n.value
    guard (1...9999).contains(value) else { return nil }
    let end = isAt(e + 1, "度") ? e + 2 : e + 1
    return YearMatch(year: .absolute(value), end: end, form: .stated, suffixedByYear: true, relative: false, anyYear: true)
  }

  /// `去（2025）年`, `今（2026）年`, `明（2027）年` (Taiwan's press): a relative year with its
  /// number in parentheses; the number is the value, the mention relative (`明（2027）年3月`,
  /// `去（2025）年度`).
  func numberedRelativeYear(at i: Int) -> YearMatch? {
    guard let c = at(i), c == "去" || c == "今" || c == "明", at(i + 1) == "(", let y = digits(i + 2, max: 4), y.end - i == 6,
      (1000...2999).contains(y.value), at(y.end) == ")", isAt(y.end + 1, "年"), !isAt(y.end + 2, "代")
    else { return nil }
    let end = isAt(y.end + 2, "度") ? y.end + 3 : y.end + 2
    return YearMatch(year: .absolute(y.value), end: end, form: .stated, suffixedByYear: true, relative: true)
  }

  /// `昨（5）日`, `今（6）日`, `明（7）日` (Taiwan's press): a relative day with its day of the
  /// month in parentheses; the day of the month is the value.
  func numberedRelativeDay(at i: Int) -> Point? {
    guard let c = at(i), c == "昨" || c == "今" || c == "明", at(i + 1) == "(", let d = digits(i + 2, max: 2), (1...31).contains(d.value),
      at(d.end) == ")", isAt(d.end + 1, "日")
    else { return nil }
    var point = DatePoint(.calendar(month: nil, day: d.value))
    var end = d.end + 2
    if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
    return Point(point: point, end: end, rule: .relativeDayNumbered)
  }
}

// Parts of a month, the year itself: 上半月, 年内.
extension DateCursor {
  /// `上半月`, `下半月`, `上半个月` (of this month, or after a month: `12月下半月`).
  func halfOfMonth(at k: Int) -> (part: PeriodPart, end: Int)? {
    guard let c = at(k), c == "上" || c == "下", at(k + 1) == "半" else { return nil }
    let part: PeriodPart = c == "上" ? .firstHalf : .secondHalf
    if at(k + 2) == "月" { return (part, k + 3) }
    if at(k + 2) == "个", at(k + 3) == "月" { return (part, k + 4) }
    return nil
  }

  /// `前9天`, `首10日`, `头两天` after a month (`本月前9天`, `11月首10日`): its first N days
  /// (2–31). Alone, `前9天` is a length of time before something, and no date.
  func firstDaysOfMonth(at k: Int) -> (part: PeriodPart, end: Int)? {
    guard let c = at(k), c == "前" || c == "首" || c == "头", let n = number(k + 1, max: 2), (2...31).contains(n.value) else { return nil }
    guard let unit = at(n.end), unit == "天" || unit == "日" else { return nil }
    return (.firstDays(n.value), n.end + 1)
  }

  /// `年内`: this year, unless a count or a word comes before it (三年内, 一年内, 当年内 are
  /// durations or another year).
  func withinThisYear(at i: Int) -> Point? {
    guard at(i) == "年", at(i + 1) == "内" else { return nil }
    if let p = at(i - 1), NumeralCharacter.digit(p) != nil || NumeralCharacter.smallUnit(p) != nil || Self.beforeWithinYear.contains(p) { return nil }
    return Point(point: DatePoint(year: .relative(0), .calendar(month: nil, day: nil)), end: i + 2, rule: .relativeYear)
  }

  /// Characters before `年内` that make it part of another phrase (半年内, 同年内, 去年内).
  static let beforeWithinYear = ScalarBitmap("个多几半两同当今去明该本前后每".unicodeScalars)
}

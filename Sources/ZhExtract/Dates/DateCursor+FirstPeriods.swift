// The first N months or quarters of a year: 前三季度, 今年前10个月, 2024年前三季度, 1-9月, 一至三季度.
extension DateCursor {
  /// Characters that make a word with the 前 after them (此前, 之前, 目前, 提前 …): then the 前
  /// is "before", and no count of periods begins there.
  static let wordsEndingInQian = ScalarBitmap("之此以目提从先事当眼空日向面超最午生战赛会节".unicodeScalars)
  /// Characters after which `前N个月` may begin a phrase without a year (在前两个月, 的前10个月).
  static let clauseLinks = ScalarBitmap("在的而和与及至于".unicodeScalars)

  /// `前三季度`, `前3个季度`, `前10个月`, `前两个月` at `i`: the first `count` quarters (2–4) or
  /// months (2–12) of `year` (of the anchor's year when `nil`); `首三季`, `首八个月` the same.
  ///
  /// Without a year, `前N个月` and `前N个季度` are read only at the start of a phrase:
  /// `上市前两个月` is two months before the listing, not January and February. `前三季`
  /// (without 度) needs a year: alone it is as often the first three seasons of a series.
  func firstPeriods(at i: Int, year: YearReference?) -> Point? {
    // 首三季, 首八個月: Hong Kong's and Taiwan's 前 (首 never means "before").
    let first = isAt(i, "首")
    // 下年度首月, 明年首月: the year's first month.
    if year != nil, isAt(i, "首月") { return Point(point: DatePoint(year: year, .firstPeriods(.month, count: 1)), end: i + 2, rule: .firstPeriods) }
    guard first || isAt(i, "前"), let n = number(i + 1, max: 2), n.value >= 2 else { return nil }
    if year == nil, !first, let p = at(i - 1), Self.wordsEndingInQian.contains(p) || ScalarClass.isASCIIDigit(p) || NumeralCharacter.chineseDigit(p) != nil {
      return nil
    }
    var k = n.end
    let counted = isAt(k, "个")
    if counted { k += 1 }
    // 前三季 (no 度) only with a year or 首, or in Traditional script (Hong Kong's and Taiwan's
    // financial press: 前3季每股純益) where no series is named beside it: in the mainland's,
    // alone, it is often a TV season.
    let bareSeason = (year != nil || first || traditionalScript) && !counted
    guard let (division, unitEnd) = periodUnit(at: k, bareSeason: bareSeason) else { return nil }
    if year == nil, !first, division == .quarter, !isAt(k, "季度"), namesASeries(before: i, after: unitEnd) { return nil }
    k = unitEnd
    guard n.value <= division.perYear else { return nil }
    // 上市前两个月, 上市前三个季度: so long before the listing; 全市前10月 (月 without 个) is
    // no length of time but the year's first months.
    if year == nil, !first, counted, let p = at(i - 1), ScalarClass.isHan(p), !Self.clauseLinks.contains(p) { return nil }
    return Point(point: DatePoint(year: year, .firstPeriods(division, count: n.value)), end: k, rule: .firstPeriods)
  }

  /// `1-9月`, `1至9月份`, `1~3季度`, `一至三季度`: the first N months or quarters written as a
  /// range from the first (other month ranges are read as ranges of two points).
  func firstPeriodsRange(at i: Int, year: YearReference?) -> Point? {
    guard let a = number(i, max: 2), a.value == 1 else { return nil }
    var k = skipSpaces(a.end)
    guard let word = rangeWord(at: k) else { return nil }
    k = skipSpaces(word.end)
    guard let b = number(k, max: 2), b.value >= 2 else { return nil }
    k = skipSpaces(b.end)
    guard let (division, unitEnd) = periodUnit(at: k, bareSeason: false) else { return nil }
    k = unitEnd
    guard b.value <= division.perYear else { return nil }
    return Point(point: DatePoint(year: year, .firstPeriods(division, count: b.value)), end: k, rule: .firstPeriods)
  }

  /// `季度` (or `季` when `bareSeason`) → quarters, `月`/`月份` (not `月份额`) → months: the unit
  /// after the count, and where it ends.
  func periodUnit(at k: Int, bareSeason: Bool) -> (YearDivision, Int)? {
    if isAt(k, "季度") { return (.quarter, k + 2) }
    if bareSeason, isAt(k, "季") { return (.quarter, k + 1) }
    if isAt(k, "月"), !isAt(k + 1, "份额") { return (.month, isAt(k + 1, "份") ? k + 2 : k + 1) }
    return nil
  }
}

/// Finds every date in analysis text and resolves it against the anchor in force.
///
/// Three layers: `DateScanner` (rules over the scalars → unresolved `DateExpression`s),
/// `DateDiscourse` (which anchor is in force at each mention: the document's, a section's
/// dateline, the date the text is talking about, the year in focus) and `DateResolver` (pure:
/// expression + anchor → ISO 8601 value). Dates that do not exist (`2025年2月30日`) and damaged
/// scrapes that cannot be read with confidence yield a warning instead of a value.
package struct DateExtractor: Sendable {
  package let scanner: DateScanner

  package init(reader: LexiconReader, problems: inout LexiconProblems) {
    scanner = DateScanner(vocabulary: DateVocabulary(reader: reader, problems: &problems))
  }

  package func extract(_ text: AnalysisText, context: ExtractionContext, warnings: inout [ExtractionWarning]) -> [Finding<DateValue>] {
    var findings: [Finding<DateValue>] = []
    extract(text, context: context, warnings: &warnings) { findings.append($0) }
    return findings
  }

  /// Hands each date to `consume` as it is resolved, in text order: the findings are never all
  /// alive at once beside the caller's own list of them.
  package func extract(
    _ text: AnalysisText, context: ExtractionContext, warnings: inout [ExtractionWarning], _ consume: (Finding<DateValue>) -> Void
  ) {
    extract(text, context: context, warnings: &warnings) { placed, value in consume(Finding(span: text.locate(placed), value: value)) }
  }

  /// The same dates, each placed in both texts without its surfaces (they are cut from the text
  /// when the mention is written; a warning still cuts its own).
  package func extract(
    _ text: AnalysisText, context: ExtractionContext, warnings: inout [ExtractionWarning], placed consume: (PlacedSpan, DateValue) -> Void
  ) {
    let anchor = context.published?.anchor
    if let published = context.published, anchor == nil { warnings.append(.unreadableAnchor(published.stamp)) }
    // A Taiwanese article (Traditional script and a word of Taiwan) counts 113年 from 1911.
    let taiwanese = context.traditionalScript && scanner.vocabulary.taiwanCues.occurs(in: text.scalars)
    let matches = scanner.scan(text.scalars, taiwanese: taiwanese, traditionalScript: context.traditionalScript)
    var discourse = DateDiscourse(
      text: text.scalars, matches: matches, vocabulary: scanner.vocabulary, document: anchor, hongKong: context.traditionalScript && !taiwanese)
    // No publication date: the first relative date left unresolved, and how many are.
    var firstUnresolved: PlacedSpan?
    var unresolved = 0
    for (index, match) in matches.enumerated() {
      let placed = text.place(TextSpan(match.start, match.end))
      // Both surfaces are cut only for a warning that quotes them.
      var span: LocatedSpan { text.locate(placed) }
      if let declined = match.declined {
        warnings.append(ExtractionWarning(code: declined.code, message: "code point \(placed.start): \(declined.reason)", start: placed.start, end: placed.end))
      }
      guard let expression = match.expression, let rule = match.rule else { continue }
      // 明年元旦当天, 除夕当晚: the day just named, said again — no date of its own.
      if rule == .narrativeDay, case .relativeDay(0) = expression.start.body, expression.start.time == nil, index > 0,
        matches[index - 1].end == match.start, matches[index - 1].expression != nil
      {
        continue
      }
      switch discourse.resolve(index) {
      case .success(let date) where Self.hasYearOutsideISORange(date.value):
        warnings.append(.yearOutOfRange(span, date.value))
      case .success(let date):
        if let stated = match.weekday, let mismatch = ExtractionWarning.weekdayMismatch(span, date.value, stated: stated) { warnings.append(mismatch) }
        if date.relative, date.value.utf8.contains(UInt8(ascii: "X")) {
          if firstUnresolved == nil { firstUnresolved = placed }
          unresolved += 1
        }
        consume(
          placed,
          DateValue(value: date.value, grain: date.grain, relative: date.relative, anchor: date.anchor, fiscal: expression.fiscal, rule: rule))
      case .failure(let error) where error.unanchored:
        continue
      case .failure(let error):
        warnings.append(.impossibleDate(span, error))
      }
    }
    // No publication date at all: say so once, at the first relative date it leaves unresolved.
    if context.published == nil, let first = firstUnresolved {
      warnings.append(.noPublicationDate(text.locate(first), unresolved: unresolved))
    }
  }
}

extension DateExtractor {
  /// Whether a resolved value names a year outside 0001–9999 (`明年` on 9999-12-31 is 10000):
  /// ISO 8601 and the schema have four-digit years only.
  /// Read from the value's UTF-8 bytes, with no `Substring` or `Character` (it ran at every
  /// date, 9,000 instructions each): per `/`-separated part, a leading sign is outside; a year
  /// (the part up to its first `-`) of ASCII digits is outside unless it has four digits and is
  /// not 0000; a year that is not a number (`XXXX`, or too large for an `Int`) is not judged.
  static func hasYearOutsideISORange(_ value: String) -> Bool {
    var atPartStart = true
    var inYear = true
    var digits = 0
    var number = 0
    var isNumber = true
    // Judges the year just read; `true` when it is outside.
    func yearIsOutside() -> Bool {
      guard isNumber, digits > 0 else { return false }
      return digits != 4 || number < 1
    }
    for byte in value.utf8 {
      if byte == UInt8(ascii: "/") {
        if !atPartStart, yearIsOutside() { return true }
        atPartStart = true
        continue
      }
      if atPartStart {
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") { return true }
        atPartStart = false
        inYear = true
        digits = 0
        number = 0
        isNumber = true
      }
      guard inYear else { continue }
      if byte == UInt8(ascii: "-") {
        if yearIsOutside() { return true }
        inYear = false
        continue
      }
      guard isNumber, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
        isNumber = false
        continue
      }
      let (times10, overflowTimes) = number.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      if overflowTimes || overflowSum { isNumber = false } else { number = sum }
      digits += 1
    }
    return !atPartStart && inYear && yearIsOutside()
  }
}

extension ExtractionWarning {
  static func yearOutOfRange(_ span: LocatedSpan, _ value: String) -> ExtractionWarning {
    ExtractionWarning(
      code: "dates.year-out-of-range", message: "code point \(span.start): \"\(span.text)\" resolves to \(value), a year outside 0001–9999; no value given",
      start: span.start, end: span.end)
  }

  /// A day written with a weekday it does not fall on (`2024年3月3日（星期六）`: a Sunday): the
  /// written date is kept and the weekday named; `nil` when they agree or the day is unknown.
  static func weekdayMismatch(_ span: LocatedSpan, _ value: String, stated: Int) -> ExtractionWarning? {
    let parts = value.split(separator: "-")
    guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), CivilDate.isValid(year: y, month: m, day: d) else {
      return nil
    }
    let actual = CivilDate(y, m, d).weekday
    guard actual != stated else { return nil }
    let names = ["一", "二", "三", "四", "五", "六", "日"]
    return ExtractionWarning(
      code: "dates.weekday-mismatch",
      message: "code point \(span.start): \"\(span.text)\" says 星期\(names[stated - 1]) but \(value) is a 星期\(names[actual - 1]); the date is kept",
      start: span.start, end: span.end)
  }

  static func unreadableAnchor(_ published: String) -> ExtractionWarning {
    ExtractionWarning(
      code: "dates.unreadable-anchor",
      message: "publication date \"\(published)\" is not ISO 8601 (2025-12-13 or 2025-12-13T08:00): relative dates are left unresolved (X)")
  }

  static func noPublicationDate(_ first: LocatedSpan, unresolved: Int) -> ExtractionWarning {
    ExtractionWarning(
      code: "dates.no-published",
      message:
        "no publication date found (none stated in the text, none given with --published or the record's \"published\"): \(unresolved) relative "
        + "date\(unresolved == 1 ? "" : "s") left unresolved (X), the first \"\(first.text)\" at code point \(first.start)",
      start: first.start, end: first.end)
  }

  static func impossibleDate(_ span: LocatedSpan, _ error: DateResolutionError) -> ExtractionWarning {
    ExtractionWarning(
      code: "dates.impossible", message: "code point \(span.start): \"\(span.text)\" is no real date (\(error.message)); no value given", start: span.start,
      end: span.end)
  }
}

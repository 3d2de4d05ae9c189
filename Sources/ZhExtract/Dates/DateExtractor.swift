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
    let anchor = context.published?.anchor
    if let published = context.published, anchor == nil { warnings.append(.unreadableAnchor(published.stamp)) }
    let matches = scanner.scan(text.scalars)
    var discourse = DateDiscourse(text: text.scalars, matches: matches, vocabulary: scanner.vocabulary, document: anchor)
    var mentions: [Finding<DateValue>] = []
    var unanchored = 0
    for (index, match) in matches.enumerated() {
      let span = text.locate(TextSpan(match.start, match.end))
      if let declined = match.declined {
        warnings.append(ExtractionWarning(code: declined.code, message: "code point \(span.start): \(declined.reason)", start: span.start, end: span.end))
      }
      guard let expression = match.expression, let rule = match.rule else { continue }
      switch discourse.resolve(index) {
      case .success(let date) where Self.hasYearOutsideISORange(date.value):
        warnings.append(.yearOutOfRange(span, date.value))
      case .success(let date):
        if date.relative, date.anchor == nil { unanchored += 1 }
        mentions.append(Finding(span: span, value: DateValue(
          value: date.value, grain: date.grain, relative: date.relative, anchor: date.anchor,
          fiscal: expression.fiscal, rule: rule)))
      case .failure(let error):
        warnings.append(.impossibleDate(span, error))
      }
    }
    if context.published == nil, unanchored > 0 { warnings.append(.publishedMissing(unanchored)) }
    return mentions
  }
}

extension DateExtractor {
  /// Whether a resolved value names a year outside 0001–9999 (`明年` on 9999-12-31 is 10000):
  /// ISO 8601 and the schema have four-digit years only.
  static func hasYearOutsideISORange(_ value: String) -> Bool {
    value.split(separator: "/").contains { part in
      if part.hasPrefix("-") || part.hasPrefix("+") { return true }
      let year = part.prefix { $0 != "-" }
      guard let number = Int(year) else { return false }  // XXXX
      return year.count != 4 || number < 1
    }
  }
}

extension ExtractionWarning {
  static func publishedMissing(_ count: Int) -> ExtractionWarning {
    ExtractionWarning(code: "meta.published-missing", message: "no publication date found (front matter, <meta>, or a dateline in the header such as 2025年3月4日 09:15 来源：…) and none given (--published): \(count) relative date\(count == 1 ? "" : "s") keep X where the anchor is needed")
  }

  static func yearOutOfRange(_ span: LocatedSpan, _ value: String) -> ExtractionWarning {
    ExtractionWarning(code: "dates.year-out-of-range", message: "code point \(span.start): \"\(span.text)\" resolves to \(value), a year outside 0001–9999; no value given", start: span.start, end: span.end)
  }

  static func unreadableAnchor(_ published: String) -> ExtractionWarning {
    ExtractionWarning(code: "dates.unreadable-anchor", message: "publication date \"\(published)\" is not ISO 8601 (2025-12-13 or 2025-12-13T08:00): relative dates are left unresolved (X)")
  }

  static func impossibleDate(_ span: LocatedSpan, _ error: DateResolutionError) -> ExtractionWarning {
    ExtractionWarning(code: "dates.impossible", message: "code point \(span.start): \"\(span.text)\" is no real date (\(error.message)); no value given", start: span.start, end: span.end)
  }
}

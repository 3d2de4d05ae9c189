/// Finds the publication date a document states about itself.
///
/// Order of preference (the first that yields a real date wins):
/// 1. YAML front matter: `date`, `published`, `pubdate`, `publishdate`, `published_at`,
///    `publish_date`, `created` (ISO 8601, kept as stated; `2025-12-13 08:00` → `2025-12-13T08:00`).
/// 2. HTML `<meta>`: `article:published_time`, `og:published_time`, `datepublished`, `pubdate`,
///    `publishdate`, `dc.date.issued`, `dc.date`, `date`.
/// 3. A dateline or byline among the first lines of the text: a line that *ends* with a full
///    date (year, month, day; a time may follow), after at most a short label such as a
///    source name and `·`/`|`, a cue (`时间:`, `发布于`) or a weekday:
///    `神译局·2025年12月13日 08:00`, `星期二, 3 2 月, 2026`, `2025-11-18`, `时间:2025年11月10日`,
///    `时间:20251110`. A sentence that merely starts with a date (`2022 年 11 月 30 日,OpenAI
///    發布了…`) is no dateline.
/// 4. Otherwise `nil`.
///
/// The value is ISO 8601: `2025-12-13T08:00` when a time is stated, else `2025-12-13`.
package struct PublicationDateDetector: Sendable {
  package let scanner: DateScanner?

  static let frontMatterKeys = ["date", "published", "pubdate", "publishdate", "published_at", "publish_date", "created"]
  static let metaKeys = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "dc.date", "date"]
  /// How far into the text a dateline is looked for.
  static let headLines = 12
  static let headScalars = 2000
  static let maxLabelLength = 20

  package init(scanner: DateScanner? = nil) { self.scanner = scanner }

  /// The stated date, or `nil` when the document states none.
  package func detect(_ text: IngestedText, timeZoneOffsetMinutes: Int, warnings: inout [ExtractionWarning]) -> PublicationDate? {
    var lowered: [String: String] = [:]
    for key in text.frontMatter.keys.sorted() { lowered[key.lowercased()] = lowered[key.lowercased()] ?? text.frontMatter[key] }
    let keys = text.format == .html ? Self.metaKeys + Self.frontMatterKeys : Self.frontMatterKeys + Self.metaKeys
    for key in keys {
      guard let raw = lowered[key] else { continue }
      if let stated = PublicationDate.parse(raw, timeZoneOffsetMinutes: timeZoneOffsetMinutes) { return stated }
      warnings.append(ExtractionWarning(code: "dates.unreadable-published", message: "\(key): \"\(raw)\" is no ISO 8601 date; looking for a dateline instead"))
    }
    return dateline(in: text.analysis.scalars).flatMap { PublicationDate.parse($0, timeZoneOffsetMinutes: timeZoneOffsetMinutes) }
  }


  func dateline(in s: [Unicode.Scalar]) -> String? {
    guard let scanner else { return nil }
    var lineStart = 0
    var lines = 0
    while lineStart < s.count, lineStart < Self.headScalars, lines < Self.headLines {
      var lineEnd = lineStart
      while lineEnd < s.count, s[lineEnd] != "\n" { lineEnd += 1 }
      let line = Array(s[lineStart..<lineEnd])
      if line.contains(where: { $0 != " " }) {
        lines += 1
        if let value = datelineValue(line, scanner: scanner) { return value }
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  private func datelineValue(_ line: [Unicode.Scalar], scanner: DateScanner) -> String? {
    var end = line.count
    while end > 0, line[end - 1] == " " { end -= 1 }
    guard end > 0, end <= 80 else { return nil }
    let matches = scanner.scan(Array(line[..<end]))
    guard let last = matches.last, last.end == end, let expression = last.expression, expression.end == nil,
      case .absolute = expression.start.year, case .calendar(.absolute?, _?) = expression.start.body,
      case .success(let date) = DateResolver.resolve(expression, anchor: nil), !date.relative
    else { return nil }
    // What stands before the date: nothing, a short label, a cue or a weekday.
    var label = Array(line[..<last.start])
    while let c = label.last, c == " " || c == "," { label.removeLast() }
    if label.count > Self.maxLabelLength { return nil }
    let isWeekday = matches.count == 2 && matches[0].start == 0 && matches[0].rule == .weekday && matches[0].end == label.count
    if !isWeekday && label.contains(where: { "。,!?;，！？；\"“”".unicodeScalars.contains($0) }) { return nil }
    return date.value
  }
}

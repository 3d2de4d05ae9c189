/// Finds the publication date a document states about itself.
///
/// Order of preference (the first that yields a real date wins):
/// 1. YAML front matter: `date`, `published`, `pubdate`, `publishdate`, `published_at`,
///    `publish_date`, `created` (ISO 8601, kept as stated; `2025-12-13 08:00` → `2025-12-13T08:00`).
/// 2. HTML `<meta>`: `article:published_time`, `og:published_time`, `datepublished`, `pubdate`,
///    `publishdate`, `dc.date.issued`, `dc.date`, `date`. A value that is no ISO 8601 but a date
///    a person writes (`2025年3月4日 09:15`, `2025/03/04`) is read as such.
/// 3. A dateline in the header block — the lines before the body: title, byline, source,
///    dateline (`DatelineReader`): `2025年3月4日 09:15 来源：某某财经`, `2025-03-04 09:15:27 来源：某某网`,
///    `发布时间：2025年3月4日　来源：某某报`, `某某晚报 2025.03.04 记者 某某`, `星期二, 3 2 月, 2026`,
///    `Nov 13, 2025`, `时间:20251110`: the first such line. The body never counts: a date the
///    text is about is no publication date.
/// 4. A wire dateline opening the first paragraph: `某某网（记者 某某）北京时间2025年3月4日电 …`,
///    or a date right after the paragraph's wire head: `本报讯（记者 某某）2025年3月4日，记者从…`;
///    a wire dateline without a year (`新华社长沙12月2日电`, as Xinhua writes it) takes the one year
///    the header states (`资水流域2026年汛期回顾`), unless that is a report's (`2025年年报`).
/// 5. A first paragraph that opens with a wire head and closes with its full date in parentheses
///    (`【本报讯】（记者 某某）……。（2026-06-18）`).
/// 6. A dateline among the last two lines that names its source beside the date
///    (`〔北辰日報 2026-05-04 05:30〕`, `（来源：某某融媒体中心　2026年11月12日）`); a full date with its
///    weekday alone on one of them, the time maybe on the line below (a government release's
///    sign-off: `完` / `2026年7月14日（星期二）` / `香港時間15時30分`); or the text's last words, a
///    full date in parentheses (`……力争2027年底前建成投用。（2026-10-09）`).
/// 7. Otherwise `nil`.
///
/// The value is ISO 8601: `2025-12-13T08:00` (or `…T08:00:27`: seconds are kept when stated)
/// when a time is stated, else `2025-12-13`.
package struct PublicationDateDetector: Sendable {
  package let scanner: DateScanner?

  static let frontMatterKeys = ["date", "published", "pubdate", "publishdate", "published_at", "publish_date", "created"]
  static let metaKeys = ["article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "dc.date", "date"]

  package init(scanner: DateScanner? = nil) { self.scanner = scanner }

  /// The stated date, or `nil` when the document states none.
  package func detect(_ text: IngestedText, timeZoneOffsetMinutes: Int, warnings: inout [ExtractionWarning]) -> PublicationDate? {
    var lowered: [String: String] = [:]
    for key in text.frontMatter.keys.sorted() { lowered[key.lowercased()] = lowered[key.lowercased()] ?? text.frontMatter[key] }
    let keys = text.format == .html ? Self.metaKeys + Self.frontMatterKeys : Self.frontMatterKeys + Self.metaKeys
    for key in keys {
      guard let raw = lowered[key] else { continue }
      if let stated = PublicationDate.parse(raw, timeZoneOffsetMinutes: timeZoneOffsetMinutes) { return stated }
      if let written = writtenDate(raw), let stated = PublicationDate.parse(written, timeZoneOffsetMinutes: timeZoneOffsetMinutes) { return stated }
      warnings.append(ExtractionWarning(code: "dates.unreadable-published", message: "\(key): \"\(raw)\" is no ISO 8601 date; looking for a dateline instead"))
    }
    let traditional = text.script == "hant"
    // A Taiwanese article's dateline may count years from 1911 (最後更新：115/11/17 14:22).
    let taiwanese = traditional && (scanner?.vocabulary.taiwanCues.occurs(in: text.analysis.scalars) ?? false)
    return dateline(in: text.analysis.scalars, traditionalScript: traditional, taiwanese: taiwanese).flatMap {
      PublicationDate.parse($0, timeZoneOffsetMinutes: timeZoneOffsetMinutes)
    }
  }

  /// A date as people write it in a `<meta>` or front-matter value (`2025年3月4日 09:15`).
  func writtenDate(_ raw: String) -> String? {
    guard let scanner else { return nil }
    let s = Array(raw.unicodeScalars)
    guard s.count <= DatelineReader.maxLine else { return nil }
    let matches = scanner.scan(s)
    return matches.lazy.compactMap { DatelineReader.fullDate($0).map { Self.stamp($0.0, $0.1) } }.first
  }

  /// The stamp of the document's dateline, or `nil`.
  func dateline(in s: [Unicode.Scalar], traditionalScript: Bool = false, taiwanese: Bool = false) -> String? {
    guard let scanner else { return nil }
    let reader = DatelineReader(vocabulary: scanner.vocabulary)
    let header = DatelineReader.header(of: s)
    var headline = HeadlineYear()
    for line in header.lines {
      let text = Array(s[line])
      let matches = scanner.scan(text, taiwanese: taiwanese, traditionalScript: traditionalScript)
      if let found = reader.read(text, line: 0..<text.count, matches: matches[...]) { return found.stamp }
      headline.read(text, matches, cues: scanner.vocabulary.cues)
    }
    if let body = header.firstBody {
      // 新华社北京2025年3月4日电（记者 某某）…: a wire dateline opens the first paragraph.
      let head = Array(s[body.lowerBound..<min(body.upperBound, body.lowerBound + DatelineReader.maxWireStart + 24)])
      let matches = scanner.scan(head, taiwanese: taiwanese, traditionalScript: traditionalScript)
      if let found = reader.wireDateline(head, paragraph: 0..<head.count, matches: matches) { return Self.stamp(found.date, found.time) }
      if let year = headline.year, let (month, day, _) = reader.yearlessWireDateline(head, paragraph: 0..<head.count, matches: matches),
        CivilDate.isValid(year: year, month: month, day: day)
      {
        return CivilDate(year, month, day).iso
      }
      if opensWithWireHead(s, body, reader: reader), let closing = closingDate(in: s, line: body, scanner: scanner) { return closing }
    }
    return footerDateline(in: s, reader: reader, taiwanese: taiwanese, traditionalScript: traditionalScript)
  }

  /// How many of the last non-empty lines a footer's dateline is looked for in.
  static let footerLines = 2

  /// A dateline among the document's last lines that names its source — a source cue or a
  /// medium's name beside the date (`〔北辰日報 2026-05-04 05:30〕`, `（来源：某某融媒体中心　2026年11月12日）`):
  /// where papers and their sites put the date under the text. A date alone there is none
  /// (a schedule's last item, a list of deadlines).
  private func footerDateline(in s: [Unicode.Scalar], reader: DatelineReader, taiwanese: Bool, traditionalScript: Bool) -> String? {
    guard let scanner else { return nil }
    var end = s.count
    var seen = 0
    var below: [Unicode.Scalar]?
    while end > 0, seen < Self.footerLines {
      var start = end
      while start > 0, s[start - 1] != "\n" { start -= 1 }
      let line = start..<end
      end = max(0, start - 1)
      guard s[line].contains(where: { !DatelineReader.separators.contains($0) && $0 != "\r" }) else { continue }
      seen += 1
      if seen == 1, let closing = closingDate(in: s, line: line, scanner: scanner) { return closing }
      guard line.count <= DatelineReader.maxLine else { return nil }
      let text = Array(s[line])
      defer { below = text }
      let matches = scanner.scan(text, taiwanese: taiwanese, traditionalScript: traditionalScript)
      guard let found = reader.read(text, line: 0..<text.count, matches: matches[...]),
        let label = reader.label(text, line: 0..<text.count, besides: matches[...], date: found.match.start)
      else { continue }
      if label.item { return found.stamp }
      // 2026年7月14日（星期二） alone, 香港時間15時30分 below it: a government release's sign-off.
      guard label.count == 0, found.match.weekday != nil else { continue }
      if found.time == nil, let below, let time = signOffTime(below, scanner: scanner) { return Self.stamp(found.date, time) }
      return found.stamp
    }
    return nil
  }

  /// The time of a sign-off's last line: a time of day alone, maybe after a place's time cue
  /// (`香港時間15時30分`, `北京时间 09:30`).
  private func signOffTime(_ line: [Unicode.Scalar], scanner: DateScanner) -> TimeOfDay? {
    let trimmed = DatelineReader.trimmed(line, 0..<line.count)
    let first = trimmed.lowerBound, last = trimmed.upperBound
    var k = first
    // A place's name (at most four scalars) before 时间: 香港时间, 北京时间, 台北时间.
    for cueStart in first...min(first + 4, last) {
      guard let cue = scanner.vocabulary.cues.longestMatch(in: line, at: cueStart), cue.value == .published, cue.end <= last else { continue }
      k = cue.end
      break
    }
    while k < last, DatelineReader.separators.contains(line[k]) { k += 1 }
    guard k < last, let t = scanner.timeOfDay(in: line, at: k), t.end == last else { return nil }
    return t.time
  }

  /// The longest parenthesised date a line may close with (`（2026年10月9日）`).
  static let maxClosingDate = 24

  /// The full date in parentheses that `line` closes with (`……建成投用。（2026-10-09）`) and
  /// nothing else inside them, as a stamp; `nil` when it closes with none.
  private func closingDate(in s: [Unicode.Scalar], line: Range<Int>, scanner: DateScanner) -> String? {
    var close = line.upperBound
    while close > line.lowerBound, s[close - 1] == " " || s[close - 1] == "\u{3000}" || s[close - 1] == "\r" { close -= 1 }
    guard close > line.lowerBound, s[close - 1] == ")" || s[close - 1] == "）" else { return nil }
    close -= 1
    var open = close
    while open > line.lowerBound, close - open <= Self.maxClosingDate, s[open - 1] != "(" && s[open - 1] != "（" { open -= 1 }
    guard open > line.lowerBound, close - open <= Self.maxClosingDate, open < close else { return nil }
    let inner = Array(s[open..<close])
    guard let match = scanner.scan(inner).first, match.start == 0, match.end == inner.count, let (date, time) = DatelineReader.fullDate(match) else {
      return nil
    }
    return Self.stamp(date, time)
  }

  /// Whether `paragraph` opens with a wire head: its agency's 讯 within `maxWireStart` scalars of
  /// its start, set apart by a bracket, a colon or a space (`【本报讯】`, `本报讯（记者 某某）`,
  /// `本报讯 记者`).
  private func opensWithWireHead(_ s: [Unicode.Scalar], _ paragraph: Range<Int>, reader: DatelineReader) -> Bool {
    let end = min(paragraph.upperBound - 1, paragraph.lowerBound + DatelineReader.maxWireStart)
    guard paragraph.lowerBound + 1 < end else { return false }
    for k in (paragraph.lowerBound + 1)..<end where s[k] == "讯" {
      guard let cue = reader.vocabulary.cues.longestMatch(in: s, at: k), cue.value == .wire else { continue }
      if "】])）(（:： \u{3000}".unicodeScalars.contains(s[k + 1]) { return true }
    }
    return false
  }

  static func stamp(_ date: CivilDate, _ time: TimeOfDay?) -> String { DatelineReader.stamp(date, time) }
}

/// The one year a header's lines state (`资水流域2026年汛期回顾`), for a wire dateline that names only
/// the month and day (`新华社长沙12月2日电`, as Xinhua writes it); `nil` when they state none,
/// several, or the year of a report (`2025年年报`: published in the next year).
private struct HeadlineYear {
  private var stated: Int?
  private var ruledOut = false

  var year: Int? { ruledOut ? nil : stated }

  /// Takes in one header line and the date matches in it.
  mutating func read(_ text: [Unicode.Scalar], _ matches: [DateScanner.Match], cues: WordTable<DateVocabulary.Cue>) {
    for match in matches where !ruledOut {
      guard let e = match.expression, case .absolute(let y)? = e.start.year else { continue }
      if cues.longestMatch(in: text, at: match.end)?.value == .reportYear { ruledOut = true }
      if let stated, stated != y { ruledOut = true }
      if let end = e.end, case .absolute(let y2)? = end.year, y2 != y { ruledOut = true }
      stated = y
    }
  }
}

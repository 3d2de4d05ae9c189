/// Reads a dateline as a person does: a short line that says when (and by whom, from where)
/// something was published — `2025年3月4日 09:15 来源：某某财经`, `发布时间：2025年3月4日　来源：某某报`,
/// `某某晚报 2025.03.04 记者 某某`, `某某网（记者 某某）北京时间2025年3月4日电`, `【2025年3月2日 新华社】`,
/// `时间:20251110`, `Nov 13, 2025`. The publication date of a document is the first dateline
/// of its header; a dateline further down starts a section of a compilation.
///
/// A line is a dateline when it holds a full date (year, month and day, a time may follow)
/// and either a cue says so — a publication cue right before the date (`发布时间`, `日期`,
/// `北京时间`) or a wire cue right after it (`电`, `讯`) — or everything else on the line is a
/// label (no sentence punctuation, at most `maxLabel` scalars of source names, bylines,
/// weekdays and separators) and the date ends the line or a cue word is among the label's
/// words. A sentence that starts with a date (`2022年11月30日,OpenAI发布了…`) is no dateline,
/// nor a line that names an event after its date (`2025年3月4日国务院常务会议`).
struct DatelineReader: Sendable {
  let vocabulary: DateVocabulary

  /// How a line was recognised: a cue is stronger evidence than a bare label.
  enum Evidence: Int, Comparable, Sendable {
    case label = 1, cue = 2
    static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
  }

  struct Found: Sendable {
    /// The match of the dateline's date (in the coordinates of the text it was read from).
    var match: DateScanner.Match
    var date: CivilDate
    var time: TimeOfDay?
    var evidence: Evidence
    /// A UTC offset stated after the time (`Z`, `+08:00`), as written in the stamp.
    var zone: String? = nil
    /// The line says where the item comes from — a source or byline cue (来源, 记者), brackets
    /// around it (`【2025年3月2日 新华社】`), or nothing but the date: what makes a dateline in
    /// the body a section's, not a caption (`2022年11月30日,ChatGPT发布`).
    var marksItem: Bool

    /// ISO 8601 as SPEC writes a publication stamp: `2025-03-04`, `2025-03-04T09:15`,
    /// `2025-03-04T09:15:27` (seconds kept when stated).
    var stamp: String { DatelineReader.stamp(date, time) + (time != nil ? zone ?? "" : "") }
  }

  /// ISO 8601 as SPEC writes a publication stamp (seconds kept when stated).
  static func stamp(_ date: CivilDate, _ time: TimeOfDay?) -> String {
    guard let time else { return date.iso }
    var text = date.iso + "T\(DateFormat.two(time.hour)):\(DateFormat.two(time.minute ?? 0))"
    if let second = time.second { text += ":\(DateFormat.two(second))" }
    return text
  }

  /// The longest line read as a dateline, and the most a label may hold besides the date.
  static let maxLine = 120
  static let maxLabel = 40
  /// The most a line may hold besides a date stamped to the minute for the rest to be a section's
  /// name (`港聞速遞`, `財經頻道`; `国务院开会` is an event).
  static let maxSectionLabel = 4
  /// How far into a line a wire dateline's date may begin (`新华社北京2025年3月4日电` opens the
  /// first paragraph, which then goes on).
  static let maxWireStart = 40

  /// Scalars that separate the parts of a dateline (`|`, `·`, `/`, brackets, spaces).
  static let separators = ScalarBitmap(" \u{3000}\t|｜·•・/／\\-—–_:：()（）[]【】〔〕<>《》〈〉,，、*#".unicodeScalars)
  /// What may follow a lead's date after a wire head: a comma or a space (`2026年4月20日，记者从…`).
  static let leadDateEnds = ScalarBitmap("，, \u{3000}".unicodeScalars)
  /// Signs that set a label apart from the date (`2025.03.04 | 人民日报`, `神译局·2025年…`).
  static let dividers = ScalarBitmap("|｜丨·•・/／".unicodeScalars)
  /// Punctuation that ends a sentence: a line with one is text, not a label.
  static let sentenceEnds = ScalarBitmap("。!?;！？；…\"“”".unicodeScalars)

  /// `line` (a range of `s`) without the separators and carriage returns at its ends.
  static func trimmed(_ s: [Unicode.Scalar], _ line: Range<Int>) -> Range<Int> {
    var first = line.lowerBound, last = line.upperBound
    while first < last, separators.contains(s[first]) || s[first] == "\r" { first += 1 }
    while last > first, separators.contains(s[last - 1]) || s[last - 1] == "\r" { last -= 1 }
    return first..<last
  }

  /// The dateline in `line` (a range of `s`), given the date matches that lie in it (in text
  /// order); `nil` when the line is none.
  func read(_ s: [Unicode.Scalar], line untrimmed: Range<Int>, matches: ArraySlice<DateScanner.Match>) -> Found? {
    let line = Self.trimmed(s, untrimmed)
    guard !line.isEmpty else { return nil }
    // A match may end in a bracket the trimming took off (`2024年3月2日（星期六）`).
    let lineEnd = untrimmed.upperBound
    var best: Found?
    for match in matches where match.start >= line.lowerBound && match.end <= lineEnd {
      guard let (date, time) = Self.fullDate(match) else { continue }
      let label = line.count <= Self.maxLine ? self.label(s, line: line, besides: matches, date: match.start) : nil
      let bracketed = line.lowerBound > 0 && "【〔[(".unicodeScalars.contains(s[line.lowerBound - 1]) || s[line.lowerBound] == "【" || s[line.lowerBound] == "〔"
      let marksItem = bracketed || label.map { $0.item || $0.count == 0 } ?? false
      let zone = Self.zone(s, at: match.end, end: line.upperBound)
      let after = zone?.end ?? match.end
      let endsLine = after >= line.upperBound
      // The date stands apart from what follows: a space or a divider, or the line's end.
      let apart = endsLine || Self.separators.contains(s[after])
      let evidence: Evidence
      if hasCueBefore(s, match.start, lineStart: line.lowerBound)
        || hasWireAfter(s, match.end, lineEnd: line.upperBound) && match.start - line.lowerBound <= Self.maxWireStart
        || !endsLine && Self.leadDateEnds.contains(s[after]) && hasWireHeadBefore(s, match.start, lineStart: line.lowerBound)
      {
        evidence = .cue
      } else if let label,
        endsLine || label.cued || label.divided || label.count == 0 || bracketed
          || apart && (match.weekday != nil || label.medium || time != nil && label.count <= Self.maxSectionLabel)
      {
        // A label: the date ends the line (香港經濟新聞 2025年10月21日), a cue word is among the
        // label's words (2025年3月4日 09:15 来源：…), brackets hold it (【2025年3月2日 新华社】),
        // or the date stands apart with its weekday (2024年3月2日（星期六）　…), before a
        // medium's name (2024年3月2日 某某日報即時新聞) or, stamped to the minute, before a
        // section's short name (2026年8月27日 11:20　港聞速遞): 2025年3月4日国务院常务会议 is
        // none of these.
        evidence = .label
      } else {
        continue
      }
      if best.map({ evidence > $0.evidence }) ?? true {
        best = Found(match: match, date: date, time: time, evidence: evidence, zone: zone?.text, marksItem: evidence == .cue || marksItem)
      }
    }
    return best
  }

  /// The cue words a dateline's label may hold.
  static let labelCues: Set<DateVocabulary.Cue> = [.published, .source, .byline, .wire]

  /// How far into a document its header is looked for.
  static let headLines = 12
  static let headScalars = 2000

  /// The header's lines, where the body starts, and the first body paragraph.
  typealias Header = (lines: [Range<Int>], bodyStart: Int, firstBody: Range<Int>?)

  /// The header block: the non-empty lines from the top before the first body paragraph (a
  /// line of more than 150 scalars, or of more than 60 with a sentence end), at most
  /// `headLines` of them within `headScalars`; `bodyStart` is where the header ends.
  static func header(of s: [Unicode.Scalar]) -> Header {
    var lines: [Range<Int>] = []
    var lineStart = 0
    while lineStart < s.count, lineStart < headScalars, lines.count < headLines {
      var lineEnd = lineStart
      var hasSentenceEnd = false
      while lineEnd < s.count, s[lineEnd] != "\n" {
        if sentenceEnds.contains(s[lineEnd]) { hasSentenceEnd = true }
        lineEnd += 1
      }
      let length = lineEnd - lineStart
      if length > 150 || length > 60 && hasSentenceEnd { return (lines, lineStart, lineStart..<lineEnd) }
      if s[lineStart..<lineEnd].contains(where: { $0 != " " && $0 != "\u{3000}" && $0 != "\t" && $0 != "\r" }) { lines.append(lineStart..<lineEnd) }
      lineStart = lineEnd + 1
    }
    return (lines, min(lineStart, s.count), nil)
  }

  /// A UTC offset right after a time (`Z`, `+08:00`, `+0800`, ` GMT+8`): its text as a stamp writes
  /// it (`Z`, `+08:00`) and where it ends.
  static func zone(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (text: String, end: Int)? {
    guard i < end else { return nil }
    if s[i] == "Z", i + 1 == end || !ScalarClass.isASCIILetter(s[i + 1]) { return ("Z", i + 1) }
    var k = i
    if k + 3 <= end, s[k] == " " || s[k] == "G" || s[k] == "U" {
      if s[k] == " " { k += 1 }
      if k + 3 <= end, (s[k] == "G" && s[k + 1] == "M" && s[k + 2] == "T") || (s[k] == "U" && s[k + 1] == "T" && s[k + 2] == "C") { k += 3 } else { return nil }
    }
    guard k < end, s[k] == "+" || s[k] == "-" else { return nil }
    let sign = s[k]
    k += 1
    var hours = 0, digits = 0
    while k < end, digits < 2, let d = ScalarClass.asciiDigitValue(s[k]) { hours = hours * 10 + d; digits += 1; k += 1 }
    guard digits > 0, hours <= 14 else { return nil }
    var minutes = 0
    if k < end, s[k] == ":" { k += 1 }
    var m = 0
    while k < end, m < 2, let d = ScalarClass.asciiDigitValue(s[k]) { minutes = minutes * 10 + d; m += 1; k += 1 }
    guard m == 0 || m == 2, minutes < 60 else { return nil }
    return ("\(sign)\(DateFormat.two(hours)):\(DateFormat.two(minutes))", k)
  }

  /// The day (and time) of a match that states a full date of the Common Era.
  static func fullDate(_ match: DateScanner.Match) -> (CivilDate, TimeOfDay?)? {
    guard let e = match.expression, e.end == nil, case .absolute(let y)? = e.start.year,
      case .calendar(.absolute(let m)?, let d?) = e.start.body, CivilDate.isValid(year: y, month: m, day: d), (1000...2999).contains(y)
    else { return nil }
    if let t = e.start.time, t.hour >= 24 || (t.minute ?? 0) >= 60 { return (CivilDate(y, m, d), nil) }
    return (CivilDate(y, m, d), e.start.time)
  }

  /// A publication cue (`发布时间:`, `日期`, `北京时间`) ends right before `i` (separators between).
  func hasCueBefore(_ s: [Unicode.Scalar], _ i: Int, lineStart: Int) -> Bool {
    var k = i
    while k > lineStart, Self.separators.contains(s[k - 1]) { k -= 1 }
    guard k > lineStart, let cue = vocabulary.cues.longestMatch(in: s, endingAt: k, maxLength: min(vocabulary.longestCue, k - lineStart)) else { return false }
    return cue.value == .published
  }

  /// A wire cue (`电`, `讯`) right after `i`: `2025年3月4日电`.
  func hasWireAfter(_ s: [Unicode.Scalar], _ i: Int, lineEnd: Int) -> Bool {
    guard i < lineEnd, let cue = vocabulary.cues.longestMatch(in: s, at: i), cue.end <= lineEnd else { return false }
    return cue.value == .wire
  }

  /// The wire dateline that opens `paragraph` (the first body paragraph): a full date within
  /// `maxWireStart` of its start with a wire cue after it (`新华社北京2025年3月4日电`) or after
  /// the paragraph's wire head, a comma or space after it (`本报讯（记者 某某）2026年4月20日，`).
  func wireDateline(
    _ s: [Unicode.Scalar], paragraph: Range<Int>, matches: some Sequence<DateScanner.Match>
  ) -> (match: DateScanner.Match, date: CivilDate, time: TimeOfDay?)? {
    for match in matches where match.start >= paragraph.lowerBound {
      guard match.start - paragraph.lowerBound <= Self.maxWireStart else { break }
      guard match.end <= paragraph.upperBound, let (date, time) = Self.fullDate(match) else { continue }
      // 2026年4月20日国务院常务会议 after a wire head is an event, not the dateline.
      let standsApart = match.end < paragraph.upperBound && Self.leadDateEnds.contains(s[match.end])
      if hasWireAfter(s, match.end, lineEnd: paragraph.upperBound)
        || standsApart && hasWireHeadBefore(s, match.start, lineStart: paragraph.lowerBound)
      {
        return (match, date, time)
      }
    }
    return nil
  }

  /// The month and day of a wire dateline that states no year, opening `paragraph`
  /// (`新华社长沙12月2日电`): a month and day within `maxWireStart` of its start, a wire cue right
  /// after it.
  func yearlessWireDateline(
    _ s: [Unicode.Scalar], paragraph: Range<Int>, matches: some Sequence<DateScanner.Match>
  ) -> (month: Int, day: Int, end: Int)? {
    for match in matches where match.start >= paragraph.lowerBound {
      guard match.start - paragraph.lowerBound <= Self.maxWireStart else { break }
      guard match.end <= paragraph.upperBound, let e = match.expression, e.end == nil, e.start.year == nil,
        case .calendar(.absolute(let month)?, let day?) = e.start.body
      else { continue }
      if hasWireAfter(s, match.end, lineEnd: paragraph.upperBound) { return (month, day, match.end) }
    }
    return nil
  }

  /// A wire head ends right before `i`: the first paragraph opens with its agency's wire cue and,
  /// maybe, a bracketed byline, and the date follows — `本报讯（记者 某某）2026年4月20日，记者从…`,
  /// `本報訊 2026年4月20日，`. The head starts the paragraph (at most `maxWireStart` scalars
  /// before the date); a bracket of more than `maxByline` scalars is text, not a byline.
  func hasWireHeadBefore(_ s: [Unicode.Scalar], _ i: Int, lineStart: Int) -> Bool {
    guard i - lineStart <= Self.maxWireStart else { return false }
    var k = i
    while k > lineStart, s[k - 1] == " " || s[k - 1] == "\u{3000}" { k -= 1 }
    if k > lineStart, s[k - 1] == "）" || s[k - 1] == ")" {
      var open = k - 1
      while open > lineStart, k - open <= Self.maxByline, s[open - 1] != "（" && s[open - 1] != "(" { open -= 1 }
      guard open > lineStart, k - open <= Self.maxByline else { return false }
      k = open - 1
      while k > lineStart, s[k - 1] == " " || s[k - 1] == "\u{3000}" { k -= 1 }
    }
    guard k > lineStart, let cue = vocabulary.cues.longestMatch(in: s, endingAt: k, maxLength: min(vocabulary.longestCue, k - lineStart)) else {
      return false
    }
    return cue.value == .wire
  }

  /// The longest bracketed byline of a wire head (`（记者 某某 通讯员 某某某）`).
  static let maxByline = 30

  /// Whether everything on the line besides its dates is a label — no sentence punctuation,
  /// at most `maxLabel` scalars that are not separators or cue words — with how many such
  /// scalars it has, whether any cue word and whether a source or byline cue is among its
  /// words; `nil` when not.
  /// A publication cue counts only before the date (`2022年11月30日,ChatGPT发布` is a caption).
  func label(
    _ s: [Unicode.Scalar], line: Range<Int>, besides matches: ArraySlice<DateScanner.Match>, date: Int
  ) -> (count: Int, cued: Bool, divided: Bool, item: Bool, medium: Bool)? {
    var k = line.lowerBound
    var count = 0
    var medium = false
    var cued = false
    var divided = false
    var item = false
    var next = matches.startIndex
    while k < line.upperBound {
      while next < matches.endIndex, matches[next].end <= k { next += 1 }
      if next < matches.endIndex, matches[next].start <= k {
        k = max(k + 1, matches[next].end)
        continue
      }
      let c = s[k]
      if Self.sentenceEnds.contains(c) { return nil }
      if let cue = vocabulary.cues.longestMatch(in: s, at: k), cue.value == .medium, cue.end == line.upperBound || Self.separators.contains(s[cue.end]) {
        // 某某日報, 某某新聞網, 某某电视台: a medium's name ends here (not 报告, 网络).
        medium = true
        item = true
      } else if let cue = vocabulary.cues.longestMatch(in: s, at: k), Self.labelCues.contains(cue.value) {
        if cue.value == .source || cue.value == .byline { item = true }
        if cue.value != .published || k < date { cued = true }
        k = cue.end
        continue
      }
      if Self.dividers.contains(c) { divided = true }
      if let zone = Self.zone(s, at: k, end: line.upperBound), k > line.lowerBound, ScalarClass.isASCIIDigit(s[k - 1]) {
        k = zone.end
        continue
      }
      if !Self.separators.contains(c) { count += 1 }
      if count > Self.maxLabel { return nil }
      k += 1
    }
    return (count, cued, divided, item, medium)
  }
}

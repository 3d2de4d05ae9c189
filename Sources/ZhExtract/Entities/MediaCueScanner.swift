/// A medium named outside 《》 by where it stands, not by a list:
/// - **between a source cue and a verb of reporting** (`media-source` cues 据 援引 before, `media-verb` cues
///   报道 引述 after): 据|明报|报道, 援引|东海晨报|消息. The name is one to four Han characters and a media
///   word (`media-suffix` cues: 报 日报 新闻 即时新闻), so one character and 报 (明报) is read only here;
///   places may stand in the name beside other characters (据|中原法治报|报道: 中原 is part of it);
/// - **at the start of a clause, before a `masthead-verb` cue (记者 报道 消息)**, when the media word is a
///   `masthead` cue (报 在线) and two to four Han characters precede it: 工商快报|记者, 港闻在线|报道 (该报|记者,
///   有关|报道 and 警方通报|称 name none: 称 and 指 follow any report);
/// - **in a dateline**: a line that starts with a name ending with a media word, then a space and a digit
///   (香港经济新闻　2025年10月21日): the source of the article. Places inside it are part of it;
/// - **after a source label and a colon** (`source-label` cues: 来源：|医药经济观察), whatever its last word;
/// - **beside a stamp in a short line** (no sentence punctuation): a part of the line set apart by spaces or
///   bars right before or after a part that is nothing but a date or a time (2026-07-06 14:30　|工商快报,
///   18:05｜|维港财经通讯社, 鹏城科技网|　2026年5月3日), unless it is a place, holds a `stamp-word` cue
///   (星期四, 记者, 本报) or follows one (记者 钟毓).
struct MediaCueScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .mediaCue }
  /// The longest name before its media word.
  static let maxName = 4
  /// The longest dateline name, media word included.
  static let maxDateline = 10
  init(cues: EntityCues) {
    self.cues = cues
  }

  /// A line's start (after `\n`), a source label's or a source cue's first character, a clause's start
  /// (after a character that is no Han, letter or digit): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger(starts: [cues.sourceLabelStarts, cues.mediaSources.startScalars])
    trigger.follow(where: { !ScalarClass.isHan($0) && !ScalarClass.isLatinWordScalar($0) && !ScalarClass.isASCIIDigit($0) })
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    // Read from a local in the loop: a field of the large `cues` read there is copied with all of
    // `cues` at each position (callgrind: 227 M instructions more on 1 MB of the corpus).
    let sourceLabelStarts = cues.sourceLabelStarts
    let mediaSources = cues.mediaSources, mediaSuffixes = cues.mediaSuffixes, mediaVerbs = cues.mediaVerbs
    let mastheads = cues.mastheads, mastheadVerbs = cues.mastheadVerbs
    var i = 0
    while starts.advance(&i, below: s.count) {
      if i == 0 || s[i - 1] == "\n" {
        if let end = datelineEnd(s, i, coverage: coverage, places: places) {
          append(s, i, end, absorbs: !coverage.isFree(i, end), into: &found)
          i = end
          continue
        }
        for name in stampLineSources(s, lineStart: i, words: words, coverage: coverage, places: places) {
          append(s, name.lowerBound, name.upperBound, absorbs: !coverage.isFree(name.lowerBound, name.upperBound), into: &found)
        }
      }
      if sourceLabelStarts.contains(s[i].value), let name = labelledSource(s, at: i, coverage: coverage, places: places) {
        append(s, name.lowerBound, name.upperBound, absorbs: !coverage.isFree(name.lowerBound, name.upperBound), into: &found)
        i = name.upperBound
        continue
      }
      if let cue = mediaSources.longestMatch(in: s, at: i),
        let end = citedEnd(s, cue.end, coverage: coverage, places: places, mediaWords: mediaSuffixes, verbs: mediaVerbs, minName: 1)
      {
        append(s, cue.end, end, absorbs: !coverage.isFree(cue.end, end), into: &found)
        i = end
        continue
      }
      if startsClause(s, i), !coverage[i],
        let end = citedEnd(s, i, coverage: coverage, places: places, mediaWords: mastheads, verbs: mastheadVerbs, minName: 2)
      {
        append(s, i, end, absorbs: !coverage.isFree(i, end), into: &found)
        i = end
        continue
      }
      i += 1
    }
  }

  private func append(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, absorbs: Bool, into found: inout [FoundEntity]) {
    let surface = Array(s[start..<end])
    let record = EntityRecord(
      id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
    var f = FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
    f.absorbsPlaces = absorbs
    found.append(f)
  }

  /// The end of a medium's name at `start` right after a source cue, or at a clause's start, and before a
  /// verb of reporting (据|明报|报道, 工商快报|记者): `minName` Han characters or more, then one of `mediaWords`.
  private func citedEnd(
    _ s: [Unicode.Scalar], _ start: Int, coverage: CoverageMap, places: PlaceSpans, mediaWords: ScalarTrie<Bool>, verbs: ScalarTrie<Bool>,
    minName: Int
  ) -> Int? {
    var k = start + 1
    while k <= start + Self.maxName, k < s.count, ScalarClass.isHan(s[k - 1]), !cues.organizationStops.contains(s[k - 1]) {
      // The longest media word right here, then a verb of reporting right after it.
      // The media word is no verb of reporting itself (据|新闻|报道|称 names no medium).
      // A person's role is no medium's name (记者|在线|报道).
      // (The media word first: at most positions there is none, and the other checks are dearer.)
      if k - start >= minName, let media = mediaWords.longestMatch(in: s, at: k), coverage.isFree(k, media.end),
        verbs.longestMatch(in: s, at: media.end) != nil, cues.mediaVerbs.longestMatch(in: s, at: k) == nil,
        minName == 1 || cues.roles.longestMatch(in: s, endingAt: k, maxLength: Self.maxName) == nil, places.coverOnlyPlaces(start, k, coverage),
        // A place alone before a media word is left to the place-media rule (据|美国|新闻|报道 names no medium).
        (start..<k).contains(where: { !coverage[$0] })
      {
        return media.end
      }
      k += 1
    }
    return nil
  }

  /// Whether a clause starts at `i`: the text's start, or after a mark that is no letter, digit or Han character.
  private func startsClause(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i > 0 else { return true }
    let c = s[i - 1]
    return !ScalarClass.isHan(c) && !ScalarClass.isLatinWordScalar(c) && !ScalarClass.isASCIIDigit(c)
  }

  /// The end of a medium's name that starts the line at `start`: Han characters (places may stand in it),
  /// a media word, then a space and a digit.
  private func datelineEnd(_ s: [Unicode.Scalar], _ start: Int, coverage: CoverageMap, places: PlaceSpans) -> Int? {
    var k = start
    while k < s.count, k - start < Self.maxDateline, ScalarClass.isHan(s[k]) { k += 1 }
    guard k - start >= 3, k + 1 < s.count, s[k] == " " || s[k] == "\u{3000}" else { return nil }
    var d = k
    while d < s.count, d - k < 3, s[d] == " " || s[d] == "\u{3000}" { d += 1 }
    guard d < s.count, ScalarClass.isASCIIDigit(s[d]), places.coverOnlyPlaces(start, k, coverage) else { return nil }
    // A media word ends the name: 香港经济|新闻.
    for m in stride(from: k - 1, through: start + 1, by: -1) {
      if let media = cues.mediaSuffixes.longestMatch(in: s, at: m, limit: k), media.end == k {
        return k
      }
    }
    return nil
  }

  /// The longest source name read after a label, and the longest line read for a stamp's neighbours.
  static let maxSource = 16
  static let maxStampLine = 60
  /// Punctuation of a sentence: a line with one is text, no dateline.
  static let sentenceMarks = ScalarBitmap("。！？；，、!?;,“”\"".unicodeScalars)

  /// The medium named after a source label and a colon at `i` (来源：医药经济观察): two to `maxSource`
  /// letters, digits or Han characters up to a space, a bar or punctuation; places may stand in it.
  private func labelledSource(_ s: [Unicode.Scalar], at i: Int, coverage: CoverageMap, places: PlaceSpans) -> Range<Int>? {
    guard let label = cues.sourceLabels.longestMatch(in: s, at: i) else { return nil }
    var k = label.end
    while k < s.count, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
    guard k < s.count, s[k] == "：" || s[k] == ":" else { return nil }
    k += 1
    while k < s.count, s[k] == " " || s[k] == "\u{3000}" { k += 1 }
    let start = k
    while k < s.count, k - start <= Self.maxSource, ScalarClass.isHan(s[k]) || ScalarClass.isLatinWordScalar(s[k]) || ScalarClass.isASCIIDigit(s[k]) { k += 1 }
    guard k - start >= 2, k - start <= Self.maxSource, isSource(s, start..<k, coverage: coverage, places: places) else { return nil }
    return start..<k
  }

  /// The media named beside a stamp in the short line that starts at `lineStart` (see the type's notes).
  private func stampLineSources(_ s: [Unicode.Scalar], lineStart: Int, words: Segmentation, coverage: CoverageMap, places: PlaceSpans) -> [Range<Int>] {
    var lineEnd = lineStart
    while lineEnd < s.count, s[lineEnd] != "\n", lineEnd - lineStart <= Self.maxStampLine {
      if Self.sentenceMarks.contains(s[lineEnd].value) { return [] }
      lineEnd += 1
    }
    guard lineEnd - lineStart <= Self.maxStampLine else { return [] }
    // The parts of the line, set apart by spaces and bars.
    var parts: [Range<Int>] = []
    var k = lineStart
    while k < lineEnd {
      while k < lineEnd, Self.isPartSeparator(s[k]) { k += 1 }
      let start = k
      while k < lineEnd, !Self.isPartSeparator(s[k]) { k += 1 }
      if k > start { parts.append(start..<k) }
    }
    guard parts.count >= 2 else { return [] }
    var names: [Range<Int>] = []
    // A line that holds a date (2026年11月26日 星期四 科技前沿报, 2026年12月3日(星期四) 港闻日报即时新闻).
    let dated = parts.contains { Self.isStamp(s, $0) || Self.startsWithDate(s, $0) }
    for (n, part) in parts.enumerated() where part.count >= 2 && part.count <= 12 && s[part].allSatisfy(ScalarClass.isHan) {
      let besideStamp = (n > 0 && Self.isStamp(s, parts[n - 1])) || (n + 1 < parts.count && Self.isStamp(s, parts[n + 1]))
      let afterByline = n > 0 && containsStampWord(s, parts[n - 1])
      if besideStamp, !afterByline, isSource(s, part, coverage: coverage, places: places) {
        names.append(part)
      } else if dated, let name = newspaperName(s, part, words: words), isSource(s, name, coverage: coverage, places: places) {
        // In a dated line, a part that names a newspaper wherever it stands (after a weekday too).
        names.append(name)
      }
    }
    return names
  }

  /// The newspaper that `part` names: its first run of two Han characters or more that ends with a
  /// `masthead` cue (报 日报 时报) where the part ends, or where the rest is a media word of a section
  /// (港闻日报|即时新闻); nil otherwise (a stamp word in the part names none). The masthead starts a word
  /// of the path or ends a media word (日报): 警方|通报 names no newspaper.
  private func newspaperName(_ s: [Unicode.Scalar], _ part: Range<Int>, words: Segmentation) -> Range<Int>? {
    guard !containsStampWord(s, part) else { return nil }
    for m in (part.lowerBound + 1)..<part.upperBound {
      guard let masthead = cues.mastheads.longestMatch(in: s, at: m, limit: part.upperBound), masthead.end - part.lowerBound >= 3 else { continue }
      let w = words.wordStart(containing: m)
      guard w == m || cues.mediaSuffixes.longestMatch(in: s, at: max(w, part.lowerBound), limit: masthead.end)?.end == masthead.end else { continue }
      if masthead.end == part.upperBound || cues.mediaSuffixes.longestMatch(in: s, at: masthead.end, limit: part.upperBound)?.end == part.upperBound {
        return part.lowerBound..<masthead.end
      }
    }
    return nil
  }

  /// Whether a part begins with a date of four digits or more and the rest is in brackets: 2026年12月3日(星期四).
  private static func startsWithDate(_ s: [Unicode.Scalar], _ part: Range<Int>) -> Bool {
    guard let open = part.firstIndex(where: { s[$0] == "(" || s[$0] == "（" }), open > part.lowerBound,
      s[part.upperBound - 1] == ")" || s[part.upperBound - 1] == "）"
    else { return false }
    return isStamp(s, part.lowerBound..<open)
  }

  /// Whether `name` may be a medium's name: no `stamp-word` cue in it, not a place alone or any other
  /// mention (places may stand in it beside other characters).
  private func isSource(_ s: [Unicode.Scalar], _ name: Range<Int>, coverage: CoverageMap, places: PlaceSpans) -> Bool {
    !containsStampWord(s, name) && places.coverOnlyPlaces(name.lowerBound, name.upperBound, coverage)
      && name.contains(where: { !coverage[$0] })
  }

  private func containsStampWord(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
    r.contains { cues.stampWords.longestMatch(in: s, at: $0, limit: r.upperBound) != nil }
  }

  /// Spaces and bars between the parts of a dateline.
  private static func isPartSeparator(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\u{3000}" || c == "\t" || c == "|" || c == "｜" || c == "丨" || c == "\r"
  }

  /// Whether a part is nothing but a date or a time (2026年5月3日, 2026-07-06, 14:30, 09/07/2026,
  /// 2027-01-19T11:15+08:00): digits and the signs between them, with a clock's colon or a date's
  /// signs and four digits or more (a count, 864, is none).
  private static func isStamp(_ s: [Unicode.Scalar], _ part: Range<Int>) -> Bool {
    guard ScalarClass.isASCIIDigit(s[part.lowerBound]) else { return false }
    var digits = 0, clock = false, dated = false
    for c in s[part] {
      if ScalarClass.isASCIIDigit(c) {
        digits += 1
      } else if c == ":" || c == "：" {
        clock = true
      } else if Self.dateSigns.contains(c.value) {
        dated = true
      } else {
        return false
      }
    }
    return clock || (dated && digits >= 4)
  }

  /// The signs between a date's numbers (年 月 日 - / .), and after its time (T +).
  static let dateSigns = ScalarBitmap("年月日时分秒号/.-T+".unicodeScalars)
}

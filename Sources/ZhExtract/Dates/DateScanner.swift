/// The rules layer: finds date expressions in analysis text without resolving them.
///
/// One left-to-right pass over the scalars; at each position every rule is tried and the
/// longest match wins (of two as long, the one listed first in `DateCursor.point(at:)`);
/// the pass goes on after it. Every rule reads a bounded number of scalars, and a run of
/// digits that starts no date is skipped whole, so the pass is linear in the text (a
/// million digits in a row are one skip).
package struct DateScanner: Sendable {
  /// A date found in the text, or a damaged one declined with a reason.
  package struct Match: Hashable, Sendable {
    package var start: Int
    package var end: Int
    package var expression: DateExpression?
    /// The rule that read it; `nil` when nothing was read (a declined scrape).
    package var rule: DateRule?
    /// Why nothing (or only part) was read: becomes a `dates.declined-…` warning.
    package var declined: (code: String, reason: String)?
    /// The weekday the text states with a day (`2024年3月2日(星期六)`, 1 Monday … 7 Sunday): a
    /// `dates.weekday-mismatch` warning when the resolved day falls on another.
    package var weekday: Int? = nil

    package static func == (a: Match, b: Match) -> Bool {
      a.start == b.start && a.end == b.end && a.expression == b.expression && a.rule == b.rule && a.declined?.code == b.declined?.code
    }
    package func hash(into h: inout Hasher) { h.combine(start); h.combine(end); h.combine(rule) }
  }

  package let vocabulary: DateVocabulary
  /// One bit per BMP scalar that may begin a date: every other position is skipped at the
  /// cost of one lookup.
  private let starters: [UInt64]
  /// Which rules of `DateCursor.point(at:)` can begin at each scalar.
  let ruleStarts: DateRuleStarts

  package init(vocabulary: DateVocabulary) {
    self.vocabulary = vocabulary
    var bits = [UInt64](repeating: 0, count: 65536 / 64)
    func mark(_ v: UInt32) { if v < 65536 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } }
    for v in vocabulary.words.firstScalars.union(vocabulary.holidays.firstScalars).union(vocabulary.englishMonths.firstScalars)
      .union(vocabulary.lunarMonths.firstScalars).union(vocabulary.centuries.firstScalars)
    { mark(v) }
    for v in UInt32(0x30)...0x39 { mark(v) }
    for c in "〇零○一二两三四五六七八九十廿卅年月农阴闰正冬腊大从第首民公半QqFfH".unicodeScalars { mark(c.value) }
    starters = bits
    ruleStarts = DateRuleStarts(vocabulary: vocabulary)
  }

  @inline(__always) func mayStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return v < 65536 && bits(v)
  }
  @inline(__always) private func bits(_ v: UInt32) -> Bool { starters[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }

  /// The first position from `i` on whose scalar may begin a date (`mayStart`), else the end: the
  /// text and the bitmap read through buffers (checked reads cost as much again a position).
  func nextMayStart(in s: [Unicode.Scalar], from i: Int) -> Int {
    s.withUnsafeBufferPointer { s in
      starters.withUnsafeBufferPointer { starters in
        var k = max(0, i)
        while k < s.count {
          let v = s[k].value
          if v < 65536, starters[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 { return k }
          k += 1
        }
        return s.count
      }
    }
  }

  /// Frequent characters that begin a date only before one other (公元, 民国, 首季, 首三季, 未来, H1):
  /// the second is checked before any rule runs.
  @inline(__always) static func secondMayFollow(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    let c = s[i]
    guard c == "公" || c == "民" || c == "首" || c == "半" || c == "H" else { return true }
    guard i + 1 < s.count else { return false }
    let next = s[i + 1]
    switch c {
    case "公": return next == "元"
    case "民": return next == "国"
    case "半": return next == "年" || next == "个"
    case "H": return next == "1" || next == "2"
    default: return next == "季" || NumeralCharacter.chineseDigit(next) != nil || ScalarClass.isASCIIDigit(next)
    }
  }

  /// The time of day written at `i` of `s` (`15时30分`, `08:00`, `下午3点`) and where it ends.
  package func timeOfDay(in s: [Unicode.Scalar], at i: Int) -> (time: TimeOfDay, end: Int)? {
    DateCursor(s: s, vocabulary: vocabulary, taiwanese: false, traditionalScript: false, ruleStarts: ruleStarts).timeOfDay(at: i)
  }

  /// `taiwanese`: the text is a Taiwanese article, whose three-digit years (`113年度`, `116年底`)
  /// are years of the Republic of China.
  /// `traditionalScript`: the text is in Traditional script, where `09/07/2026` is 9 July and
  /// `第四季` a quarter.
  package func scan(_ s: [Unicode.Scalar], taiwanese: Bool = false, traditionalScript: Bool = false) -> [Match] {
    var found: [Match] = []
    var i = 0
    let n = s.count
    let cursor = DateCursor(s: s, vocabulary: vocabulary, taiwanese: taiwanese, traditionalScript: traditionalScript, ruleStarts: ruleStarts)
    while i < n {
      i = nextMayStart(in: s, from: i)
      guard i < n else { break }
      guard Self.secondMayFollow(s, i) else {
        i += 1
        continue
      }
      if let match = cursor.match(at: i) {
        found.append(match)
        i = max(match.end, i + 1)
        continue
      }
      if ScalarClass.isASCIIDigit(s[i]) {
        // Skip the whole number (and letters glued to it): no date starts inside it.
        while i < n, ScalarClass.isASCIIAlphanumeric(s[i]) { i += 1 }
      } else if ScalarClass.isASCIILetter(s[i]) {
        // Skip the word; a number right after it (OpenAI2024年) is tried on its own.
        while i < n, ScalarClass.isASCIILetter(s[i]) { i += 1 }
      } else {
        i += 1
      }
    }
    return GlossedPeriod.adding(to: found, in: s, cues: vocabulary.cues)
  }
}

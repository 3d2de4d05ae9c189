import Testing
@testable import ZhExtract

/// The dates stage's skips (`DateScanner.nextMayStart`, `DateDiscourse.countStops`) pass over only
/// what the per-position tests they replace would pass over.
@Suite struct DateSkipTests {
  /// The stops of `DateDiscourse.advance(to:)` are exactly the characters its counting tests for:
  /// a line break, a phrase space, a sentence's or a clause's end (every code point of the BMP).
  @Test func dateDiscourseStopsAreTheCountedCharacters() {
    let stops = DateDiscourse.countStops
    for v in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(v) else { continue }
      let counted = c == "\n" || c == " " || c == "\u{3000}" || DateDiscourse.sentenceEnds.contains(c) || DateDiscourse.clauseEnds.contains(c)
      #expect(stops.contains(c) == counted, "U+\(String(v, radix: 16))")
    }
    #expect(!stops.hasAstral)
  }

  /// `nextMayStart(in:from:)` stops where a loop of `mayStart` stops, from every position of a
  /// text of dates, numbers, Latin, astral characters and plain prose.
  @Test func nextMayStartIsTheFirstPositionMayStartAccepts() {
    let scanner = DateScanner(vocabulary: DateCursorLiteralTests.vocabulary)
    let text = Array("据报道，2024年3月5日(星期二)公司宣布𠀀收入 Q3 增长；去年同期、明天、上周一 OpenAI 发布😀。\n民国六十年".unicodeScalars)
    var stops = 0
    for from in 0...text.count {
      let expected = (from..<text.count).first { scanner.mayStart(text[$0]) } ?? text.count
      #expect(scanner.nextMayStart(in: text, from: from) == expected)
      if expected == from { stops += 1 }
    }
    // Both kinds of position occur: some start, most do not.
    #expect(stops > 5 && text.count - stops > 5)
  }
}

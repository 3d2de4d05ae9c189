import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// `DateRuleStarts` (which of `point(at:)`'s rules can begin at a scalar) changes nothing:
/// the cursor with the scanner's table reads at every position exactly what a cursor trying
/// every rule everywhere reads, on the bundled corpus, on the date words run together and on
/// random text over the scalars the rules look at.
@Suite struct DateRuleStartsTests {
  static let vocabulary = DateCursorLiteralTests.vocabulary
  static let starts = DateRuleStarts(vocabulary: vocabulary)

  static func same(_ a: DateCursor.Point?, _ b: DateCursor.Point?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.point == b.point && a.end == b.end && a.rule == b.rule && a.fiscal == b.fiscal && a.throughYear == b.throughYear
  }

  /// Compares both cursors at every position of `s`, plain and as a Taiwanese text in
  /// Traditional script; returns how many points were found.
  static func compare(_ s: [Unicode.Scalar]) -> Int {
    var found = 0
    for (taiwanese, traditional) in [(false, false), (true, true)] {
      let everywhere = DateCursor(s: s, vocabulary: vocabulary, taiwanese: taiwanese, traditionalScript: traditional)
      var filtered = everywhere
      filtered.ruleStarts = starts
      for i in s.indices {
        let expected = everywhere.point(at: i)
        let got = filtered.point(at: i)
        #expect(same(got, expected), "at \(i): \(String(String.UnicodeScalarView(s[i..<min(s.count, i + 12)])))")
        if expected != nil { found += 1 }
      }
    }
    return found
  }

  @Test func chineseDigitsAreThoseOfNumeralCharacter() {
    var listed = Set(DateRuleStarts.chineseDigits.unicodeScalars.map(\.value))
    for v in UInt32(0)..<0x10000 {
      guard let c = Unicode.Scalar(v), NumeralCharacter.chineseDigit(c) != nil else { continue }
      #expect(listed.remove(v) != nil, "\(c) is a Chinese digit the table leaves out")
    }
    #expect(listed.isEmpty)
  }

  @Test func examples() {
    let starts = Self.starts
    #expect(starts.rules(at: "一").isSuperset(of: [.yearLed, .ago, .lunar, .monthLed, .chineseDayOnly, .quarterLetter, .yearSpan]))
    #expect(starts.rules(at: "7").isSuperset(of: [.yearLed, .ago, .monthLed, .quarterLetter, .yearSpan]))
    #expect(!starts.rules(at: "7").contains(.chineseDayOnly))
    #expect(starts.rules(at: "今").contains(.yearLed))  // 今年
    #expect(starts.rules(at: "农").contains(.lunar))
    #expect(!starts.rules(at: "农").contains(.ago))
    #expect(starts.rules(at: "半") == [.ago])
    #expect(starts.rules(at: "第").contains(.quarterLetter))
    #expect(starts.rules(at: "的").isEmpty)
    // 中 begins parts (年中, 月中) and a holiday (中秋节): no year, no month.
    #expect(starts.rules(at: "中") == [.vocabularyPoint])
    #expect(starts.rules(at: "同").isSuperset(of: [.yearLed, .monthLed, .vocabularyPoint]))  // 同年, 同月, 同日
    #expect(DateRuleStarts.rules(startedBy: .part(.early)).isEmpty)
    #expect(DateRuleStarts.rules(startedBy: .narrative(.year, 0)) == .yearLed)
    #expect(DateRuleStarts.rules(startedBy: .narrative(.period, -1)) == .vocabularyPoint)
    #expect(starts.rules(at: "𠀀") == .all)
    #expect(DateRuleStarts.anywhere.rules(at: "的") == .all)
  }

  @Test func agreesWithEveryRuleEverywhereOnTheCorpus() throws {
    let ingestor = IngestFixtures.ingestor()
    var found = 0
    for url in try PackagePaths.corpusFiles() {
      found += Self.compare(try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil).analysis.scalars)
    }
    #expect(found > 100)
  }

  @Test func agreesWithEveryRuleEverywhereOnRandomText() {
    var alphabet = Set("0123456789〇零一二两三四五六七八九十廿卅百千年月日号季度财半个前后之以来初底末中上下本今明去农阴历大闰正腊冬世纪代第首QqHFfYy民国公元周星期礼拜天时点分早晚春夏秋节假至到和与-/.~() ，的在".unicodeScalars)
    for table in [
      Self.vocabulary.words.firstScalars, Self.vocabulary.holidays.firstScalars, Self.vocabulary.lunarMonths.firstScalars,
      Self.vocabulary.centuries.firstScalars,
    ] {
      for v in table { if let c = Unicode.Scalar(v) { alphabet.insert(c) } }
    }
    let letters = alphabet.sorted { $0.value < $1.value }
    var generator = SeededGenerator(seed: 17)
    var found = 0
    for _ in 0..<4000 {
      let s = (0..<80).map { _ in letters.randomElement(using: &generator)! }
      found += Self.compare(s)
    }
    // The date words run together, each with a number before and after it.
    var joined: [Unicode.Scalar] = []
    for v in Self.vocabulary.words.firstScalars.union(Self.vocabulary.holidays.firstScalars).sorted() {
      joined.append(contentsOf: "2024年".unicodeScalars)
      if let c = Unicode.Scalar(v) { joined.append(c) }
      joined.append(contentsOf: "三月十五日".unicodeScalars)
    }
    found += Self.compare(joined)
    #expect(found > 2500)
  }
}

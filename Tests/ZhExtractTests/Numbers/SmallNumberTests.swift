import Testing
@testable import ZhExtract

/// Small whole numbers read in place, as the date rules read days, months and years.
@Suite struct SmallNumberTests {
  static func read(_ text: String, maxDigits: Int) -> [Int]? {
    SmallNumber.read(Array(text.unicodeScalars), at: 0, maxDigits: maxDigits).map { [$0.value, $0.end] }
  }

  @Test(arguments: [
    // text, maxDigits, value, end
    ("2025年", 4, 2025, 4), ("12月", 2, 12, 2), ("7日", 2, 7, 1), ("十二月", 2, 12, 2), ("二十七日", 2, 27, 3),
    ("三十一日", 2, 31, 3), ("廿三日", 2, 23, 2), ("卅日", 2, 30, 1), ("二〇二五年", 4, 2025, 4), ("三百天", 2, 3, 1),
  ])
  func readsValueAndEnd(_ text: String, _ maxDigits: Int, _ value: Int, _ end: Int) {
    #expect(Self.read(text, maxDigits: maxDigits) == [value, end], "\(text)")
  }

  @Test(arguments: [("20251213", 4), ("一二三四五六", 4), ("十十", 2), ("廿十", 2), ("月", 2), ("", 2)])
  func refusesLongRunsAndWhatIsNoNumber(_ text: String, _ maxDigits: Int) {
    #expect(Self.read(text, maxDigits: maxDigits) == nil, "\(text)")
  }

  @Test func readsInTheMiddleOfText() {
    let s = Array("于2025年3月".unicodeScalars)
    #expect(SmallNumber.arabic(s, at: 1, maxDigits: 4)?.value == 2025)
    #expect(SmallNumber.arabic(s, at: 6, maxDigits: 2)?.value == 3)
    #expect(SmallNumber.arabic(s, at: 0, maxDigits: 2) == nil)
  }
}

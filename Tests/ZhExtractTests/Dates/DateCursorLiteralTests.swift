import Testing
@testable import ZhExtract

/// `DateCursor.isAt` (the first scalar of a literal decoded apart, then the rest) answers as
/// the plain reading does (the text's scalars from `i` start with the literal's): on examples
/// and at every position of texts mixing one-, two-, three- and four-byte scalars.
@Suite struct DateCursorLiteralTests {
  static let vocabulary: DateVocabulary = {
    var problems = LexiconProblems()
    return DateVocabulary(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
  }()

  static func cursor(_ text: String) -> DateCursor {
    DateCursor(s: Array(text.unicodeScalars), vocabulary: vocabulary)
  }

  /// The reading `isAt` must agree with: no bytes, only scalars.
  static func plainReading(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
    let w = Array(word.unicodeScalars)
    guard i >= 0, i + w.count <= s.count else { return w.isEmpty }
    return Array(s[i..<(i + w.count)]) == w
  }

  @Test func examples() {
    let c = Self.cursor("去年12月加盟，半年后大年初三")
    #expect(c.isAt(0, "去年"))
    #expect(c.isAt(1, "年"))
    #expect(c.isAt(2, "12月"))
    #expect(!c.isAt(2, "12日"))
    #expect(c.isAt(10, "后大年初"))
    #expect(c.isAt(11, "大年初"))
    #expect(!c.isAt(9, "大年初"))
    #expect(!c.isAt(13, "初三了"))  // runs past the end
    #expect(c.isAt(14, "三"))
    #expect(!c.isAt(15, "三"))
    #expect(!c.isAt(-1, "去"))
    #expect(!c.isAt(3, "年"))  // 2, not 年
  }

  @Test func agreesWithThePlainReadingAtEveryPosition() {
    let texts = ["2024年3月2日（星期六）10:20", "é𠀀年底 to 月初ä𠀁", "农历闰四月十五，阴历大年初一", "Q3 FY2025 半个月前"]
    let words: [StaticString] = ["年", "年底", "月初", "农历", "阴历", "大年初", "闰", "半个月", "个半月", "𠀀", "𠀀年", "é", "ä𠀁", " to ", "Q", "FY", "10:20", "（星期六）"]
    let plain = ["年", "年底", "月初", "农历", "阴历", "大年初", "闰", "半个月", "个半月", "𠀀", "𠀀年", "é", "ä𠀁", " to ", "Q", "FY", "10:20", "（星期六）"]
    var compared = 0
    for text in texts {
      let c = Self.cursor(text)
      for i in -2...(c.s.count + 1) {
        for (word, reference) in zip(words, plain) {
          #expect(c.isAt(i, word) == Self.plainReading(c.s, i, reference), "\(text) at \(i): \(reference)")
          compared += 1
        }
      }
    }
    #expect(compared > 1000)
  }
}

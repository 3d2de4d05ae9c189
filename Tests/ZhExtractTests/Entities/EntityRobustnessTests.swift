import Testing
@testable import ZhExtract

/// Generated text full of the characters the entity rules look at (dots, brackets, capitals,
/// role titles, suffixes) never crashes the extractor, and every span it reports holds the
/// text it claims.
@Suite struct EntityRobustnessTests {
  static let pieces = [
    "·", "‧", ".", "(", ")", "（", "）", "《", "》", " ", "Sam", "Altman", "Ventures", "CEO", "AMD", "X",
    "GPT", "-", "5", ".1", "Gemini", "3", "Pro", "阿", "莫", "代", "特", "公司", "集团", "股份有限公司",
    "发言人", "张", "明", "说", "美", "英", "港", "苹果", "日报", "的", "、", "奧爾特曼", "\n", "😀", "e\u{301}",
  ]

  @Test(arguments: 0..<40)
  func generatedTextYieldsConsistentSpans(seed: Int) {
    var state = UInt64(seed &+ 1) &* 0x9E37_79B9_7F4A_7C15
    var text = ""
    for _ in 0..<(40 + seed * 7) {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      text += Self.pieces[Int(state >> 33) % Self.pieces.count]
    }
    let original = Array(text.unicodeScalars)
    let mentions = EntityFixture.entities(text)
    for m in mentions {
      #expect(m.start >= 0 && m.start < m.end && m.end <= original.count)
      if m.start >= 0, m.end <= original.count, m.start < m.end {
        #expect(String(String.UnicodeScalarView(original[m.start..<m.end])) == m.text)
      }
    }
    for (a, b) in zip(mentions, mentions.dropFirst()) { #expect(a.end <= b.start, "\(a.text) overlaps \(b.text)") }
    #expect(mentions.map { [$0.start, $0.end] } == mentions.map { [$0.start, $0.end] }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) })
  }

  @Test func emptyAndTinyTexts() {
    for text in ["", "美", "·", "(", "A", "公司", "《》", "Sam ("] {
      _ = EntityFixture.entities(text)
    }
  }
}

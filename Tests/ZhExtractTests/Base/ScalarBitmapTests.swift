import Testing
@testable import ZhExtract

@Suite struct ScalarBitmapTests {
  /// `firstMember(in:from:to:)` finds what a loop of `contains` finds, at every start and end, for
  /// members in the BMP and above it.
  @Test func firstMemberIsTheFirstPositionContainsAccepts() {
    let members = ScalarBitmap("。，\n 😀".unicodeScalars)
    let text = Array("今年3月，公司 宣布😀收入增长。\n𠀀明年再议".unicodeScalars)
    for from in 0...text.count {
      for to in from...text.count {
        let expected = (from..<to).first { members.contains(text[$0]) } ?? to
        #expect(members.firstMember(in: text, from: from, to: to) == expected)
      }
    }
    #expect(ScalarBitmap().firstMember(in: text, from: 0, to: text.count) == text.count)
  }
}

import Testing

@testable import ZhExtract

/// `String(scalars:)` (UTF-8 written straight into the string) makes the string that
/// `String(String.UnicodeScalarView(_:))` made before it: equal, with the same UTF-8.
@Suite struct StringFromScalarsTests {
  static func old(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }

  @Test(arguments: ["", "a", "OpenAI", "山姆·奥尔特曼", "é", "Ω€", "😀a", "陈思远 Chen Siyuan", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"])
  func examples(text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(Array(String(scalars: scalars).utf8) == Array(text.utf8))
    for start in 0...scalars.count {
      let slice = scalars[start...]
      #expect(String(scalars: slice) == Self.old(slice))
      #expect(Array(String(scalars: slice).utf8) == Array(Self.old(slice).utf8))
    }
  }

  @Test(arguments: [21, 22, 23])
  func randomScalarsOfEveryWidth(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let ranges: [ClosedRange<UInt32>] = [0x20...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
    for _ in 0..<300 {
      let scalars = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
        Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &generator)!, using: &generator))!
      }
      let a = Int.random(in: 0...scalars.count, using: &generator)
      let slice = scalars[a...]
      #expect(String(scalars: slice) == Self.old(slice))
      #expect(Array(String(scalars: slice).utf8) == Array(Self.old(slice).utf8))
      #expect(String(scalars: scalars) == Self.old(scalars[...]))
    }
  }
}

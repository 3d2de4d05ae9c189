import Testing
@testable import ZhExtract

/// `AnalysisText.string` encodes scalars as UTF-8 itself; it must equal the standard
/// library's own conversion for scalars of every width.
@Suite struct AnalysisTextTests {
  static func reference(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  @Test func everyWidthEqualsTheStandardLibrary() {
    let samples: [Unicode.Scalar] = ["\0", "a", "\u{7F}", "\u{80}", "é", "\u{7FF}", "\u{800}", "中", "\u{FFFD}", "\u{FFFF}", "\u{10000}", "😀", "\u{10FFFF}"]
    for a in samples {
      for b in samples {
        let scalars: [Unicode.Scalar] = [a, b, "x", a]
        #expect(AnalysisText.string(scalars[...]) == Self.reference(scalars[...]))
        #expect(AnalysisText.string(scalars[1..<3]) == Self.reference(scalars[1..<3]))
      }
    }
    #expect(AnalysisText.string([][...]) == "")
  }

  @Test func longRandomTextEqualsTheStandardLibrary() {
    var generator = SeededGenerator(seed: 3)
    let scalars: [Unicode.Scalar] = (0..<5000).map { _ in
      while true {
        let width = Int.random(in: 0..<4, using: &generator)
        let limits: [UInt32] = [0x80, 0x800, 0x10000, 0x110000]
        if let scalar = Unicode.Scalar(UInt32.random(in: 0..<limits[width], using: &generator)) { return scalar }
      }
    }
    #expect(AnalysisText.string(scalars[...]) == Self.reference(scalars[...]))
    #expect(AnalysisText.string(scalars[17..<4001]) == Self.reference(scalars[17..<4001]))
  }
}

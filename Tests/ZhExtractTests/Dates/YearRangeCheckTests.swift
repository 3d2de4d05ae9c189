import Testing
@testable import ZhExtract

/// `DateExtractor.hasYearOutsideISORange` reads a value's UTF-8 bytes; it must judge every
/// value as the `Substring` version it replaced did (kept here as the reference).
@Suite struct YearRangeCheckTests {
  static func reference(_ value: String) -> Bool {
    value.split(separator: "/").contains { part in
      if part.hasPrefix("-") || part.hasPrefix("+") { return true }
      let year = part.prefix { $0 != "-" }
      guard let number = Int(year) else { return false }
      return year.count != 4 || number < 1
    }
  }

  @Test(arguments: [
    ("2024-03-01", false), ("2024", false), ("0001-01-01", false), ("9999-12-31", false),
    ("2024-03/2024-05", false), ("XXXX-03-01", false), ("2024-XX-XX", false), ("2024-W05", false),
    ("2024-03-01T08:00/2024-03-01T10:00", false), ("/2024", false), ("2024/", false), ("", false),
    ("10000", true), ("10000-01-01", true), ("0000-12-31", true), ("0000", true), ("999-01", true),
    ("-0001-01-01", true), ("+10000", true), ("2024/10000", true), ("2024-03/0000-05", true),
    ("00000", true), ("9223372036854775808-01", false), ("２０２４-01", false), ("20x4-01", false),
  ])
  func examples(value: String, outside: Bool) {
    #expect(DateExtractor.hasYearOutsideISORange(value) == outside, "\(value)")
    #expect(Self.reference(value) == outside, "reference: \(value)")
  }

  @Test func randomValuesAgreeWithTheReference() {
    var random = SeededGenerator(seed: 17)
    let pieces = ["0", "1", "9", "2024", "0000", "10000", "-", "+", "/", "X", "W", "T", ":", "03", "年", "99999999999999999999"]
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...7, using: &random)
      let value = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
      #expect(DateExtractor.hasYearOutsideISORange(value) == Self.reference(value), "\(value)")
    }
  }
}

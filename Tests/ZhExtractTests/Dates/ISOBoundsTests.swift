import Testing
@testable import ZhExtract

/// `ISOBounds.plainDate` (the bytes of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`) gives what the general
/// reading gives, or leaves the value to it: on examples, on every day and month of some years,
/// and on random strings of the characters ISO values are made of.
@Suite struct ISOBoundsTests {
  static func same(_ a: (CivilDate, CivilDate)?, _ b: (CivilDate, CivilDate)?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let a?, let b?): a.0 == b.0 && a.1 == b.1
    default: false
    }
  }

  @Test func examples() {
    let day = ISOBounds.of("2025-12-13")
    #expect(day?.0 == CivilDate(2025, 12, 13) && day?.1 == CivilDate(2025, 12, 13))
    let month = ISOBounds.of("2024-02")
    #expect(month?.0 == CivilDate(2024, 2, 1) && month?.1 == CivilDate(2024, 2, 29))
    let year = ISOBounds.of("0999")
    #expect(year?.0 == CivilDate(999, 1, 1) && year?.1 == CivilDate(999, 12, 31))
    #expect(ISOBounds.of("0000") == nil)
    #expect(ISOBounds.of("2025-13") == nil)
    #expect(ISOBounds.of("2025-02-30") == nil)
    #expect(ISOBounds.plainDate("2025-Q4") == nil)
    #expect(ISOBounds.plainDate("2025-3") == nil)
    let quarter = ISOBounds.of("2025-Q4")
    #expect(quarter?.0 == CivilDate(2025, 10, 1) && quarter?.1 == CivilDate(2025, 12, 31))
  }

  @Test func everyDayAgreesWithTheGeneralReading() {
    for y in [1, 999, 1900, 2000, 2023, 2024, 9999] {
      let year = String(repeating: "0", count: 4 - String(y).count) + String(y)
      #expect(Self.same(ISOBounds.plainDate(year), ISOBounds.general(year)))
      for m in 0...13 {
        let month = year + "-" + (m < 10 ? "0" : "") + String(m)
        #expect(Self.same(ISOBounds.of(month), ISOBounds.general(month)), "\(month)")
        for d in 0...32 {
          let day = month + "-" + (d < 10 ? "0" : "") + String(d)
          #expect(Self.same(ISOBounds.of(day), ISOBounds.general(day)), "\(day)")
        }
      }
    }
  }

  @Test(arguments: [21, 22, 23])
  func randomValuesAgreeWithTheGeneralReading(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let alphabet: [Character] = ["0", "1", "2", "3", "9", "-", "-", "T", "Q", "H", "W", "/", ".", "X", ":", "+", "年"]
    for _ in 0..<20_000 {
      let length = [4, 7, 10, Int.random(in: 0...12, using: &generator)].randomElement(using: &generator)!
      var value = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      if Bool.random(using: &generator), length >= 4 { value = "2024" + value.dropFirst(4) }
      if let plain = ISOBounds.plainDate(value) { #expect(Self.same(plain, ISOBounds.general(value)), "\(value)") }
      #expect(Self.same(ISOBounds.of(value), ISOBounds.general(value)), "\(value)")
    }
  }
}

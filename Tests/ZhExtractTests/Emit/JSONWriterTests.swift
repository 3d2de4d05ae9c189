import Foundation
import Testing
@testable import ZhExtract

@Suite struct JSONWriterTests {
  @Test func keepsKeyOrderAndWritesNulls() {
    let value = JSONValue.object([("z", .number("1")), ("a", .null), ("m", .string("中文"))])
    #expect(JSONWriter().string(value) == #"{"z":1,"a":null,"m":"中文"}"#)
  }

  @Test func escapesControlCharactersAndQuotes() {
    #expect(JSONWriter().string(.string("a\"b\\c\nd\u{1}e\u{2028}")) == #""a\"b\\c\nd\u0001e\u2028""#)
  }

  @Test func prettyIndentsByTwoSpaces() {
    let value = JSONValue.object([("a", .array([.number("1"), .bool(true)])), ("b", .array([]))])
    #expect(JSONWriter(pretty: true).string(value) == "{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": []\n}")
  }

  @Test(arguments: [
    ("1400000000000", "1400000000000"), ("7.99", "7.99"), ("0.01", "0.01"), ("1234.56", "1234.56"),
    ("-0.5", "-0.5"), ("12000000000", "12000000000"), ("100.0", "100"), ("0", "0"),
  ])
  func writesDecimalsExactly(input: String, expected: String) {
    #expect(ExactDecimal.text(Decimal(string: input)!) == expected)
  }

  @Test func multipliesWithoutBinaryArtefacts() {
    let trillion = Decimal(string: "1.4")! * Decimal(string: "1000000000000")!
    #expect(ExactDecimal.text(trillion) == "1400000000000")
    #expect(ExactDecimal.text(Decimal(string: "47.264287")! * 100_000_000) == "4726428700")
  }
}

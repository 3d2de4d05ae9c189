import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// `JSONOutput` writes JSON straight into bytes; it must give exactly what `JSONWriter`
/// gives for the same tree, and exact decimals equal to Foundation's own digits.
@Suite struct JSONOutputTests {
  /// Writes `value` through `JSONOutput`'s structural calls (as the contract writer does).
  static func write(_ value: JSONValue, into out: inout JSONOutput) {
    switch value {
    case .null: out.null()
    case .bool(let b): out.bool(b)
    case .number(let n): out.number(text: n)
    case .string(let s): out.string(s)
    case .array(let items):
      out.beginArray()
      for item in items { out.element(); write(item, into: &out) }
      out.endArray()
    case .object(let members):
      out.beginObject()
      for (key, item) in members { out.key(key); write(item, into: &out) }
      out.endObject()
    }
  }

  static let trees: [JSONValue] = [
    .object([]), .array([]), .null, .string(""), .number("0"),
    .object([("a", .array([])), ("b", .object([])), ("c", .array([.object([])]))]),
    .object([
      ("schema", .string("zhextract/1")), ("text", .string("巨亏120亿,\u{1}\u{2028}\u{2029}“引号”…\"\\/\t\n\r\u{8}\u{C}\u{1F}\u{7F}")),
      ("amount", .number("1400000000000")), ("min", .null), ("implicit", .bool(false)), ("ok", .bool(true)),
      ("nested", .array([.object([("a", .array([.number("1"), .string("x"), .array([])]))]), .null])),
    ]),
    .array([.array([.array([])]), .object([("k", .object([("k", .object([]))]))])]),
  ]

  @Test(arguments: [false, true])
  func structureEqualsTheTreeWriter(pretty: Bool) {
    for tree in Self.trees {
      var out = JSONOutput(pretty: pretty)
      Self.write(tree, into: &out)
      #expect(out.bytes == JSONWriter(pretty: pretty).bytes(tree), "\(JSONWriter().string(tree))")
    }
  }

  /// A literal key takes the unescaped `StaticString` form (the `String` form is disfavoured);
  /// both must write the same bytes for the plain keys the writers use, compact and pretty.
  @Test(arguments: [false, true])
  func literalKeysEqualEscapedKeys(pretty: Bool) {
    var literal = JSONOutput(pretty: pretty)
    var escaped = JSONOutput(pretty: pretty)
    literal.beginObject(); escaped.beginObject()
    literal.key("amount"); literal.int(1); literal.key("entitySummary"); literal.beginArray(); literal.endArray()
    literal.key(""); literal.null()
    for name in ["amount", "entitySummary", ""] {
      escaped.key(String(name))
      if name == "amount" { escaped.int(1) } else if name.isEmpty { escaped.null() } else { escaped.beginArray(); escaped.endArray() }
    }
    literal.endObject(); escaped.endObject()
    #expect(literal.bytes == escaped.bytes)
    let tree: JSONValue = .object([("amount", .number("1")), ("entitySummary", .array([])), ("", .null)])
    #expect(literal.bytes == JSONWriter(pretty: pretty).bytes(tree))
  }

  @Test func everyASCIIByteAndTheLineSeparatorsEscapeAsTheTreeWriterEscapes() {
    var text = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
    text += "\u{2028}\u{2029}\u{2027}\u{202A}…“”—€\u{10FFFF}😀"
    for piece in [text, String(text.reversed()), "\u{2028}", "a\u{2029}", "\u{E2}"] {
      var out = JSONOutput()
      out.string(piece)
      #expect(out.bytes == JSONWriter().bytes(.string(piece)))
    }
  }

  /// Strings of every length with the characters that need escaping (and near misses: other
  /// E2 sequences, bytes just above 0x1F) at every offset, so that the eight-bytes-at-a-time
  /// skip meets them in every lane.
  @Test func randomStringsEscapeAsTheTreeWriterEscapes() {
    var generator = SeededGenerator(seed: 99)
    let pieces = ["a", "中", "\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "!", "\u{2028}", "\u{2029}", "\u{2027}", "…", "€", "😀", "\u{7F}", "\u{E2}"]
    for length in 0..<40 {
      for _ in 0..<50 {
        let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        var out = JSONOutput()
        out.string(text)
        #expect(out.bytes == JSONWriter().bytes(.string(text)), "\(text.debugDescription)")
      }
    }
  }

  @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12_000_000_000, Int.max, Int.min, -987_654_321])
  func integersAreTheirDecimalDigits(_ value: Int) {
    var out = JSONOutput()
    out.int(value)
    #expect(String(decoding: out.bytes, as: UTF8.self) == String(value))
  }

  static let decimals: [(String, String)] = [
    ("0", "0"), ("-0", "0"), ("0.000", "0"), ("1", "1"), ("-1", "-1"), ("7.99", "7.99"), ("0.01", "0.01"),
    ("1.4e12", "1400000000000"), ("3.50", "3.5"), ("1500e-2", "15"), ("-0.000123", "-0.000123"),
    ("1234567890123456789012345.5", "1234567890123456789012345.5"),
    ("340282366920938463463374607431768211455", "340282366920938463463374607431768211455"),
    ("1e30", "1000000000000000000000000000000"), ("0.1", "0.1"), ("4726428700", "4726428700"),
  ]

  @Test(arguments: decimals)
  func decimalsAreExactDigits(_ written: String, _ expected: String) throws {
    let value = try #require(Decimal(string: written))
    #expect(ExactDecimal.text(value) == expected)
    #expect(ExactDecimal.text(value) == ReferenceDecimal.text(value))
  }

  @Test func nanIsWrittenAsZero() {
    #expect(ExactDecimal.text(.nan) == "0")
  }

  @Test func thisPlatformsDecimalStorageIsRead() {
    // Otherwise every amount would go through `description` (correct, but slow).
    #expect(ExactDecimal.layout != nil)
  }

  /// Mantissas of 1 to 38 digits, exponents on both sides of the point, and products as the
  /// money stage makes them (120亿 = 120 × 10^8): the digit writer equals Foundation's
  /// `description`, trimmed.
  @Test func randomDecimalsEqualFoundationsDigits() throws {
    var generator = SeededGenerator(seed: 12)
    let factors = [Decimal(1), Decimal(10_000), Decimal(100_000_000), try #require(Decimal(string: "0.01")), Decimal(1000)]
    for _ in 0..<20_000 {
      let count = Int.random(in: 1...38, using: &generator)
      var digits = (0..<count).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
      if Bool.random(using: &generator) { digits += String(repeating: "0", count: Int.random(in: 1...4, using: &generator)) }
      let sign = Bool.random(using: &generator) ? "-" : ""
      let exponent = Int.random(in: -45...30, using: &generator)
      let text = "\(sign)\(digits.prefix(38))e\(exponent)"
      guard var value = Decimal(string: text) else { continue }
      value *= factors[Int.random(in: 0..<factors.count, using: &generator)]
      let expected = ReferenceDecimal.text(value)
      let written = ExactDecimal.text(value)
      if written != expected {
        Issue.record("\(text): \(written) ≠ \(expected)")
        return
      }
    }
  }
}

/// A small deterministic generator (SplitMix64), so that a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

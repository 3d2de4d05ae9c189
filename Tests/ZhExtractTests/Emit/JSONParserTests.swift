import Foundation
import Testing
@testable import ZhExtract

@Suite struct JSONParserTests {
  @Test func keepsKeyOrderAndExactNumbers() throws {
    let value = try JSONParser.parse(#"{"z": 12000000000.50, "a": [1, -0.01, 2e10, 3E-2], "m": null}"#)
    #expect(
      value
        == .object([
          ("z", .number("12000000000.50")),
          ("a", .array([.number("1"), .number("-0.01"), .number("2e10"), .number("3E-2")])),
          ("m", .null),
        ]))
  }

  @Test func readsLiteralsAndEmptyContainers() throws {
    let value = try JSONParser.parse(" [true, false, null, [], {}, [[]], {\"k\": {}}] ")
    #expect(value == .array([.bool(true), .bool(false), .null, .array([]), .object([]), .array([.array([])]), .object([("k", .object([]))])]))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try JSONParser.parse(#""营收\n\"120亿\"\t\\ \u4e07\u0041 \ud83d\ude00 \/""#)
    #expect(value == .string("营收\n\"120亿\"\t\\ 万A 😀 /"))
  }

  @Test func roundTripsWhatTheWriterWrites() throws {
    let original = JSONValue.object([
      ("schema", .string("zhextract/1")), ("text", .string("巨亏120亿,\u{1}\u{2028}“引号”")),
      ("amount", .number("1400000000000")), ("min", .null), ("implicit", .bool(false)),
      ("nested", .array([.object([("a", .array([]))])])),
    ])
    for pretty in [false, true] {
      let text = JSONWriter(pretty: pretty).string(original)
      #expect(try JSONParser.parse(text) == original)
    }
  }

  @Test func readsAStreamOfValues() throws {
    let text = "{\"id\": \"a\"}\n{\n  \"id\": \"b\"\n}\n\n  [1]  \n"
    var parser = JSONParser(bytes: Array(text.utf8))
    var ids: [JSONValue] = []
    while let value = try parser.next() { ids.append(value["id"] ?? value) }
    #expect(ids == [.string("a"), .string("b"), .array([.number("1")])])
  }

  @Test(arguments: [
    ("", 1, 1, "expected a JSON value"),
    ("{\"a\": 1,}", 1, 9, "expected a string key"),
    ("[1 2]", 1, 4, "expected ',' or ']'"),
    ("{\"a\" 1}", 1, 6, "expected ':'"),
    ("\n  01", 2, 3, "leading zero"),
    ("1.", 1, 3, "expected a digit after '.'"),
    ("-", 1, 2, "expected a digit"),
    ("1e+", 1, 4, "exponent"),
    ("\"abc", 1, 1, "unterminated string"),
    ("\"a\u{1}b\"", 1, 3, "raw control character U+0001"),
    ("\"\\x\"", 1, 2, "invalid escape \\x"),
    ("\"\\ud800\"", 1, 2, "unpaired surrogate \\uD800"),
    ("\"\\udc00x\"", 1, 2, "unpaired surrogate \\uDC00"),
    ("\"\\u12g4\"", 1, 2, "not a hex digit"),
    ("tru", 1, 1, "where a value should start"),
    ("nul1", 1, 1, "where a value should start"),
    ("{} {}", 1, 4, "after the value"),
    ("[1,\n2,\n", 3, 1, "unexpected end of input"),
  ])
  func reportsWhereAndWhat(text: String, line: Int, column: Int, problem: String) {
    #expect {
      _ = try JSONParser.parse(text)
    } throws: { error in
      guard let error = error as? JSONParser.Error else { return false }
      return error.line == line && error.column == column && error.problem.contains(problem)
    }
  }

  @Test func rejectsInvalidUTF8InStrings() {
    let bytes: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0x22]
    #expect(throws: JSONParser.Error.self) { _ = try JSONParser.parse(bytes) }
  }

  /// A string without escapes is read straight from the input (`plainRunEnd`), one with escapes
  /// through the buffer: both give the same strings, and the same errors at the same places, with
  /// or without an escape before the problem.
  @Test(arguments: [
    (#""""#, ""), (#""营收120亿元""#, "营收120亿元"), (#""a𝄞é中""#, "a𝄞é中"),
    (#""营收\n120亿""#, "营收\n120亿"), (#""\\x""#, "\\x"), (#""x\\""#, "x\\"), (#""\u4e07""#, "万"),
  ])
  func stringsWithAndWithoutEscapes(json: String, value: String) throws {
    #expect(try JSONParser.parse(json) == .string(value))
    #expect(try JSONParser.parse("[" + json + ", " + json + "]") == .array([.string(value), .string(value)]))
  }

  @Test func stringErrorsWithAndWithoutAnEscapeBefore() {
    func problem(_ bytes: [UInt8]) -> (Int, String)? {
      do {
        _ = try JSONParser.parse(bytes)
        return nil
      } catch {
        return (error.column, error.problem)
      }
    }
    let invalid: [UInt8] = [0x22, 0x61, 0xFF, 0x62, 0x22]
    let invalidAfterEscape: [UInt8] = [0x22, 0x5C, 0x6E, 0xFF, 0x62, 0x22]
    #expect(problem(invalid)! == (1, "string is not valid UTF-8"))
    #expect(problem(invalidAfterEscape)! == (1, "string is not valid UTF-8"))
    #expect(problem(Array("\"ab\u{1}".utf8))! == (4, "raw control character U+0001 in a string (escape it)"))
    #expect(problem(Array("\"\\nb\u{1}".utf8))! == (5, "raw control character U+0001 in a string (escape it)"))
    #expect(problem(Array("[\"abc".utf8))! == (2, "unterminated string"))
    #expect(problem(Array("[\"a\\".utf8))! == (2, "unterminated string"))
    #expect(problem(Array("[\"a\\n".utf8))! == (2, "unterminated string"))
  }

  @Test func hostileNestingIsAnErrorNotACrash() throws {
    let deep = String(repeating: "[", count: 1_000_000)
    #expect {
      _ = try JSONParser.parse(deep)
    } throws: { error in
      (error as? JSONParser.Error)?.problem == "nesting deeper than 512 levels"
    }
    let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    var value = try JSONParser.parse(allowed)
    var depth = 0
    while case .array(let items) = value, let first = items.first { value = first; depth += 1 }
    #expect(depth == 511)
    #expect(throws: JSONParser.Error.self) { _ = try JSONParser.parse(allowed, maxDepth: 100) }
  }
}

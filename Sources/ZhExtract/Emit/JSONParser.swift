/// Reads JSON (RFC 8259) into `JSONValue`, keeping object keys in their written order and
/// numbers as their exact text, so money read back is never rounded through `Double`.
///
/// The parser is iterative, with an explicit stack limited to `maxDepth` levels: hostile
/// nesting (`[[[[…`) is an error, never a stack overflow. Strings must be valid UTF-8 with no
/// raw control characters; `\u` escapes must pair their surrogates.
///
/// ```swift
/// let value = try JSONParser.parse(#"{"amount": 12000000000.50}"#)
/// value["amount"]?.numberText   // "12000000000.50"
/// ```
///
/// A buffer may hold several values separated by white space (JSON Lines, or pretty
/// documents one after another): call `next()` until it returns `nil`.
package struct JSONParser: Sendable {
  /// Why the text is not JSON, and where: 1-based line and column (in bytes), and byte offset.
  package struct Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
    package var line: Int
    package var column: Int
    package var offset: Int
    package var problem: String

    package var description: String { "line \(line), column \(column): \(problem)" }
  }

  package static let defaultMaxDepth = 512

  private let bytes: [UInt8]
  private let maxDepth: Int
  /// The byte offset where the next value (or white space before it) starts.
  package private(set) var position: Int

  package init(bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth) {
    self.bytes = bytes
    self.maxDepth = maxDepth
    position = 0
  }

  /// Exactly one value, with only white space around it.
  package static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONParser.Error) -> JSONValue {
    var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
    guard let value = try parser.next() else { throw parser.error("expected a JSON value, found the end of the input", at: parser.position) }
    parser.skipWhitespace()
    if parser.position < bytes.count { throw parser.error("unexpected \(parser.describeByte(at: parser.position)) after the value", at: parser.position) }
    return value
  }

  package static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONParser.Error) -> JSONValue {
    try parse(Array(text.utf8), maxDepth: maxDepth)
  }

  /// The next value in the buffer, or `nil` when only white space is left.
  package mutating func next() throws(JSONParser.Error) -> JSONValue? {
    skipWhitespace()
    if position >= bytes.count { return nil }
    return try parseValue()
  }

  /// The 1-based line on which byte `offset` lies.
  package func line(at offset: Int) -> Int { lineAndColumn(at: offset).line }

  // MARK: - Values

  /// An open array or object. Its elements are appended in place (`stack[top].items…`), never
  /// through a copy, so a container of n values costs O(n), not O(n²).
  private struct Container {
    var isObject: Bool
    var items: [JSONValue] = []
    var members: [(String, JSONValue)] = []
    var key = ""

    static func array() -> Container { Container(isObject: false) }
    static func object(key: String) -> Container { Container(isObject: true, key: key) }
  }

  private mutating func parseValue() throws(JSONParser.Error) -> JSONValue {
    var stack: [Container] = []
    while true {
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of input", at: position) }
      var value: JSONValue
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "["):
        guard stack.count < maxDepth else { throw error("nesting deeper than \(maxDepth) levels", at: position) }
        position += 1
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { position += 1; value = .array([]); break }
        stack.append(.array())
        continue
      case UInt8(ascii: "{"):
        guard stack.count < maxDepth else { throw error("nesting deeper than \(maxDepth) levels", at: position) }
        position += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; value = .object([]); break }
        stack.append(.object(key: try parseKey()))
        continue
      case UInt8(ascii: "\""): value = .string(try parseString())
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try parseNumber())
      case UInt8(ascii: "t"): try expectLiteral("true"); value = .bool(true)
      case UInt8(ascii: "f"): try expectLiteral("false"); value = .bool(false)
      case UInt8(ascii: "n"): try expectLiteral("null"); value = .null
      default: throw error("unexpected \(describeByte(at: position)) where a value should start", at: position)
      }
      // Attach the finished value to its container; close containers that end here.
      while true {
        guard !stack.isEmpty else { return value }
        let top = stack.count - 1
        skipWhitespace()
        if stack[top].isObject {
          stack[top].members.append((stack[top].key, value))
          if peek(UInt8(ascii: ",")) {
            position += 1
            skipWhitespace()
            stack[top].key = try parseKey()
            break
          }
          if peek(UInt8(ascii: "}")) { position += 1; value = .object(stack.removeLast().members); continue }
          throw error("expected ',' or '}' in an object, found \(describeByte(at: position))", at: position)
        } else {
          stack[top].items.append(value)
          if peek(UInt8(ascii: ",")) { position += 1; break }
          if peek(UInt8(ascii: "]")) { position += 1; value = .array(stack.removeLast().items); continue }
          throw error("expected ',' or ']' in an array, found \(describeByte(at: position))", at: position)
        }
      }
    }
  }

  /// `"key" :` — leaves the position after the colon.
  private mutating func parseKey() throws(JSONParser.Error) -> String {
    guard peek(UInt8(ascii: "\"")) else { throw error("expected a string key, found \(describeByte(at: position))", at: position) }
    let key = try parseString()
    skipWhitespace()
    guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after an object key, found \(describeByte(at: position))", at: position) }
    position += 1
    return key
  }

  // MARK: - Scalars

  private mutating func parseString() throws(JSONParser.Error) -> String {
    let start = position
    position += 1  // opening quote
    var utf8: [UInt8] = []
    var sawEscape = false
    var runStart = position
    while true {
      position = plainRunEnd(from: position)
      guard position < bytes.count else { throw error("unterminated string", at: start) }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        // A string without escapes (a record's whole text, most often) is read from the input as it is.
        if !sawEscape {
          let run = bytes[runStart..<position]
          position += 1
          guard let string = String(validating: run, as: UTF8.self) else { throw error("string is not valid UTF-8", at: start) }
          return string
        }
        utf8.append(contentsOf: bytes[runStart..<position])
        position += 1
        break
      }
      if byte < 0x20 { throw error("raw control character U+\(hex4(UInt32(byte))) in a string (escape it)", at: position) }
      // A backslash: what `plainRunEnd` stops at besides those two.
      sawEscape = true
      utf8.append(contentsOf: bytes[runStart..<position])
      let escapeStart = position
      position += 1
      guard position < bytes.count else { throw error("unterminated string", at: start) }
      let escaped = bytes[position]
      position += 1
      switch escaped {
      case UInt8(ascii: "\""): utf8.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): utf8.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "/"): utf8.append(UInt8(ascii: "/"))
      case UInt8(ascii: "b"): utf8.append(0x08)
      case UInt8(ascii: "f"): utf8.append(0x0C)
      case UInt8(ascii: "n"): utf8.append(0x0A)
      case UInt8(ascii: "r"): utf8.append(0x0D)
      case UInt8(ascii: "t"): utf8.append(0x09)
      case UInt8(ascii: "u"):
        var code = try parseHex4(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(code) {
          guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
            throw error("unpaired surrogate \\u\(hex4(code))", at: escapeStart)
          }
          position += 2
          let low = try parseHex4(escapeStart: escapeStart)
          guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate \\u\(hex4(code))", at: escapeStart) }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
          throw error("unpaired surrogate \\u\(hex4(code))", at: escapeStart)
        }
        // Valid by construction: surrogates were paired above.
        utf8.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
      default:
        throw error("invalid escape \\\(describeEscape(escaped))", at: escapeStart)
      }
      runStart = position
    }
    guard let string = String(validating: utf8, as: UTF8.self) else { throw error("string is not valid UTF-8", at: start) }
    return string
  }

  /// The first offset from `start` on that holds a quote, a backslash or a raw control character
  /// (or the end): the bytes before it are a string's own, read in one tight loop (indexing the
  /// array byte by byte cost some 17 instructions a byte of every JSON Lines record).
  private func plainRunEnd(from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { p in
      var i = start
      while i < p.count {
        let b = p[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
        i += 1
      }
      return i
    }
  }

  private mutating func parseHex4(escapeStart: Int) throws(JSONParser.Error) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("incomplete \\u escape", at: escapeStart) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("invalid \\u escape: \(describeByte(at: position)) is not a hex digit", at: escapeStart)
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, returned as written.
  private mutating func parseNumber() throws(JSONParser.Error) -> String {
    let start = position
    if peek(UInt8(ascii: "-")) { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else { throw error("invalid number: expected a digit", at: position) }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) { throw error("invalid number: leading zero", at: start) }
    } else {
      skipDigits()
    }
    if peek(UInt8(ascii: ".")) {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else { throw error("invalid number: expected a digit after '.'", at: position) }
      skipDigits()
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard position < bytes.count, isDigit(bytes[position]) else { throw error("invalid number: expected a digit in the exponent", at: position) }
      skipDigits()
    }
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  private mutating func expectLiteral(_ literal: StaticString) throws(JSONParser.Error) {
    let start = position
    let count = literal.utf8CodeUnitCount
    let expected = UnsafeBufferPointer(start: literal.utf8Start, count: count)
    guard position + count <= bytes.count, bytes[position..<position + count].elementsEqual(expected) else {
      throw error("unexpected \(describeByte(at: start)) where a value should start", at: start)
    }
    position += count
  }

  // MARK: - Bytes

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private mutating func skipDigits() {
    while position < bytes.count, isDigit(bytes[position]) { position += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

  private func describeByte(at offset: Int) -> String {
    guard offset < bytes.count else { return "the end of the input" }
    let byte = bytes[offset]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }

  private func describeEscape(_ byte: UInt8) -> String {
    byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "(byte 0x\(String(byte, radix: 16, uppercase: true)))"
  }

  private func hex4(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private func lineAndColumn(at offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return (line, offset - lineStart + 1)
  }

  private func error(_ problem: String, at offset: Int) -> JSONParser.Error {
    let (line, column) = lineAndColumn(at: offset)
    return JSONParser.Error(line: line, column: column, offset: offset, problem: problem)
  }
}

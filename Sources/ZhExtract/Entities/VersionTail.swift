/// A version number after a product name, read by pattern so that versions are never listed
/// one by one: `GPT` + `-5.1`, `Gemini` + ` 3 Pro`, `Claude Opus` + ` 4.5`, `DeepSeek` + `-V3.2`.
///
/// Grammar after the name: an optional separator (`-`, one space, or nothing), then either a
/// version (`5`, `5.1`, `4o`, `V3.2`, `R1`, `K2`: at most two digits before the first dot) or
/// one of the entity's tail words; then tail words, each after one space or `-`. A tail word
/// written with ` #` in the table takes a number after one space (`Gen #`: 骁龙 + `8 Gen 5`).
/// The tail ends at a word boundary.
package struct VersionTail: Sendable {
  package var kind: EntityKind
  package var words: [[Unicode.Scalar]]
  /// Whether each word of `words` is followed by a number (one or two digits after a space).
  package var numbered: [Bool]

  /// `words` as the table writes them: a word ending in ` #` takes a number.
  package init(kind: EntityKind, words: [[Unicode.Scalar]]) {
    self.kind = kind
    let marker = Array(" #".unicodeScalars)
    let read = words.map { $0.count > marker.count && $0.suffix(2).elementsEqual(marker) ? (Array($0.dropLast(2)), true) : ($0, false) }
      .sorted { $0.0.count > $1.0.count }
    self.words = read.map(\.0)
    self.numbered = read.map(\.1)
  }

  /// The end of the tail that follows a name ending at `end`, or `nil` when none does.
  func match(in text: [Unicode.Scalar], from end: Int, countUnits: ScalarBitmap) -> Int? {
    var best: Int?
    var i = end
    if i < text.count, text[i] == "-" || text[i] == " " { i += 1 }
    if let v = version(in: text, at: i), !(text[end] == " " && countsSomething(text, after: v, units: countUnits)) {
      best = v
      i = v
    } else if let w = word(in: text, at: i) {
      guard i > end else { return nil }  // a word needs a separator: `GeminiPro` is not a tail
      best = w
      i = w
    } else {
      return nil
    }
    while i < text.count, text[i] == " " || text[i] == "-", let w = word(in: text, at: i + 1) {
      best = w
      i = w
    }
    return best
  }

  private func boundary(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
    i >= text.count || !ScalarClass.isLatinWordScalar(text[i])
  }

  private func version(in text: [Unicode.Scalar], at start: Int) -> Int? {
    var i = start
    if i < text.count, "VRKMvrkm".unicodeScalars.contains(text[i]), i + 1 < text.count, ScalarClass.isASCIIDigit(text[i + 1]) { i += 1 }
    let digitsStart = i
    while i < text.count, ScalarClass.isASCIIDigit(text[i]) { i += 1 }
    guard i > digitsStart, i - digitsStart <= 2 else { return nil }
    while i + 1 < text.count, text[i] == ".", ScalarClass.isASCIIDigit(text[i + 1]) {
      i += 1
      while i < text.count, ScalarClass.isASCIIDigit(text[i]) { i += 1 }
    }
    if i < text.count, ScalarClass.isLower(text[i]), boundary(text, i + 1) { i += 1 }  // 4o
    return boundary(text, i) ? i : nil
  }

  /// `ChatGPT 8 亿用户`: a number after a space that counts something (`count-unit` cues) is
  /// not a version.
  private func countsSomething(_ text: [Unicode.Scalar], after i: Int, units: ScalarBitmap) -> Bool {
    var j = i
    if j < text.count, text[j] == " " { j += 1 }
    guard j < text.count else { return false }
    return units.contains(text[j]) || ScalarClass.isASCIIDigit(text[j])
  }

  private func word(in text: [Unicode.Scalar], at start: Int) -> Int? {
    for (k, w) in words.enumerated() where start + w.count <= text.count {
      guard w.indices.allSatisfy({ text[start + $0] == w[$0] }) else { continue }
      var end = start + w.count
      if numbered[k] {
        guard end + 1 < text.count, text[end] == " " else { continue }
        var i = end + 1
        while i < text.count, i - end <= 2, ScalarClass.isASCIIDigit(text[i]) { i += 1 }
        guard i > end + 1, i - end <= 3 else { continue }
        end = i
      }
      if boundary(text, end) { return end }
    }
    return nil
  }
}

/// Latin model names no table lists, right after a verb of release (`product-release` cues:
/// 发布 推出 上线 亮相, with 了 or a space between): a capitalised word with hyphenated parts
/// (Nova-X3, Nova-X3-Mini, Orion-T2) or, a coined word (a capital or a digit inside it:
/// StreamFlow), a version number after it (StreamFlow 2.4), and, in a list
/// right after one (、 和 与 及), the next name of the same shape (推出Nova-X3和Nova-T1). A plain word
/// with neither a hyphenated part holding a digit nor a version (推出Apple), a word of English with a
/// number (Version 2) and a name in capitals with a number (COVID-19) are left to other rules.
///
/// Linear: only a capital that starts a Latin word is read, and the cue is looked for right
/// before it, a bounded number of characters.
struct ReleasedProductScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .releasedProduct }
  /// The most characters of a model's name (its parts and version).
  static let maxLength = 32

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    var i = 1
    var listEnd = -1  // the end of the last product found, for a list that follows it
    while i < n {
      guard ScalarClass.isUpper(s[i]), !coverage[i], !ScalarClass.isLatinWordScalar(s[i - 1]), s[i - 1] != "-", s[i - 1] != "." else {
        i += 1
        continue
      }
      let listed = listEnd >= 0 && i - listEnd == 1 && Self.joinsList(s[listEnd])
      guard listed || releaseCueEnds(s, at: i), let end = Self.modelEnd(s, at: i, countUnits: cues.countUnits), coverage.isFree(i, end) else {
        i += 1
        continue
      }
      let surface = Array(s[i..<end])
      let name = String(scalars: surface)
      let record = EntityRecord(id: EntityID.pattern(.product, surface), kind: .product, name: name, nameZh: nil)
      found.append(FoundEntity(start: i, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      listEnd = end
      i = end
    }
  }

  private static func joinsList(_ c: Unicode.Scalar) -> Bool { c == "、" || c == "和" || c == "与" || c == "及" || c == "," || c == "，" }

  /// Whether a `product-release` cue ends right before `i` (推出|Nova, 发布了|Nova, 推出 |Nova).
  private func releaseCueEnds(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    var e = i
    if e > 0, s[e - 1] == " " { e -= 1 }
    if e > 0, s[e - 1] == "了" { e -= 1 }
    guard e > 0 else { return false }
    return cues.productReleases.longestMatch(in: s, endingAt: e, maxLength: 4) != nil
  }

  /// The end of a model name at `start`: a word of a capital and two or more letters or digits,
  /// then parts after hyphens (letters and digits), then a version after one space (2.4, 3), and
  /// nothing Latin after it; `nil` unless a hyphenated part holds a digit or a version follows.
  static func modelEnd(_ s: [Unicode.Scalar], at start: Int, countUnits: ScalarBitmap) -> Int? {
    func alnum(_ k: Int) -> Bool { k < s.count && (ScalarClass.isLatinWordScalar(s[k]) || ScalarClass.isASCIIDigit(s[k])) }
    var i = start + 1
    while alnum(i), i - start < maxLength { i += 1 }
    guard i - start >= 3 else { return nil }
    // A word with a small letter and a capital or a digit after its first letter (StreamFlow, Nova3):
    // a coined name, unlike a word of English (Version 2, Phase 3).
    let coined =
      (start + 1..<i).contains { ScalarClass.isUpper(s[$0]) || ScalarClass.isASCIIDigit(s[$0]) }
      && (start + 1..<i).contains { ScalarClass.isLower(s[$0]) }
    var digitInPart = false
    while i + 1 < s.count, s[i] == "-", alnum(i + 1), i - start < maxLength {
      var k = i + 1
      while alnum(k) { k += 1 }
      // A part of a letter and a digit (X3, R2, V1) makes a model; digits alone do so only after
      // a word that is not all capitals (COVID-19 is a disease).
      let digit = (i + 1..<k).contains { ScalarClass.isASCIIDigit(s[$0]) }
      let letter = (i + 1..<k).contains { ScalarClass.isLatinWordScalar(s[$0]) && !ScalarClass.isASCIIDigit(s[$0]) }
      if digit, letter || (start + 1..<i).contains(where: { ScalarClass.isLower(s[$0]) }) { digitInPart = true }
      i = k
    }
    var versioned = false
    if coined || digitInPart, i + 1 < s.count, s[i] == " ", ScalarClass.isASCIIDigit(s[i + 1]) {
      var k = i + 1
      while k < s.count, k - i <= 8, ScalarClass.isASCIIDigit(s[k]) || (s[k] == "." && k + 1 < s.count && ScalarClass.isASCIIDigit(s[k + 1])) { k += 1 }
      // A count or a date after the number (推出Nova 3款, 2026年) is no version.
      if !alnum(k), k >= s.count || !countUnits.contains(s[k]), k >= s.count || (s[k] != "年" && s[k] != "月" && s[k] != "日") {
        i = k
        versioned = true
      }
    }
    guard digitInPart || versioned, !alnum(i), i >= s.count || s[i] != "-" else { return nil }
    return i
  }
}

import Foundation

/// A second figure that belongs with the first: the other end of a range (37亿~40亿美元),
/// the second figure of a change (从10亿增长到130亿美元), the last figure of a list that
/// names the currency (5亿和7.5亿元).
extension MoneyCursor {
  struct Separator {
    var next: Int
    /// A prefix currency repeated before the second figure ($20-$30).
    var repeatedPrefix: CurrencyWord?
  }

  /// A range separator (`range-separators.tsv`) at `start`, after at most one space, and the
  /// place of the second figure after it.
  func rangeSeparator(at start: Int) -> Separator? {
    var k = start
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    guard k < t.count, let sep = words.rangeSeparators.longestMatch(in: t, at: k) else { return nil }
    // A word in Latin letters stands between spaces: `$3.7bn to $4bn`.
    if sep.value.isLatinWord, k == start || sep.end >= t.count || !ScalarClass.isSpace(t[sep.end]) { return nil }
    k = sep.end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    // $20-$30: the second figure may repeat a prefix currency.
    var repeated: CurrencyWord?
    if k < t.count, let p = currencies.trie.longestMatch(in: t, at: k), p.value.position.allowsPrefix,
       p.end < t.count, ScalarClass.isASCIIDigit(t[p.end]) {
      repeated = CurrencyWord(start: k, end: p.end, form: p.value)
    }
    let next = repeated?.end ?? k
    guard next < t.count, NumberScanner.canStart(t[next]), t[next] != "上", t[next] != "数", t[next] != "几" else { return nil }
    return Separator(next: next, repeatedPrefix: repeated)
  }

  /// The ranges a figure with a currency may be the first end of, best first: to a second
  /// figure with its own unit, a repeated prefix, or (after a prefix alone: $20-30) none.
  func rangeCandidates(after e: MoneyExpression, allowBare: Bool) -> [MoneyExpression] {
    guard case .single(let a) = e.shape, let sep = rangeSeparator(at: e.end),
          case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: allowBare || sep.repeatedPrefix != nil),
          b.kind != .vague, !b.bare, b.value != nil else { return [] }
    var range = e
    range.shape = .range(a, b)
    if let repeated = sep.repeatedPrefix {
      range.currency.second = repeated
      range.end = b.end
      return [range]
    }
    var candidates: [MoneyExpression] = []
    if let s = suffixCurrency(after: b.end) {
      var named = range
      named.currency.second = s
      named.end = s.end
      candidates.append(named)
    }
    if allowBare {
      range.end = b.end
      candidates.append(range)
    }
    return candidates
  }

  func followsFrom(_ start: Int) -> Bool {
    var k = start
    if k > 0, ScalarClass.isSpace(t[k - 1]) { k -= 1 }
    return k > 0 && (t[k - 1] == "从" || t[k - 1] == "由")
  }

  /// 从10亿增长到130亿美元, 由5亿降至3亿元: after 从/由, a verb ending in 到/至 (at most
  /// four code points) and a second figure with its currency; the first figure's currency
  /// and shared 万/亿 come from it.
  func changePartner(after end: Int) -> (number: ScannedNumber, currency: CurrencyWord)? {
    var k = end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    let limit = Swift.min(t.count, k + 4)
    while k < limit, t[k] != "到" && t[k] != "至" {
      guard ScalarClass.isHan(t[k]), !NumberScanner.canStart(t[k]) else { return nil }
      k += 1
    }
    guard k < limit else { return nil }
    k += 1
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    guard k < t.count, NumberScanner.canStart(t[k]),
          case .number(let b) = scanner.scan(t, at: k, allowShortEnglish: false), b.kind != .vague, !b.bare,
          let s = suffixCurrency(after: b.end) else { return nil }
    return (b, s)
  }

  static let maxListItems = 8

  /// The last figure of a list (和 与 及 或 、) that starts after `end`, and the currency
  /// after it; every figure on the way is written like the first (with or without 万/亿).
  func listEnd(after end: Int, largeUnit: Bool) -> (number: ScannedNumber, currency: CurrencyWord)? {
    var k = end
    for _ in 0..<Self.maxListItems {
      if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
      guard k + 1 < t.count, t[k] == "和" || t[k] == "与" || t[k] == "及" || t[k] == "或" || t[k] == "、" else { return nil }
      k += 1
      if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
      guard k < t.count, NumberScanner.canStart(t[k]),
            case .number(let b) = scanner.scan(t, at: k, allowShortEnglish: false), b.kind != .vague, !b.bare,
            b.hasLargeUnit == largeUnit else { return nil }
      if let s = suffixCurrency(after: b.end) { return (b, s) }
      k = b.end
    }
    return nil
  }
}

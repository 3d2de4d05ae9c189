import Foundation

/// A second figure that belongs with the first: the other end of a range (37亿~40亿美元),
/// the second figure of a change (从10亿增长到130亿美元), the last figure of a list that
/// names the currency (5亿和7.5亿元).
extension MoneyCursor {
  struct Separator {
    var next: Int
    /// 至, 到, to rather than a dash: 从A到B may be a change (see `isChange`).
    var word: Bool
    /// A prefix currency repeated before the second figure ($20-$30).
    var repeatedPrefix: CurrencyWord?
  }

  /// A range separator (`range-separators.tsv`) at `start`, after at most one space, and the
  /// place of the second figure after it.
  func rangeSeparator(at start: Int) -> Separator? {
    var k = start
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    guard k < t.count, words.rangeSeparatorStarts.contains(t[k]), let sep = words.rangeSeparators.longestMatch(in: t, at: k) else { return nil }
    // A word in Latin letters stands between spaces: `$3.7bn to $4bn`.
    if sep.value.isLatinWord, k == start || sep.end >= t.count || !ScalarClass.isSpace(t[sep.end]) { return nil }
    k = sep.end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    // $20-$30: the second figure may repeat a prefix currency.
    var repeated: CurrencyWord?
    if k < t.count, let p = currencies.trie.longestMatch(in: t, at: k), p.value.position.allowsPrefix,
      p.end < t.count, ScalarClass.isASCIIDigit(t[p.end])
    {
      repeated = CurrencyWord(start: k, end: p.end, form: p.value)
    }
    let next = repeated?.end ?? k
    guard next < t.count, NumberScanner.canStart(t[next]), t[next] != "上", t[next] != "数", t[next] != "几" else { return nil }
    return Separator(next: next, word: sep.value.kind == .word, repeatedPrefix: repeated)
  }

  /// The ranges a figure with a currency may be the first end of, best first: to a second
  /// figure with its own unit, a repeated prefix, or (after a prefix alone: $20-30) none.
  func rangeCandidates(after e: MoneyExpression, allowBare: Bool) -> [MoneyExpression] {
    guard case .single(let a) = e.shape, let sep = rangeSeparator(at: e.end),
      case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: allowBare || sep.repeatedPrefix != nil),
      b.kind != .vague, !b.bare, b.value != nil
    else { return [] }
    var range = e
    range.shape = .range(a, b)
    // 三年内从 10 亿美元到 130 亿美元，增长惊人: a change of two figures.
    if sep.word {
      var end = b.end
      if let s = suffixCurrency(after: b.end) { end = subunits(after: s).end }
      if isChange(from: e.start, to: end) { return [] }
    }
    if let repeated = sep.repeatedPrefix {
      range.currency.second = repeated
      range.end = b.end
      return [range]
    }
    var candidates: [MoneyExpression] = []
    if let s = suffixCurrency(after: b.end) {
      var named = range
      named.currency.second = s
      // 六块三到六块八毛五: the second figure's own sub-units.
      let tail = subunits(after: s)
      named.secondSubunits = tail.parts
      named.end = tail.end
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
      let s = suffixCurrency(after: b.end)
    else { return nil }
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
        b.hasLargeUnit == largeUnit
      else { return nil }
      if let s = suffixCurrency(after: b.end) { return (b, s) }
      k = b.end
    }
    return nil
  }
}

extension MoneyCursor {
  /// How far from 从A到B a change or time word may stand (in the same sentence).
  static let changeWindow = 20

  /// Whether 从A到B (A starting at `start`, B ending at `end`) is a change of two figures, not
  /// one range (`money-range-cues.tsv`): only after 从 or 由; a range word right after B (不等,
  /// 之间) keeps it one range; else a word of change (增长, 下降) or of time (年内, 去年) in the
  /// same sentence within `changeWindow` code points makes it two figures — unless a change
  /// starts right after B (从28元至35元降至19元至24元: the range the change starts from).
  func isChange(from start: Int, to end: Int) -> Bool {
    guard followsFrom(start) else { return false }
    var after = end
    if after < t.count, ScalarClass.isSpace(t[after]) { after += 1 }
    if after < t.count, t[after] == "的" || t[after] == "之" { after += 1 }
    if let cue = words.rangeCues.longestMatch(in: t, at: after), cue.value == .range { return false }
    if changeVerbFollows(end) { return false }
    var from = start
    while from > 0, ScalarClass.isSpace(t[from - 1]) || t[from - 1] == "从" || t[from - 1] == "由" { from -= 1 }
    var k = from
    while k > 0, from - k < Self.changeWindow, !Self.endsSentence(t[k - 1]) { k -= 1 }
    let high = Swift.min(t.count, end + Self.changeWindow)
    while k < high, !(k >= end && Self.endsSentence(t[k])) {
      if k == from { k = end; continue }
      if let cue = words.rangeCues.longestMatch(in: t, at: k, limit: k < from ? from : high), cue.value != .range { return true }
      k += 1
    }
    return false
  }

  /// Whether a verb ending in 到/至 (at most four code points: 降至, 增长到) and a figure follow
  /// `end` (降至19元, 升至150至180元).
  func changeVerbFollows(_ end: Int) -> Bool {
    var k = end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    let verb = k, limit = Swift.min(t.count, k + 4)
    while k < limit, t[k] != "到" && t[k] != "至" {
      guard ScalarClass.isHan(t[k]), !NumberScanner.canStart(t[k]) else { return false }
      k += 1
    }
    guard k < limit, k > verb else { return false }
    k += 1
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    return k < t.count && NumberScanner.canStart(t[k])
  }

  static func endsSentence(_ s: Unicode.Scalar) -> Bool {
    s == "。" || s == "！" || s == "？" || s == "；" || s == "!" || s == "?" || s == ";" || s == "\n"
  }
}

import Foundation

/// What stands around a figure: sub-units (5元6角, 3块5), rates (每股, /月, 年薪),
/// qualifiers (约, 超过, 左右), range separators, and the cue words of implicit money.
extension MoneyExtractor {
  func addSubunits(_ t: [Unicode.Scalar], after s: Suffix, to draft: inout Draft) {
    let n = t.count
    var k = draft.end
    var add = Decimal(0)
    var used = false
    if s.form.takesYuanSubunits {
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), t[k + 1] == "角" || t[k + 1] == "毛" {
        add += Decimal(d) / 10; k += 2; used = true
      }
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), t[k + 1] == "分", k + 2 >= n || t[k + 2] != "钟" {
        add += Decimal(d) / 100; k += 2; used = true
      }
      if !used, t[s.end - 1] == "块", k < n, let d = NumeralCharacter.digit(t[k]),
         k + 1 >= n || (NumeralCharacter.digit(t[k + 1]) == nil && !MoneyNumberScanner.isChineseNumeral(t[k + 1]) && t[k + 1] != "." && !ScalarClass.isASCIILetter(t[k + 1])) {
        add += Decimal(d) / 10; k += 1; used = true
      }
      if k < n, t[k] == "整" { k += 1 }
    } else if s.form.code == "CNY", s.end - s.start == 1, t[s.start] == "毛" {
      // 三毛五, 三毛五分: a digit after a bare 毛 is 分.
      if k < n, let d = NumeralCharacter.digit(t[k]),
         k + 1 >= n || (NumeralCharacter.digit(t[k + 1]) == nil && !MoneyNumberScanner.isChineseNumeral(t[k + 1]) && t[k + 1] != "." && !ScalarClass.isASCIILetter(t[k + 1])) {
        add += Decimal(d) / 100; k += 1; used = true
        if k < n, t[k] == "分", k + 1 >= n || t[k + 1] != "钟" {
          k += 1
          if k < n, t[k] == "钱" { k += 1 }
        }
      }
    } else if s.form.code == "USD", s.form.scale == 1, k + 1 < n, t[k] == "又" {
      if case .number(let cents) = scanner.scan(t, at: k + 1, allowShortEnglish: false), let v = cents.value,
         let c = currencies.suffix(in: t, at: cents.end), c.form.code == "USD", c.form.scale < 1 {
        add += v * c.form.scale; k = c.end; used = true
      }
    }
    guard used || k != draft.end else { return }
    draft.end = k
    if used {
      if let amount = draft.amount { draft.amount = amount + add }
      if draft.rule == .numberCurrency { draft.rule = .subunits }
    }
  }

  /// 每股 / 每月 before (in the span), /月 after (in the span), 年薪 before (outside).
  func addRate(_ t: [Unicode.Scalar], to draft: inout Draft, numberStart: Int, lastEnd: Int) {
    // /月 right after the currency; English "a month", "per year" after a space.
    var after = draft.end
    if after + 1 < t.count, ScalarClass.isSpace(t[after]), ScalarClass.isASCIILetter(t[after + 1]) { after += 1 }
    if draft.per == nil, let m = words.perSuffix.longestMatch(in: t, at: after) ?? words.perSuffix.longestMatch(in: t, at: draft.end) {
      if m.end >= t.count || !ScalarClass.isASCIILetter(t[m.end]) || !ScalarClass.isASCIILetter(t[m.end - 1]) {
        draft.per = m.value; draft.end = m.end
      }
    }
    if draft.per == nil {
      var at = draft.start
      if at > 0, ScalarClass.isSpace(t[at - 1]) { at -= 1 }
      if let m = words.perPrefix.longestMatch(in: t, endingAt: at, maxLength: words.longestPer), m.start >= lastEnd {
        draft.per = m.value; draft.start = m.start
      }
    }
    if draft.per == nil {
      var at = draft.start
      if at > 0, ScalarClass.isSpace(t[at - 1]) { at -= 1 }
      // 年薪约50万元: the rate word may stand before a qualifier.
      var q = at
      if let m = words.qualifiersBefore.longestMatch(in: t, endingAt: at, maxLength: words.longestQualifier) { q = m.start }
      // 年费为 99 元, 月薪: 8000元: a linking word may stand between.
      var linked = q
      if linked > 0, ScalarClass.isSpace(t[linked - 1]) { linked -= 1 }
      if linked > 0, t[linked - 1] == "为" || t[linked - 1] == "是" || t[linked - 1] == "达" || t[linked - 1] == ":" { linked -= 1 } else { linked = q }
      for end in [at, q, linked] {
        if let m = words.perContext.longestMatch(in: t, endingAt: end, maxLength: words.longestPer), m.start >= lastEnd {
          draft.per = m.value
          break
        }
      }
      // 每月支付 20 美元: a rate word, then a verb, then the figure.
      if draft.per == nil, let link = words.perLinks.longestMatch(in: t, endingAt: q, maxLength: words.longestPer) {
        var end = link.start
        if end > 0, ScalarClass.isSpace(t[end - 1]) { end -= 1 }
        if let m = words.perPrefix.longestMatch(in: t, endingAt: end, maxLength: words.longestPer)
            ?? words.perContext.longestMatch(in: t, endingAt: end, maxLength: words.longestPer), m.start >= lastEnd {
          draft.per = m.value
        }
      }
    }
  }

  func addQualifier(_ t: [Unicode.Scalar], to draft: inout Draft, over: Bool, lastEnd: Int) {
    var at = draft.start
    if at > 0, ScalarClass.isSpace(t[at - 1]) { at -= 1 }
    if let m = words.qualifiersBefore.longestMatch(in: t, endingAt: at, maxLength: words.longestQualifier), m.start >= lastEnd {
      draft.qualifier = m.value
    }
    if draft.qualifier == nil {
      var after = draft.end
      if after < t.count, ScalarClass.isSpace(t[after]) { after += 1 }
      if let m = words.qualifiersAfter.longestMatch(in: t, at: after) { draft.qualifier = m.value }
    }
    if draft.qualifier == nil && over { draft.qualifier = "over" }
  }

  struct Separator {
    var next: Int
    /// 至 / 到 / to rather than a dash.
    var word: Bool
    /// The code of a prefix currency repeated before the second figure ($20-$30).
    var repeatedPrefix: String?
  }

  func rangeSeparator(_ t: [Unicode.Scalar], at start: Int) -> Separator? {
    var k = start
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    guard k < t.count else { return nil }
    let word: Bool
    switch t[k] {
    case "~", "-", "–", "—", "〜", "～": word = false
    case "至", "到": word = true
    case "t" where k + 2 < t.count && t[k + 1] == "o" && ScalarClass.isSpace(t[k + 2]) && k > start:
      // $3.7bn to $4bn
      word = true; k += 1
    default: return nil
    }
    k += 1
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    // $20-$30: the second figure may repeat a prefix currency; `prefixEnd` is after it.
    var prefixEnd: Int?
    if k < t.count, let p = currencies.trie.longestMatch(in: t, at: k), p.value.position.allowsPrefix,
       p.end < t.count, ScalarClass.isASCIIDigit(t[p.end]) {
      prefixEnd = p.end
    }
    let next = prefixEnd ?? k
    guard next < t.count, MoneyNumberScanner.canStart(t[next]), t[next] != "上", t[next] != "数", t[next] != "几" else { return nil }
    return Separator(next: next, word: word, repeatedPrefix: prefixEnd == nil ? nil : currencies.trie.longestMatch(in: t, at: k)?.value.code)
  }

  /// The second figure of a range whose first already named the currency.
  func rangePartner(_ t: [Unicode.Scalar], after end: Int, currency: String, scale: Decimal, allowBare: Bool) -> (value: Decimal, end: Int)? {
    guard let sep = rangeSeparator(t, at: end) else { return nil }
    guard case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: allowBare || sep.repeatedPrefix != nil), b.kind != .vague, !b.bare, let v = b.value else { return nil }
    if let repeated = sep.repeatedPrefix {
      return repeated == currency ? (v * scale, b.end) : nil
    }
    if let s = suffixCurrency(t, after: b.end), s.form.code == currency || (isBareYuan(t, s) && Self.yuanCurrencies.contains(currency)) {
      return (v * s.form.scale, s.end)
    }
    return allowBare ? (v * scale, b.end) : nil
  }

  func followsFrom(_ t: [Unicode.Scalar], _ start: Int) -> Bool {
    var k = start
    if k > 0, ScalarClass.isSpace(t[k - 1]) { k -= 1 }
    return k > 0 && (t[k - 1] == "从" || t[k - 1] == "由")
  }

  /// 从10亿增长到130亿美元, 由5亿降至3亿元: after 从/由, a verb ending in 到/至 (at most
  /// four code points) and a second figure with its currency; the first figure's currency
  /// and shared 万/亿 come from it.
  func changePartner(_ t: [Unicode.Scalar], after end: Int) -> (number: ScannedNumber, currency: Suffix)? {
    var k = end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    let limit = Swift.min(t.count, k + 4)
    while k < limit, t[k] != "到" && t[k] != "至" {
      guard ScalarClass.isHan(t[k]), !MoneyNumberScanner.canStart(t[k]) else { return nil }
      k += 1
    }
    guard k < limit else { return nil }
    k += 1
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    guard k < t.count, MoneyNumberScanner.canStart(t[k]),
          case .number(let b) = scanner.scan(t, at: k, allowShortEnglish: false), b.kind != .vague, !b.bare,
          let s = suffixCurrency(t, after: b.end) else { return nil }
    return (b, s)
  }

  /// A count unit (人, 股, 用户, %) or an English word right after a bare number.
  func followedByCount(_ t: [Unicode.Scalar], _ end: Int) -> Bool {
    var next = end
    if next < t.count, ScalarClass.isSpace(t[next]) { next += 1 }
    guard next < t.count else { return false }
    return words.countUnits.longestMatch(in: t, at: next) != nil || ScalarClass.isASCIILetter(t[next])
  }

  /// 订单量, 投资者, 融资数: a cue word that goes on into a count or a person is no cue.
  static func countsAfterCue(_ t: [Unicode.Scalar], at end: Int) -> Bool {
    guard end < t.count else { return false }
    switch t[end] {
    case "量", "数", "率", "者", "人", "方", "次", "笔": return true
    default: return false
    }
  }

  /// A cue word right after the figure: 获得30亿融资, 5000亿估值.
  func hasCue(_ t: [Unicode.Scalar], after end: Int) -> Bool {
    var at = end
    if at < t.count, ScalarClass.isSpace(t[at]) { at += 1 }
    guard let cue = words.cues.longestMatch(in: t, at: at) else { return false }
    return !Self.countsAfterCue(t, at: cue.end)
  }

  /// A cue word within `cueWindow` scalars before `start`, in the same clause.
  func hasCue(_ t: [Unicode.Scalar], before start: Int, notBefore limit: Int) -> Bool {
    var end = start
    let floor = Swift.max(limit, start - Self.cueWindow)
    while end > floor {
      if words.cues.longestMatch(in: t, endingAt: end, maxLength: words.longestCue) != nil, !Self.countsAfterCue(t, at: end) { return true }
      if ScalarClass.endsClause(t[end - 1]) { return false }
      end -= 1
    }
    return false
  }
}

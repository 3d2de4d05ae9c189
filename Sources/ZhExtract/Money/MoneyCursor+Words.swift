/// The words around a figure: rates (每股, /月, 年薪), qualifiers (约, 超过, 左右), count
/// units that make a bare number no money (人, 股, %), and the cue words of implicit money.
extension MoneyCursor {
  /// 每股 / 每月 before (in the span), /月 after (in the span), 年薪 before (outside).
  func readRate(into e: inout MoneyExpression) {
    // /月 right after the currency; English "a month", "per year" after a space.
    var after = e.end
    if after + 1 < t.count, ScalarClass.isSpace(t[after]), ScalarClass.isASCIILetter(t[after + 1]) { after += 1 }
    if e.per == nil, let m = words.perSuffix.longestMatch(in: t, at: after) ?? words.perSuffix.longestMatch(in: t, at: e.end) {
      if m.end >= t.count || !ScalarClass.isASCIILetter(t[m.end]) || !ScalarClass.isASCIILetter(t[m.end - 1]) {
        e.per = m.value; e.end = m.end
      }
    }
    guard e.per == nil else { return }
    var at = e.start
    if at > 0, ScalarClass.isSpace(t[at - 1]) { at -= 1 }
    if let m = words.perPrefix.longestMatch(in: t, endingAt: at, maxLength: words.longestPer), m.start >= lastEnd {
      e.per = m.value; e.start = m.start
      return
    }
    // 年薪约50万元: the rate word may stand before a qualifier.
    var q = at
    if let m = words.qualifiersBefore.longestMatch(in: t, endingAt: at, maxLength: words.longestQualifier) { q = m.start }
    // 年费为 99 元, 月薪: 8000元: a linking word may stand between.
    var linked = q
    if linked > 0, ScalarClass.isSpace(t[linked - 1]) { linked -= 1 }
    if linked > 0, t[linked - 1] == "为" || t[linked - 1] == "是" || t[linked - 1] == "达" || t[linked - 1] == ":" { linked -= 1 } else { linked = q }
    for end in [at, q, linked] {
      if let m = words.perContext.longestMatch(in: t, endingAt: end, maxLength: words.longestPer), m.start >= lastEnd {
        e.per = m.value
        return
      }
    }
    // 每月支付 20 美元: a rate word, then a verb, then the figure.
    if let link = words.perLinks.longestMatch(in: t, endingAt: q, maxLength: words.longestPer) {
      var end = link.start
      if end > 0, ScalarClass.isSpace(t[end - 1]) { end -= 1 }
      if let m = words.perPrefix.longestMatch(in: t, endingAt: end, maxLength: words.longestPer)
        ?? words.perContext.longestMatch(in: t, endingAt: end, maxLength: words.longestPer), m.start >= lastEnd
      {
        e.per = m.value
      }
    }
  }

  /// A qualifier word before the expression (after the last one), else after it.
  func readQualifier(into e: inout MoneyExpression) {
    var at = e.start
    if at > 0, ScalarClass.isSpace(t[at - 1]) { at -= 1 }
    if let m = words.qualifiersBefore.longestMatch(in: t, endingAt: at, maxLength: words.longestQualifier), m.start >= lastEnd {
      e.qualifier = m.value
    }
    if e.qualifier == nil {
      var after = e.end
      if after < t.count, ScalarClass.isSpace(t[after]) { after += 1 }
      if let m = words.qualifiersAfter.longestMatch(in: t, at: after) { e.qualifier = m.value }
    }
  }

  /// A count unit (人, 股, 用户, %) or an English word right after a bare number.
  func followedByCount(_ end: Int) -> Bool {
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
  func hasCue(after end: Int) -> Bool {
    var at = end
    if at < t.count, ScalarClass.isSpace(t[at]) { at += 1 }
    guard let cue = words.cues.longestMatch(in: t, at: at) else { return false }
    return !Self.countsAfterCue(t, at: cue.end)
  }

  /// A cue word within `cueWindow` scalars before `start`, in the same clause, after the
  /// last expression.
  func hasCue(before start: Int) -> Bool {
    var end = start
    let floor = Swift.max(lastEnd, start - Self.cueWindow)
    while end > floor {
      if words.cues.longestMatch(in: t, endingAt: end, maxLength: words.longestCue) != nil, !Self.countsAfterCue(t, at: end) { return true }
      if ScalarClass.endsClause(t[end - 1]) { return false }
      end -= 1
    }
    return false
  }
}

import Foundation

/// How a scanned number becomes mentions: with its currency (before or after), as a
/// range sharing a unit, as a list sharing a currency, or as implicit money.
extension MoneyExtractor {
  struct Located {
    var finding: Finding<MoneyValue>
    var analysisEnd: Int
  }

  struct Found {
    var mentions: [Located] = []
    var resumeAt: Int
  }

  /// A figure with its currency, sub-units, rate, range partner, qualifier.
  struct Draft {
    var start: Int
    var end: Int
    var amount: Decimal?
    var min: Decimal?
    var max: Decimal?
    var currency: String?
    var per: String?
    var qualifier: String?
    var implicit = false
    var rule: MoneyRule
  }

  func figure(_ a: ScannedNumber, prefix: Prefix?, in text: AnalysisText, lastEnd: Int, yuan: DocumentYuan, warnings: inout [ExtractionWarning]) -> Found {
    let t = text.scalars
    let suffix = suffixCurrency(t, after: a.end)
    var usePrefix = prefix
    var prefixDecides = false
    if let p = prefix, let s = suffix, p.form.code != s.form.code {
      // 新台币5306亿元, 港币100元: the named currency decides over the generic 元.
      let generic = s.form.code == "CNY" && s.form.scale == 1 && s.end - s.start == 1
      if generic && p.form.scale == 1 && Self.yuanCurrencies.contains(p.form.code) { prefixDecides = true } else { usePrefix = nil }
    }
    // 一块蛋糕, 在一块, 三毛: bare 块/毛 is money only in a money context.
    if usePrefix == nil, let s = suffix, let unit = colloquialUnit(t, s), !isColloquialMoney(a, unit: unit, in: t, lastEnd: lastEnd) {
      return Found(resumeAt: s.end)
    }
    guard suffix != nil || usePrefix != nil else { return bareFigure(a, in: text, lastEnd: lastEnd, yuan: yuan, warnings: &warnings) }
    // AMD10%: a percentage after a currency-like word is no money.
    if suffix == nil, a.end < t.count, t[a.end] == "%" || t[a.end] == "‰" { return Found(resumeAt: a.end) }
    if a.bare && suffix == nil { return Found(resumeAt: a.end) }
    // 万元 right after other numerals (3百多万元 read in pieces) is never a figure of its own.
    if a.bare, a.start > 0, MoneyNumberScanner.canStart(t[a.start - 1]) || t[a.start - 1] == "多" || t[a.start - 1] == "余" {
      return Found(resumeAt: suffix?.end ?? a.end)
    }
    if a.bare, let s = suffix, s.start != a.end { return Found(resumeAt: a.end) }
    guard let form = suffix?.form ?? usePrefix?.form else { return Found(resumeAt: a.end) }
    let namedCode = prefixDecides ? (usePrefix?.form.code ?? form.code) : currencyCode(form, prefix: suffix == nil ? usePrefix : nil, in: t, at: a.start)
    var code = namedCode
    if !prefixDecides, usePrefix == nil, let s = suffix { code = yuan.resolve(code, bareYuan: isBareYuan(t, s)) }
    if a.beyondRange {
      warnings.append(beyondWarning(text, a))
      return Found(resumeAt: suffix?.end ?? a.end)
    }
    var draft = Draft(start: usePrefix?.start ?? a.start, end: suffix?.end ?? a.end, currency: code, rule: .numberCurrency)
    if a.kind == .vague {
      draft.min = a.min.map { $0 * form.scale }; draft.max = a.max.map { $0 * form.scale }; draft.rule = .vague
    } else {
      draft.amount = a.value.map { $0 * form.scale }
    }
    if a.kind == .capital { draft.rule = .capitalNumerals }
    if a.english || (suffix.map { isEnglish(t, $0.start, $0.end) } ?? false) { draft.rule = .english }
    if let s = suffix {
      addSubunits(t, after: s, to: &draft)
    }
    // 8亿元人民币, 5306元新台币: 元 then the currency's name, which decides.
    if let s = suffix, t[s.end - 1] == "元" || t[s.end - 1] == "圆", s.form.scale == 1, draft.end == s.end,
       let again = currencies.suffix(in: t, at: draft.end), again.end - draft.end >= 2, again.form.scale == 1 {
      draft.currency = again.form.code
      draft.end = again.end
    }
    addRate(t, to: &draft, numberStart: a.start, lastEnd: lastEnd)
    // A range whose first figure names the currency too (37亿美元~40亿美元).
    if a.kind != .vague, let amount = draft.amount, let range = rangePartner(t, after: draft.end, currency: code, scale: form.scale, allowBare: suffix == nil) {
      if amount < range.value {
        draft.min = amount; draft.max = range.value; draft.amount = nil; draft.end = range.end; draft.rule = .range
        addRate(t, to: &draft, numberStart: a.start, lastEnd: lastEnd)
      }
    }
    addQualifier(t, to: &draft, over: a.over, lastEnd: lastEnd)
    return Found(mentions: [located(draft, in: text)], resumeAt: draft.end)
  }

  /// A number with no currency right by it: a range whose second figure names the currency
  /// (20至30亿美元, 从380到1280元), the first of two figures of a change after 从
  /// (从10亿增长到130亿美元), or implicit money (巨亏120亿).
  func bareFigure(_ a: ScannedNumber, in text: AnalysisText, lastEnd: Int, yuan: DocumentYuan, warnings: inout [ExtractionWarning]) -> Found {
    let t = text.scalars
    if a.kind != .vague, !a.bare, let sep = rangeSeparator(t, at: a.end), sep.repeatedPrefix == nil {
      if case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare, let s = suffixCurrency(t, after: b.end),
         colloquialUnit(t, s).map({ isColloquialMoney(b, startingAt: a.start, unit: $0, in: t, lastEnd: lastEnd) }) ?? true {
        // 切成3到5块: a range in bare 块/毛 needs the money context its first figure stands in.
        if a.beyondRange || b.beyondRange {
          warnings.append(beyondWarning(text, a.beyondRange ? a : b))
          return Found(resumeAt: s.end)
        }
        if var low = a.value, let high = b.value {
          // 20至30亿美元, 二十至三十亿: the first figure shares the second's 万/亿.
          if !a.hasLargeUnit && b.hasLargeUnit && !a.english { low = ExactDecimalBuilder.shift(low, by: b.multiplierExponent) }
          if low < high {
            let code = yuan.resolve(currencyCode(s.form, prefix: nil, in: t, at: a.start), bareYuan: isBareYuan(t, s))
            let scale = s.form.scale
            // 从380到1280元 is one range, as 从380元到1280元 is (figure's range partner); only a
            // verb between (从10亿增长到130亿美元) makes it a change of two figures (below).
            var draft = Draft(start: a.start, end: s.end, min: low * scale, max: high * scale, currency: code, rule: .range)
            addRate(t, to: &draft, numberStart: a.start, lastEnd: lastEnd)
            addQualifier(t, to: &draft, over: a.over || b.over, lastEnd: lastEnd)
            return Found(mentions: [located(draft, in: text)], resumeAt: draft.end)
          }
        }
      }
    }
    // 从10亿增长到130亿美元: the first figure of a change takes the second's currency.
    if a.kind != .vague, !a.bare, !a.beyondRange, var v = a.value, followsFrom(t, a.start), let change = changePartner(t, after: a.end) {
      if !a.hasLargeUnit && change.number.hasLargeUnit && !a.english { v = ExactDecimalBuilder.shift(v, by: change.number.multiplierExponent) }
      let code = yuan.resolve(currencyCode(change.currency.form, prefix: nil, in: t, at: a.start), bareYuan: isBareYuan(t, change.currency))
      var draft = Draft(start: a.start, end: a.end, amount: v * change.currency.form.scale, currency: code, rule: .numberCurrency)
      addQualifier(t, to: &draft, over: a.over, lastEnd: lastEnd)
      return Found(mentions: [located(draft, in: text)], resumeAt: a.end)
    }
    // 分别为5亿和7.5亿元, 10、20和30美元: a figure in a list shares the currency of the
    // list's last figure (at most `maxListItems` figures on).
    if a.kind != .vague, !a.bare, !a.beyondRange, let v = a.value, let s = listCurrency(t, after: a.end, largeUnit: a.hasLargeUnit) {
      let code = yuan.resolve(currencyCode(s.form, prefix: nil, in: t, at: a.start), bareYuan: isBareYuan(t, s))
      var draft = Draft(start: a.start, end: a.end, amount: v * s.form.scale, currency: code, rule: .numberCurrency)
      addQualifier(t, to: &draft, over: a.over, lastEnd: lastEnd)
      return Found(mentions: [located(draft, in: text)], resumeAt: a.end)
    }
    // Implicit money: a bare amount in 万/亿 after a cue word, not followed by a count unit;
    // or two of them as a range (亏损10亿至20亿).
    if a.kind != .vague, !a.bare, !a.beyondRange, let low = a.value, let sep = rangeSeparator(t, at: a.end), sep.repeatedPrefix == nil,
       case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare, !b.beyondRange,
       b.hasLargeUnit, let high = b.value, !followedByCount(t, b.end) {
      let shared = !a.hasLargeUnit && !a.english ? ExactDecimalBuilder.shift(low, by: b.multiplierExponent) : low
      if shared < high {
        var draft = Draft(start: a.start, end: b.end, min: shared, max: high, currency: nil, implicit: true, rule: .implicit)
        addQualifier(t, to: &draft, over: a.over || b.over, lastEnd: lastEnd)
        if hasCue(t, before: draft.start, notBefore: lastEnd) {
          return Found(mentions: [located(draft, in: text)], resumeAt: b.end)
        }
      }
    }
    // 千亿融资计划, 百亿补贴: a figure without digits is money only with a cue glued after it.
    if a.bare, a.hasLargeUnit, let v = a.value, v >= 1_000_000, a.end < t.count, let cue = words.cues.longestMatch(in: t, at: a.end),
       !Self.countsAfterCue(t, at: cue.end), a.start == 0 || !MoneyNumberScanner.canStart(t[a.start - 1]) {
      var draft = Draft(start: a.start, end: a.end, amount: v, currency: nil, implicit: true, rule: .implicit)
      addQualifier(t, to: &draft, over: false, lastEnd: lastEnd)
      return Found(mentions: [located(draft, in: text)], resumeAt: a.end)
    }
    guard a.hasLargeUnit, !a.bare, !a.beyondRange, a.value != nil || a.kind == .vague else { return Found(resumeAt: a.end) }
    if followedByCount(t, a.end) { return Found(resumeAt: a.end) }
    var draft = Draft(start: a.start, end: a.end, amount: a.value, min: a.min, max: a.max, currency: nil, implicit: true, rule: .implicit)
    guard hasCue(t, before: draft.start, notBefore: lastEnd) || hasCue(t, after: a.end) else { return Found(resumeAt: a.end) }
    addRate(t, to: &draft, numberStart: a.start, lastEnd: lastEnd)
    addQualifier(t, to: &draft, over: a.over, lastEnd: lastEnd)
    return Found(mentions: [located(draft, in: text)], resumeAt: draft.end)
  }

  static let maxListItems = 8

  /// The currency after the last figure of a list (和 与 及 或 、) that starts after `end`.
  func listCurrency(_ t: [Unicode.Scalar], after end: Int, largeUnit: Bool) -> Suffix? {
    var k = end
    for _ in 0..<Self.maxListItems {
      if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
      guard k + 1 < t.count, t[k] == "和" || t[k] == "与" || t[k] == "及" || t[k] == "或" || t[k] == "、" else { return nil }
      k += 1
      if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
      guard k < t.count, MoneyNumberScanner.canStart(t[k]),
            case .number(let b) = scanner.scan(t, at: k, allowShortEnglish: false), b.kind != .vague, !b.bare,
            b.hasLargeUnit == largeUnit else { return nil }
      if let s = suffixCurrency(t, after: b.end) { return s }
      k = b.end
    }
    return nil
  }

  func located(_ d: Draft, in text: AnalysisText) -> Located {
    let span = text.locate(TextSpan(d.start, d.end))
    return Located(
      finding: Finding(span: span, value: MoneyValue(
        amount: d.amount, min: d.min, max: d.max, currency: d.currency, per: d.per,
        qualifier: d.qualifier, implicit: d.implicit, rule: d.rule)),
      analysisEnd: d.end)
  }

  func beyondWarning(_ text: AnalysisText, _ a: ScannedNumber) -> ExtractionWarning {
    let at = text.locate(TextSpan(a.start, a.start)).start
    return ExtractionWarning(
      code: "money.beyond-decimal",
      message: "code point \(at): the figure '\(text.normalized(TextSpan(a.start, Swift.min(a.end, a.start + 40))))' needs more than 38 significant digits or exceeds 10^38; not reported as money")
  }

  /// `¥` is yen when the text around speaks of 日元/日本/円.
  func currencyCode(_ form: CurrencyForm, prefix: Prefix?, in t: [Unicode.Scalar], at position: Int) -> String {
    guard let prefix, t[prefix.start] == "¥", prefix.start + 1 == position || prefix.start + 2 == position else { return form.code }
    let low = Swift.max(0, position - 40), high = Swift.min(t.count, position + 40)
    var k = low
    while k + 1 < high {
      if t[k] == "円" || (t[k] == "日" && (t[k + 1] == "元" || t[k + 1] == "本" || t[k + 1] == "圆")) { return "JPY" }
      k += 1
    }
    return form.code
  }

  func isEnglish(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    t[start..<end].contains { ScalarClass.isASCIILetter($0) } && !(end - start == 3 && t[start..<end].allSatisfy { $0.properties.isUppercase })
  }

  /// 元 5角 6分, 3块5, 整; 2美元又3美分.

  /// `块` or `毛` when the currency after a figure is that bare colloquial unit (not 块钱).
  func colloquialUnit(_ t: [Unicode.Scalar], _ s: Suffix) -> Unicode.Scalar? {
    guard s.end - s.start == 1, t[s.start] == "块" || t[s.start] == "毛" else { return nil }
    return t[s.start]
  }

  static let colloquialCueWindow = 4

  /// Whether a figure in bare 块/毛 is money (see money-colloquial-cues.tsv): a sub-unit
  /// follows (3块5, 三毛五), a price cue stands at most `colloquialCueWindow` code points
  /// before it in the clause (花了20块), or, for 块, the number is at least 10 and no piece
  /// word stands right before it (200块, not 切成10块).
  func isColloquialMoney(_ a: ScannedNumber, startingAt start: Int? = nil, unit: Unicode.Scalar, in t: [Unicode.Scalar], lastEnd: Int) -> Bool {
    var a = a
    if let start { a.start = start }
    var k = a.end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    k += 1  // the unit
    if k < t.count, NumeralCharacter.digit(t[k]) != nil { return true }
    var end = a.start
    if end > 0, ScalarClass.isSpace(t[end - 1]) { end -= 1 }
    let piece = words.pieceWords.longestMatch(in: t, endingAt: end, maxLength: words.longestPieceWord) != nil
    let floor = Swift.max(lastEnd, a.start - Self.colloquialCueWindow - words.longestColloquialCue)
    var cueEnd = end
    while cueEnd > floor, end - cueEnd <= Self.colloquialCueWindow {
      if words.colloquialCues.longestMatch(in: t, endingAt: cueEnd, maxLength: words.longestColloquialCue) != nil { return !piece || cueEnd == end }
      if ScalarClass.endsClause(t[cueEnd - 1]) { break }
      cueEnd -= 1
    }
    guard unit == "块", !piece else { return false }
    let low = a.value ?? a.min
    return low.map { $0 >= 10 } ?? false
  }
}

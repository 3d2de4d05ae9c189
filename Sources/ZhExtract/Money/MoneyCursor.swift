import Foundation

/// Reads one document's analysis text left to right and produces `MoneyExpression`s.
///
/// At each place a number may start (a digit, a Chinese numeral, 数/几/上), the number
/// scanner reads the number; the currency lexicon then looks for a currency after it (美元,
/// 元, dollars) or before it ($, US$, 人民币); around that figure the word lists add rate
/// units (每股, /月), qualifiers (约, 超过, 左右), a second figure (a range, a change, a list)
/// and, for bare amounts, the cue words that make them money (巨亏120亿). Every step reads a
/// bounded number of scalars around the figure, so the pass is linear in the text.
///
/// The cursor decides what the text says; `MoneyResolver` works out the value (it is asked
/// here only to tell whether a candidate range holds: rising bounds, one currency).
struct MoneyCursor {
  let text: AnalysisText
  let t: [Unicode.Scalar]
  let currencies: CurrencyLexicon
  let words: MoneyWordLists
  let scanner: NumberScanner
  /// Scalars at which the scan stops to look: numerals and the first scalars of false positives.
  let starts: ScalarBitmap
  let yuan: DocumentYuan
  /// The end of the last expression: a word before a figure that stands before this belongs
  /// to the figure before (no qualifier or rate word is read across it).
  var lastEnd = 0
  var warnings: [ExtractionWarning] = []

  /// How far before a bare amount a cue word may stand (巨亏120亿, 营收增长至80亿).
  static let cueWindow = 8

  init(_ text: AnalysisText, currencies: CurrencyLexicon, words: MoneyWordLists, scanner: NumberScanner, starts: ScalarBitmap) {
    self.text = text
    t = text.scalars
    self.currencies = currencies
    self.words = words
    self.scanner = scanner
    self.starts = starts
    yuan = DocumentYuan(text, words: words)
  }

  /// What `read(at:)` found at a position and where the scan goes on.
  struct Step {
    var expressions: [MoneyExpression] = []
    var resume: Int
  }

  /// Every expression of the text, in order.
  mutating func expressions() -> [MoneyExpression] {
    let n = t.count
    var found: [MoneyExpression] = []
    var i = 0
    while i < n {
      let s = t[i]
      guard starts.contains(s) else { i += 1; continue }
      if words.falseWordStarts.contains(s), let word = words.falseWords.longestMatch(in: t, at: i) {
        i = word.end
        continue
      }
      guard NumberScanner.canStart(s) else { i += 1; continue }
      let step = read(at: i)
      found += step.expressions
      if let last = step.expressions.last { lastEnd = last.end }
      i = Swift.max(step.resume, i + 1)
    }
    return found
  }

  /// The number at `i` (a position where one may start) and what it makes.
  mutating func read(at i: Int) -> Step {
    let n = t.count
    let s = t[i]
    let prefix = prefixCurrency(before: i)
    if ScalarClass.isASCIIDigit(s), i > 0, prefix?.glued != true {
      let p = t[i - 1]
      if ScalarClass.isASCIILetter(p) || p == "_" || p == "." || p == "/" || p == "#" || p == "@" {
        // Inside an ASCII token (GPT4, A2021…, v1.2, a URL): skip the token.
        var k = i
        while k < n, ScalarClass.isASCIIDigit(t[k]) || ScalarClass.isASCIILetter(t[k]) || t[k] == "." || t[k] == "_" { k += 1 }
        return Step(resume: k)
      }
    }
    switch scanner.scan(t, at: i, allowShortEnglish: prefix != nil, isGroupComma: { [text] in Self.mayBeGroupComma(text, at: $0) }) {
    case .none:
      // A version number (1.2.3) is no figure, nor is any tail of it.
      var k = i + 1
      if ScalarClass.isASCIIDigit(s) {
        while k < n, ScalarClass.isASCIIDigit(t[k]) || t[k] == "." || t[k] == "," { k += 1 }
      }
      return Step(resume: k)
    case .tooLong(let start, let end, let followedByMoney):
      let place = text.locate(TextSpan(start, end))
      let at = place.start
      warnings.append(ExtractionWarning(
        code: followedByMoney ? "money.beyond-decimal" : "money.number-too-long",
        message: followedByMoney
          ? "code point \(at): a figure of \(end - start) numerals is beyond exact decimal range; not reported as money"
          : "code point \(at): a run of \(end - start) numerals is too long to be a figure; skipped",
        start: place.start, end: place.end))
      // Its multipliers belong to it: 1000…0亿元 must not leave 亿元 behind as a figure.
      var k = end
      if k < n, ScalarClass.isSpace(t[k]) { k += 1 }
      while k < n, NumberScanner.isChineseNumeral(t[k]) || t[k] == "多" || t[k] == "余" { k += 1 }
      return Step(resume: k)
    case .number(let number):
      if number.end < n, t[number.end] == "兆" { return zhao(number) }
      return figure(number, prefix: prefix?.word)
    }
  }

  /// 兆 is 10^6 on the mainland today, 10^12 in Taiwan and Japan: say so, report nothing.
  mutating func zhao(_ number: ScannedNumber) -> Step {
    var k = number.end + 1
    while k < t.count, NumberScanner.isChineseNumeral(t[k]) || ScalarClass.isASCIIDigit(t[k]) || t[k] == "." { k += 1 }
    guard let currency = suffixCurrency(after: k) else {
      return Step(resume: k)  // a bare number in 兆: not money, nothing to say
    }
    let place = text.locate(TextSpan(number.start, currency.end))
    let at = place.start
    warnings.append(ExtractionWarning(
      code: "money.ambiguous-unit",
      message: "code point \(at): '\(text.normalized(TextSpan(number.start, Swift.min(currency.end, number.start + 40))))' uses 兆 (10^6 or 10^12 depending on region); not reported as money",
      start: place.start, end: place.end))
    return Step(resume: currency.end)
  }

  /// A figure with its currency — after it, before it, or both — with sub-units, rate,
  /// a range partner and a qualifier; without one, `bareFigure`.
  mutating func figure(_ a: ScannedNumber, prefix: CurrencyWord?) -> Step {
    let suffix = suffixCurrency(after: a.end)
    var prefix = prefix
    if let p = prefix, let s = suffix, p.form.code != s.form.code {
      // 新台币5306亿元, 港币100元: the named currency decides over the generic 元; any other
      // pair disagrees, and the unit after the figure wins.
      let generic = s.form.code == "CNY" && s.form.scale == 1 && s.end - s.start == 1
      if !(generic && p.form.scale == 1 && MoneyResolver.yuanCurrencies.contains(p.form.code)) { prefix = nil }
    }
    // 一块蛋糕, 在一块, 三毛: bare 块/毛 is money only in a money context.
    if prefix == nil, let s = suffix, let unit = colloquialUnit(s), !isColloquialMoney(a, unit: unit) {
      return Step(resume: s.end)
    }
    guard suffix != nil || prefix != nil else { return bareFigure(a) }
    // AMD10%: a percentage after a currency-like word is no money.
    if suffix == nil, a.end < t.count, t[a.end] == "%" || t[a.end] == "‰" { return Step(resume: a.end) }
    if a.bare && suffix == nil { return Step(resume: a.end) }
    // 万元 right after other numerals (3百多万元 read in pieces) is never a figure of its own.
    if a.bare, a.start > 0, NumberScanner.canStart(t[a.start - 1]) || t[a.start - 1] == "多" || t[a.start - 1] == "余" {
      return Step(resume: suffix?.end ?? a.end)
    }
    if a.bare, let s = suffix, s.start != a.end { return Step(resume: a.end) }
    if a.beyondRange {
      warnings.append(beyondWarning(a))
      return Step(resume: suffix?.end ?? a.end)
    }
    var e = MoneyExpression(start: prefix?.start ?? a.start, end: suffix?.end ?? a.end, shape: .single(a))
    e.currency.prefix = prefix
    e.currency.unit = suffix
    if let s = suffix {
      readSubunits(after: s, into: &e)
      // 8亿元人民币, 5306元新台币: 元 then the currency's name, which decides.
      if t[s.end - 1] == "元" || t[s.end - 1] == "圆", s.form.scale == 1, e.end == s.end,
         let name = currencies.suffix(in: t, at: e.end), name.end - e.end >= 2, name.form.scale == 1 {
        e.currency.trailingName = CurrencyWord(start: e.end, end: name.end, form: name.form)
        e.end = name.end
      }
    }
    readRate(into: &e)
    // A range whose first figure names the currency too (37亿美元~40亿美元).
    if a.kind != .vague, a.value != nil {
      for candidate in rangeCandidates(after: e, allowBare: suffix == nil) {
        guard case .success = MoneyResolver.resolve(candidate, documentYuan: { yuan.code }) else { continue }
        e = candidate
        readRate(into: &e)
        break
      }
    }
    readQualifier(into: &e)
    return Step(expressions: [e], resume: e.end)
  }

  /// A number with no currency right by it: a range whose second figure names the currency
  /// (20至30亿美元, 从380到1280元), the first of two figures of a change after 从
  /// (从10亿增长到130亿美元), an item of a list (5亿和7.5亿元), or implicit money (巨亏120亿).
  mutating func bareFigure(_ a: ScannedNumber) -> Step {
    let exact = a.kind != .vague && !a.bare
    if exact, let sep = rangeSeparator(at: a.end), sep.repeatedPrefix == nil,
       case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare,
       let s = suffixCurrency(after: b.end),
       // 切成3到5块: a range in bare 块/毛 needs the money context its first figure stands in.
       colloquialUnit(s).map({ isColloquialMoney(b, startingAt: a.start, unit: $0) }) ?? true {
      if a.beyondRange || b.beyondRange {
        warnings.append(beyondWarning(a.beyondRange ? a : b))
        return Step(resume: s.end)
      }
      // 从380到1280元 is one range, as 从380元到1280元 is (a figure's range partner); only a
      // verb between (从10亿增长到130亿美元) makes it a change of two figures (below).
      var e = MoneyExpression(start: a.start, end: s.end, shape: .range(a, b))
      e.currency.second = s
      if case .success = MoneyResolver.resolve(e, documentYuan: { yuan.code }) {
        readRate(into: &e)
        readQualifier(into: &e)
        return Step(expressions: [e], resume: e.end)
      }
    }
    // 从10亿增长到130亿美元: the first figure of a change takes the second's currency.
    if exact, !a.beyondRange, a.value != nil, followsFrom(a.start), let change = changePartner(after: a.end) {
      var e = MoneyExpression(start: a.start, end: a.end, shape: .borrowing(a, from: change.number))
      e.currency.second = change.currency
      readQualifier(into: &e)
      return Step(expressions: [e], resume: a.end)
    }
    // 分别为5亿和7.5亿元, 10、20和30美元: a figure in a list shares the currency of the
    // list's last figure (at most `maxListItems` figures on).
    if exact, !a.beyondRange, a.value != nil, let last = listEnd(after: a.end, largeUnit: a.hasLargeUnit) {
      var e = MoneyExpression(start: a.start, end: a.end, shape: .borrowing(a, from: last.number))
      e.currency.second = last.currency
      readQualifier(into: &e)
      return Step(expressions: [e], resume: a.end)
    }
    // Implicit money: a bare amount in 万/亿 after a cue word, not followed by a count unit;
    // or two of them as a range (亏损10亿至20亿).
    if exact, !a.beyondRange, a.value != nil, let sep = rangeSeparator(at: a.end), sep.repeatedPrefix == nil,
       case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare, !b.beyondRange,
       b.hasLargeUnit, b.value != nil, !followedByCount(b.end) {
      var e = MoneyExpression(start: a.start, end: b.end, shape: .range(a, b), implicit: true)
      if case .success = MoneyResolver.resolve(e, documentYuan: { yuan.code }), hasCue(before: e.start) {
        readQualifier(into: &e)
        return Step(expressions: [e], resume: b.end)
      }
    }
    // 千亿融资计划, 百亿补贴: a figure without digits is money only with a cue glued after it.
    if a.bare, a.hasLargeUnit, let v = a.value, v >= 1_000_000, a.end < t.count, let cue = words.cues.longestMatch(in: t, at: a.end),
       !Self.countsAfterCue(t, at: cue.end), a.start == 0 || !NumberScanner.canStart(t[a.start - 1]) {
      var e = MoneyExpression(start: a.start, end: a.end, shape: .single(a), implicit: true)
      readQualifier(into: &e)
      return Step(expressions: [e], resume: a.end)
    }
    guard a.hasLargeUnit, !a.bare, !a.beyondRange, a.value != nil || a.kind == .vague else { return Step(resume: a.end) }
    if followedByCount(a.end) { return Step(resume: a.end) }
    guard hasCue(before: a.start) || hasCue(after: a.end) else { return Step(resume: a.end) }
    var e = MoneyExpression(start: a.start, end: a.end, shape: .single(a), implicit: true)
    readRate(into: &e)
    readQualifier(into: &e)
    return Step(expressions: [e], resume: e.end)
  }

  func beyondWarning(_ a: ScannedNumber) -> ExtractionWarning {
    let place = text.locate(TextSpan(a.start, a.end))
    let at = place.start
    return ExtractionWarning(
      code: "money.beyond-decimal",
      message: "code point \(at): the figure '\(text.normalized(TextSpan(a.start, Swift.min(a.end, a.start + 40))))' needs more than 38 significant digits or exceeds 10^38; not reported as money",
      start: place.start, end: place.end)
  }

  /// Whether the `,` at analysis position `k` can be a thousands separator: an ASCII comma
  /// in the original, or a full-width `，` between full-width digits (５，０００); not a
  /// Chinese `，` after ASCII digits that NFKC folded ($20，300美圆 lists two prices).
  static func mayBeGroupComma(_ text: AnalysisText, at k: Int) -> Bool {
    let original = text.offsetMap.originalSpan(TextSpan(k, k + 1))
    guard original.length == 1, original.start < text.original.count else { return true }
    let o = text.original
    guard o[original.start] == "，" else { return true }
    func fullWidthDigit(_ i: Int) -> Bool { i >= 0 && i < o.count && o[i].value >= 0xFF10 && o[i].value <= 0xFF19 }
    return fullWidthDigit(original.start - 1) && fullWidthDigit(original.start + 1)
  }
}

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
  let document: MoneyDocument
  /// The end of the last expression: a word before a figure that stands before this belongs
  /// to the figure before (no qualifier or rate word is read across it).
  var lastEnd = 0
  var warnings: [ExtractionWarning] = []
  /// The expressions read since they were last handed on (at most the few of one figure).
  var found: [MoneyExpression] = []

  /// How far before a bare amount a cue word may stand (巨亏120亿, 营收增长至80亿).
  static let cueWindow = 8

  init(_ text: AnalysisText, currencies: CurrencyLexicon, words: MoneyWordLists, scanner: NumberScanner, starts: ScalarBitmap) {
    self.text = text
    t = text.scalars
    self.currencies = currencies
    self.words = words
    self.scanner = scanner
    self.starts = starts
    document = MoneyDocument(text, words: words)
  }

  /// Keeps `e` (unless its 兆 does not hold) and says where the scan goes on.
  mutating func emit(_ e: MoneyExpression, resume: Int) -> Int {
    if zhaoHolds(in: e) {
      found.append(e)
      lastEnd = e.end
    }
    return resume
  }

  /// Every expression of the text, in order, each handed to `consume` as soon as it is read:
  /// none is kept (a document of a million figures once held them all, several hundred bytes
  /// each, beside their findings and mentions).
  mutating func scan(_ consume: (MoneyExpression) -> Void) {
    let n = t.count
    found = []
    var i = 0
    while i < n {
      let s = t[i]
      guard starts.contains(s) else { i += 1; continue }
      if words.falseWordStarts.contains(s), let word = words.falseWords.longestMatch(in: t, at: i) {
        i = word.end
        continue
      }
      guard NumberScanner.canStart(s) else { i += 1; continue }
      i = Swift.max(read(at: i), i + 1)
      if !found.isEmpty {
        for e in found { consume(e) }
        found.removeAll(keepingCapacity: true)
      }
    }
  }

  /// The number at `i` (a position where one may start) and what it makes; where to go on.
  mutating func read(at i: Int) -> Int {
    let n = t.count
    let s = t[i]
    let prefix = prefixCurrency(before: i)
    if ScalarClass.isASCIIDigit(s), i > 0, prefix?.glued != true {
      let p = t[i - 1]
      if ScalarClass.isASCIILetter(p) || p == "_" || p == "." || p == "/" || p == "#" || p == "@" {
        // Inside an ASCII token (GPT4, A2021…, v1.2, a URL): skip the token.
        var k = i
        while k < n, ScalarClass.isASCIIDigit(t[k]) || ScalarClass.isASCIILetter(t[k]) || t[k] == "." || t[k] == "_" { k += 1 }
        return k
      }
    }
    switch number(at: i, allowShortEnglish: prefix != nil) {
    case .none:
      // A version number (1.2.3) is no figure, nor is any tail of it.
      var k = i + 1
      if ScalarClass.isASCIIDigit(s) {
        while k < n, ScalarClass.isASCIIDigit(t[k]) || t[k] == "." || t[k] == "," { k += 1 }
      }
      return k
    case .tooLong(let start, let end, let followedByMoney):
      let place = text.locate(TextSpan(start, end))
      let at = place.start
      warnings.append(
        ExtractionWarning(
          code: followedByMoney ? "money.beyond-decimal" : "money.number-too-long",
          message: followedByMoney
            ? "code point \(at): a figure of \(end - start) numerals is beyond exact decimal range; not reported as money"
            : "code point \(at): a run of \(end - start) numerals is too long to be a figure; skipped",
          start: place.start, end: place.end))
      // Its multipliers belong to it: 1000…0亿元 must not leave 亿元 behind as a figure.
      var k = end
      if k < n, ScalarClass.isSpace(t[k]) { k += 1 }
      while k < n, NumberScanner.isChineseNumeral(t[k]) || t[k] == "多" || t[k] == "余" { k += 1 }
      return k
    case .number(let number):
      return figure(number, prefix: prefix?.word)
    }
  }

  /// The number scanner's reading at `i`, with this text's group commas and middle dots. Not
  /// `mutating`: its closures read `text` and `document` of a borrowed cursor, where inside
  /// `read(at:)` they held the cursor itself, and the scanner (its tries and tables) was copied
  /// at every number to call it (about 500 instructions each, 8 M a megabyte).
  func number(at i: Int, allowShortEnglish: Bool) -> NumberScan {
    scanner.scan(
      t, at: i, allowShortEnglish: allowShortEnglish, isGroupComma: { Self.mayBeGroupComma(text, at: $0) },
      middleDotIsDecimal: { document.middleDotIsDecimal })
  }

  /// Whether the 兆 of an expression's figures is 10^12, as in Taiwan, Hong Kong and Japan
  /// (on the mainland it is also 10^6, and no one can tell which): yes when the currency is
  /// the yen, the won, or a dollar of Taiwan, Hong Kong or Macau, when the document is
  /// written in Traditional script, or when 亿 follows 兆 in the figure (49兆9592亿: only
  /// 10^12 is above 亿). Otherwise a figure with a currency says so in a warning, one without
  /// is left alone, and neither is reported.
  mutating func zhaoHolds(in e: MoneyExpression) -> Bool {
    guard e.hasZhao else { return true }
    func yiAfterZhao(_ n: ScannedNumber) -> Bool { n.zhao && t[n.start..<n.end].contains("亿") }
    switch e.shape {
    case .single(let a): if yiAfterZhao(a) { return true }
    case .range(let a, let b), .borrowing(let a, let b): if yiAfterZhao(a) || yiAfterZhao(b) { return true }
    }
    if document.isTraditional { return true }
    let code = e.implicit ? nil : MoneyResolver.currency(e.currency, documentYuan: { document.yuan })
    if let code, Self.zhaoCurrencies.contains(code) { return true }
    if code != nil {
      let place = text.locate(TextSpan(e.start, e.end))
      let at = place.start
      warnings.append(
        ExtractionWarning(
          code: "money.ambiguous-unit",
          message:
            "code point \(at): '\(text.normalized(TextSpan(e.start, Swift.min(e.end, e.start + 40))))' uses 兆 (10^6 or 10^12 depending on region); not "
            + "reported as money",
          start: place.start, end: place.end))
    }
    return false
  }

  /// Currencies whose 兆 is 10^12 (see `zhaoHolds`).
  static let zhaoCurrencies: Set<String> = ["JPY", "KRW", "TWD", "HKD", "MOP"]

  /// A figure with its currency — after it, before it, or both — with sub-units, rate,
  /// a range partner and a qualifier; without one, `bareFigure`.
  mutating func figure(_ a: ScannedNumber, prefix: CurrencyWord?) -> Int {
    var a = a
    var suffix = suffixCurrency(after: a.end)
    // 15万余元, 1万多元: 余/多 between the multiplier and the unit.
    if suffix == nil, a.hasMultiplier, !a.over, a.end < t.count, t[a.end] == "余" || t[a.end] == "多",
      let s = suffixCurrency(after: a.end + 1), s.start == a.end + 1
    {
      a.over = true
      a.end += 1
      suffix = s
    }
    // 港幣五個二毫: after the name of a currency written 元, 个 is its unit (Cantonese 個).
    if suffix == nil, let p = prefix, p.form.fraction == nil, MoneyResolver.yuanCurrencies.contains(p.form.code), a.kind != .vague,
      a.end < t.count, t[a.end] == "个",
      a.end + 1 >= t.count || !ScalarClass.isHan(t[a.end + 1]) || NumeralCharacter.chineseDigit(t[a.end + 1]) != nil || t[a.end + 1] == "半"
    {
      var form = CurrencyForm(code: "CNY", scale: 1, position: .colloquial)
      form.subunits = currencies.yuanSubunitsIndex
      suffix = CurrencyWord(start: a.end, end: a.end + 1, form: form, bareYuan: true)
    }
    var prefix = prefix
    if let p = prefix, let s = suffix, p.form.code != s.form.code {
      // 新台币5306亿元, 港币100元: the named currency decides over the generic 元; any other
      // pair disagrees, and the unit after the figure wins.
      let generic = s.form.code == "CNY" && s.form.fraction == nil && s.end - s.start == 1
      if !(generic && p.form.fraction == nil && MoneyResolver.yuanCurrencies.contains(p.form.code)) { prefix = nil }
    }
    // 一块蛋糕, 在一块, 三毛: bare 块/蚊/毛 … is money only in a money context.
    if prefix == nil, let s = suffix, s.form.position.isColloquial, !isColloquialMoney(a, unit: s) {
      return s.end
    }
    guard suffix != nil || prefix != nil else { return bareFigure(a) }
    // AMD10%: a percentage after a currency-like word is no money.
    if suffix == nil, a.end < t.count, t[a.end] == "%" || t[a.end] == "‰" { return a.end }
    if a.bare && suffix == nil { return a.end }
    // 万元 right after other numerals (3百多万元 read in pieces) is never a figure of its own.
    if a.bare, a.start > 0, NumberScanner.canStart(t[a.start - 1]) || t[a.start - 1] == "多" || t[a.start - 1] == "余" {
      return suffix?.end ?? a.end
    }
    if a.bare, let s = suffix, s.start != a.end { return a.end }
    if a.beyondRange {
      warnings.append(beyondWarning(a))
      return suffix?.end ?? a.end
    }
    var e = MoneyExpression(start: prefix?.start ?? a.start, end: suffix?.end ?? a.end, shape: .single(a))
    e.currency.prefix = prefix
    e.currency.unit = suffix
    if let s = suffix {
      let tail = subunits(after: s)
      e.subunits = tail.parts
      e.end = tail.end
      // 8亿元人民币, 5306元新台币: 元 then the currency's name, which decides.
      if t[s.end - 1] == "元" || t[s.end - 1] == "圆", s.form.fraction == nil, e.end == s.end,
        let name = currencies.suffix(in: t, at: e.end), name.end - e.end >= 2, name.form.fraction == nil
      {
        e.currency.trailingName = CurrencyWord(start: e.end, end: name.end, form: name.form)
        e.end = name.end
      }
    }
    readRate(into: &e)
    // A range whose first figure names the currency too (37亿美元~40亿美元).
    if a.kind != .vague, a.value != nil {
      for candidate in rangeCandidates(after: e, allowBare: suffix == nil) {
        guard case .success = MoneyResolver.resolve(candidate, documentYuan: { document.yuan }) else { continue }
        e = candidate
        readRate(into: &e)
        break
      }
    }
    readQualifier(into: &e)
    return emit(e, resume: e.end)
  }

  /// A number with no currency right by it: a range whose second figure names the currency
  /// (20至30亿美元, 从380到1280元), the first of two figures of a change after 从
  /// (从10亿增长到130亿美元), an item of a list (5亿和7.5亿元), or implicit money (巨亏120亿).
  mutating func bareFigure(_ a: ScannedNumber) -> Int {
    let exact = a.kind != .vague && !a.bare
    if exact, let sep = rangeSeparator(at: a.end), sep.repeatedPrefix == nil,
      case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare,
      let s = suffixCurrency(after: b.end),
      // 切成3到5块: a range in bare 块/毛 needs the money context its first figure stands in.
      !s.form.position.isColloquial || isColloquialMoney(b, startingAt: a.start, unit: s),
      // 三年内从10亿到130亿美元，增长惊人: a change of two figures (below), not a range.
      !(sep.word && isChange(from: a.start, to: subunits(after: s).end))
    {
      if a.beyondRange || b.beyondRange {
        warnings.append(beyondWarning(a.beyondRange ? a : b))
        return s.end
      }
      // 从380到1280元 is one range, as 从380元到1280元 is (a figure's range partner).
      var e = MoneyExpression(start: a.start, end: s.end, shape: .range(a, b))
      e.currency.second = s
      let tail = subunits(after: s)
      e.secondSubunits = tail.parts
      e.end = tail.end
      if case .success = MoneyResolver.resolve(e, documentYuan: { document.yuan }) {
        readRate(into: &e)
        readQualifier(into: &e)
        return emit(e, resume: e.end)
      }
    }
    // 15k步, 30W: an informal multiplier is money only with a currency written.
    if a.informal { return a.end }
    // 从10亿增长到130亿美元: the first figure of a change takes the second's currency.
    if exact, !a.beyondRange, a.value != nil, followsFrom(a.start), let change = changePartner(after: a.end) {
      var e = MoneyExpression(start: a.start, end: a.end, shape: .borrowing(a, from: change.number))
      e.currency.second = change.currency
      readQualifier(into: &e)
      return emit(e, resume: a.end)
    }
    // 分别为5亿和7.5亿元, 10、20和30美元: a figure in a list shares the currency of the
    // list's last figure (at most `maxListItems` figures on).
    if exact, !a.beyondRange, a.value != nil, let last = listEnd(after: a.end, largeUnit: a.hasLargeUnit) {
      var e = MoneyExpression(start: a.start, end: a.end, shape: .borrowing(a, from: last.number))
      e.currency.second = last.currency
      readQualifier(into: &e)
      return emit(e, resume: a.end)
    }
    // Implicit money: a bare amount in 万/亿 after a cue word, not followed by a count unit;
    // or two of them as a range (亏损10亿至20亿).
    if exact, !a.beyondRange, a.value != nil, let sep = rangeSeparator(at: a.end), sep.repeatedPrefix == nil,
      case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare, !b.beyondRange,
      !b.informal, b.hasLargeUnit, b.value != nil, !followedByCount(b.end)
    {
      var e = MoneyExpression(start: a.start, end: b.end, shape: .range(a, b), implicit: true)
      if case .success = MoneyResolver.resolve(e, documentYuan: { document.yuan }), hasCue(before: e.start) {
        readQualifier(into: &e)
        return emit(e, resume: b.end)
      }
    }
    // 千亿融资计划, 百亿补贴: a figure without digits is money only with a cue glued after it.
    if a.bare, a.hasLargeUnit, let v = a.value, v >= 1_000_000, a.end < t.count, let cue = words.cues.longestMatch(in: t, at: a.end),
      !Self.countsAfterCue(t, at: cue.end), a.start == 0 || !NumberScanner.canStart(t[a.start - 1])
    {
      var e = MoneyExpression(start: a.start, end: a.end, shape: .single(a), implicit: true)
      readQualifier(into: &e)
      return emit(e, resume: a.end)
    }
    guard a.hasLargeUnit, !a.bare, !a.beyondRange, a.value != nil || a.kind == .vague else { return a.end }
    if followedByCount(a.end) { return a.end }
    guard hasCue(before: a.start) || hasCue(after: a.end) else { return a.end }
    var e = MoneyExpression(start: a.start, end: a.end, shape: .single(a), implicit: true)
    readRate(into: &e)
    readQualifier(into: &e)
    return emit(e, resume: e.end)
  }

  func beyondWarning(_ a: ScannedNumber) -> ExtractionWarning {
    let place = text.locate(TextSpan(a.start, a.end))
    let at = place.start
    return ExtractionWarning(
      code: "money.beyond-decimal",
      message:
        "code point \(at): the figure '\(text.normalized(TextSpan(a.start, Swift.min(a.end, a.start + 40))))' needs more than 38 significant digits or "
        + "exceeds 10^38; not reported as money",
      start: place.start, end: place.end)
  }

  /// Whether the `,` at analysis position `k` can be a thousands separator: an ASCII comma
  /// in the original; a full-width `，` between full-width digits (５，０００); a `，` after
  /// ASCII digits only where the groups go on — a decimal point or another group after the
  /// three digits, or a group before (64，350.00元, 1，234，567元) — since `$20，300美圆` lists
  /// two prices.
  static func mayBeGroupComma(_ text: AnalysisText, at k: Int) -> Bool {
    let original = text.offsetMap.originalSpan(TextSpan(k, k + 1))
    guard original.length == 1, original.start < text.original.count else { return true }
    let o = text.original
    guard o[original.start] == "，" else { return true }
    func fullWidthDigit(_ i: Int) -> Bool { i >= 0 && i < o.count && o[i].value >= 0xFF10 && o[i].value <= 0xFF19 }
    if fullWidthDigit(original.start - 1) && fullWidthDigit(original.start + 1) { return true }
    let t = text.scalars
    func digits(_ from: Int, _ count: Int) -> Bool { from + count <= t.count && t[from..<(from + count)].allSatisfy(ScalarClass.isASCIIDigit) }
    guard digits(k + 1, 3) else { return false }
    let after = k + 4
    if after + 1 < t.count, t[after] == ".", ScalarClass.isASCIIDigit(t[after + 1]) { return true }
    if after < t.count, t[after] == ",", digits(after + 1, 3) { return true }
    // The last group of 1，234，567: the group before it is one too.
    return k >= 4 && t[k - 4] == "," && digits(k - 3, 3)
  }
}

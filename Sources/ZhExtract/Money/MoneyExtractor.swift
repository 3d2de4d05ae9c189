import Foundation

/// Finds every monetary figure in analysis text, in one left-to-right pass.
///
/// At each place a number may start (a digit, a Chinese numeral, 数/几/上), the scanner
/// reads the number; the currency lexicon then looks for a currency after it (美元, 元,
/// dollars) or before it ($, US$, 人民币); around that figure the word lists add rate units
/// (每股, /月), qualifiers (约, 超过, 左右), ranges sharing a unit (37亿~40亿美元) and, for
/// bare amounts, the cue words that make them money (巨亏120亿). Every step looks a bounded
/// number of scalars around the figure, so the pass is linear in the text.
package struct MoneyExtractor: Sendable {
  let currencies: CurrencyLexicon
  let words: MoneyWordLists
  let scanner = MoneyNumberScanner()
  /// Scalars at which the scan stops to look: numerals and the first scalars of false positives.
  let starts: ScalarBitmap

  /// How far before a bare amount a cue word may stand (巨亏120亿, 营收增长至80亿).
  static let cueWindow = 8

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    currencies = CurrencyLexicon(lexicons: lexicons, problems: &problems)
    words = MoneyWordLists(lexicons: lexicons, problems: &problems)
    var starts = ScalarBitmap()
    for v in UInt32(0x30)...UInt32(0x39) { starts.insert(v) }
    for s in "〇零○一壹弌二两兩贰貳弍三叁參弎四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億数几上".unicodeScalars { starts.insert(s.value) }
    var falseStarts = Set<UInt32>()
    for row in lexicons["money-false-positives.tsv"]?.rows ?? [] where row[1] == "word" {
      if let first = row[0].unicodeScalars.first { falseStarts.insert(first.value) }
    }
    starts.formUnion(falseStarts)
    self.starts = starts
  }

  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning]) -> [MoneyMention] {
    let t = text.scalars
    let n = t.count
    var mentions: [MoneyMention] = []
    let yuan = DocumentYuan(t)
    var lastEnd = 0
    var i = 0
    while i < n {
      let s = t[i]
      guard starts.contains(s) else { i += 1; continue }
      if words.falseWordStarts.contains(s), let word = words.falseWords.longestMatch(in: t, at: i) {
        i = word.end
        continue
      }
      guard MoneyNumberScanner.canStart(s) else { i += 1; continue }
      let prefix = prefixCurrency(t, before: i, notBefore: lastEnd)
      if ScalarKinds.isASCIIDigit(s), i > 0, prefix?.glued != true {
        let p = t[i - 1]
        if ScalarKinds.isASCIILetter(p) || p == "_" || p == "." || p == "/" || p == "#" || p == "@" {
          // Inside an ASCII token (GPT4, A2021…, v1.2, a URL): skip the token.
          while i < n, ScalarKinds.isASCIIDigit(t[i]) || ScalarKinds.isASCIILetter(t[i]) || t[i] == "." || t[i] == "_" { i += 1 }
          continue
        }
      }
      switch scanner.scan(t, at: i, allowShortEnglish: prefix != nil, isGroupComma: { Self.isASCIIComma(text, at: $0) }) {
      case .none:
        // A version number (1.2.3) is no figure, nor is any tail of it.
        i += 1
        if ScalarKinds.isASCIIDigit(s) {
          while i < n, ScalarKinds.isASCIIDigit(t[i]) || t[i] == "." || t[i] == "," { i += 1 }
        }
      case .tooLong(let start, let end, let followedByMoney):
        let at = text.locate(TextSpan(start, start)).start
        warnings.append(ExtractionWarning(
          code: followedByMoney ? "money.beyond-decimal" : "money.number-too-long",
          message: followedByMoney
            ? "code point \(at): a figure of \(end - start) numerals is beyond exact decimal range; not reported as money"
            : "code point \(at): a run of \(end - start) numerals is too long to be a figure; skipped"))
        // Its multipliers belong to it: 1000…0亿元 must not leave 亿元 behind as a figure.
        var k = end
        if k < n, ScalarKinds.isSpace(t[k]) { k += 1 }
        while k < n, MoneyNumberScanner.isChineseNumeral(t[k]) || t[k] == "多" || t[k] == "余" { k += 1 }
        i = Swift.max(k, i + 1)
      case .number(let number):
        if number.end < n, t[number.end] == "兆" {
          // 兆 is 10^6 on the mainland today, 10^12 in Taiwan and Japan: say so, report nothing.
          var k = number.end + 1
          while k < n, MoneyNumberScanner.isChineseNumeral(t[k]) || ScalarKinds.isASCIIDigit(t[k]) || t[k] == "." { k += 1 }
          guard let currency = suffixCurrency(t, after: k) else {
            i = Swift.max(k, i + 1)  // a bare number in 兆: not money, nothing to say
            continue
          }
          k = currency.end
          let at = text.locate(TextSpan(number.start, number.start)).start
          warnings.append(ExtractionWarning(
            code: "money.ambiguous-unit",
            message: "code point \(at): '\(text.normalized(TextSpan(number.start, Swift.min(k, number.start + 40))))' uses 兆 (10^6 or 10^12 depending on region); not reported as money"))
          i = Swift.max(k, i + 1)
          continue
        }
        let found = figure(number, prefix: prefix, in: text, lastEnd: lastEnd, yuan: yuan, warnings: &warnings)
        for mention in found.mentions { mentions.append(mention.mention) }
        if let last = found.mentions.last { lastEnd = last.analysisEnd }
        i = Swift.max(found.resumeAt, i + 1)
      }
    }
    return mentions
  }

  // MARK: - Pieces around a number

  struct Prefix {
    var start: Int
    var form: CurrencyForm
    /// No space between the form and the number (RMB100).
    var glued: Bool
  }

  private func prefixCurrency(_ t: [Unicode.Scalar], before i: Int, notBefore limit: Int) -> Prefix? {
    if let p = currencies.prefix(in: t, endingAt: i), p.start >= limit { return Prefix(start: p.start, form: p.form, glued: true) }
    if i >= 2, ScalarKinds.isSpace(t[i - 1]), let p = currencies.prefix(in: t, endingAt: i - 1), p.start >= limit {
      return Prefix(start: p.start, form: p.form, glued: false)
    }
    return nil
  }

  private struct Suffix {
    var start: Int
    var end: Int
    var form: CurrencyForm
  }

  private func suffixCurrency(_ t: [Unicode.Scalar], after end: Int) -> Suffix? {
    var at = end
    if at < t.count, ScalarKinds.isSpace(t[at]) { at += 1 }
    guard at < t.count, let match = currencies.suffix(in: t, at: at) else { return nil }
    // 元宇宙, 元旦: a word that begins with a currency name.
    if let word = words.falseWords.longestMatch(in: t, at: at), word.end > match.end { return nil }
    return Suffix(start: at, end: match.end, form: match.form)
  }

  private struct Located {
    var mention: MoneyMention
    var analysisEnd: Int
  }

  private struct Found {
    var mentions: [Located] = []
    var resumeAt: Int
  }

  /// A figure with its currency, sub-units, rate, range partner, qualifier.
  private struct Draft {
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

  private func figure(_ a: ScannedNumber, prefix: Prefix?, in text: AnalysisText, lastEnd: Int, yuan: DocumentYuan, warnings: inout [ExtractionWarning]) -> Found {
    let t = text.scalars
    let suffix = suffixCurrency(t, after: a.end)
    var usePrefix = prefix
    var prefixDecides = false
    if let p = prefix, let s = suffix, p.form.code != s.form.code {
      // 新台币5306亿元, 港币100元: the named currency decides over the generic 元.
      let generic = s.form.code == "CNY" && s.form.scale == 1 && s.end - s.start == 1
      if generic && p.form.scale == 1 && Self.yuanCurrencies.contains(p.form.code) { prefixDecides = true } else { usePrefix = nil }
    }
    guard suffix != nil || usePrefix != nil else { return bareFigure(a, in: text, lastEnd: lastEnd, yuan: yuan, warnings: &warnings) }
    // AMD10%: a percentage after a currency-like word is no money.
    if suffix == nil, a.end < t.count, t[a.end] == "%" || t[a.end] == "‰" { return Found(resumeAt: a.end) }
    if a.bare && suffix == nil { return Found(resumeAt: a.end) }
    if a.bare, let s = suffix, s.start != a.end { return Found(resumeAt: a.end) }
    guard let form = suffix?.form ?? usePrefix?.form else { return Found(resumeAt: a.end) }
    let namedCode = prefixDecides ? (usePrefix?.form.code ?? form.code) : currencyCode(form, prefix: suffix == nil ? usePrefix : nil, in: t, at: a.start)
    var code = namedCode
    if code == "CNY", !prefixDecides, let s = suffix, s.end - s.start == 1 || t[s.start] == "块" || t[s.start] == "毛", usePrefix == nil {
      code = yuan.code
    }
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
  /// (20至30亿美元), two figures after 从 (从10亿到130亿美元), or implicit money (巨亏120亿).
  private func bareFigure(_ a: ScannedNumber, in text: AnalysisText, lastEnd: Int, yuan: DocumentYuan, warnings: inout [ExtractionWarning]) -> Found {
    let t = text.scalars
    if a.kind != .vague, !a.bare, let sep = rangeSeparator(t, at: a.end) {
      if case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: false), b.kind != .vague, !b.bare, let s = suffixCurrency(t, after: b.end) {
        if a.beyondRange || b.beyondRange {
          warnings.append(beyondWarning(text, a.beyondRange ? a : b))
          return Found(resumeAt: s.end)
        }
        if var low = a.value, let high = b.value {
          // 20至30亿美元, 二十至三十亿: the first figure shares the second's 万/亿.
          if !a.hasLargeUnit && b.hasLargeUnit && !a.english { low = ExactDecimalBuilder.shift(low, by: b.multiplierExponent) }
          if low < high {
            var code = currencyCode(s.form, prefix: nil, in: t, at: a.start)
            if code == "CNY", s.end - s.start == 1 || t[s.start] == "块" { code = yuan.code }
            let scale = s.form.scale
            if sep.word, followsFrom(t, a.start) {
              // 从10亿到130亿美元: a change from one figure to another, not a range.
              var first = Draft(start: a.start, end: a.end, amount: low * scale, currency: code, rule: .numberCurrency)
              addQualifier(t, to: &first, over: a.over, lastEnd: lastEnd)
              var second = Draft(start: b.start, end: s.end, amount: high * scale, currency: code, rule: .numberCurrency)
              addQualifier(t, to: &second, over: b.over, lastEnd: a.end)
              return Found(mentions: [located(first, in: text), located(second, in: text)], resumeAt: s.end)
            }
            var draft = Draft(start: a.start, end: s.end, min: low * scale, max: high * scale, currency: code, rule: .range)
            addRate(t, to: &draft, numberStart: a.start, lastEnd: lastEnd)
            addQualifier(t, to: &draft, over: a.over || b.over, lastEnd: lastEnd)
            return Found(mentions: [located(draft, in: text)], resumeAt: draft.end)
          }
        }
      }
    }
    // 分别为5亿和7.5亿元: a figure in a list shares the currency of the next one.
    if a.kind != .vague, !a.bare, !a.beyondRange, let v = a.value {
      var k = a.end
      if k < t.count, ScalarKinds.isSpace(t[k]) { k += 1 }
      if k + 1 < t.count, t[k] == "和" || t[k] == "与" || t[k] == "及" || t[k] == "或" || t[k] == "、" {
        k += 1
        if k < t.count, ScalarKinds.isSpace(t[k]) { k += 1 }
        if k < t.count, MoneyNumberScanner.canStart(t[k]),
           case .number(let b) = scanner.scan(t, at: k, allowShortEnglish: false), b.kind != .vague, !b.bare,
           b.hasLargeUnit == a.hasLargeUnit, let s = suffixCurrency(t, after: b.end), s.start == b.end || s.start == b.end + 1 {
          var code = currencyCode(s.form, prefix: nil, in: t, at: a.start)
          if code == "CNY", s.end - s.start == 1 || t[s.start] == "块" { code = yuan.code }
          var draft = Draft(start: a.start, end: a.end, amount: v * s.form.scale, currency: code, rule: .numberCurrency)
          addQualifier(t, to: &draft, over: a.over, lastEnd: lastEnd)
          return Found(mentions: [located(draft, in: text)], resumeAt: a.end)
        }
      }
    }
    // Implicit money: a bare amount in 万/亿 after a cue word, not followed by a count unit;
    // or two of them as a range (亏损10亿至20亿).
    if a.kind != .vague, !a.bare, !a.beyondRange, let low = a.value, let sep = rangeSeparator(t, at: a.end),
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
    guard a.hasLargeUnit, !a.bare, !a.beyondRange, a.value != nil || a.kind == .vague else { return Found(resumeAt: a.end) }
    if followedByCount(t, a.end) { return Found(resumeAt: a.end) }
    var draft = Draft(start: a.start, end: a.end, amount: a.value, min: a.min, max: a.max, currency: nil, implicit: true, rule: .implicit)
    addQualifier(t, to: &draft, over: a.over, lastEnd: lastEnd)
    guard hasCue(t, before: draft.start, notBefore: lastEnd) || hasCue(t, after: a.end) else { return Found(resumeAt: a.end) }
    return Found(mentions: [located(draft, in: text)], resumeAt: a.end)
  }

  // MARK: - Helpers

  /// Currencies whose unit is also written 元: their name before a figure decides over a
  /// following 元 (新台币7,596亿元, 港币3.2亿元).
  static let yuanCurrencies: Set<String> = ["CNY", "TWD", "HKD", "MOP"]

  /// What a bare 元 means in this document: TWD or HKD when the document names that
  /// currency and never the renminbi, else CNY (see currency-colloquial.tsv).
  final class DocumentYuan {
    let text: [Unicode.Scalar]
    /// Worked out on the first bare 元, once per document.
    lazy var code: String = MoneyExtractor.documentYuan(text)
    init(_ text: [Unicode.Scalar]) { self.text = text }
  }

  static func documentYuan(_ t: [Unicode.Scalar]) -> String {
    var twd = false, hkd = false, cny = false
    let n = t.count
    var k = 0
    while k < n {
      switch t[k] {
      case "台": if k + 1 < n, t[k + 1] == "币" { twd = true }
      case "港": if k + 1 < n, t[k + 1] == "币" || t[k + 1] == "元" { hkd = true }
      case "人": if k + 2 < n, t[k + 1] == "民", t[k + 2] == "币" { cny = true }
      case "N": if k + 2 < n, t[k + 1] == "T", t[k + 2] == "$" { twd = true }
      case "H": if k + 2 < n, t[k + 1] == "K", t[k + 2] == "$" { hkd = true }
      case "R": if k + 2 < n, t[k + 1] == "M", t[k + 2] == "B" { cny = true }
      case "C": if k + 2 < n, t[k + 1] == "N", t[k + 2] == "Y" { cny = true }
      default: break
      }
      k += 1
    }
    if cny || twd == hkd { return "CNY" }
    return twd ? "TWD" : "HKD"
  }

  /// Whether the `,` at analysis position `k` was an ASCII (or small) comma in the original,
  /// not a Chinese `，` that NFKC folded.
  static func isASCIIComma(_ text: AnalysisText, at k: Int) -> Bool {
    let original = text.offsetMap.originalSpan(TextSpan(k, k + 1))
    guard original.length == 1, original.start < text.original.count else { return true }
    return text.original[original.start] != "，"
  }

  private func located(_ d: Draft, in text: AnalysisText) -> Located {
    let span = text.locate(TextSpan(d.start, d.end))
    return Located(
      mention: MoneyMention(
        span: span, amount: d.amount, min: d.min, max: d.max, currency: d.currency, per: d.per,
        qualifier: d.qualifier, implicit: d.implicit, rule: d.rule.rawValue),
      analysisEnd: d.end)
  }

  private func beyondWarning(_ text: AnalysisText, _ a: ScannedNumber) -> ExtractionWarning {
    let at = text.locate(TextSpan(a.start, a.start)).start
    return ExtractionWarning(
      code: "money.beyond-decimal",
      message: "code point \(at): the figure '\(text.normalized(TextSpan(a.start, Swift.min(a.end, a.start + 40))))' needs more than 38 significant digits or exceeds 10^38; not reported as money")
  }

  /// `¥` is yen when the text around speaks of 日元/日本/円.
  private func currencyCode(_ form: CurrencyForm, prefix: Prefix?, in t: [Unicode.Scalar], at position: Int) -> String {
    guard let prefix, t[prefix.start] == "¥", prefix.start + 1 == position || prefix.start + 2 == position else { return form.code }
    let low = Swift.max(0, position - 40), high = Swift.min(t.count, position + 40)
    var k = low
    while k + 1 < high {
      if t[k] == "円" || (t[k] == "日" && (t[k + 1] == "元" || t[k + 1] == "本" || t[k + 1] == "圆")) { return "JPY" }
      k += 1
    }
    return form.code
  }

  private func isEnglish(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    t[start..<end].contains { ScalarKinds.isASCIILetter($0) } && !(end - start == 3 && t[start..<end].allSatisfy { $0.properties.isUppercase })
  }

  /// 元 5角 6分, 3块5, 整; 2美元又3美分.
  private func addSubunits(_ t: [Unicode.Scalar], after s: Suffix, to draft: inout Draft) {
    let n = t.count
    var k = draft.end
    var add = Decimal(0)
    var used = false
    if s.form.takesYuanSubunits {
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), t[k + 1] == "角" || t[k + 1] == "毛" {
        add += Decimal(d) / 10; k += 2; used = true
      }
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), t[k + 1] == "分" {
        add += Decimal(d) / 100; k += 2; used = true
      }
      if !used, t[s.end - 1] == "块", k < n, let d = NumeralCharacter.digit(t[k]),
         k + 1 >= n || (NumeralCharacter.digit(t[k + 1]) == nil && !MoneyNumberScanner.isChineseNumeral(t[k + 1]) && t[k + 1] != "." && !ScalarKinds.isASCIILetter(t[k + 1])) {
        add += Decimal(d) / 10; k += 1; used = true
      }
      if k < n, t[k] == "整" { k += 1 }
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
  private func addRate(_ t: [Unicode.Scalar], to draft: inout Draft, numberStart: Int, lastEnd: Int) {
    if draft.per == nil, let m = words.perSuffix.longestMatch(in: t, at: draft.end) {
      if m.end >= t.count || !ScalarKinds.isASCIILetter(t[m.end]) || !ScalarKinds.isASCIILetter(t[m.end - 1]) {
        draft.per = m.value; draft.end = m.end
      }
    }
    if draft.per == nil {
      var at = draft.start
      if at > 0, ScalarKinds.isSpace(t[at - 1]) { at -= 1 }
      if let m = words.perPrefix.longestMatch(in: t, endingAt: at, maxLength: words.longestPer), m.start >= lastEnd {
        draft.per = m.value; draft.start = m.start
      }
    }
    if draft.per == nil {
      var at = draft.start
      if at > 0, ScalarKinds.isSpace(t[at - 1]) { at -= 1 }
      // 年薪约50万元: the rate word may stand before a qualifier.
      var q = at
      if let m = words.qualifiersBefore.longestMatch(in: t, endingAt: at, maxLength: words.longestQualifier) { q = m.start }
      // 年费为 99 元, 月薪: 8000元: a linking word may stand between.
      var linked = q
      if linked > 0, ScalarKinds.isSpace(t[linked - 1]) { linked -= 1 }
      if linked > 0, t[linked - 1] == "为" || t[linked - 1] == "是" || t[linked - 1] == "达" || t[linked - 1] == ":" { linked -= 1 } else { linked = q }
      for end in [at, q, linked] {
        if let m = words.perContext.longestMatch(in: t, endingAt: end, maxLength: words.longestPer), m.start >= lastEnd {
          draft.per = m.value
          break
        }
      }
    }
  }

  private func addQualifier(_ t: [Unicode.Scalar], to draft: inout Draft, over: Bool, lastEnd: Int) {
    var at = draft.start
    if at > 0, ScalarKinds.isSpace(t[at - 1]) { at -= 1 }
    if let m = words.qualifiersBefore.longestMatch(in: t, endingAt: at, maxLength: words.longestQualifier), m.start >= lastEnd {
      draft.qualifier = m.value
    }
    if draft.qualifier == nil {
      var after = draft.end
      if after < t.count, ScalarKinds.isSpace(t[after]) { after += 1 }
      if let m = words.qualifiersAfter.longestMatch(in: t, at: after) { draft.qualifier = m.value }
    }
    if draft.qualifier == nil && over { draft.qualifier = "over" }
  }

  private struct Separator {
    var next: Int
    /// 至 / 到 rather than a dash.
    var word: Bool
  }

  private func rangeSeparator(_ t: [Unicode.Scalar], at start: Int) -> Separator? {
    var k = start
    if k < t.count, ScalarKinds.isSpace(t[k]) { k += 1 }
    guard k < t.count else { return nil }
    let word: Bool
    switch t[k] {
    case "~", "-", "–", "—", "〜", "～": word = false
    case "至", "到": word = true
    default: return nil
    }
    k += 1
    if k < t.count, ScalarKinds.isSpace(t[k]) { k += 1 }
    guard k < t.count, MoneyNumberScanner.canStart(t[k]), t[k] != "上", t[k] != "数", t[k] != "几" else { return nil }
    return Separator(next: k, word: word)
  }

  /// The second figure of a range whose first already named the currency.
  private func rangePartner(_ t: [Unicode.Scalar], after end: Int, currency: String, scale: Decimal, allowBare: Bool) -> (value: Decimal, end: Int)? {
    guard let sep = rangeSeparator(t, at: end) else {
      // $20-$30: the second figure with its own prefix.
      return nil
    }
    guard case .number(let b) = scanner.scan(t, at: sep.next, allowShortEnglish: allowBare), b.kind != .vague, !b.bare, let v = b.value else { return nil }
    if let s = suffixCurrency(t, after: b.end), s.form.code == currency {
      return (v * s.form.scale, s.end)
    }
    return allowBare ? (v * scale, b.end) : nil
  }

  private func followsFrom(_ t: [Unicode.Scalar], _ start: Int) -> Bool {
    var k = start
    if k > 0, ScalarKinds.isSpace(t[k - 1]) { k -= 1 }
    return k > 0 && t[k - 1] == "从"
  }

  /// A count unit (人, 股, 用户, %) or an English word right after a bare number.
  private func followedByCount(_ t: [Unicode.Scalar], _ end: Int) -> Bool {
    var next = end
    if next < t.count, ScalarKinds.isSpace(t[next]) { next += 1 }
    guard next < t.count else { return false }
    return words.countUnits.longestMatch(in: t, at: next) != nil || ScalarKinds.isASCIILetter(t[next])
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
  private func hasCue(_ t: [Unicode.Scalar], after end: Int) -> Bool {
    var at = end
    if at < t.count, ScalarKinds.isSpace(t[at]) { at += 1 }
    guard let cue = words.cues.longestMatch(in: t, at: at) else { return false }
    return !Self.countsAfterCue(t, at: cue.end)
  }

  /// A cue word within `cueWindow` scalars before `start`, in the same clause.
  private func hasCue(_ t: [Unicode.Scalar], before start: Int, notBefore limit: Int) -> Bool {
    var end = start
    let floor = Swift.max(limit, start - Self.cueWindow)
    while end > floor {
      if words.cues.longestMatch(in: t, endingAt: end, maxLength: words.longestCue) != nil, !Self.countsAfterCue(t, at: end) { return true }
      if ScalarKinds.endsClause(t[end - 1]) { return false }
      end -= 1
    }
    return false
  }
}

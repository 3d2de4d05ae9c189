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

  package init(reader: LexiconReader, problems: inout LexiconProblems) {
    currencies = CurrencyLexicon(lexicons: reader.lexicons, problems: &problems)
    words = MoneyWordLists(reader: reader, problems: &problems)
    var starts = ScalarBitmap()
    for v in UInt32(0x30)...UInt32(0x39) { starts.insert(v) }
    for s in "〇零○一壹弌二两兩贰貳弍三叁參弎四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億数几上".unicodeScalars { starts.insert(s.value) }
    starts.formUnion(words.falseWordStarts)
    self.starts = starts
  }

  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning]) -> [Finding<MoneyValue>] {
    let t = text.scalars
    let n = t.count
    var mentions: [Finding<MoneyValue>] = []
    let yuan = DocumentYuan(text)
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
      if ScalarClass.isASCIIDigit(s), i > 0, prefix?.glued != true {
        let p = t[i - 1]
        if ScalarClass.isASCIILetter(p) || p == "_" || p == "." || p == "/" || p == "#" || p == "@" {
          // Inside an ASCII token (GPT4, A2021…, v1.2, a URL): skip the token.
          while i < n, ScalarClass.isASCIIDigit(t[i]) || ScalarClass.isASCIILetter(t[i]) || t[i] == "." || t[i] == "_" { i += 1 }
          continue
        }
      }
      switch scanner.scan(t, at: i, allowShortEnglish: prefix != nil, isGroupComma: { Self.mayBeGroupComma(text, at: $0) }) {
      case .none:
        // A version number (1.2.3) is no figure, nor is any tail of it.
        i += 1
        if ScalarClass.isASCIIDigit(s) {
          while i < n, ScalarClass.isASCIIDigit(t[i]) || t[i] == "." || t[i] == "," { i += 1 }
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
        if k < n, ScalarClass.isSpace(t[k]) { k += 1 }
        while k < n, MoneyNumberScanner.isChineseNumeral(t[k]) || t[k] == "多" || t[k] == "余" { k += 1 }
        i = Swift.max(k, i + 1)
      case .number(let number):
        if number.end < n, t[number.end] == "兆" {
          // 兆 is 10^6 on the mainland today, 10^12 in Taiwan and Japan: say so, report nothing.
          var k = number.end + 1
          while k < n, MoneyNumberScanner.isChineseNumeral(t[k]) || ScalarClass.isASCIIDigit(t[k]) || t[k] == "." { k += 1 }
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
        for located in found.mentions { mentions.append(located.finding) }
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

  func prefixCurrency(_ t: [Unicode.Scalar], before i: Int, notBefore limit: Int) -> Prefix? {
    if let p = currencies.prefix(in: t, endingAt: i), p.start >= limit { return Prefix(start: p.start, form: p.form, glued: true) }
    if i >= 2, ScalarClass.isSpace(t[i - 1]), let p = currencies.prefix(in: t, endingAt: i - 1), p.start >= limit {
      return Prefix(start: p.start, form: p.form, glued: false)
    }
    return nil
  }

  struct Suffix {
    var start: Int
    var end: Int
    var form: CurrencyForm
  }

  func suffixCurrency(_ t: [Unicode.Scalar], after end: Int) -> Suffix? {
    var at = end
    if at < t.count, ScalarClass.isSpace(t[at]) { at += 1 }
    guard at < t.count, let match = currencies.suffix(in: t, at: at) else { return nil }
    // 元宇宙, 元旦: a word that begins with a currency name.
    if let word = words.falseWords.longestMatch(in: t, at: at), word.end > match.end { return nil }
    return Suffix(start: at, end: match.end, form: match.form)
  }
}

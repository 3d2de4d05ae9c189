import Foundation

/// The currency words around a figure: before it ($, 港币), after it (美元, 元), sub-units
/// (5元6角, 3块5, 2美元又3美分) and the colloquial 块/毛 that need a money context.
extension MoneyCursor {
  struct Prefix {
    var word: CurrencyWord
    /// No space between the form and the number (RMB100).
    var glued: Bool
  }

  /// The currency form ending right before `i` (or before one space), after the last
  /// expression.
  func prefixCurrency(before i: Int) -> Prefix? {
    var glued = true
    var found = currencies.prefix(in: t, endingAt: i)
    if found == nil, i >= 2, ScalarClass.isSpace(t[i - 1]) {
      found = currencies.prefix(in: t, endingAt: i - 1)
      glued = false
    }
    guard let p = found, p.start >= lastEnd else { return nil }
    var word = CurrencyWord(start: p.start, end: glued ? i : i - 1, form: p.form)
    if t[p.start] == "¥", p.start + 1 == i || p.start + 2 == i, japaneseNear(i) { word.contextCode = "JPY" }
    return Prefix(word: word, glued: glued)
  }

  /// `¥` is yen when 日元, 日本, 日圆 or 円 stand within 40 code points.
  func japaneseNear(_ position: Int) -> Bool {
    let low = Swift.max(0, position - 40), high = Swift.min(t.count, position + 40)
    var k = low
    while k + 1 < high {
      if t[k] == "円" || (t[k] == "日" && (t[k + 1] == "元" || t[k + 1] == "本" || t[k + 1] == "圆")) { return true }
      k += 1
    }
    return false
  }

  /// The currency form right after `end` (or after one space), unless it begins a longer
  /// word that is no currency (元宇宙, 元旦).
  func suffixCurrency(after end: Int) -> CurrencyWord? {
    var at = end
    if at < t.count, ScalarClass.isSpace(t[at]) { at += 1 }
    guard at < t.count, let match = currencies.suffix(in: t, at: at) else { return nil }
    if let word = words.falseWords.longestMatch(in: t, at: at), word.end > match.end { return nil }
    var word = CurrencyWord(start: at, end: match.end, form: match.form)
    word.bareYuan = match.form.code == "CNY" && (match.end - at == 1 || t[at] == "块" || t[at] == "毛" || t[at] == "元")
    word.english = isEnglish(at, match.end)
    return word
  }

  /// Letters in the word, and not a three-letter code (USD).
  func isEnglish(_ start: Int, _ end: Int) -> Bool {
    t[start..<end].contains { ScalarClass.isASCIILetter($0) } && !(end - start == 3 && t[start..<end].allSatisfy { $0.properties.isUppercase })
  }

  /// 元 5角 6分, 3块5, 三毛五, 整; 2美元又3美分: the sub-units after the unit `s`, which end
  /// the expression.
  func readSubunits(after s: CurrencyWord, into e: inout MoneyExpression) {
    let n = t.count
    var k = e.end
    var subunits: [Subunit] = []
    /// A lone digit after the unit: not the start of a longer number (3块50, 3块5.5, 3块5G).
    func loneDigit(_ k: Int) -> Int? {
      guard k < n, let d = NumeralCharacter.digit(t[k]) else { return nil }
      guard k + 1 >= n || (NumeralCharacter.digit(t[k + 1]) == nil && !NumberScanner.isChineseNumeral(t[k + 1]) && t[k + 1] != "." && !ScalarClass.isASCIILetter(t[k + 1])) else { return nil }
      return d
    }
    if s.form.takesYuanSubunits {
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), t[k + 1] == "角" || t[k + 1] == "毛" {
        subunits.append(Subunit(count: Decimal(d), scale: Self.tenth)); k += 2
      }
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), t[k + 1] == "分", k + 2 >= n || t[k + 2] != "钟" {
        subunits.append(Subunit(count: Decimal(d), scale: Self.hundredth)); k += 2
      }
      if subunits.isEmpty, t[s.end - 1] == "块", let d = loneDigit(k) {
        subunits.append(Subunit(count: Decimal(d), scale: Self.tenth)); k += 1
      }
      if k < n, t[k] == "整" { k += 1 }
    } else if s.form.code == "CNY", s.end - s.start == 1, t[s.start] == "毛" {
      // 三毛五, 三毛五分: a digit after a bare 毛 is 分.
      if let d = loneDigit(k) {
        subunits.append(Subunit(count: Decimal(d), scale: Self.hundredth)); k += 1
        if k < n, t[k] == "分", k + 1 >= n || t[k + 1] != "钟" {
          k += 1
          if k < n, t[k] == "钱" { k += 1 }
        }
      }
    } else if s.form.code == "USD", s.form.scale == 1, k + 1 < n, t[k] == "又" {
      if case .number(let cents) = scanner.scan(t, at: k + 1, allowShortEnglish: false), let v = cents.value,
         let c = currencies.suffix(in: t, at: cents.end), c.form.code == "USD", c.form.scale < 1 {
        subunits.append(Subunit(count: v, scale: c.form.scale)); k = c.end
      }
    }
    e.subunits += subunits
    e.end = k
  }

  /// `块` or `毛` when the currency after a figure is that bare colloquial unit (not 块钱).
  func colloquialUnit(_ s: CurrencyWord) -> Unicode.Scalar? {
    guard s.end - s.start == 1, t[s.start] == "块" || t[s.start] == "毛" else { return nil }
    return t[s.start]
  }

  static let colloquialCueWindow = 4
  static let tenth = Decimal(sign: .plus, exponent: -1, significand: 1)
  static let hundredth = Decimal(sign: .plus, exponent: -2, significand: 1)

  /// Whether a figure in bare 块/毛 is money (see money-colloquial-cues.tsv): a sub-unit
  /// follows (3块5, 三毛五), a price cue stands at most `colloquialCueWindow` code points
  /// before it in the clause (花了20块), or, for 块, the number is at least 10 and no piece
  /// word stands right before it (200块, not 切成10块).
  func isColloquialMoney(_ a: ScannedNumber, startingAt start: Int? = nil, unit: Unicode.Scalar) -> Bool {
    let start = start ?? a.start
    var k = a.end
    if k < t.count, ScalarClass.isSpace(t[k]) { k += 1 }
    k += 1  // the unit
    if k < t.count, NumeralCharacter.digit(t[k]) != nil { return true }
    var end = start
    if end > 0, ScalarClass.isSpace(t[end - 1]) { end -= 1 }
    let piece = words.pieceWords.longestMatch(in: t, endingAt: end, maxLength: words.longestPieceWord) != nil
    let floor = Swift.max(lastEnd, start - Self.colloquialCueWindow - words.longestColloquialCue)
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

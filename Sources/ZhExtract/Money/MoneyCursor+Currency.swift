import Foundation

/// The currency words around a figure: before it ($, 港币), after it (美元, 元), sub-units
/// (5元6角, 三块五, 六块八毛五, 2美元又3美分) and the colloquial 块/蚊/毛 … that need a money
/// context.
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
    let end = glued ? i : i - 1
    var word = CurrencyWord(start: p.start, end: end, form: p.form)
    word.contextCode = currencies.contextCode(of: p.form, in: t, start: p.start, end: end)
    return Prefix(word: word, glued: glued)
  }

  /// The currency form right after `end` (or after one space), unless it begins a longer
  /// word that is no currency (元宇宙, 元旦).
  func suffixCurrency(after end: Int) -> CurrencyWord? {
    var at = end
    if at < t.count, ScalarClass.isSpace(t[at]) { at += 1 }
    guard at < t.count, let match = currencies.suffix(in: t, at: at, followers: words.spokenFollowers) else { return nil }
    if let word = words.falseWords.longestMatch(in: t, at: at), word.end > match.end { return nil }
    var word = CurrencyWord(start: at, end: match.end, form: match.form)
    word.bareYuan = match.form.code == "CNY" && (match.end - at == 1 || t[at] == "块" || t[at] == "毛" || t[at] == "元")
    word.english = isEnglish(at, match.end)
    word.contextCode = currencies.contextCode(of: match.form, in: t, start: at, end: match.end)
    return word
  }

  /// Letters in the word, and not a three-letter code (USD).
  func isEnglish(_ start: Int, _ end: Int) -> Bool {
    t[start..<end].contains { ScalarClass.isASCIILetter($0) } && !(end - start == 3 && t[start..<end].allSatisfy { $0.properties.isUppercase })
  }

  /// The sub-units after the unit `s` (`currency-subunits.tsv`), and where they end:
  /// 5元6角, 50元6角三分, 一蚊四毫, 10日元5銭; after 块/蚊 (and 个) the last unit may be left out
  /// (三块五, 四块零五, 七蚊半); after a tenth a digit is hundredths (两毛五, 六块八毛五); 整
  /// and 钱 close it; 2美元又3美分 adds the smaller unit of the same currency.
  func subunits(after s: CurrencyWord) -> (parts: [Subunit], end: Int) {
    let n = t.count
    var k = s.end
    var parts: [Subunit] = []
    let spoken = s.form.position == .colloquial
    if let index = s.form.subunits {
      let units = currencies.subunits[index]
      var zero = false
      if k + 1 < n, t[k] == "零" || t[k] == "〇", NumeralCharacter.digit(t[k + 1]) != nil { zero = true; k += 1 }
      if k + 1 < n, let d = NumeralCharacter.digit(t[k]), let unit = units.longestMatch(in: t, at: k + 1), !isMinutes(unit.end) {
        parts.append(Subunit(count: Decimal(d), scale: unit.value)); k = unit.end
        if unit.value == Self.tenth {
          if k + 1 < n, let d = NumeralCharacter.digit(t[k]), let next = units.longestMatch(in: t, at: k + 1), next.value < Self.tenth, !isMinutes(next.end) {
            parts.append(Subunit(count: Decimal(d), scale: next.value)); k = next.end
          } else if s.form.code == "CNY", let d = loneDigit(k) {
            parts.append(Subunit(count: Decimal(d), scale: Self.hundredth)); k += 1
          }
        }
      } else if zero, s.form.code == "CNY", let d = loneDigit(k) {
        parts.append(Subunit(count: Decimal(d), scale: Self.hundredth)); k += 1
      } else if spoken, let d = loneDigit(k) {
        parts.append(Subunit(count: Decimal(d), scale: Self.tenth)); k += 1
      } else if spoken, k < n, t[k] == "半" {
        parts.append(Subunit(count: 5, scale: Self.tenth)); k += 1
      } else if zero {
        k -= 1
      }
      if !parts.isEmpty, k < n, t[k] == "钱" { k += 1 }
      if k < n, t[k] == "整" { k += 1 }
    } else if s.form.code == "CNY", s.form.fraction == Self.tenth, s.form.position.isColloquial {
      // 三毛五, 三毛五分, 两毫半: a digit after a bare tenth is hundredths.
      if let d = loneDigit(k) {
        parts.append(Subunit(count: Decimal(d), scale: Self.hundredth)); k += 1
        if let unit = currencies.yuanSubunits.longestMatch(in: t, at: k), unit.value == Self.hundredth, !isMinutes(unit.end) { k = unit.end }
      } else if k < n, t[k] == "半" {
        parts.append(Subunit(count: 5, scale: Self.hundredth)); k += 1
      }
      if !parts.isEmpty, k < n, t[k] == "钱" { k += 1 }
    } else if s.form.code == "USD", s.form.fraction == nil, k + 1 < n, t[k] == "又" {
      if case .number(let cents) = scanner.scan(t, at: k + 1, allowShortEnglish: false), let v = cents.value,
        let c = currencies.suffix(in: t, at: cents.end), c.form.code == "USD", c.form.scale < 1
      {
        parts.append(Subunit(count: v, scale: c.form.scale)); k = c.end
      }
    }
    return (parts, k)
  }

  /// 分钟: minutes, not fen.
  func isMinutes(_ end: Int) -> Bool { end < t.count && t[end] == "钟" && t[end - 1] == "分" }

  /// A lone digit at `k` that ends a spoken amount: not the start of a longer number (3块50,
  /// 3块5.5, 3块5G, 一块五十) nor of a word (一块五花肉, 一块三明治) nor a count (三块一斤); it
  /// may be followed by a price per piece (两块五一杯) or a word of `spokenFollowers`.
  func loneDigit(_ k: Int) -> Int? {
    let n = t.count
    guard k < n, let d = NumeralCharacter.digit(t[k]) else { return nil }
    if words.falseWordStarts.contains(t[k]), let word = words.falseWords.longestMatch(in: t, at: k), word.end > k + 1 { return nil }
    guard k + 1 < n else { return d }
    let next = t[k + 1]
    if next == "一", k + 2 < n, ScalarClass.isHan(t[k + 2]), !NumberScanner.isChineseNumeral(t[k + 2]) { return d }
    if NumeralCharacter.digit(next) != nil || next == "." || ScalarClass.isASCIILetter(next) { return nil }
    if NumberScanner.isChineseNumeral(next) { return nil }
    if ScalarClass.isHan(next), next != "钱", words.spokenFollowers.longestMatch(in: t, at: k + 1) == nil, !isSubunitWord(k + 1) { return nil }
    return d
  }

  /// A sub-unit word (分, 仙 …) at `k`: 三毛五分 ends in one.
  func isSubunitWord(_ k: Int) -> Bool {
    for units in currencies.subunits where units.longestMatch(in: t, at: k) != nil { return true }
    return false
  }

  /// Whether a per-share word of money-per.tsv (每股) ends at most `colloquialCueWindow` code
  /// points before `start`, in its clause and after the last expression (每股1.2分, 每股派息0.5分).
  func followsShareWord(_ start: Int) -> Bool {
    let floor = Swift.max(lastEnd, start - Self.colloquialCueWindow - words.longestPer)
    var end = start
    while end > floor, start - end <= Self.colloquialCueWindow {
      if words.perPrefix.longestMatch(in: t, endingAt: end, maxLength: words.longestPer)?.value == "share" { return true }
      if ScalarClass.endsClause(t[end - 1]) { return false }
      end -= 1
    }
    return false
  }

  static let colloquialCueWindow = 4
  static let tenth = Decimal(sign: .plus, exponent: -1, significand: 1)
  static let hundredth = Decimal(sign: .plus, exponent: -2, significand: 1)

  /// Whether a figure in a spoken unit (块, 蚊, 毛, 角, 毫, 仙; see money-colloquial-cues.tsv)
  /// is money: a sub-unit follows (3块5, 三毛五, 七蚊半), a price per piece follows (三块一斤),
  /// a price cue stands at most
  /// `colloquialCueWindow` code points before it in the clause (花了20块), or, for a unit of
  /// one (块, 蚊), the number is at least 10 and no piece word stands right before it (200块,
  /// not 切成10块).
  func isColloquialMoney(_ a: ScannedNumber, startingAt start: Int? = nil, unit: CurrencyWord) -> Bool {
    let start = start ?? a.start
    if unit.form.position == .shareFraction { return followsShareWord(start) }
    let tail = subunits(after: unit)
    if !tail.parts.isEmpty { return true }
    // 三块一斤, 五蚊一个: a price per piece.
    if tail.end + 1 < t.count, t[tail.end] == "一", ScalarClass.isHan(t[tail.end + 1]), !NumberScanner.isChineseNumeral(t[tail.end + 1]) { return true }
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
    guard unit.form.position == .colloquial, !piece else { return false }
    let low = a.value ?? a.min
    return low.map { $0 >= 10 } ?? false
  }
}

import Foundation

/// Reads one number at a position of the analysis text, in time linear in what it reads:
/// Arabic digits with `,` groups and decimals, Chinese and financial (大写) numerals,
/// multipliers 十百千万亿 and their compounds (万亿, 千亿; 亿万 is not one), 多/余,
/// English multipliers (billion, bn) and informal ones (15k, 30w; the words come from
/// `number-multipliers.tsv`, read by the stage that builds the scanner), 兆 (read as 10^12 and
/// marked: whether that holds is the reader's decision), the spoken 个 before 亿/万 (三个亿),
/// a middle dot as the decimal point where the text uses it so (4·5亿), and vague forms
/// (数千亿, 几十万, 上百亿, 十几亿).
///
/// Money reads every figure through it; for small whole numbers (days, months, counts) use
/// `SmallNumber.read`.
struct NumberScanner: Sendable {
  /// An English multiplier word: its power of ten, and where it may stand.
  struct EnglishMultiplier: Sendable, Hashable {
    enum Place: Sendable, Hashable {
      /// After the digits, glued or after one space (20 million, 3.5bn).
      case word
      /// A one-letter sign glued to the digits of a figure after a currency sign ($5m).
      case afterSign
      /// Glued to the digits anywhere (15k, 30w); the figure is marked `informal`.
      case informal
    }
    var exponent: Int
    var place: Place
    init(exponent: Int, place: Place) { self.exponent = exponent; self.place = place }
  }

  /// English multipliers by surface, in lower case, capitalised and upper case.
  let englishMultipliers: ScalarTrie<EnglishMultiplier>
  /// Longest surface in `englishMultipliers`.
  let longestEnglishMultiplier: Int

  /// - Parameter englishMultipliers: surfaces (any case; each is also matched in lower case,
  ///   capitalised and upper case) with what they multiply by.
  init(englishMultipliers: [(surface: String, multiplier: EnglishMultiplier)]) {
    var trie = ScalarTrie<EnglishMultiplier>()
    var longest = 0
    for (surface, multiplier) in englishMultipliers {
      let lower = surface.lowercased()
      for variant in [lower, lower.prefix(1).uppercased() + lower.dropFirst(), lower.uppercased()] {
        trie.insert(variant, multiplier)
      }
      longest = max(longest, lower.unicodeScalars.count)
    }
    self.englishMultipliers = trie
    longestEnglishMultiplier = longest
  }
  /// Longest run of Arabic digits read as a figure; longer runs are skipped with a warning.
  static let maxDigitRun = 64
  /// Longest run of Chinese numerals read as a figure.
  static let maxChineseRun = 48

  /// Whether a number may begin with `s`.
  @inline(__always)
  static func canStart(_ s: Unicode.Scalar) -> Bool {
    ScalarClass.isASCIIDigit(s) || NumeralCharacter.chineseDigit(s) != nil || NumeralCharacter.smallUnit(s) != nil
      || NumeralCharacter.largeUnitExponent(s) != nil || s == "数" || s == "几" || s == "上"
  }

  @inline(__always)
  static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
    NumeralCharacter.chineseDigit(s) != nil || NumeralCharacter.smallUnit(s) != nil || NumeralCharacter.largeUnitExponent(s) != nil
  }

  /// A Chinese digit; in a run of financial numerals also 参, which Traditional 參 (3)
  /// becomes after Traditional→Simplified (参 alone means "take part", never 3).
  @inline(__always)
  static func digit(_ s: Unicode.Scalar, capital: Bool) -> Int? {
    if let d = NumeralCharacter.chineseDigit(s) { return d }
    return capital && s == "参" ? 3 : nil
  }

  static func isCapital(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "壹", "贰", "貳", "叁", "參", "肆", "伍", "陆", "陸", "柒", "捌", "玖", "拾", "佰", "仟": true
    default: false
    }
  }

  /// - Parameter allowShortEnglish: read `m`, `k`, `b` as multipliers (after `$`, `US$` …).
  /// - Parameter isGroupComma: whether the `,` at an analysis position was a thousands
  ///   separator in the original (a Chinese `，` becomes `,` after NFKC, but `$20，300美圆`
  ///   lists two prices).
  /// - Parameter middleDotIsDecimal: whether a middle dot between digits is this text's
  ///   decimal point (older typesetting: 4·5亿美元); asked only when one is met.
  func scan(
    _ text: [Unicode.Scalar], at start: Int, allowShortEnglish: Bool, isGroupComma: (Int) -> Bool = { _ in true }, middleDotIsDecimal: () -> Bool = { false }
  ) -> NumberScan {
    let s = text[start]
    if ScalarClass.isASCIIDigit(s) {
      return scanArabic(text, at: start, allowShortEnglish: allowShortEnglish, isGroupComma: isGroupComma, middleDotIsDecimal: middleDotIsDecimal)
    }
    if s == "数" || s == "几" || s == "上" { return scanVague(text, at: start) }
    return scanChinese(text, at: start)
  }

  // MARK: Arabic

  /// One Arabic figure and the smaller parts glued after its 万/亿 (`1万2千`, `3亿5000万`,
  /// `1亿2千万3千`): each part must have a multiplier smaller than the one before and a value
  /// below it. Read part by part in a loop — never recursively — so that `1万1万1万…` costs
  /// one part beyond the figure, not the whole run (which overflowed the stack and was
  /// quadratic when scanned again from every position).
  private func scanArabic(
    _ text: [Unicode.Scalar], at start: Int, allowShortEnglish: Bool, isGroupComma: (Int) -> Bool, middleDotIsDecimal: () -> Bool
  ) -> NumberScan {
    let first = scanArabicPart(text, at: start, allowShortEnglish: allowShortEnglish, isGroupComma: isGroupComma, middleDotIsDecimal: middleDotIsDecimal)
    guard case .number(var number) = first.scan else { return first.scan }
    var last = (number: number, exponent: first.exponent, fraction: first.fraction)
    let n = text.count
    while last.number.hasLargeUnit, !last.number.english, !last.number.over, last.fraction == 0, let value = number.value,
      number.end < n, ScalarClass.isASCIIDigit(text[number.end])
    {
      let part = scanArabicPart(text, at: number.end, allowShortEnglish: false, isGroupComma: isGroupComma, middleDotIsDecimal: middleDotIsDecimal)
      guard case .number(let rest) = part.scan, rest.hasMultiplier || fillsPlaces(text, rest, below: last.exponent, fraction: part.fraction),
        !rest.english, !rest.over, let restValue = rest.value,
        rest.multiplierExponent < last.exponent, restValue < ExactDecimalBuilder.shift(Decimal(1), by: last.exponent)
      else { break }
      number.value = value + restValue
      number.end = rest.end
      number.multiplierExponent = rest.multiplierExponent
      number.largeExponent = rest.largeExponent
      last = (rest, part.exponent, part.fraction)
    }
    return .number(number)
  }

  /// Whether a plain figure after 万 or 亿 fills exactly the places below it (`9萬7,000元` =
  /// 97,000, as Taiwan writes it; `3亿5000,0000`): then it is the rest of the number. A shorter
  /// one is no such rest (`3万5` is spoken 35,000, not 30,005; it stays apart).
  private func fillsPlaces(_ text: [Unicode.Scalar], _ rest: ScannedNumber, below exponent: Int, fraction: Int) -> Bool {
    guard fraction == 0, exponent == 4 || exponent == 8 else { return false }
    var digits = 0
    for k in rest.start..<rest.end {
      if ScalarClass.isASCIIDigit(text[k]) { digits += 1 } else if text[k] != "," { return false }
    }
    return digits == exponent
  }

  /// One figure without the parts that may follow its 万/亿, with the power of ten of its
  /// multipliers and its count of decimals.
  private func scanArabicPart(
    _ text: [Unicode.Scalar], at start: Int, allowShortEnglish: Bool, isGroupComma: (Int) -> Bool, middleDotIsDecimal: () -> Bool
  ) -> (scan: NumberScan, exponent: Int, fraction: Int) {
    let n = text.count
    var digits: [UInt8] = []
    var i = start
    var fraction = 0
    while i < n {
      let s = text[i]
      if ScalarClass.isASCIIDigit(s) {
        digits.append(UInt8(s.value - 0x30)); i += 1
      } else if s == ",", groupFollows(text, at: i + 1), fraction == 0, !digits.isEmpty, isGroupComma(i) {
        i += 1
      } else {
        break
      }
      if digits.count > Self.maxDigitRun { return (tooLong(text, from: start), 0, 0) }
    }
    if i + 1 < n, text[i] == "." || (Self.isMiddleDot(text[i]) && middleDotIsDecimal()), ScalarClass.isASCIIDigit(text[i + 1]) {
      let point = text[i]
      i += 1
      while i < n, ScalarClass.isASCIIDigit(text[i]) {
        digits.append(UInt8(text[i].value - 0x30)); fraction += 1; i += 1
        if digits.count > Self.maxDigitRun { return (tooLong(text, from: start), 0, 0) }
      }
      // 1.2.3 is a version, 6·1·8 no figure.
      if i + 1 < n, text[i] == point, ScalarClass.isASCIIDigit(text[i + 1]) { return (.none, 0, 0) }
    }
    var number = ScannedNumber(start: start, end: i, kind: .arabic)
    var exponent = 0
    if i < n, text[i] == "多" || text[i] == "余" { number.over = true; i += 1; number.end = i }
    // 5个亿: the spoken 个 before 亿/万.
    if i + 1 < n, text[i] == "个", let chain = multiplierChain(text, at: i + 1), chain.large, NumeralCharacter.smallUnit(text[i + 1]) == nil { i += 1 }
    if let chain = multiplierChain(text, at: i) ?? multiplierChain(text, at: i, afterSpace: true) {
      exponent = chain.exponent; number.end = chain.end
      number.hasMultiplier = true; number.hasLargeUnit = chain.large; number.multiplierExponent = chain.exponent
      number.largeExponent = chain.largeExponent; number.zhao = chain.zhao
      // 3千2百万, 1千5百亿: one digit before each of 千/百/十 in turn, then 万/亿 for the whole.
      if !chain.large, !number.over, fraction == 0, digits.count <= 3,
        let compound = smallUnitCompound(text, digits: digits, firstExponent: chain.exponent, at: chain.end)
      {
        digits = compound.digits; exponent = compound.exponent; number.end = compound.end
        number.hasLargeUnit = compound.exponent > 0; number.multiplierExponent = compound.exponent
        number.largeExponent = compound.exponent; number.zhao = compound.zhao
      }
      // 3百多万, 5千余万: 多/余 between a small and a large unit.
      else if !chain.large, !number.over, chain.end < n, text[chain.end] == "多" || text[chain.end] == "余",
        let large = multiplierChain(text, at: chain.end + 1), large.large, NumeralCharacter.smallUnit(text[chain.end + 1]) == nil
      {
        exponent += large.exponent; number.end = large.end; number.over = true
        number.hasLargeUnit = true; number.multiplierExponent = exponent
        number.largeExponent = large.largeExponent; number.zhao = large.zhao
      }
    } else if !number.over, let english = englishMultiplier(text, at: i, allowShort: allowShortEnglish) {
      exponent = english.exponent; number.end = english.end
      // 15k元, 30w元 are no English amounts; $5k is (as before k was read only after a sign).
      number.hasMultiplier = true; number.hasLargeUnit = english.exponent >= 4; number.english = !english.informal || allowShortEnglish
      number.multiplierExponent = english.exponent
      number.largeExponent = english.exponent >= 4 ? english.exponent : 0
      number.informal = english.informal
    }
    if let value = ExactDecimalBuilder.make(digits: digits, fractionCount: fraction, exponent: exponent) {
      number.value = value
    } else {
      number.beyondRange = true
    }
    return (.number(number), exponent, fraction)
  }

  /// After `3千` (digits, then a small unit of power `firstExponent`), further single digits
  /// each with a smaller 百/十 (`2百`, `5十`), then an optional 万/亿 chain that multiplies
  /// the whole (3千2百万 = 3200万). `nil` when no second digit-unit pair follows.
  private func smallUnitCompound(
    _ text: [Unicode.Scalar], digits: [UInt8], firstExponent: Int, at start: Int
  ) -> (digits: [UInt8], exponent: Int, end: Int, zhao: Bool)? {
    var total = 0
    for d in digits { total = total * 10 + Int(d) }
    var power = 1
    for _ in 0..<firstExponent { power *= 10 }
    total *= power
    var lastExponent = firstExponent
    var k = start
    var pairs = 0
    while k + 1 < text.count, ScalarClass.isASCIIDigit(text[k]), let unit = NumeralCharacter.smallUnit(text[k + 1]) {
      let e = unit == 10 ? 1 : unit == 100 ? 2 : 3
      guard e < lastExponent else { break }
      total += Int(text[k].value - 0x30) * unit
      lastExponent = e; k += 2; pairs += 1
    }
    guard pairs > 0 else { return nil }
    var exponent = 0
    var zhao = false
    if let large = multiplierChain(text, at: k), large.large, NumeralCharacter.smallUnit(text[k]) == nil {
      exponent = large.exponent; k = large.end; zhao = large.zhao
    }
    return (Array(String(total).utf8).map { $0 - 0x30 }, exponent, k, zhao)
  }

  /// `,` is a thousands separator only before exactly three digits.
  private func groupFollows(_ text: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + 2 < text.count, ScalarClass.isASCIIDigit(text[i]), ScalarClass.isASCIIDigit(text[i + 1]), ScalarClass.isASCIIDigit(text[i + 2]) else {
      return false
    }
    return i + 3 >= text.count || !ScalarClass.isASCIIDigit(text[i + 3])
  }

  /// Skips the whole run of digits, separators and decimal points (linear), and says
  /// whether a multiplier or currency-looking Han character follows.
  private func tooLong(_ text: [Unicode.Scalar], from start: Int) -> NumberScan {
    var i = start
    while i < text.count, ScalarClass.isASCIIDigit(text[i]) || text[i] == "," || text[i] == "." { i += 1 }
    var j = i
    if j < text.count, ScalarClass.isSpace(text[j]) { j += 1 }
    let follows = j < text.count && (Self.isChineseNumeral(text[j]) || ScalarClass.isHan(text[j]) || text[j] == "$")
    return .tooLong(start: start, end: i, followedByMoney: follows)
  }

  /// A multiplier chain: its power of ten, whether it holds 万/亿/兆 and the power of that
  /// large part alone (千万 → 7 and 4), and whether it is 兆.
  struct Chain {
    var end: Int
    var exponent: Int
    var large: Bool
    var largeExponent: Int
    var zhao: Bool
  }

  /// 十/百/千 then up to two of 万/亿 (万亿, 亿亿, 万万), or 兆 alone; or just such large
  /// units; not 亿万.
  func multiplierChain(_ text: [Unicode.Scalar], at start: Int, afterSpace: Bool = false) -> Chain? {
    var i = start
    if afterSpace {
      guard i < text.count, ScalarClass.isSpace(text[i]) else { return nil }
      i += 1
    }
    var exponent = 0
    var read = false
    if i < text.count, let unit = NumeralCharacter.smallUnit(text[i]) {
      exponent = unit == 10 ? 1 : unit == 100 ? 2 : 3
      i += 1; read = true
    }
    var large = 0
    var previous = 0
    var largeExponent = 0
    if i < text.count, text[i] == "兆" {
      return Chain(end: i + 1, exponent: exponent + 12, large: true, largeExponent: 12, zhao: true)
    }
    while i < text.count, large < 2, let e = NumeralCharacter.largeUnitExponent(text[i]) {
      if previous == 8 && e == 4 { break }  // 亿万 is no compound
      exponent += e; largeExponent += e; previous = e; large += 1; i += 1; read = true
    }
    return read ? Chain(end: i, exponent: exponent, large: large > 0, largeExponent: largeExponent, zhao: false) : nil
  }

  /// A large unit in a Chinese numeral: 万, 亿, and 兆 (10^12; whether it means that is the
  /// reader's decision, see `ScannedNumber.zhao`).
  @inline(__always)
  static func largeExponent(_ s: Unicode.Scalar) -> Int? {
    NumeralCharacter.largeUnitExponent(s) ?? (s == "兆" ? 12 : nil)
  }

  /// `·` (U+00B7) and `・` (U+30FB): a decimal point in some older typesetting (4·5亿).
  static func isMiddleDot(_ s: Unicode.Scalar) -> Bool { s == "\u{00B7}" || s == "\u{30FB}" }

  /// `billion`, ` bn`, `m` (glued, after a currency sign only): a whole run of letters that is
  /// one of `englishMultipliers`, after at most one space.
  private func englishMultiplier(_ text: [Unicode.Scalar], at start: Int, allowShort: Bool) -> (end: Int, exponent: Int, informal: Bool)? {
    var i = start
    if i < text.count, ScalarClass.isSpace(text[i]) { i += 1 }
    guard i < text.count, ScalarClass.isASCIILetter(text[i]) else { return nil }
    var end = i
    while end < text.count, ScalarClass.isASCIILetter(text[end]), end - i <= longestEnglishMultiplier { end += 1 }
    guard end - i <= longestEnglishMultiplier,
      let match = englishMultipliers.longestMatch(in: text, at: i, limit: end), match.end == end
    else { return nil }
    switch match.value.place {
    case .word: return (end, match.value.exponent, false)
    // A one-letter sign right after a space would be a word (`$5 m`): only glued (`$5m`).
    case .afterSign: return allowShort && i == start ? (end, match.value.exponent, false) : nil
    case .informal: return i == start ? (end, match.value.exponent, true) : nil
    }
  }

  // MARK: Chinese

  /// 一两亿, 三四十亿, 两三千万: two neighbouring digits before a unit give a range.
  private func scanDigitPair(_ text: [Unicode.Scalar], at start: Int) -> NumberScan? {
    guard start + 2 < text.count, let low = NumeralCharacter.chineseDigit(text[start]),
      let high = NumeralCharacter.chineseDigit(text[start + 1]), low >= 1,
      high == low + 1 || (low == 3 && high == 5),
      let chain = multiplierChain(text, at: start + 2)
    else { return nil }
    var number = ScannedNumber(start: start, end: chain.end, kind: .vague)
    number.min = ExactDecimalBuilder.shift(Decimal(low), by: chain.exponent)
    number.max = ExactDecimalBuilder.shift(Decimal(high), by: chain.exponent)
    number.hasMultiplier = true
    number.hasLargeUnit = chain.large
    number.multiplierExponent = chain.exponent
    number.largeExponent = chain.largeExponent
    number.zhao = chain.zhao
    return .number(number)
  }

  private func scanChinese(_ text: [Unicode.Scalar], at start: Int) -> NumberScan {
    if let pair = scanDigitPair(text, at: start) { return pair }
    let n = text.count
    var i = start
    var lastDigit = false  // the previous scalar was a non-zero digit
    var largeRun = 0
    var previousLarge = 0
    var sawDigit = false
    var sawZero = false
    var digitsOnly = true
    var capital = false
    while i < n {
      let s = text[i]
      if let d = Self.digit(s, capital: capital) {
        // Digit after digit only in a digit-by-digit reading with a zero (二〇二五).
        if d != 0 && lastDigit && !(digitsOnly && sawZero) { break }
        if d == 0 { sawZero = true }
        lastDigit = d != 0; sawDigit = true; largeRun = 0; previousLarge = 0
      } else if NumeralCharacter.smallUnit(s) != nil {
        if digitsOnly && sawZero && i > start + 1 { break }
        lastDigit = false; largeRun = 0; previousLarge = 0; digitsOnly = false
      } else if let e = Self.largeExponent(s) {
        if previousLarge == 8 && e == 4 { break }  // 亿万
        // 兆 after another large unit, or any after 兆: no compound (万兆, 兆亿).
        if (e == 12 && largeRun > 0) || previousLarge == 12 { break }
        digitsOnly = false
        if largeRun == 2 {
          // 万万万…: not a figure. Skip the whole run of numerals.
          var end = i
          while end < n, Self.isChineseNumeral(text[end]) { end += 1 }
          return .tooLong(start: start, end: end, followedByMoney: false)
        }
        largeRun += 1; previousLarge = e; lastDigit = false
      } else {
        break
      }
      if Self.isCapital(s) { capital = true }
      i += 1
      if i - start > Self.maxChineseRun {
        var end = i
        while end < n, Self.isChineseNumeral(text[end]) { end += 1 }
        return .tooLong(start: start, end: end, followedByMoney: false)
      }
    }
    guard i > start else { return .none }
    let extent = text[start..<i]
    var number = ScannedNumber(start: start, end: i, kind: capital ? .capital : .chinese)
    number.bare =
      !sawDigit && extent.allSatisfy { Self.largeExponent($0) != nil || NumeralCharacter.smallUnit($0) != nil }
      && extent.contains { Self.largeExponent($0) != nil }
    number.hasLargeUnit = extent.contains { Self.largeExponent($0) != nil }
    number.hasMultiplier = extent.contains { Self.largeExponent($0) != nil || NumeralCharacter.smallUnit($0) != nil }
    number.zhao = extent.contains("兆")
    guard let value = Self.chineseValue(extent) else { return .none }
    number.value = value
    // 一点五亿, 三点二五万: a decimal point 点, digits read one by one, then 万/亿.
    if i + 1 < n, text[i] == "点", sawDigit, !number.hasLargeUnit, NumeralCharacter.chineseDigit(text[i + 1]) != nil {
      var fraction: [UInt8] = []
      var k = i + 1
      while k < n, fraction.count < 20, let d = NumeralCharacter.chineseDigit(text[k]) { fraction.append(UInt8(d)); k += 1 }
      var chainExponent = 0
      if let chain = multiplierChain(text, at: k) {
        chainExponent = chain.exponent; k = chain.end
        number.hasLargeUnit = chain.large; number.hasMultiplier = true; number.multiplierExponent = chain.exponent
        number.largeExponent = chain.largeExponent; number.zhao = chain.zhao
      }
      guard let whole = Self.smallValue(extent),
        let exact = ExactDecimalBuilder.make(
          digits: Array(String(whole).utf8).map { $0 - 0x30 } + fraction, fractionCount: fraction.count, exponent: chainExponent)
      else { return .none }
      number.value = exact
      number.end = k
      return .number(number)
    }
    // Trailing large units, for ranges that share them (二十至三十亿); without one, the
    // trailing 十/百/千 (三到四仟 is 3000 to 4000).
    var k = i
    var exponent = 0
    while k > start, let e = Self.largeExponent(text[k - 1]) { exponent += e; k -= 1 }
    number.largeExponent = exponent
    if exponent == 0, let unit = NumeralCharacter.smallUnit(text[i - 1]) { exponent = unit == 10 ? 1 : unit == 100 ? 2 : 3 }
    number.multiplierExponent = exponent
    // 三个亿, 两个亿日元: the spoken 个 before 亿/万.
    if i + 1 < n, text[i] == "个", !number.hasLargeUnit, value > 0, let chain = multiplierChain(text, at: i + 1), chain.large,
      NumeralCharacter.smallUnit(text[i + 1]) == nil
    {
      number.value = ExactDecimalBuilder.shift(value, by: chain.exponent)
      number.end = chain.end; number.hasLargeUnit = true; number.hasMultiplier = true
      number.multiplierExponent = chain.exponent; number.largeExponent = chain.largeExponent; number.zhao = chain.zhao
      return .number(number)
    }
    // 十几亿: eleven to nineteen 亿.
    if i < n, text[i] == "几", text[i - 1] == "十" || text[i - 1] == "拾", !number.hasLargeUnit {
      var chainExponent = 0
      var end = i + 1
      if let chain = multiplierChain(text, at: end) {
        chainExponent = chain.exponent; end = chain.end; number.hasLargeUnit = chain.large
        number.largeExponent = chain.largeExponent; number.zhao = chain.zhao
      }
      number.kind = .vague
      number.min = ExactDecimalBuilder.shift(value + 1, by: chainExponent)
      number.max = ExactDecimalBuilder.shift(value + 9, by: chainExponent)
      number.value = nil
      number.end = end
      number.hasMultiplier = true
      number.multiplierExponent = chainExponent
      return .number(number)
    }
    // 三千多万, 一百余亿.
    if i < n, text[i] == "多" || text[i] == "余", value > 0, !number.hasLargeUnit {
      if let chain = multiplierChain(text, at: i + 1), chain.large {
        number.over = true
        number.value = ExactDecimalBuilder.shift(value, by: chain.exponent)
        number.end = chain.end; number.hasLargeUnit = true; number.multiplierExponent = chain.exponent
        number.largeExponent = chain.largeExponent; number.zhao = chain.zhao
      } else {
        number.over = true; number.end = i + 1
      }
    }
    return .number(number)
  }

  /// The value of a run of Chinese numerals: split at the last 兆, then the last 亿, then
  /// the last 万.
  static func chineseValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Decimal? {
    if scalars.isEmpty { return 0 }
    for exponent in [12, 8, 4] {
      if let at = scalars.lastIndex(where: { largeExponent($0) == exponent }) {
        let left = scalars[scalars.startIndex..<at]
        let right = scalars[(at + 1)...]
        guard let leftValue = left.isEmpty ? Decimal(1) : chineseValue(left),
          let rightValue = right.isEmpty ? Decimal(0) : chineseValue(right)
        else { return nil }
        return ExactDecimalBuilder.shift(leftValue, by: exponent) + rightValue
      }
    }
    return smallValue(scalars).map { Decimal($0) }
  }

  /// Digits, 零 and 十百千 below 10 000 (一千零五, 十二, 两千), with the financial 参; empty is 0.
  static func smallValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    scalars.isEmpty ? 0 : NumeralCharacter.smallInteger(scalars) { digit($0, capital: true) }
  }

  // MARK: Vague

  /// 数十亿, 几千万, 上百亿, 数亿: from one to ten times the unit.
  private func scanVague(_ text: [Unicode.Scalar], at start: Int) -> NumberScan {
    guard start + 1 < text.count else { return .none }
    var next = text[start + 1]
    // 几个亿, 数个亿: the spoken 个 before 亿/万.
    var unitAt = start + 1
    if text[start] != "上", next == "个", start + 2 < text.count, NumeralCharacter.largeUnitExponent(text[start + 2]) != nil {
      unitAt += 1; next = text[unitAt]
    }
    if text[start] == "上" && (next == "十" || NumeralCharacter.smallUnit(next) == nil && NumeralCharacter.largeUnitExponent(next) == nil) { return .none }
    guard let chain = multiplierChain(text, at: unitAt) else { return .none }
    var number = ScannedNumber(start: start, end: chain.end, kind: .vague)
    let base = ExactDecimalBuilder.shift(Decimal(1), by: chain.exponent)
    number.min = base
    number.max = ExactDecimalBuilder.shift(base, by: 1)
    number.hasMultiplier = true
    number.hasLargeUnit = chain.large
    number.multiplierExponent = chain.exponent
    number.largeExponent = chain.largeExponent
    number.zhao = chain.zhao
    return .number(number)
  }
}

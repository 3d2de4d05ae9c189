import Foundation

/// Every currency surface form the money extractor knows: the ISO 4217 names ICU's CLDR
/// data gives in zh-Hans, zh-Hant and en (`currency-cldr.tsv`), overlaid with the colloquial
/// forms CLDR lacks (`currency-colloquial.tsv`: 美金, 港币, 块, 毛, $ …), as one trie.
struct CurrencyLexicon: Sendable {
  let trie: ScalarTrie<CurrencyForm>
  /// Scalars that may end a prefix form (`$`, `¥`, `B` of RMB …): a cheap first test.
  let prefixLastScalars: ScalarBitmap
  /// The longest prefix form, in scalars.
  let longestPrefix: Int

  init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    var forms: [String: CurrencyForm] = [:]
    // CLDR: a surface given to several codes is used only when exactly one is current.
    let cldr = lexicons.required("currency-cldr.tsv", problems: &problems)
    var candidates: [String: [(code: String, current: Bool, symbolic: Bool)]] = [:]
    for row in cldr.rows(columns: 4...4, problems: &problems) {
      let surface = row[0], code = row[1], current = row[2] == "current"
      let sources = row[3].split(separator: ",")
      let symbolic = sources.contains { $0 == "iso" || $0.hasSuffix(":symbol") }
      // Codes and symbols of historic, fund and test currencies (ADP, XXX, ¤) would catch
      // ordinary words and signs; their Chinese names stay.
      if !current && symbolic { continue }
      // Precious metals (XAU 黄金, XAG 银) are no currencies in news: 100亿银行贷款.
      if !current && code.hasPrefix("X") { continue }
      candidates[surface, default: []].append((code, current, symbolic))
    }
    for (surface, list) in candidates {
      let chosen: (code: String, current: Bool, symbolic: Bool)?
      if list.count == 1 { chosen = list[0] } else {
        let current = list.filter(\.current)
        chosen = current.count == 1 ? current[0] : nil
      }
      guard let chosen else { continue }
      // Symbols with a sign in them ($, US$, €) may stand before a number; letter-only codes
      // (AMD, TOP, ALL) only after it, unless currency-colloquial.tsv says otherwise.
      let hasSign = surface.unicodeScalars.contains { !$0.properties.isAlphabetic }
      forms[surface] = CurrencyForm(code: chosen.code, scale: 1, position: chosen.symbolic && hasSign ? .both : .suffix)
    }
    let colloquial = lexicons.required("currency-colloquial.tsv", problems: &problems)
    for row in colloquial.rows(columns: 4...4, problems: &problems) {
      guard let scale = Decimal(string: row[2], locale: Locale(identifier: "en_US_POSIX")), scale > 0 else {
        problems.report(file: colloquial.origin, line: row.line, "scale '\(row[2])' is not a positive decimal number")
        continue
      }
      guard let position = CurrencyForm.Position(rawValue: row[3]) else {
        problems.report(file: colloquial.origin, line: row.line, "position '\(row[3])' is not prefix, suffix, both or suffix-final")
        continue
      }
      forms[row[0]] = CurrencyForm(code: row[1], scale: scale, position: position)
    }
    // The analysis text is Simplified: zh-Hant names are matched in the form the text
    // takes after Traditional→Simplified (港幣 → 港币, 加幣 → 加币), character by character.
    let conversion = ChineseConversionTable.icu
    for surface in forms.keys.sorted() {
      var converted = String.UnicodeScalarView()
      for s in surface.unicodeScalars { converted.append(Unicode.Scalar(conversion.simplified(s.value)) ?? s) }
      let simplified = String(converted)
      if simplified != surface, forms[simplified] == nil, let form = forms[surface] { forms[simplified] = form }
    }
    var trie = ScalarTrie<CurrencyForm>()
    var prefixLast = ScalarBitmap()
    var longest = 0
    for surface in forms.keys.sorted() {
      guard let form = forms[surface] else { continue }
      trie.insert(surface, form)
      // English names also in lower case and capitalised (US dollars, us dollars, Us dollars).
      let isCode = surface.count == 3 && surface.unicodeScalars.allSatisfy { $0.properties.isUppercase }
      if !isCode, surface.unicodeScalars.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
        for variant in [surface.lowercased(), surface.prefix(1).uppercased() + surface.dropFirst()] where forms[variant] == nil {
          trie.insert(variant, form)
        }
      }
      if form.position.allowsPrefix, let last = surface.unicodeScalars.last {
        prefixLast.insert(last.value)
        longest = max(longest, surface.unicodeScalars.count)
      }
    }
    self.trie = trie
    prefixLastScalars = prefixLast
    longestPrefix = longest
  }

  /// The longest currency form starting at `index` that may follow a number.
  func suffix(in text: [Unicode.Scalar], at index: Int) -> (end: Int, form: CurrencyForm)? {
    guard index < text.count, let match = trie.longestMatch(in: text, at: index) else { return nil }
    guard match.value.position.allowsSuffix else { return nil }
    if !ScalarClass.asciiWordBoundary(text, before: match.end) { return nil }
    if match.value.position == .suffixFinal, match.end < text.count {
      let next = text[match.end]
      if ScalarClass.isHan(next) && next != "钱" && NumeralCharacter.chineseDigit(next) == nil { return nil }
    }
    return (match.end, match.value)
  }

  /// The longest currency form ending at `end` that may stand before a number.
  func prefix(in text: [Unicode.Scalar], endingAt end: Int) -> (start: Int, form: CurrencyForm)? {
    guard end > 0, prefixLastScalars.contains(text[end - 1]) else { return nil }
    guard let match = trie.longestMatch(in: text, endingAt: end, maxLength: longestPrefix),
          match.value.position.allowsPrefix else { return nil }
    if !ScalarClass.asciiWordBoundary(text, before: match.start) { return nil }
    return (match.start, match.value)
  }
}

import Foundation

/// Every currency surface form the money extractor knows: the ISO 4217 names ICU's CLDR
/// data gives in zh-Hans, zh-Hant and en (`currency-cldr.tsv`, historical currencies
/// included), overlaid with the colloquial forms CLDR lacks (`currency-colloquial.tsv`: 美金,
/// 港币, 块, 蚊, 毛, 法郎, $ …), as one trie; the words around that may name another currency
/// (`currency-context.tsv`: `¥` near 日元 is JPY); and the sub-units after a unit
/// (`currency-subunits.tsv`: 角, 毛, 分, 仙 after 元).
struct CurrencyLexicon: Sendable {
  let trie: ScalarTrie<CurrencyForm>
  /// Scalars that may end a prefix form (`$`, `¥`, `B` of RMB …): a cheap first test.
  let prefixLastScalars: ScalarBitmap
  /// The longest prefix form, in scalars.
  let longestPrefix: Int
  /// Per `CurrencyForm.context`: the words that name another currency, and its code.
  let contexts: [ScalarTrie<String>]
  /// Sub-units per currency (`CurrencyForm.subunits`), with their scale in its unit.
  let subunits: [ScalarTrie<Decimal>]
  /// The yuan's sub-units (角, 毛, 毫, 分, 仙), which also follow a bare tenth (三毛五分).
  let yuanSubunits: ScalarTrie<Decimal>
  /// The index of the yuan's sub-units in `subunits` (for a unit read from context: 港幣五個二毫).
  let yuanSubunitsIndex: Int?
  /// How far from a currency word a context word may stand.
  static let contextWindow = 40

  /// Historic, fund and test units that are no money in news (precious metals: 100亿银行贷款
  /// is no silver; bond units; the test code).
  static let notMoney: Set<String> = ["XAG", "XAU", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XSU", "XTS", "XUA", "XXX"]

  init(reader: LexiconReader, problems: inout LexiconProblems) {
    var forms: [[Unicode.Scalar]: CurrencyForm] = [:]
    // CLDR: a surface given to several codes is used only when exactly one is current. Names
    // as CLDR writes them in Simplified (or English) come before names that reach the same
    // surface through Traditional→Simplified, and those before names read without their
    // parenthesised years or code (委内瑞拉玻利瓦尔 (1871–2008)).
    struct Candidate { var code: String; var current: Bool; var symbolic: Bool; var tier: Int }
    var candidates: [[Unicode.Scalar]: [Candidate]] = [:]
    for row in reader.rows(CurrencyCLDRRow.self, problems: &problems) {
      // Codes and symbols of historic, fund and test currencies (ADP, XXX, ¤) would catch
      // ordinary words and signs; their Chinese names stay.
      if !row.current && row.symbolic { continue }
      if Self.notMoney.contains(row.code) { continue }
      let tier = row.surface == Array(row.written.unicodeScalars) ? 0 : 1
      candidates[row.surface, default: []].append(Candidate(code: row.code, current: row.current, symbolic: row.symbolic, tier: tier))
      if let plain = row.withoutQualifier {
        candidates[plain, default: []].append(Candidate(code: row.code, current: row.current, symbolic: false, tier: 2))
      }
    }
    for (surface, all) in candidates {
      let best = all.map(\.tier).min() ?? 0
      var byCode: [String: Candidate] = [:]
      for c in all where c.tier == best {
        var merged = byCode[c.code] ?? c
        merged.current = merged.current || c.current
        merged.symbolic = merged.symbolic || c.symbolic
        byCode[c.code] = merged
      }
      let list = byCode.values.sorted { $0.code < $1.code }
      let chosen: Candidate?
      if list.count == 1 {
        chosen = list[0]
      } else {
        let current = list.filter(\.current)
        chosen = current.count == 1 ? current[0] : nil
      }
      guard let chosen else { continue }
      // Symbols with a sign in them ($, US$, €) may stand before a number; letter-only codes
      // (AMD, TOP, ALL) only after it, unless currency-colloquial.tsv says otherwise.
      let hasSign = surface.contains { !$0.properties.isAlphabetic }
      forms[surface] = CurrencyForm(code: chosen.code, scale: 1, position: chosen.symbolic && hasSign ? .both : .suffix)
    }
    for row in reader.rows(CurrencyColloquialRow.self, problems: &problems) {
      forms[row.surface] = CurrencyForm(code: row.code, scale: row.scale, position: row.position)
    }
    var contexts: [ScalarTrie<String>] = []
    var contextOf: [[Unicode.Scalar]: Int] = [:]
    for row in reader.rows(CurrencyContextRow.self, problems: &problems) {
      guard var form = forms[row.surface] else {
        problems.report(
          LexiconError(
            file: row.origin, line: row.line,
            problem: "'\(String(scalars: row.surface))' is no currency form of currency-cldr.tsv or currency-colloquial.tsv"))
        continue
      }
      let index = contextOf[row.surface] ?? contexts.count
      if index == contexts.count { contexts.append(ScalarTrie()); contextOf[row.surface] = index }
      contexts[index].insert(row.word, row.code)
      form.context = index
      forms[row.surface] = form
    }
    var subunits: [ScalarTrie<Decimal>] = []
    var subunitsOf: [String: Int] = [:]
    for row in reader.rows(CurrencySubunitRow.self, problems: &problems) {
      let index = subunitsOf[row.code] ?? subunits.count
      if index == subunits.count { subunits.append(ScalarTrie()); subunitsOf[row.code] = index }
      subunits[index].insert(row.surface, row.scale)
    }
    for (surface, form) in forms where form.fraction == nil {
      forms[surface]?.subunits = subunitsOf[form.code]
    }
    var trie = ScalarTrie<CurrencyForm>()
    var prefixLast = ScalarBitmap()
    var longest = 0
    for (surface, form) in forms.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) { $0.value < $1.value } }) {
      trie.insert(surface, form)
      // English names also in lower case and capitalised (US dollars, us dollars, Us dollars).
      let isCode = surface.count == 3 && surface.allSatisfy { $0.properties.isUppercase }
      if !isCode, surface.contains(where: { $0.properties.isAlphabetic && $0.isASCII }) {
        let text = AnalysisText.string(surface[...])
        for variant in [text.lowercased(), text.prefix(1).uppercased() + text.dropFirst()] where forms[Array(variant.unicodeScalars)] == nil {
          trie.insert(variant, form)
        }
      }
      if form.position.allowsPrefix, let last = surface.last {
        prefixLast.insert(last.value)
        longest = max(longest, surface.count)
      }
    }
    self.trie = trie
    prefixLastScalars = prefixLast
    longestPrefix = longest
    self.contexts = contexts
    self.subunits = subunits
    yuanSubunitsIndex = subunitsOf["CNY"]
    yuanSubunits = subunitsOf["CNY"].map { subunits[$0] } ?? ScalarTrie()
  }

  /// The longest currency form starting at `index` that may follow a number.
  /// - Parameter followers: the Han words that may follow a spoken unit (块, 蚊 …) that is
  ///   otherwise a measure word before a noun (20块左右, not 3块芯片).
  func suffix(in text: [Unicode.Scalar], at index: Int, followers: ScalarTrie<Bool>? = nil) -> (end: Int, form: CurrencyForm)? {
    guard index < text.count, let match = trie.longestMatch(in: text, at: index) else { return nil }
    guard match.value.position.allowsSuffix else { return nil }
    if !ScalarClass.asciiWordBoundary(text, before: match.end) { return nil }
    if match.value.position.endsWord, match.end < text.count {
      // 3块, 3块钱, 三块五, 七蚊半; not 3块芯片, 一块儿.
      let next = text[match.end]
      let tail =
        NumeralCharacter.chineseDigit(next) != nil
        || (match.value.position.isColloquial && (next == "半" || followers?.longestMatch(in: text, at: match.end) != nil))
      if ScalarClass.isHan(next) && next != "钱" && !tail { return nil }
    }
    return (match.end, match.value)
  }

  /// The longest currency form ending at `end` that may stand before a number.
  func prefix(in text: [Unicode.Scalar], endingAt end: Int) -> (start: Int, form: CurrencyForm)? {
    guard end > 0, prefixLastScalars.contains(text[end - 1]) else { return nil }
    guard let match = trie.longestMatch(in: text, endingAt: end, maxLength: longestPrefix),
      match.value.position.allowsPrefix
    else { return nil }
    if !ScalarClass.asciiWordBoundary(text, before: match.start) { return nil }
    return (match.start, match.value)
  }

  /// The currency the words around `start..<end` name instead of `form`'s own, if `form`
  /// has such words: the nearest within `contextWindow` code points.
  func contextCode(of form: CurrencyForm, in text: [Unicode.Scalar], start: Int, end: Int) -> String? {
    guard let index = form.context else { return nil }
    let words = contexts[index]
    let low = Swift.max(0, start - Self.contextWindow), high = Swift.min(text.count, end + Self.contextWindow)
    var best: (distance: Int, code: String)?
    var k = low
    while k < high {
      if words.firstScalars.contains(text[k].value), let m = words.longestMatch(in: text, at: k, limit: high) {
        let distance = m.end <= start ? start - m.end : Swift.max(0, k - end)
        if best.map({ distance < $0.distance }) ?? true { best = (distance, m.value) }
      }
      k += 1
    }
    return best?.code
  }
}

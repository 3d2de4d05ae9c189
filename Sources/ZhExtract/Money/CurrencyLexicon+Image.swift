import Foundation

/// The currency forms (`CurrencyLexicon`: the trie of every name, code and symbol CLDR and
/// `currency-colloquial.tsv` give, the words of context and the sub-units) as a section of the
/// lexicon image, read at start-up instead of `currency-*.tsv`: building them normalised 1,874
/// CLDR rows through ICU and inserted 2,600 keys, 92 M instructions, the largest cost of start-up.
extension CurrencyLexicon {
  package static let imageSection = "currency-forms"

  /// The section's bytes for the currency forms of `reader`; `nil` when the tables have problems
  /// (a lexicon with problems is never imaged: the run must report them).
  package static func imageBytes(reader: LexiconReader) -> [UInt8]? {
    var problems = LexiconProblems()
    let lexicon = CurrencyLexicon(reader: reader, problems: &problems)
    return problems.isEmpty ? lexicon.imageBytes : nil
  }

  /// The forms as the section holds them: every trie as its arrays (the same bytes in every
  /// process: the trie is built from the forms in order of their surfaces).
  package var imageBytes: [UInt8] {
    var w = LexiconImageWriter()
    w.scalarTrie(trie) { form, w in Self.write(form, &w) }
    w.array(prefixLastScalars.members)
    w.count(longestPrefix)
    w.count(contexts.count)
    for context in contexts { w.scalarTrie(context) { code, w in w.string(code) } }
    w.count(subunits.count)
    for trie in subunits { w.scalarTrie(trie) { scale, w in w.string(scale.description) } }
    w.int32(yuanSubunitsIndex.map(Int32.init) ?? -1)
    return w.bytes
  }

  /// The forms of a section written by `imageBytes`.
  init(image: UnsafeRawBufferPointer) throws(LexiconImageError) {
    var r = LexiconImageReader(image)
    trie = try r.scalarTrie { r throws(LexiconImageError) in try Self.readForm(&r) }
    var prefixLast = ScalarBitmap()
    prefixLast.formUnion(try r.array(UInt32.self))
    prefixLastScalars = prefixLast
    longestPrefix = try r.count()
    var contexts: [ScalarTrie<String>] = []
    for _ in 0..<(try r.count()) { contexts.append(try r.scalarTrie { r throws(LexiconImageError) in try r.string() }) }
    var subunits: [ScalarTrie<Decimal>] = []
    for _ in 0..<(try r.count()) { subunits.append(try r.scalarTrie { r throws(LexiconImageError) in try Self.readDecimal(&r) }) }
    let yuan = Int(try r.int32())
    guard yuan >= -1, yuan < subunits.count, r.isAtEnd else { throw LexiconImageError() }
    self.contexts = contexts
    self.subunits = subunits
    yuanSubunitsIndex = yuan >= 0 ? yuan : nil
    yuanSubunits = yuan >= 0 ? subunits[yuan] : ScalarTrie()
    // Every index a form holds must name a list that is there (a damaged image must not crash a scan).
    var valid = true
    trie.forEachValue { form in
      if let k = form.context, !(0..<contexts.count).contains(k) { valid = false }
      if let k = form.subunits, !(0..<subunits.count).contains(k) { valid = false }
    }
    guard valid else { throw LexiconImageError() }
  }

  private static func write(_ form: CurrencyForm, _ w: inout LexiconImageWriter) {
    w.string(form.code)
    w.uint8(UInt8(CurrencyForm.Position.allCases.firstIndex(of: form.position)!))
    w.int32(form.context.map(Int32.init) ?? -1)
    w.int32(form.subunits.map(Int32.init) ?? -1)
    w.optionalString(form.fraction?.description)
  }

  private static func readForm(_ r: inout LexiconImageReader) throws(LexiconImageError) -> CurrencyForm {
    let code = try r.string()
    let positions = CurrencyForm.Position.allCases
    let position = Int(try r.uint8())
    guard position < positions.count else { throw LexiconImageError() }
    let context = Int(try r.int32()), subunits = Int(try r.int32())
    let scale = try r.bool() ? try readDecimalText(try r.string()) : 1
    guard context >= -1, subunits >= -1 else { throw LexiconImageError() }
    var form = CurrencyForm(code: code, scale: scale, position: positions[position], context: context >= 0 ? context : nil)
    form.subunits = subunits >= 0 ? subunits : nil
    return form
  }

  private static func readDecimal(_ r: inout LexiconImageReader) throws(LexiconImageError) -> Decimal {
    try readDecimalText(try r.string())
  }

  /// A scale as `Decimal.description` wrote it, read as the tables' scales are read.
  private static func readDecimalText(_ text: String) throws(LexiconImageError) -> Decimal {
    guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { throw LexiconImageError() }
    return value
  }
}

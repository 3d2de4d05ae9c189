import Foundation

/// Finds every monetary figure in analysis text, in one left-to-right pass.
///
/// Three parts, as every stage has them: `MoneyCursor` reads the text into unresolved
/// `MoneyExpression`s (figures as scanned, the currency words before and after, rate and
/// qualifier words, range/change/list structure); `MoneyResolver` turns each into a value
/// without looking at the text; the words come from `Lexicons/` (currencies, cues,
/// qualifiers, rates, range separators, what a bare 元 means).
package struct MoneyExtractor: Sendable {
  let currencies: CurrencyLexicon
  let words: MoneyWordLists
  let scanner: NumberScanner
  /// Scalars at which the scan stops to look: numerals and the first scalars of false positives.
  let starts: ScalarBitmap

  /// The stage of `reader`'s tables; the currency forms from `currencyImage` (the lexicon image's
  /// section for these very tables, `CurrencyLexicon.imageSection`) when there is one and it reads.
  package init(reader: LexiconReader, currencyImage: UnsafeRawBufferPointer? = nil, problems: inout LexiconProblems) {
    if let currencyImage, let imaged = try? CurrencyLexicon(image: currencyImage) {
      currencies = imaged
    } else {
      currencies = CurrencyLexicon(reader: reader, problems: &problems)
    }
    words = MoneyWordLists(reader: reader, problems: &problems)
    scanner = NumberScanner(englishMultipliers: reader.rows(NumberMultiplierRow.self, problems: &problems).map { ($0.surface, $0.multiplier) })
    var starts = ScalarBitmap()
    for v in UInt32(0x30)...UInt32(0x39) { starts.insert(v) }
    for s in "〇零○一壹弌二两兩贰貳弍三叁參弎四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億数几上".unicodeScalars { starts.insert(s.value) }
    starts.formUnion(words.falseWordStarts)
    self.starts = starts
  }

  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning]) -> [Finding<MoneyValue>] {
    var findings: [Finding<MoneyValue>] = []
    extract(text, warnings: &warnings) { findings.append($0) }
    return findings
  }

  /// Hands each figure to `consume` as it is read and resolved, in text order: a document's
  /// expressions and findings are never all alive at once, only what the caller keeps.
  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning], _ consume: (Finding<MoneyValue>) -> Void) {
    extract(text, warnings: &warnings) { placed, value in consume(Finding(span: text.locate(placed), value: value)) }
  }

  /// The same figures, each placed in both texts without its surfaces (they are cut from the
  /// text when the mention is written).
  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning], placed consume: (PlacedSpan, MoneyValue) -> Void) {
    var cursor = MoneyCursor(text, currencies: currencies, words: words, scanner: scanner, starts: starts)
    let document = cursor.document
    cursor.scan { e in
      guard case .success(let value) = MoneyResolver.resolve(e, documentYuan: { document.yuan }) else { return }
      consume(text.place(TextSpan(e.start, e.end)), value)
    }
    warnings += cursor.warnings
  }
}

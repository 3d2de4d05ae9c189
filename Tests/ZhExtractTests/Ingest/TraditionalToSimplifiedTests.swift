import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

@Suite struct TraditionalToSimplifiedTests {
  static let phrases: [T2SPhrase] = {
    var problems = LexiconProblems()
    let phrases = T2SPhrase.load(from: .bundled, problems: &problems)
    precondition(problems.isEmpty, "\(problems.all)")
    return phrases
  }()
  static let withPhrases = TraditionalToSimplified(lexiconPhrases: phrases)
  static let icuOnly = TraditionalToSimplified(lexiconPhrases: [])
  /// A fresh transliterator per use: ICU transliterators are not for concurrent use.
  static var icu: ICUTransliterator { ICUTransliterator(id: "Traditional-Simplified")! }

  static func convert(_ text: String, _ converter: TraditionalToSimplified = withPhrases) -> String {
    var scalars = IngestFixtures.scalars(text)
    converter.convert(&scalars)
    return AnalysisText.string(scalars[...])
  }

  /// Every row of `t2s-phrases.tsv`, in a sentence, converts to its target, and the
  /// characters around it convert as ICU converts them.
  @Test(arguments: phrases)
  func lexiconPhraseConvertsInContext(phrase: T2SPhrase) {
    let before = "報導指出，", after = "的說法並不準確。"
    let converted = Self.convert(before + phrase.traditional + after)
    #expect(converted == "报导指出，" + phrase.simplified + "的说法并不准确。")
  }

  @Test func lexiconHasTheRowsThatMatter() {
    let table = Dictionary(uniqueKeysWithValues: Self.phrases.map { ($0.traditional, $0.simplified) })
    #expect(table["乾隆"] == "乾隆")
    #expect(Self.icu.transliterate("乾隆") == "干隆", "ICU alone gets the name wrong: the reason for the row")
    #expect(Self.convert("乾隆皇帝") == "乾隆皇帝")
    #expect(Self.convert("他的頭髮乾淨") == "他的头发干净")
  }

  @Test func icuRulesAreReadCompletely() {
    let table = ChineseConversionTable.icu
    #expect(table.skippedRules.isEmpty, "rules of an unexpected shape: \(table.skippedRules.prefix(5))")
    #expect(table.phrases.count > 500)
    #expect(table.phrases.contains { $0.traditional == "乾坤" && $0.simplified == "乾坤" })
  }

  /// ICU applies the first rule that matches; the table applies the longest. They agree
  /// because no ICU rule is a proper prefix of a later one.
  @Test func icuRuleOrderEqualsLongestMatch() {
    let phrases = ChineseConversionTable.icu.phrases.map(\.traditional)
    var firstIndex: [String: Int] = [:]
    for (i, phrase) in phrases.enumerated() where firstIndex[phrase] == nil { firstIndex[phrase] = i }
    for (i, phrase) in phrases.enumerated() {
      let scalars = Array(phrase.unicodeScalars)
      for length in 2..<scalars.count {
        let prefix = String(String.UnicodeScalarView(scalars.prefix(length)))
        if let earlier = firstIndex[prefix] { #expect(earlier > i, "\(prefix) comes before \(phrase)") }
      }
    }
  }

  /// The table path without the project's phrases is ICU exactly; with them, it differs only
  /// inside the spans where a phrase of the project applied.
  static func expectEqualsICU(_ folded: [Unicode.Scalar], _ name: String) {
    let icuOutput = Array(String(decoding: Self.icu.transliterate(utf16: Array(AnalysisText.string(folded[...]).utf16)), as: UTF16.self).unicodeScalars)
    var plain = folded
    Self.icuOnly.convert(&plain)
    #expect(plain == icuOutput, "\(name): the ICU table path differs from ICU")
    var ours = folded
    var overrides: [TextSpan] = []
    Self.withPhrases.convert(&ours, overrides: &overrides)
    #expect(ours.count == icuOutput.count)
    var inside = [Bool](repeating: false, count: ours.count)
    for span in overrides { for i in span.start..<span.end { inside[i] = true } }
    for i in 0..<min(ours.count, icuOutput.count) where ours[i] != icuOutput[i] {
      #expect(inside[i], "\(name): differs from ICU at \(i) outside a phrase override")
    }
  }

  @Test(arguments: try PackagePaths.corpusFiles().map(\.lastPathComponent))
  func corpusEqualsICUExceptPhraseOverrides(name: String) throws {
    let decoded = try ByteDecoder.decode([UInt8](Data(contentsOf: PackagePaths.corpus.appendingPathComponent(name))))
    let folded = MarkupStripper.strip(decoded.scalars, format: nil, folding: .icu)
    Self.expectEqualsICU(folded.scalars, name)
  }

  static let traditionalSample = """
    乾隆年間，京城裡有一位著名的畫家，他的頭髮總是梳得乾乾淨淨。後來他搬到臺灣，
    在週末開了一家麵館，藉此維持生計；朋友們憑藉他的手藝，答覆了許多來訪者的疑問。
    這家公司去年的營收達到一千二百億元，鉅額虧損讓投資人憂心忡忡，甚麼時候才能扭轉乾坤？
    他瞭望遠方，沉著地說：「我們的計畫不會改變，企畫部門會反覆檢討。」項鍊與鎖鍊都在抽屜裡。
    """

  @Test func ownTraditionalSampleEqualsICUExceptPhraseOverrides() {
    let folded = Normalizer(converter: Self.withPhrases).fold(IngestFixtures.scalars(Self.traditionalSample), over: nil).scalars
    Self.expectEqualsICU(folded, "sample")
    #expect(Self.convert(AnalysisText.string(folded[...])).hasPrefix("乾隆年间,京城里有一位著名的画家,他的头发总是梳得干干净净。后来他搬到台湾"))
  }

  @Test func malformedRowsAreReportedWithFileAndLine() {
    let table = LexiconTable(
      name: "t2s-phrases.tsv", origin: "Lexicons/t2s-phrases.tsv",
      contents: "# File: t2s-phrases.tsv\n# Format: traditional<TAB>simplified\n乾隆\t乾隆\n頭髮\t头\nabc\tabc\n單列\n")
    var problems = LexiconProblems()
    let phrases = T2SPhrase.load(from: LexiconSet(tables: [table]), problems: &problems)
    #expect(phrases.map(\.traditional) == ["乾隆"])
    #expect(
      problems.all.map(\.description) == [
        "Lexicons/t2s-phrases.tsv:6: expected 2 tab-separated columns, found 1",
        "Lexicons/t2s-phrases.tsv:4: '頭髮' has 2 code points but '头' has 1; they must be equal",
        "Lexicons/t2s-phrases.tsv:5: 'abc' is not a phrase of CJK characters",
      ])
  }
}

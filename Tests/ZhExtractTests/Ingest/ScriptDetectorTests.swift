import Testing
@testable import ZhExtract

@Suite struct ScriptDetectorTests {
  @Test(arguments: [
    (0, 0, ScriptDetector.Script.hans),
    (3, 1, .hant), (1, 3, .hans), (2, 2, .hans),
    (85, 15, .hant), (84, 16, .mixed), (50, 50, .mixed), (16, 84, .mixed), (15, 85, .hans), (1, 300, .hans),
  ])
  func threshold(traditional: Int, simplified: Int, expected: ScriptDetector.Script) {
    #expect(ScriptDetector.script(traditional: traditional, simplified: simplified) == expected)
  }

  static func script(_ text: String) -> String {
    IngestFixtures.ingestor().ingest(text: text, format: .text).script
  }

  @Test func simplifiedTraditionalAndMixedText() {
    #expect(Self.script(IngestFixtures.simplifiedParagraph) == "hans")
    #expect(Self.script(IngestFixtures.traditionalParagraph) == "hant")
    let half = IngestFixtures.simplifiedParagraph.prefix(60) + IngestFixtures.traditionalParagraph.suffix(70)
    #expect(Self.script(String(half)) == "mixed")
  }

  @Test func charactersBothScriptsWriteAreNoEvidence() {
    // 了 后 台 干 里 面 are written in Traditional text too (ICU lists them), so they count for neither.
    let both = "了后台干面".unicodeScalars.filter { ChineseConversionTable.icu.isSimplifiedOnly($0.value) }
    #expect(both.isEmpty)
    let simplifiedOnly = "发对这们".unicodeScalars.filter { ChineseConversionTable.icu.isSimplifiedOnly($0.value) }
    #expect(String(String.UnicodeScalarView(simplifiedOnly)) == "发对这们")
    #expect(ScriptDetector.script(of: Array("皇后了台干面".unicodeScalars)) == "hans")
  }

  /// The original text's counts (read through the table's buffers) are the scalar array's (read
  /// through `simplified` and `isSimplifiedOnly`), on every code point from U+2E00 up, the
  /// supplementary ones the table maps, and articles, as UTF-8 and as an overlay.
  @Test func originalTextCountsAgreeWithTheScalarCounts() {
    let table = ChineseConversionTable.icu
    var every = (UInt32(0x2E00)..<0x10000).compactMap(Unicode.Scalar.init)
    every += table.supplementary.keys.sorted().compactMap(Unicode.Scalar.init)
    every += "𠀀𪚥😀".unicodeScalars
    let reference = ScriptDetector.counts(of: every)
    #expect(reference.traditional > 2_000 && reference.simplified > 1_000)
    let original = ScriptDetector.counts(of: OriginalText(every))
    #expect(original.traditional == reference.traditional && original.simplified == reference.simplified)
    for text in [IngestFixtures.simplifiedParagraph, IngestFixtures.traditionalParagraph, "（引自《聯合報》）發展"] {
      let scalars = Array(text.unicodeScalars)
      let expected = ScriptDetector.counts(of: scalars)
      let analysis = IngestFixtures.ingestor().ingest(text: text, format: .text).analysis
      for original in [OriginalText(scalars), analysis.original] {
        let counted = ScriptDetector.counts(of: original)
        #expect(counted.traditional == expected.traditional && counted.simplified == expected.simplified)
      }
    }
  }

  @Test func aSimplifiedArticleQuotingATaiwaneseNameStaysHans() {
    #expect(Self.script(IngestFixtures.simplifiedParagraph + "(引自《聯合報》)") == "hans")
  }
}

import Testing
import ZhExtractTestSupport
@testable import ZhExtract

@Suite struct NormalizerTests {
  static let normalizer = IngestFixtures.ingestor().normalizer

  static func normalize(_ text: String) -> (text: String, map: OffsetMap) {
    let (scalars, map) = normalizer.normalize(IngestFixtures.scalars(text))
    return (AnalysisText.string(scalars[...]), map)
  }

  static func span(_ map: OffsetMap, _ start: Int, _ end: Int) -> [Int] {
    let span = map.originalSpan(TextSpan(start, end))
    return [span.start, span.end]
  }

  @Test func fullWidthBecomesASCII() {
    let marked = MarkedText("营收⟦１２０⟧亿元（约）！ＡＢＣ")
    let (text, map) = Self.normalize(marked.text)
    #expect(text == "营收120亿元(约)!ABC")
    #expect(Self.span(map, 2, 5) == marked.span(0))
  }

  @Test func expansionsShareTheirOrigin() {
    let marked = MarkedText("A⟦㍿⟧B⟦①⟧⟦ﬁ⟧x")
    let (text, map) = Self.normalize(marked.text)
    #expect(text == "A株式会社B1fix")
    #expect(Self.span(map, 1, 5) == marked.span(0))
    #expect(Self.span(map, 2, 3) == marked.span(0), "each scalar of an expansion maps to the whole origin")
    #expect(Self.span(map, 6, 7) == marked.span(1))
    #expect(Self.span(map, 7, 9) == marked.span(2))
  }

  @Test func spacesAreUnifiedAndInvisiblesRemoved() {
    let marked = MarkedText("价\u{A0}格\u{3000}⟦是\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}多少⟧")
    let (text, map) = Self.normalize(marked.text)
    #expect(text == "价 格 是多少")
    #expect(Self.span(map, 4, 7) == marked.span(0))
  }

  @Test func combiningMarksNormaliseWithTheirBase() {
    let marked = MarkedText("caf⟦e\u{301}⟧ ⟦ᄀ\u{1161}⟧")
    let (text, map) = Self.normalize(marked.text)
    #expect(text == "café 가")
    #expect(Self.span(map, 3, 4) == marked.span(0))
    #expect(Self.span(map, 5, 6) == marked.span(1))
  }

  /// Issue 11 item 13: `a` and 160,000 alternating marks took ICU's reordering buffer
  /// quadratic time. After 30 non-starters in a row U+034F is inserted (Stream-Safe Text
  /// Format, UAX #15); it maps to the marks before it, and every other scalar keeps its map.
  @Test func longRunsOfCombiningMarksAreCutEveryThirty() {
    let marks = String(repeating: "\u{301}\u{316}", count: 40)  // 80 non-starters
    let (text, map) = Self.normalize("x" + "q" + marks + "b")  // q́ has no precomposed form
    let scalars = Array(text.unicodeScalars)
    let joiners = scalars.indices.filter { scalars[$0] == "\u{034F}" }
    #expect(joiners.count == 2, "after the 30th and the 60th mark")
    #expect(scalars.count == 1 + 1 + 80 + 2 + 1)
    #expect(scalars.first == "x" && scalars.last == "b")
    // The first segment is the base and 30 marks: original [1, 32); the joiner after it too.
    #expect(Self.span(map, joiners[0], joiners[0] + 1) == [1, 32])
    #expect(Self.span(map, scalars.count - 1, scalars.count) == [82, 83])
    #expect(map.originalLength == 83)
  }

  @Test func thirtyMarksNeedNoJoiner() {
    let (text, _) = Self.normalize("a" + String(repeating: "\u{316}", count: 30) + "b")
    #expect(!text.unicodeScalars.contains("\u{034F}"))
  }

  @Test func traditionalBecomesSimplifiedWithPhrases() {
    let (text, map) = Self.normalize("乾隆年間，頭髮乾淨的後生著名於世。")
    #expect(text == "乾隆年间,头发干净的后生著名于世。")
    #expect(map == .identity(length: 17))
  }

  @Test func compatibilityIdeographBecomesUnifiedThenSimplified() {
    #expect(Self.normalizer.fold(["\u{F900}"], over: nil).scalars == ["\u{8C48}"])  // 豈
    #expect(Self.normalize("\u{F900}").text == "岂")
  }

  // MARK: - Property: the map is exact

  /// Code points that exercise every path: ASCII, full-width, expansions, spaces,
  /// invisibles, combining marks, Hangul jamo, compatibility ideographs, supplementary.
  static let alphabet: [String] = [
    "a", "e", "Z", "7", " ", "\n", ",", "１", "Ａ", "，", "！", "中", "国", "发", "發", "國", "乾", "隆", "後",
    "㍿", "①", "ﬁ", "…", "²", "Ⅻ", "\u{A0}", "\u{3000}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{AD}", "\u{301}",
    "\u{308}", "ᄀ", "\u{1161}", "\u{11A8}", "\u{F900}", "😀", "𠀀", "\u{2028}", "ｶ", "\u{FF9E}",
  ]

  /// A deterministic generator (SplitMix64), so a failure can be replayed.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func text(maxLength: Int) -> [Unicode.Scalar] {
      let length = Int(next() % UInt64(maxLength + 1))
      return (0..<length).flatMap { _ in NormalizerTests.alphabet[Int(next() % UInt64(NormalizerTests.alphabet.count))].unicodeScalars }
    }
  }

  @Test(arguments: 0..<8)
  func foldMapIsExactOnGeneratedText(seed: Int) {
    var generator = Generator(state: UInt64(seed) &* 7919)
    for _ in 0..<60 {
      let input = generator.text(maxLength: 40)
      let (output, map) = Self.normalizer.fold(input, over: nil)
      // The whole output equals ICU's NFKC of the whole input (then spaces, invisibles).
      #expect(output == FoldingTable.fold(input), "input \(input.map { String($0.value, radix: 16) })")
      // Output scalars come in groups with one origin each; a group is exactly its origin
      // normalised alone; origins are increasing, disjoint, and cover all but removed input.
      var k = 0
      var covered = 0
      while k < output.count {
        let span = map.originalSpan(TextSpan(k, k + 1))
        var end = k + 1
        while end < output.count, map.originalSpan(TextSpan(end, end + 1)) == span { end += 1 }
        #expect(span.start >= covered, "origins overlap or go backwards at output \(k)")
        for removed in covered..<span.start {
          #expect(FoldingTable.fold([input[removed]]).isEmpty, "input \(removed) is neither mapped nor removable")
        }
        #expect(Array(output[k..<end]) == FoldingTable.fold(Array(input[span.start..<span.end])))
        covered = span.end
        k = end
      }
      for removed in covered..<input.count { #expect(FoldingTable.fold([input[removed]]).isEmpty) }
    }
  }

  @Test(arguments: 0..<4)
  func normalizeIsFoldThenLengthKeepingConversion(seed: Int) {
    var generator = Generator(state: UInt64(seed) &+ 101)
    for _ in 0..<60 {
      let input = generator.text(maxLength: 40)
      let folded = Self.normalizer.fold(input, over: nil)
      let output = Self.normalizer.normalize(input, over: nil)
      #expect(output.map == folded.map)
      #expect(output.scalars.count == folded.scalars.count)
      var converted = folded.scalars
      Self.normalizer.converter.convert(&converted)
      #expect(output.scalars == converted)
    }
  }

  @Test(arguments: 0..<4)
  func strippingAndFoldingInOnePassEqualsTwoPasses(seed: Int) {
    // Markup between stretches of text; no combining mark starts a stretch (the one-pass
    // fold treats markup as a segment boundary, documented in MarkupStripper).
    var generator = Generator(state: UInt64(seed) &+ 5003)
    let markup = ["<p>", "</p>", "<b>", "</b>", "<br>", "&amp;", "&#x4E2D;", "&nbsp;", "<!-- x -->", "<div class=\"a\">"]
    for _ in 0..<40 {
      var html = ""
      for _ in 0..<Int(generator.next() % 6) {
        let stretch = generator.text(maxLength: 12).filter {
          !$0.properties.isGraphemeExtend && !(0x1161...0x11FF).contains($0.value) && $0 != "<" && $0 != "&"
        }
        html += String(String.UnicodeScalarView(stretch))
        html += markup[Int(generator.next() % UInt64(markup.count))]
      }
      let decoded = IngestFixtures.scalars(html)
      let onePass = MarkupStripper.strip(decoded, format: .html, folding: Self.normalizer.folding)
      let stripped = MarkupStripper.strip(decoded, format: .html)
      let twoPass = Self.normalizer.fold(stripped.scalars, over: stripped.map)
      #expect(onePass.scalars == twoPass.scalars, "html: \(html)")
      #expect(onePass.map == twoPass.map, "html: \(html)")
    }
  }

  /// `normalizeSurface` skips folding where it changes nothing: it must give what the full
  /// path gives, on every field of every bundled table and on keys that folding does change.
  @Test func surfaceFastPathEqualsTheFullNormalization() {
    let normalizer = Self.normalizer
    var fields: Set<String> = ["Ａ股", "e\u{301}", "㍿", "价\u{A0}格", "\u{200B}x", "臺灣", "𠀀台", "乾坤", "\u{2028}", ""]
    for table in LexiconSet.bundled.tables.values {
      for row in table.rows { fields.formUnion(row.fields) }
    }
    #expect(fields.count > 20_000)
    var differing: [String] = []
    for field in fields where normalizer.normalizeSurface(field) != normalizer.normalize(Array(field.unicodeScalars)).scalars {
      differing.append(field)
    }
    #expect(differing.isEmpty, "\(differing.prefix(10))")
  }
}

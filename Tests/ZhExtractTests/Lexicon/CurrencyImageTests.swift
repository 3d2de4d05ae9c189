import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// The currency forms in the lexicon image (`CurrencyLexicon+Image`) and the trie layout they are
/// stored in (`LexiconImage+ScalarTrie`): read back, they are what the tables give, field by field and
/// lookup by lookup; a damaged section is not read; a run of other tables reads the tables.
@Suite struct CurrencyImageTests {
  static func currencies(_ lexicons: LexiconSet = .bundled) -> CurrencyLexicon {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: lexicons, problems: &problems)
    let lexicon = CurrencyLexicon(reader: reader, problems: &problems)
    #expect(problems.isEmpty)
    return lexicon
  }

  static func read(_ bytes: [UInt8]) -> CurrencyLexicon? {
    bytes.withUnsafeBytes { raw in try? CurrencyLexicon(image: raw) }
  }

  /// A trie written and read back has the same arrays and answers as the one written: random
  /// keys over a small alphabet (astral scalars included), values of every node.
  @Test(arguments: [1, 2, 3])
  func aTrieReadsBackToTheSameTrie(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let alphabet: [Unicode.Scalar] = ["美", "元", "港", "a", "1", "😀", "\u{10FFFF}"]
    var trie = ScalarTrie<String>()
    for n in 0..<(seed == 3 ? 2000 : 150) {
      let key = (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      trie.insert(key, "v\(n)")
    }
    var w = LexiconImageWriter()
    w.scalarTrie(trie) { value, w in w.string(value) }
    let bytes = w.bytes
    let read = try bytes.withUnsafeBytes { raw in
      var r = LexiconImageReader(raw)
      let trie = try r.scalarTrie { r throws(LexiconImageError) in try r.string() }
      #expect(r.isAtEnd)
      return trie
    }
    #expect(read.frozen == trie.frozen)
    #expect(read.count == trie.count && read.firstScalars == trie.firstScalars)
    let text = (0..<300).map { _ in alphabet.randomElement(using: &generator)! }
    for start in 0..<text.count {
      let a = trie.longestMatch(in: text, at: start), b = read.longestMatch(in: text, at: start)
      #expect(a?.end == b?.end && a?.value == b?.value)
      let c = trie.longestMatch(in: text, endingAt: start + 1, maxLength: 4), d = read.longestMatch(in: text, endingAt: start + 1, maxLength: 4)
      #expect(c?.start == d?.start && c?.value == d?.value)
    }
  }

  /// The section holds the currency forms the tables give: the same tries (arrays and values),
  /// the same prefix scalars, context words and sub-units, and the same answers for every form.
  @Test func theSectionReadsBackToTheFormsTheTablesGive() throws {
    let built = Self.currencies()
    let bytes = built.imageBytes
    let read = try #require(Self.read(bytes))
    #expect(read.imageBytes == bytes)
    #expect(read.trie.frozen == built.trie.frozen)
    #expect(read.trie.count == built.trie.count && read.trie.count > 2_000)
    #expect(read.prefixLastScalars == built.prefixLastScalars)
    #expect(read.longestPrefix == built.longestPrefix)
    #expect(read.contexts.map(\.frozen) == built.contexts.map(\.frozen) && !read.contexts.isEmpty)
    #expect(read.subunits.map(\.frozen) == built.subunits.map(\.frozen) && !read.subunits.isEmpty)
    #expect(read.yuanSubunitsIndex == built.yuanSubunitsIndex && read.yuanSubunitsIndex != nil)
    #expect(read.yuanSubunits.frozen == built.yuanSubunits.frozen)
    // The scales as written and read: the same digits, not only the same value.
    var scales: [String] = []
    read.subunits.forEach { $0.forEachValue { scales.append($0.description) } }
    var builtScales: [String] = []
    built.subunits.forEach { $0.forEachValue { builtScales.append($0.description) } }
    #expect(scales == builtScales && scales.contains("0.1"))
    // Known forms, both ways: a name, a sign before a figure, a colloquial tenth, a context word.
    for (text, code, scale) in [("5美元", "USD", "1"), ("3美分", "USD", "0.01"), ("三毛", "CNY", "0.1"), ("20港币", "HKD", "1")] {
      let scalars = Array(text.unicodeScalars)
      let at = try #require(scalars.firstIndex { !("0"..."9").contains($0) && !"三".unicodeScalars.contains($0) })
      let a = try #require(built.trie.longestMatch(in: scalars, at: at)), b = try #require(read.trie.longestMatch(in: scalars, at: at))
      #expect(a.end == b.end && a.value == b.value && b.value.code == code && b.value.scale.description == scale, "\(text)")
    }
    let dollar = Array("$20".unicodeScalars)
    #expect(read.prefix(in: dollar, endingAt: 1)?.form == built.prefix(in: dollar, endingAt: 1)?.form)
    #expect(read.prefix(in: dollar, endingAt: 1)?.form.code == "USD")
  }

  /// The compiled image holds the currency section of the bundled tables; a run of the bundled
  /// tables reads it and never cuts `currency-cldr.tsv` into rows.
  @Test func anExtractorOfTheBundledTablesReadsTheCurrencySection() throws {
    let lexicons = LexiconSet.bundled
    let digest = EntityLexicon.imageDigest(of: lexicons)
    let section = try #require(LexiconImage.bundled.section(CurrencyLexicon.imageSection, digest: digest))
    #expect(Array(section) == Self.currencies().imageBytes)
    for kinds: Set<ExtractionKind> in [[.money], [.money, .dates, .entities]] {
      let lexicons = LexiconSet.bundled
      let extractor = try Extractor(lexicons: lexicons, options: ExtractorOptions(kinds: kinds))
      #expect(extractor.moneyBuilt)
      #expect(try #require(lexicons[CurrencyCLDRRow.table]).isParsed == false)
      guard case .document(let document) = extractor.extract(text: "公司以5亿美元收购，另付3美分。", id: "a") else {
        Issue.record("no document")
        return
      }
      #expect(document.money.map(\.currency) == ["USD", "USD"])
    }
  }

  /// Other tables (a user's currency form laid over the bundled ones) give another digest: the
  /// section is not read and the user's form is money.
  @Test func otherTablesReadTheCurrencyTables() throws {
    let bundled = LexiconSet.bundled
    let name = CurrencyColloquialRow.table
    #expect(bundled[name] != nil)
    let contents = EmbeddedLexicons.files.first { $0.name == name }!.contents + "星河币\tUSD\t1\tsuffix\n"
    let mine = LexiconSet(tables: Array(bundled.tables.values) + [LexiconTable(name: name, origin: "my/" + name, contents: contents)])
    #expect(LexiconImage.bundled.section(CurrencyLexicon.imageSection, digest: EntityLexicon.imageDigest(of: mine)) == nil)
    let extractor = try Extractor(lexicons: mine, options: ExtractorOptions(kinds: [.money]))
    guard case .document(let document) = extractor.extract(text: "售价20星河币。", id: "a") else {
      Issue.record("no document")
      return
    }
    #expect(document.money.map(\.currency) == ["USD"])
  }

  /// A damaged section is an error, not a crash: cut anywhere, or with a byte too many.
  @Test func aDamagedSectionIsNotRead() {
    let bytes = Self.currencies().imageBytes
    for cut in [0, 3, bytes.count / 4, bytes.count / 2, bytes.count - 1] {
      #expect(Self.read(Array(bytes.prefix(cut))) == nil, "cut at \(cut)")
    }
    #expect(Self.read(bytes + [0]) == nil)
    #expect(Self.read(bytes) != nil)
  }
}

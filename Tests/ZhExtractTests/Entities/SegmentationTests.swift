import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The segmenter's dictionary and the word boundaries it gives the entity patterns.
@Suite struct SegmentationTests {
  /// The compiled dictionary holds exactly the rows of `Lexicons/segmenter/words.tsv`, with the
  /// cost the generator derives from each frequency (100 × −ln(frequency / total)).
  @Test func compiledDictionaryEqualsTheTSV() throws {
    let text = try String(contentsOf: PackagePaths.lexicons.appendingPathComponent("segmenter/words.tsv"), encoding: .utf8)
    var rows: [(word: String, frequency: Double, tag: String)] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      try #require(f.count == 3)
      rows.append((String(f[0]), Double(f[1])!, String(f[2])))
    }
    let total = rows.reduce(0) { $0 + $1.frequency }
    let compiled = WordDictionary.shared.allWords()
    #expect(compiled.count == rows.count)
    var mismatches: [String] = []
    for (row, word) in zip(rows, compiled) {
      let cost = Int32((100 * (log(total) - log(row.frequency))).rounded())
      if String(String.UnicodeScalarView(word.word)) != row.word || word.tag != row.tag || abs(word.cost - cost) > 1 {
        mismatches.append("\(row.word) \(row.tag) \(cost) ≠ \(String(String.UnicodeScalarView(word.word))) \(word.tag) \(word.cost)")
        if mismatches.count > 5 { break }
      }
    }
    #expect(mismatches == [])
  }

  /// The table of two-character prefixes answers as the trie does: every two-character
  /// prefix of a dictionary word reaches the node its first character's edges lead to, and a
  /// pair that starts no word (or whose first character starts none) reaches nothing.
  @Test func pairTableAgreesWithTheTrie() {
    let dictionary = WordDictionary.shared
    var prefixes = 0
    var mismatches: [String] = []
    var seen: Set<UInt64> = []
    for entry in dictionary.allWords() where entry.word.count >= 2 {
      let a = entry.word[0], b = entry.word[1]
      guard seen.insert(UInt64(a.value) << 32 | UInt64(b.value)).inserted else { continue }
      prefixes += 1
      let byTrie = dictionary.child(dictionary.root(a), b)
      if byTrie < 0 || dictionary.pair(a, b) != byTrie { mismatches.append("\(a)\(b)") }
      // The slot's edge range and value are the node's own.
      let slot = dictionary.step2Edges(a, b)
      let value = dictionary.word(at: byTrie).map { UInt32($0.cost) << 6 | UInt32($0.tag) } ?? 0
      if slot.lo..<slot.hi != dictionary.edges(of: byTrie) || slot.value != value { mismatches.append("\(a)\(b) edges") }
    }
    #expect(prefixes > 170_000)
    #expect(mismatches.prefix(5) == [])
    // Pairs no word starts with: a character then a digit, Latin letters, a rare pair.
    for (a, b) in [("中", "1"), ("a", "b"), ("鑫", "鑫"), ("𠀀", "中")] as [(Unicode.Scalar, Unicode.Scalar)] {
      let root = dictionary.root(a)
      #expect(dictionary.pair(a, b) == (root < 0 ? -1 : dictionary.child(root, b)), "\(a)\(b)")
    }
  }

  /// The first two steps compiled into the binary (`word_dictionary_tables.c`, written by
  /// `Scripts/generate-word-dictionary.py`) are read, and equal what the trie gives at run time,
  /// slot for slot: the first character's node and value, the pair table, its filter.
  @Test func compiledFirstStepsEqualThoseBuiltFromTheTrie() throws {
    let compiled = try #require(WordDictionary.shared.compiledFirstSteps())
    let built = WordDictionary.builtFirstSteps()
    #expect(compiled.pairBits == 18)
    #expect(compiled.pairBits == built.pairBits)
    #expect(compiled.rootBMP == built.rootBMP)
    #expect(compiled.rootValueBMP == built.rootValueBMP)
    #expect(compiled.pairFilter == built.pairFilter)
    #expect(compiled.pairSlots.count == 2 << 18)
    #expect(compiled.pairSlots == built.pairSlots)
    // Not an empty table: 178,168 prefixes, 中国 among them.
    #expect(stride(from: 0, to: compiled.pairSlots.count, by: 2).count { compiled.pairSlots[$0] != 0 } == 178_168)
    let dictionary = WordDictionary.shared
    #expect(dictionary.pair("中", "国") == dictionary.child(dictionary.root("中"), "国"))
    #expect(dictionary.pair("中", "国") > 0)
  }

  /// The segmentation with its tables (first steps by table, pair table with its filter and
  /// edge ranges) gives the path that a plain walk of the trie gives, word for word and kind for
  /// kind, on the bundled corpus and on the dictionary's own words run together.
  @Test func segmentationAgreesWithAPlainWalkOfTheTrie() throws {
    let ingestor = IngestFixtures.ingestor()
    var texts: [[Unicode.Scalar]] = []
    for url in try PackagePaths.corpusFiles() {
      texts.append(try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil).analysis.scalars)
    }
    let words = WordDictionary.shared.allWords()
    texts.append(stride(from: 0, to: words.count, by: 97).flatMap { words[$0].word })
    for s in texts {
      var got: [(Int, Int, Segmentation.Kind)] = []
      Segmentation(s, dictionary: .shared, candidates: []).forEachWord { got.append(($0, $1, $2)) }
      let expected = Self.plainWords(s, WordDictionary.shared)
      #expect(got.count == expected.count)
      var first: Int?
      for k in 0..<min(got.count, expected.count) where first == nil {
        let a = got[k], b = expected[k]
        if a.0 != b.0 || a.1 != b.1 || a.2 != b.2 { first = k }
      }
      #expect(first == nil, "first difference at word \(first ?? -1)")
    }
  }

  /// The family names at a position (read at every position that may start a name, the
  /// compound ones behind two bitmaps) are those of the model's tables, on the bundled corpus
  /// and at every compound family name.
  @Test func familyNamesAgreeWithTheirTables() throws {
    var problems = LexiconProblems()
    let model = EntityLexicon(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems).names
    let ingestor = IngestFixtures.ingestor()
    var texts: [[Unicode.Scalar]] = []
    for url in try PackagePaths.corpusFiles() {
      texts.append(try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil).analysis.scalars)
    }
    let compounds = model.compoundCost.keys.sorted()
    #expect(compounds.count > 30)
    texts.append(compounds.flatMap { [Unicode.Scalar(UInt32($0 >> 32))!, Unicode.Scalar(UInt32($0 & 0xFFFF_FFFF))!, "明"] })
    var mismatches: [String] = []
    for s in texts {
      for i in s.indices where model.surnameStarts.contains(s[i]) {
        var expected: [(length: Int, cost: Int32)] = []
        if i + 1 < s.count, let c = model.compoundCost[UInt64(s[i].value) << 32 | UInt64(s[i + 1].value)] { expected.append((2, c)) }
        if s[i].value < 0x10000, model.surnameCost[Int(s[i].value)] != PersonNameModel.none { expected.append((1, model.surnameCost[Int(s[i].value)])) }
        let got = model.surname(in: s, at: i)
        if got.map(\.length) != expected.map(\.length) || got.map(\.cost) != expected.map(\.cost) { mismatches.append("\(s[i]) at \(i)") }
      }
    }
    #expect(mismatches.prefix(5) == [])
  }

  /// The segmentation's dynamic programme as first written (`perPosition` without name
  /// candidates), walked along its path.
  static func plainWords(_ s: [Unicode.Scalar], _ d: WordDictionary) -> [(Int, Int, Segmentation.Kind)] {
    let (end, kind) = perPosition(s, d, candidates: [])
    var out: [(Int, Int, Segmentation.Kind)] = []
    var p = 0
    while p < s.count { out.append((p, end[p], kind[p])); p = end[p] }
    return out
  }

  static func words(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    let seg = Segmentation(s, dictionary: .shared, candidates: [])
    var out: [String] = []
    seg.forEachWord { start, end, _ in out.append(String(String.UnicodeScalarView(s[start..<end]))) }
    return out
  }

  @Test(arguments: [
    ("据新华社报道", ["据", "新华社", "报道"]),
    ("他担任董事长", ["他", "担任", "董事长"]),
    ("因出借证券被罚", ["因", "出借", "证券", "被", "罚"]),
    ("以港元收购东亚银行", ["以", "港元", "收购", "东亚银行"]),
    ("AI公司2025年", ["A", "I", "公司", "2", "0", "2", "5", "年"]),
  ])
  func mostProbablePath(text: String, expected: [String]) {
    #expect(Self.words(text) == expected)
  }

  /// A Han run longer than any before it (the path's costs live in a buffer that grows with
  /// the longest run) is segmented as its parts are alone.
  @Test func longRunsAreSegmentedAsTheirParts() {
    let part = "据新华社报道他担任董事长"
    let alone = Self.words(part)
    for count in [5, 12, 40] {
      #expect(Self.words(String(repeating: part, count: count)) == Array([[String]](repeating: alone, count: count).joined()))
    }
    #expect(
      Self.words(part + "，" + String(repeating: part, count: 12) + "。" + part) == alone + ["，"] + Array([[String]](repeating: alone, count: 12).joined()) + [
        "。"
      ] + alone)
  }

  /// A word's kind is kept in one byte (a candidate's index apart); every other kind comes back
  /// as it went in, and no two share a byte.
  @Test func kindsSurviveTheirPacking() {
    let kinds: [Segmentation.Kind] = [.word(0), .word(7), .word(252), .unknown, .other]
    for kind in kinds { #expect(Segmentation.Kind(packed: kind.packed) == kind, "\(kind)") }
    #expect(Segmentation.Kind.candidate(1_234_567).packed == Segmentation.Kind.Packed.candidate)
    #expect(Set((kinds + [.candidate(0)]).map(\.packed)).count == kinds.count + 1)
    #expect(WordDictionary.shared.tags.count <= Int(Segmentation.Kind.Packed.firstSpecial))
  }

  /// The segmentation in its compact form (kinds in a byte, candidates' indices apart, starts in
  /// bits) gives, at every position, the word end, kind and start that the dynamic programme
  /// kept in an array of `Kind` per position gives — with name candidates offered all along the
  /// bundled corpus, several at one position, some winning and some not.
  @Test func compactSegmentationAgreesWithKindsPerPosition() throws {
    let ingestor = IngestFixtures.ingestor()
    var texts: [[Unicode.Scalar]] = []
    for url in try PackagePaths.corpusFiles() {
      texts.append(try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil).analysis.scalars)
    }
    // One Han run of thousands of characters (the first file's Han characters run together): the
    // programme's buffer of costs grows past its first 64 places, and its end is reused by later runs.
    texts.insert(Array(texts[0].filter(ScalarClass.isHan).prefix(3_000)) + Array("。短句。".unicodeScalars), at: 0)
    #expect(texts[0].count == 3_004)
    var candidatesWon = 0
    for s in texts {
      var candidates: [Segmentation.Candidate] = []
      for i in s.indices where i % 5 == 0 && ScalarClass.isHan(s[i]) {
        for length in [2, 3] where i + length <= s.count {
          candidates.append(Segmentation.Candidate(start: i, end: i + length, cost: WordDictionary.Cost(400 + 150 * length - 37 * (i % 11))))
        }
      }
      let seg = Segmentation(s, dictionary: .shared, candidates: candidates)
      let (end, kind) = Self.perPosition(s, WordDictionary.shared, candidates: candidates)
      var starts = [Bool](repeating: false, count: s.count)
      var p = 0
      while p < s.count { starts[p] = true; p = end[p] }
      var mismatches: [Int] = []
      for i in s.indices {
        if case .candidate = kind[i] { candidatesWon += 1 }
        var wordStart = i
        while wordStart > 0, !starts[wordStart] { wordStart -= 1 }
        if seg.kind(at: i) != kind[i] || seg.wordEnd(at: i) != end[i] || seg.startsWord(i) != starts[i]
          || seg.wordStart(containing: i) != wordStart
        {
          mismatches.append(i)
        }
      }
      #expect(seg.startsWord(s.count))
      #expect(mismatches.prefix(5) == [])
    }
    #expect(candidatesWon > 100)
  }

  /// The lengths in four bits a position read back as the byte a position held them: every length
  /// of 1 to 255 (15 and more kept apart) at even and odd positions, set in any order, the
  /// positions left alone at 1.
  @Test func packedLengthsAgreeWithBytes() {
    var generator = SystemRandomNumberGenerator()
    for count in [0, 1, 2, 15, 16, 17, 1_000, 4_097] {
      var bytes = [UInt8](repeating: 1, count: count)
      var packed = PackedLengths(count: count)
      let positions = (0..<count).filter { _ in Int.random(in: 0..<4, using: &generator) != 0 }.shuffled(using: &generator)
      packed.withWriter { writer in
        for (k, i) in positions.enumerated() {
          // Every length at least once in the longer texts, the rest at random.
          let length = k < 255 ? k + 1 : Int.random(in: 1...255, using: &generator)
          bytes[i] = UInt8(length)
          writer.set(i, length)
        }
      }
      #expect(packed.count == count)
      #expect((0..<count).filter { packed[$0] != Int(bytes[$0]) } == [], "\(count) positions")
    }
  }

  /// Words of 15 characters and more (name candidates: the dictionary's are 12 long at most) keep
  /// their length apart from the four bits: the path and every position's word end and kind are the
  /// programme's, with such candidates winning at even and odd positions, next to each other and
  /// at a Han run's end.
  @Test func longWordsKeepTheirLengths() throws {
    let ingestor = IngestFixtures.ingestor()
    let corpus = try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: try PackagePaths.corpusFiles()[0])), format: nil).analysis.scalars
    let run = Array(corpus.filter(ScalarClass.isHan).prefix(900))
    let s = run + Array("，AI。".unicodeScalars) + run.prefix(300)
    var candidates: [Segmentation.Candidate] = []
    for (start, length) in [(3, 14), (20, 15), (36, 16), (53, 40), (93, 15), (108, 17), (400, 255), (890, 10), (1_000, 200)] {
      candidates.append(Segmentation.Candidate(start: start, end: start + length, cost: -100_000))
    }
    candidates.sort { $0.start < $1.start }
    let seg = Segmentation(s, dictionary: .shared, candidates: candidates)
    let (end, kind) = Self.perPosition(s, WordDictionary.shared, candidates: candidates)
    var longWon = 0
    var mismatches: [Int] = []
    for i in s.indices {
      if case .candidate = kind[i], end[i] - i >= 15 { longWon += 1 }
      if seg.kind(at: i) != kind[i] || seg.wordEnd(at: i) != end[i] { mismatches.append(i) }
    }
    #expect(mismatches.prefix(5) == [])
    #expect(longWon >= 6)
    var words: [(Int, Int)] = []
    seg.forEachWord { start, wordEnd, _ in words.append((start, wordEnd)) }
    var p = 0
    var expected: [(Int, Int)] = []
    while p < s.count { expected.append((p, end[p])); p = end[p] }
    #expect(words.map(\.0) == expected.map(\.0) && words.map(\.1) == expected.map(\.1))
    #expect(words.contains { $0.1 - $0.0 == 255 } && words.contains { $0.1 - $0.0 == 40 })
  }

  /// The dynamic programme with candidates, every kind kept in an array of `Kind` per position
  /// (the storage before the compact one): each position's word end and kind.
  static func perPosition(_ s: [Unicode.Scalar], _ d: WordDictionary, candidates: [Segmentation.Candidate]) -> ([Int], [Segmentation.Kind]) {
    let n = s.count
    var end = (0..<n).map { $0 + 1 }, kind = [Segmentation.Kind](repeating: .other, count: n)
    var cost = [Int32](repeating: 0, count: n + 1)
    var byStart: [Int: [Int]] = [:]
    for c in candidates.indices { byStart[candidates[c].start, default: []].append(c) }
    var i = n - 1
    while i >= 0 {
      guard ScalarClass.isHan(s[i]) else { i -= 1; continue }
      let runEnd = i + 1
      var runStart = i
      while runStart > 0, ScalarClass.isHan(s[runStart - 1]) { runStart -= 1 }
      cost[runEnd] = 0
      for k in stride(from: runEnd - 1, through: runStart, by: -1) {
        var best = d.unknownCost &+ cost[k + 1], bestEnd = k + 1, bestKind = Segmentation.Kind.unknown
        var node = d.root(s[k]), j = k + 1
        while node >= 0 {
          if let w = d.word(at: node) {
            let total = w.cost &+ cost[j]
            if total < best || (total == best && j > bestEnd) { best = total; bestEnd = j; bestKind = .word(w.tag) }
          }
          guard j < runEnd, j - k < Segmentation.maxWord else { break }
          node = d.child(node, s[j])
          j += 1
        }
        for c in (byStart[k] ?? []).reversed() {
          let cand = candidates[c]
          if cand.end <= runEnd, cand.end - k <= Int(UInt8.max) {
            let total = cand.cost &+ cost[cand.end]
            if total < best { best = total; bestEnd = cand.end; bestKind = .candidate(Int32(c)) }
          }
        }
        cost[k] = best; end[k] = bestEnd; kind[k] = bestKind
      }
      i = runStart - 1
    }
    return (end, kind)
  }

  @Test func emptyAndNonHanTextHaveOneWordPerCharacter() {
    #expect(Self.words("") == [])
    #expect(Self.words("a, b") == ["a", ",", " ", "b"])
  }
}

/// A word before a name — a preposition, a conjunction, a verb — is never part of it.
@Suite struct EntityBoundaryTests {
  @Test(arguments: [
    ("据", "据青禾证券报道,订单增加。"),
    ("担任", "他担任青禾证券董事长。"),
    ("因", "因青禾证券违规,监管部门介入。"),
    ("由", "这份报告由青禾证券发布。"),
    ("向", "公司向青禾证券借款。"),
    ("与", "公司与青禾证券签约。"),
    ("和", "华为和青禾证券签约。"),
    ("被", "公司被青禾证券起诉。"),
    ("在", "他在青禾证券工作。"),
  ])
  func organizationStartsAfterTheWord(word: String, text: String) {
    let mentions = EntityFixture.entities(text).filter { $0.type == "organization" && $0.text.hasSuffix("青禾证券") }
    #expect(mentions.map(\.text) == ["青禾证券"], "\(word)")
  }

  @Test(arguments: [
    "据周立恒介绍,新品下月上市。",
    "董事会任命周立恒为总经理。",
    "记者周立恒报道。",
    "公司向周立恒发出邀请。",
    "此事与周立恒无关。",
    "他被周立恒说服了。",
  ])
  func personStartsAfterTheWord(text: String) {
    let people = EntityFixture.entities(text).filter { $0.type == "person" }
    #expect(people.map(\.text) == ["周立恒"])
  }

  @Test func aVerbBeforeASecuritiesWordMakesNoOrganization() {
    #expect(EntityFixture.entities("因出借证券被罚款。").filter { $0.type == "organization" }.isEmpty)
  }

  @Test func aCurrencyBeforeABankIsNoPartOfIt() {
    let orgs = EntityFixture.entities("以港元收购东亚银行。").filter { $0.type == "organization" }
    #expect(orgs.map(\.text) == ["东亚银行"])
  }
}

/// Words that look like names but are none: common nouns, titles, verbs.
@Suite struct EntityNegativeCorpusTests {
  @Test(arguments: [
    "这3张卫星图片分别记录了变化。",
    "说了些祝福的话就走了。",
    "他终于明白了这个道理。",
    "公司计划明年上市。",
    "城市环境得到美化。",
    "新建的厂房已经投产。",
    "他们担任要职多年。",
    "多家科技公司宣布裁员。",
    "这次比赛美中不足。",
    "发言人方面表示不予置评。",
    "顾客的需求在变化。",
    "安全性的疑虑仍在。",
    // A name does not follow a number (250|吉瓦|算力), a dictionary word that is no name stays
    // one (许可证), 之 before one more character makes a phrase (诸神之战).
    "计划建成250吉瓦算力。",
    "出口许可证予以中止。",
    "诸神之战开始了。",
    "资本迈入万亿美元市值俱乐部。",
    // Words that read as names and are none (NameEdges, `not-dictionary-name`): 现金|红利,
    // 马拉松赛, 于|明年 after a role, 投顾 before a role, a name before 创投.
    "股东可获派现金红利。",
    "马拉松赛吸引了上万选手。",
    "执行董事于明年初卸任。",
    "投顾分析师指出大盘偏多。",
    "此前已获知名创投投资。",
  ])
  func noNameIsFound(text: String) {
    let found = EntityFixture.entities(text)
    #expect(found.isEmpty, "\(found.map { "\($0.text) \($0.type)" })")
  }
}

/// Chinese people's names that no lexicon lists.
@Suite struct ChineseNameTests {
  @Test(arguments: [
    ("⟦周立恒⟧表示,公司将扩大产能。", "周立恒"),
    ("董事长⟦陈思远⟧说,订单增长。", "陈思远"),
    ("发言人⟦欧阳明⟧指出,谈判仍在继续。", "欧阳明"),
    ("⟦刘谦⟧说,比赛很激烈。", "刘谦"),
    ("据⟦王某⟧供述,款项已转出。", "王某"),
  ])
  func nameIsFoundWithItsSpan(marked: String, name: String) throws {
    let text = MarkedText(marked)
    let person = try #require(EntityFixture.entities(text.text).first { $0.type == "person" })
    #expect([person.start, person.end] == text.span(0))
    #expect(person.nameZh == name)
    #expect(person.source == "pattern")
  }
}

/// China's administrative divisions with and without their suffix, and place abbreviations.
@Suite struct PlaceGazetteerTests {
  @Test(arguments: [
    ("项目落户⟦宁波市⟧。", "location"),
    ("项目落户⟦鄞州区⟧。", "location"),
    ("游客涌入⟦婺源⟧。", "location"),
    ("游客涌入⟦婺源县⟧。", "location"),
    ("他住在⟦观塘⟧。", "location"),
    ("工厂设在⟦新北市⟧。", "location"),
  ])
  func divisionIsAPlace(marked: String, type: String) throws {
    let text = MarkedText(marked)
    let place = try #require(EntityFixture.entities(text.text).first)
    #expect([place.start, place.end] == text.span(0))
    #expect(place.type == type)
  }

  /// The world's cities by their Chinese names (entities-places-world.tsv, from GeoNames).
  @Test(arguments: [
    ("代表团抵达⟦开罗⟧。", "place:eg-cairo"),
    ("航班飞往⟦曼谷⟧。", "place:th-bangkok"),
    ("会议在⟦雅加达⟧举行。", "place:id-jakarta"),
    ("會議在⟦雅加達⟧舉行。", "place:id-jakarta"),
    ("工厂设在⟦卡拉奇⟧附近。", "place:pk-karachi"),
    ("他从⟦华沙⟧出发。", "place:pl-warsaw"),
  ])
  func worldCityIsAPlace(marked: String, id: String) throws {
    let text = MarkedText(marked)
    let place = try #require(EntityFixture.entities(text.text).first)
    #expect([place.start, place.end] == text.span(0))
    #expect(place.type == "location")
    #expect(place.id == id)
  }

  /// Names of small cities that are family names or words, and forms kept out by the script.
  @Test(arguments: ["松本先生说了。", "上田地区的农民。", "湖东的居民。", "新港口已经投入使用。"])
  func aWordThatIsASmallCityIsNoWorldCity(text: String) {
    // A city outside China has an id `place:<country>-<name>`.
    let foreignCities = EntityFixture.entities(text).map(\.id).filter {
      $0.hasPrefix("place:") && !$0.hasPrefix("place:cn-") && $0.dropFirst(8).hasPrefix("-")
    }
    #expect(foreignCities == [])
  }

  /// A place right before a media word names the medium (entities.place-media): the place is
  /// part of the organisation and no mention of its own. A place before another word stays one.
  @Test(arguments: [
    ("来源:⟦华东财经⟧", "organization"),
    ("据⟦北京晚报⟧记者报道,新线开通。", "organization"),
    ("⟦华东⟧地区的订单增加。", "location"),
    ("据⟦美国⟧新闻报道,谈判破裂。", "location"),
  ])
  func aPlaceBeforeAMediaWordIsPartOfTheMedium(marked: String, type: String) throws {
    let text = MarkedText(marked)
    let found = EntityFixture.entities(text.text)
    let first = try #require(found.first)
    #expect([first.start, first.end] == text.span(0))
    #expect(first.type == type)
    // The place inside a medium's name is not also a mention.
    #expect(found.filter { $0.start < text.span(0)[1] && $0.end > text.span(0)[0] }.count == 1)
  }

  @Test func abbreviationsInsideACompoundAreCountries() {
    let found = EntityFixture.entities("中美关系保持稳定。")
    #expect(found.map(\.text) == ["中", "美"])
    #expect(found.map(\.id) == ["place:cn", "place:us"])
  }

  @Test func anAbbreviationAloneIsNoPlace() {
    #expect(EntityFixture.entities("他在中间位置。").isEmpty)
    #expect(EntityFixture.entities("美好的生活。").isEmpty)
  }
}

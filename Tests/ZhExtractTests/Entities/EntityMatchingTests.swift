import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// The lexicon matcher: surface → id and type in every script, whole Latin words, common
/// words that need context, version tails.
@Suite struct EntityMatchingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sentence: String
    var surface: String
    var id: String
    var type: String
    var testDescription: String { "\(surface) in \(sentence)" }
  }

  static let table: [Case] = [
    Case(sentence: "奥尔特曼昨天没有出席。", surface: "奥尔特曼", id: "person:sam-altman", type: "person"),
    Case(sentence: "奧爾特曼昨天沒有出席。", surface: "奧爾特曼", id: "person:sam-altman", type: "person"),
    Case(sentence: "萨姆‧奥尔特曼接受采访。", surface: "萨姆‧奥尔特曼", id: "person:sam-altman", type: "person"),
    Case(sentence: "据悉 Sam Altman 已回应。", surface: "Sam Altman", id: "person:sam-altman", type: "person"),
    Case(sentence: "馬斯克再度發文。", surface: "馬斯克", id: "person:elon-musk", type: "person"),
    Case(sentence: "輝達股價上漲。", surface: "輝達", id: "org:nvidia", type: "organization"),
    Case(sentence: "Nvidia 发布财报。", surface: "Nvidia", id: "org:nvidia", type: "organization"),
    Case(sentence: "聯準會宣布降息。", surface: "聯準會", id: "org:federal-reserve", type: "organization"),
    Case(sentence: "穆迪下调评级。", surface: "穆迪", id: "org:moodys", type: "organization"),
    Case(sentence: "港交所今日开市。", surface: "港交所", id: "org:hkex", type: "organization"),
    Case(sentence: "团队来自清华大学。", surface: "清华大学", id: "org:tsinghua", type: "organization"),
    Case(sentence: "他在微信上留言。", surface: "微信", id: "product:wechat", type: "product"),
    Case(sentence: "她去了舊金山。", surface: "舊金山", id: "place:us-sf", type: "location"),
    Case(sentence: "会议在德州举行。", surface: "德州", id: "place:us-tx", type: "location"),
    Case(sentence: "深圳的工厂很忙。", surface: "深圳", id: "place:cn-shenzhen", type: "location"),
    Case(sentence: "他从臺灣飞来。", surface: "臺灣", id: "place:tw", type: "location"),
    Case(sentence: "法国总统到访。", surface: "法国", id: "place:fr", type: "location"),
    Case(sentence: "中美贸易谈判重启。", surface: "美", id: "place:us", type: "location"),
    Case(sentence: "苹果公司推出新机。", surface: "苹果公司", id: "org:apple", type: "organization"),
    Case(sentence: "苹果发布了新款手机。", surface: "苹果", id: "org:apple", type: "organization"),
    Case(sentence: "小米汽车交付加速。", surface: "小米", id: "org:xiaomi", type: "organization"),
  ]

  @Test(arguments: table)
  func surfaceNamesEntity(_ c: Case) throws {
    let mention = try #require(EntityFixture.entities(c.sentence).first { $0.text == c.surface })
    #expect(mention.id == c.id)
    #expect(mention.type == c.type)
    #expect(mention.source == "lexicon")
  }

  @Test func mentionCarriesNamesAndOriginalOffsets() throws {
    let marked = MarkedText("報道稱⟦奧爾特曼⟧否認此事。")
    let mention = try #require(EntityFixture.entities(marked.text).first)
    #expect([mention.start, mention.end] == marked.span(0))
    #expect(mention.text == "奧爾特曼")
    #expect(mention.normalized == "奥尔特曼")
    #expect(mention.name == "Sam Altman")
    #expect(mention.nameZh == "山姆·奥尔特曼")
  }

  @Test func traditionalSentenceWithFullWidthPunctuation() {
    let text = MarkedText("⟦台積電⟧董事長⟦魏哲家⟧週四在⟦新竹⟧表示，⟦輝達⟧執行長⟦黃仁勳⟧下月將來訪；⟦ＡＭＤ⟧未回應。")
    let mentions = EntityFixture.entities(text.text)
    #expect(mentions.map { [$0.start, $0.end] } == text.allSpans)
    #expect(mentions.map(\.id) == ["org:tsmc", "person:cc-wei", "place:tw-hsinchu", "org:nvidia", "person:jensen-huang", "org:amd"])
    #expect(mentions.map(\.type) == ["organization", "person", "location", "organization", "person", "organization"])
    #expect(mentions.last?.normalized == "AMD")
  }

  /// Common words, and Latin names inside longer words, are not entities.
  static let negatives = [
    "这片风景真美丽。",
    "她的英文很好。",
    "市场上的苹果很甜,香蕉也便宜。",
    "早餐喝了一碗小米粥。",
    "Metaverse 是个热词。",
    "AMDX 是一个虚构的代号。",
    "这是一种不祥的联想。",
    "他们玩起了俄罗斯轮盘赌。",
    "其中美元走强。",
    "港口的吞吐量很大。",
    "这是一家科技公司,也是一家初创公司。",
    "我们聊起 Code Red 与 Town Hall 两个词。",
    "高通胀压力仍在。",
    "这家工厂的日产量翻了一番。",
    "其中国家队的表现最好。",
    "资源集中东部沿海。",
    "这座城市变成都市圈的中心。",
    "他过年收到一个金元宝。",
    "售价 US$999,比去年低。",
    "央行意外降息 25 BP。",
  ]

  @Test(arguments: negatives)
  func commonWordsAreNotEntities(_ sentence: String) {
    #expect(EntityFixture.ids(sentence) == [])
  }

  @Test(arguments: [
    ("新模型 GPT-5.1 上线。", "GPT-5.1", "product:gpt-5.1", "GPT-5.1"),
    ("对比 GPT-4o 的结果。", "GPT-4o", "product:gpt-4o", "GPT-4o"),
    ("新发布的 Gemini 3 Pro 模型。", "Gemini 3 Pro", "product:gemini-3-pro", "Gemini 3 Pro"),
    ("团队测试了Gemini3的能力。", "Gemini3", "product:gemini-3", "Gemini 3"),
    ("上线 Claude Opus 4.5 之后。", "Claude Opus 4.5", "product:claude-opus-4.5", "Claude Opus 4.5"),
    ("开源的 DeepSeek-V3.2 模型。", "DeepSeek-V3.2", "product:deepseek-v3.2", "DeepSeek-V3.2"),
    ("搭载骁龙8 Gen 5的手机。", "骁龙8 Gen 5", "product:snapdragon-8-gen-5", "Snapdragon 8 Gen 5"),
    ("搭載驍龍8 Elite的手機。", "驍龍8 Elite", "product:snapdragon-8-elite", "Snapdragon 8 Elite"),
    ("新一代 Blackwell Ultra 平台。", "Blackwell Ultra", "product:blackwell-ultra", "Blackwell Ultra"),
  ])
  func versionTailsArePatterns(sentence: String, surface: String, id: String, name: String) throws {
    let mention = try #require(EntityFixture.entities(sentence).first)
    #expect(mention.text == surface)
    #expect(mention.id == id)
    #expect(mention.name == name)
    #expect(mention.type == "product")
  }

  /// A tail word that takes a number (`Gen #`) takes none without it: the version stands alone.
  @Test func aNumberedTailWordNeedsItsNumber() throws {
    let mention = try #require(EntityFixture.entities("骁龙8 Gen的性能。").first)
    #expect(mention.text == "骁龙8")
    #expect(mention.id == "product:snapdragon-8")
  }

  @Test func namesGluedByALostSpace() {
    #expect(
      EntityFixture.ids("据CNBCThe Information报道,OpenAIAMD再签约。") == ["CNBC→org:cnbc", "The Information→org:the-information", "OpenAI→org:openai", "AMD→org:amd"])
  }

  @Test func countBeforeUnitIsNoVersion() {
    #expect(EntityFixture.ids("ChatGPT 8 亿用户仍在增长。") == ["ChatGPT→product:chatgpt"])
  }

  @Test func linkedFormCountsOnlyBesideItsEntity() {
    #expect(EntityFixture.ids("Sam 说了一句话。") == [])
    #expect(EntityFixture.ids("Sam Altman 发言后,Sam 又补充。") == ["Sam Altman→person:sam-altman", "Sam→person:sam-altman"])
  }

  /// The trie built from sorted ranges reports what a plain scan of the keys reports: every
  /// key that starts at a position, shortest first, the last payload of a repeated key, and
  /// each middle-dot form (· ‧ • ・) walking as `·`.
  @Test func trieAgreesWithAScanOfItsKeys() {
    let words = ["山姆", "山姆·奥尔特曼", "山", "OpenAI", "Open", "中美", "中", "美国", "美国人", "中", "A", "AB", "ABC", "B"]
    let entries = words.enumerated().map { (Array($0.element.unicodeScalars), Int32($0.offset)) }
    let texts = ["山姆‧奥尔特曼与OpenAI的中美关系", "美国人ABC中山姆•奥尔特曼", "", "AAB山姆"]
    // Sorted keys (as the entity lexicon gives them) skip the trie's own sort: the same trie.
    let sorted = entries.sorted { a, b in
      a.0 == b.0 ? a.1 < b.1 : a.0.lexicographicallyPrecedes(b.0) { $0.value < $1.value }
    }
    for (rootTable, entries) in [(true, entries), (false, entries), (true, sorted), (false, sorted)] {
      let trie = EntityTrie(entries, rootTable: rootTable)
      #expect(trie.count == Set(words).count)
      for text in texts {
        let s = Array(text.unicodeScalars)
        for i in s.indices {
          var got: [(end: Int, payload: Int32)] = []
          trie.candidates(in: s, at: i, into: &got)
          var expected: [(end: Int, payload: Int32)] = []
          for length in 1...max(1, s.count - i) where i + length <= s.count {
            let piece = (i..<i + length).map { ScalarClass.isNameDot(in: s, at: $0) ? ScalarClass.middleDot : s[$0] }
            if let last = words.lastIndex(where: { Array($0.unicodeScalars) == piece }) { expected.append((i + length, Int32(last))) }
          }
          #expect(got.map(\.end) == expected.map(\.end), "\(text) at \(i)")
          #expect(got.map(\.payload) == expected.map(\.payload), "\(text) at \(i)")
          if !got.isEmpty { #expect(trie.mayStartKey(in: s, at: i), "\(text) at \(i)") }
        }
      }
      // 美 starts keys (美国, 美国人) but is none, and no key starts 美好: the pair filter says no.
      #expect(!trie.mayStartKey(in: Array("美好".unicodeScalars), at: 0))
      #expect(!trie.mayStartKey(in: Array("美".unicodeScalars), at: 0))
      #expect(trie.mayStartKey(in: Array("中".unicodeScalars), at: 0))
    }
  }

  /// The entity lexicon's pair filter never rejects a position where a form starts (a filter
  /// with a false negative would lose mentions), over every position of the bundled corpus, and
  /// it rejects most positions whose first character alone starts some form.
  @Test func pairFilterKeepsEveryPositionWhereAFormStarts() throws {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let trie = EntityLexicon(reader: reader, problems: &problems).trie
    let ingestor = IngestFixtures.ingestor()
    var starting = 0, passed = 0, firstOnly = 0, rejected = 0
    for url in try PackagePaths.corpusFiles() {
      let s = try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil).analysis.scalars
      var got: [(end: Int, payload: Int32)] = []
      for i in s.indices {
        got.removeAll(keepingCapacity: true)
        trie.candidates(in: s, at: i, into: &got)
        let may = trie.mayStartKey(in: s, at: i)
        if !got.isEmpty {
          starting += 1
          if may { passed += 1 }
        } else if trie.startsKey(in: s, at: i) {
          firstOnly += 1
          if !may { rejected += 1 }
        }
      }
    }
    #expect(starting > 1_000)
    #expect(passed == starting)
    #expect(rejected * 10 >= firstOnly * 8, "rejected \(rejected) of \(firstOnly)")
  }
}

import Testing
@testable import ZhExtract

/// One shape of id for every entity: `<type>:<ASCII slug>`, the same for lexicon entities and
/// for names found by patterns.
@Suite struct EntityIDTests {
  /// A Chinese person no lexicon knows: the id is the romanised name (ICU's `Han-Latin/Names`
  /// for the family name) and six hex digits of the SHA-256 of the name in Han characters; the
  /// English `name` is the pinyin in the usual order and case.
  @Test(arguments: [
    ("董事长陈思远说,订单增长。", "陈思远", "person:chen-siyuan-c0c745", "Chen Siyuan"),
    ("发言人欧阳明远指出,谈判仍在继续。", "欧阳明远", "person:ouyang-mingyuan-510abe", "Ouyang Mingyuan"),
    ("主任单田芳表示,节目停播。", "单田芳", "person:shan-tianfang-b9fa08", "Shan Tianfang"),
    ("经理李嘉恩说,门店扩张。", "李嘉恩", "person:li-jia-en-09ea4f", "Li Jia'en"),
  ])
  func chinesePersonIDAndName(sentence: String, surface: String, id: String, name: String) throws {
    let person = try #require(EntityFixture.entities(sentence).first { $0.type == "person" })
    #expect(person.text == surface)
    #expect(person.id == id)
    #expect(person.name == name)
    #expect(person.nameZh == surface)
  }

  @Test func namesThatSoundAlikeKeepTheirOwnIDs() {
    let ids = EntityFixture.entities("记者张伟、张玮报道。").map(\.id)
    #expect(ids == ["person:zhang-wei-a3a0ba", "person:zhang-wei-1367e3"])
  }

  @Test func aPersonTheTextDoesNotNameHasNoEnglishName() throws {
    let person = try #require(EntityFixture.entities("据王某供述,款项已转出。").first)
    #expect(person.id == "person:wang-mou-bfce63")
    #expect(person.name == nil)
  }

  @Test func organisationsAndPlacesBySyllables() {
    #expect(EntityFixture.ids("这份报告由青禾证券发布。") == ["青禾证券→org:qing-he-zheng-quan-ac5a3d"])
    #expect(EntityID.pattern(.location, Array("珠穆朗玛峰".unicodeScalars)) == "place:zhu-mu-lang-ma-feng-de955a")
  }

  @Test func latinNamesAreTheirSlug() {
    #expect(EntityID.pattern(.person, Array("Karen Whitfield".unicodeScalars)) == "person:karen-whitfield")
    #expect(EntityID.pattern(.organization, Array("The Harbor Times".unicodeScalars)) == "org:the-harbor-times")
    #expect(EntityID.slugify("GPT-5.1") == "gpt-5.1")
    #expect(EntityID.slugify("Claude Opus 4.5.") == "claude-opus-4.5")
  }

  @Test(arguments: [
    ("org:nvidia", EntityKind.organization, nil as String?),
    ("place:cn-330212", .location, nil),
    ("nvidia", .organization, "id 'nvidia' must start with 'org:' (type organization)"),
    ("person:sam-altman", .organization, "id 'person:sam-altman' must start with 'org:' (type organization)"),
    ("org:英伟达", .organization, "id 'org:英伟达': after 'org:' only a-z, 0-9, '.', '+' and '-' (not first)"),
    ("org:-x", .organization, "id 'org:-x': after 'org:' only a-z, 0-9, '.', '+' and '-' (not first)"),
    // The byte-level check of well-formed ASCII ids must leave every other answer as it was.
    ("org:", .organization, "id 'org:': after 'org:' only a-z, 0-9, '.', '+' and '-' (not first)"),
    ("org", .organization, "id 'org' must start with 'org:' (type organization)"),
    ("orgx:a", .organization, "id 'orgx:a' must start with 'org:' (type organization)"),
    ("org:A", .organization, "id 'org:A': after 'org:' only a-z, 0-9, '.', '+' and '-' (not first)"),
    ("org:a_b", .organization, "id 'org:a_b': after 'org:' only a-z, 0-9, '.', '+' and '-' (not first)"),
    ("org:\u{301}a", .organization, "id 'org:\u{301}a' must start with 'org:' (type organization)"),
    ("product:gpt-5.1+x", .product, nil),
    ("person:a-", .person, nil),
  ])
  func lexiconIDsAreChecked(id: String, kind: EntityKind, problem: String?) {
    #expect(EntityID.problem(id, kind: kind) == problem)
  }
  /// Pattern ids are cached per process: the cached id is the computed one, the first time and
  /// every time after (names in Han characters, with letters and marks, Latin names, persons with
  /// their own romanisation; one surface under two kinds keeps two ids).
  @Test func cachedIDsAreTheComputedOnes() {
    let cases: [(EntityKind, String, String?)] = [
      (.person, "陈思远", "Chen Siyuan"), (.person, "陈思远", nil), (.organization, "青禾证券", nil), (.location, "珠穆朗玛峰", nil),
      (.product, "擎能ES-587", nil), (.person, "汉斯-格奥尔格·施密特", nil), (.organization, "Northwind Ventures", nil),
      (.product, "曜辰X9 Pro 5G", nil), (.organization, "珠穆朗玛峰", nil), (.person, "José·王", nil),
    ]
    for _ in 0..<2 {
      for (kind, surface, romanized) in cases {
        let scalars = Array(surface.unicodeScalars)
        #expect(EntityID.pattern(kind, scalars, romanized: romanized) == EntityID.computePattern(kind, scalars, romanized: romanized), "\(surface)")
      }
    }
    #expect(EntityID.pattern(.person, Array("陈思远".unicodeScalars), romanized: "Chen Siyuan") == "person:chen-siyuan-c0c745")
    #expect(EntityID.pattern(.organization, Array("珠穆朗玛峰".unicodeScalars)) == "org:zhu-mu-lang-ma-feng-de955a")
    #expect(PatternIDCache.shared.count > 0)
  }

  /// A bounded cache: emptied when full, the ids stay the computed ones.
  @Test func aFullCacheStartsAgain() {
    let cache = PatternIDCache()
    for k in 0..<(PatternIDCache.limit + 10) {
      let key = PatternIDCache.Key(kind: .product, surface: Array("X\(k)".unicodeScalars), romanized: nil)
      #expect(cache.id(key) { "product:x\(k)" } == "product:x\(k)")
    }
    #expect(cache.count <= PatternIDCache.limit)
    #expect(cache.count >= 10)
  }
}

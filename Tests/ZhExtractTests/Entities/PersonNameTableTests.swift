import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// People whose names the Chinese name model cannot read alone (issue 15 item 2): Japanese names
/// through the generated table of Japanese family and given names (`person-japanese-names.tsv`),
/// and Chinese given names that are places the lexicon knows (陆|新平, 贾|西平), when a cue
/// confirms the person. Sentences written for these tests, with the mention marked.
@Suite struct PersonNameTableTests {
  @Test(arguments: [
    ("⟦佐藤由美⟧在东京开设了工作室。", "Yumi Sato"),
    ("⟦铃木一郎⟧表示,公司将扩大在华投资。", "Ichiro Suzuki"),
    ("日本前首相⟦桥本龙太郎⟧当天抵达北京。", "Ryutaro Hashimoto"),
    ("经济学家⟦渡边健一⟧认为,日元还会走弱。", "Kenichi Watanabe"),  // 渡辺 in Japanese
  ])
  func japaneseNameWithItsRomanisation(marked: String, name: String) throws {
    let text = MarkedText(marked)
    let found = EntityFixture.people(text.text)
    let m = try #require(found.first, "no person in \(text.text)")
    #expect(found.count == 1)
    #expect([m.start, m.end] == text.span(0), "\(m.text) in \(text.text)")
    #expect(m.rule == "entities.japanese-name")
    #expect(m.name == name)
    #expect(m.id.hasPrefix("person:" + name.lowercased().replacingOccurrences(of: " ", with: "-")))
  }

  /// A family name alone keeps no English name: 小林 may be a Chinese 小|林 as well.
  @Test func japaneseFamilyNameAloneHasNoEnglishName() throws {
    let m = try #require(EntityFixture.people("日本首相岸田表示,将继续推进改革。").first)
    #expect(m.text == "岸田")
    #expect(m.name == nil)
  }

  /// Family names of the table that are common Chinese words are left out of it (根本, 中山,
  /// 出口), and a common word after a Japanese family name is no given name.
  @Test(arguments: [
    "问题的根本原因在于需求不足。",
    "中山大学的学生参加了比赛。",
    "今年出口增长较快。",
    "山口组织了一场活动。",
  ])
  func noJapaneseNameInCommonWords(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { $0.rule == "entities.japanese-name" }.map(\.text) == [])
  }

  @Test func japaneseNameTableRows() throws {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let rows = reader.rows(PersonJapaneseNameRow.self, problems: &problems)
    #expect(problems.isEmpty)
    #expect(rows.filter { $0.kind == .family }.count > 500)
    for row in rows {
      #expect(row.kind == .given || reader.surface(row.written).count >= 2, "a one-character family name is a Chinese one too")
      #expect(row.romanized.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII }, "\(row.romanized)")
    }
  }

  /// The given names are read on first use: the table they become holds every row of the TSV
  /// (normalised, the first row of a surface winning), and the lexicon's family names too.
  @Test func japaneseNamesReadLazilyEqualTheRows() throws {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let rows = reader.rows(PersonJapaneseNameRow.self, problems: &problems)
    var family: [[Unicode.Scalar]: String] = [:]
    var given: [[Unicode.Scalar]: String] = [:]
    var wordFamily: [[Unicode.Scalar]: String] = [:]
    for row in rows {
      let surface = reader.surface(row.written)
      switch row.kind {
      case .family: family[surface] = family[surface] ?? row.romanized
      case .familyWord: wordFamily[surface] = wordFamily[surface] ?? row.romanized
      case .given: given[surface] = given[surface] ?? row.romanized
      }
    }
    #expect(given.count > 11_000)
    let names = EntityLexicon(reader: reader, problems: &problems).japaneseNames
    #expect(problems.isEmpty)
    #expect(names.familyNames == family)
    #expect(names.wordFamilyNames == wordFamily)
    #expect(names.givenNames == given)
    #expect(names.isGiven(Array("由美".unicodeScalars)[...]))
    #expect(names.romanized(family: Array("佐藤".unicodeScalars)[...], given: Array("由美".unicodeScalars)[...]) == "Yumi Sato")
  }

  @Test(arguments: [
    ("本报讯记者⟦陆新平⟧报道:展览今天开幕。", "Lu Xinping"),
    ("厂主商国富、⟦陆新平⟧二人心里着急。", "Lu Xinping"),
    ("⟦许银川⟧表示,这盘棋下得很艰苦。", "Xu Yinchuan"),
  ])
  func givenNameThatIsAPlace(marked: String, name: String) throws {
    let text = MarkedText(marked)
    let m = try #require(EntityFixture.people(text.text).first { [$0.start, $0.end] == text.span(0) }, "no person at the mark in \(text.text)")
    // At the start of a clause the name model may read the three characters itself (许银川表示).
    #expect(["entities.place-given-name", "entities.chinese-name"].contains(m.rule))
    #expect(m.name == name)
    #expect(!EntityFixture.entities(text.text).contains { $0.type == "location" && $0.start < m.end && m.start < $0.end })
  }

  @Test(arguments: [
    "他从新平出发,前往昆明。",  // no family name before the place
    "他向西平县捐赠了物资。",  // 向 after a word is a preposition
    "旅客在银川表示满意。",  // 在 is no family name
    "许多银川人参加了活动。",  // 许多 is a word
    "列车开往银川。",  // no cue
  ])
  func placeAfterAFamilyNameCharacterThatIsNoName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).filter { $0.rule == "entities.place-given-name" }.map(\.text) == [])
  }
}

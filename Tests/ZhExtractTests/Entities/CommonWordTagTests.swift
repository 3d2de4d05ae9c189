import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Common words that jieba tags a person's or a place's (`nr` `nrt` `ns`) and CC-CEDICT lists only
/// with lower-case pinyin are tagged `n` in the segmenter dictionary
/// (`Scripts/generate-word-dictionary.py`, issue 15): the name rules read no name in them.
@Suite struct CommonWordTagTests {
  private func tag(_ word: String) -> String? { WordDictionary.shared.lookup(Array(word.unicodeScalars))?.tag }

  @Test(arguments: [
    // Common words that jieba tags a person's or a place's: a common noun's tag now.
    ("许可", "n"), ("荣获", "n"), ("师生", "n"), ("雷雨", "n"), ("辛勤", "n"), ("晋升", "n"), ("大城市", "n"), ("法西斯", "n"),
    // Proper nouns of CC-CEDICT (capitalised pinyin) and words it does not list keep jieba's tag.
    ("华裔", "nr"), ("雷山", "nr"), ("马士基", "nr"), ("许可费", "nr"), ("宁海", "ns"), ("江门", "ns"),
  ])
  func dictionaryTag(word: String, expected: String) {
    #expect(tag(word) == expected, "\(word)")
  }

  @Test(arguments: [
    "他在比赛中荣获冠军。",
    "各地有短时雷雨大风。",
    "“晋升前拼命干、晋升后松一半”的状况",
    "校友、师生从各地汇聚到北京。",
    "要顾全大局，为国分忧。",
    "经过短暂的辛勤努力，他们成功了。",
    "首期许可费3000万元。",  // 许 and a common word 许可: a three-character name needs a cue now
  ])
  func noPersonInACommonWord(sentence: String) {
    #expect(EntityFixture.people(sentence).isEmpty, "\(EntityFixture.people(sentence).map(\.text)) in \(sentence)")
  }

  @Test(arguments: [
    "水果是农业的半壁江山。",
    "德国法西斯的罪行。",
    "沿海地区开发加快。",
    "上半场比分1比0。",  // not-dictionary-name: a word CC-CEDICT does not list
  ])
  func noPlaceInACommonWord(sentence: String) {
    let places = EntityFixture.entities(sentence).filter { $0.type == "location" }.map(\.text)
    #expect(places.allSatisfy { $0 == "德国" }, "\(places) in \(sentence)")
  }

  /// People the dictionary keeps as person's words are still read.
  @Test(arguments: [
    ("外交部发言人华春莹表示，双方将加强合作。", ["华春莹"]),
    ("董事长陈思远说，公司将扩产。", ["陈思远"]),
  ])
  func namesStay(sentence: String, expected: [String]) {
    #expect(EntityFixture.people(sentence).map(\.text) == expected, "\(sentence)")
  }
}

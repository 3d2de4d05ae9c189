import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// People whose span the entity stage cut or made up (issue 15 item 2): a Chinese given name whose
/// last character the dictionary files as a word of another kind (詹佩|蓉) or that the name
/// statistics never show (婧), a transliterated name whose part after the dot holds a character
/// the transliteration set lacked (斯|文森), a Japanese name before a function word (美咲|以), and a
/// person inside a brand the lexicons list (盒|马鲜生, 李宁|飞). Sentences written for these
/// tests, Simplified and Traditional, each person marked.
@Suite struct PersonSpanTests {
  // MARK: the whole given name when a cue follows

  @Test(arguments: [
    ("台北市议员⟦詹佩蓉⟧表示，市府应尽快公布预算。", "person:zhan-peirong-51d0de"),
    ("台北市議員⟦詹佩蓉⟧表示，市府應儘快公布預算。", "person:zhan-peirong-51d0de"),
    ("立委⟦詹佩蓉⟧说，党团将提出复议。", "person:zhan-peirong-51d0de"),
    ("立委⟦李婧⟧说，党团将提出复议。", "person:li-jing-0dad06"),
    ("立委⟦李婧⟧說，黨團將提出覆議。", "person:li-jing-0dad06"),
    ("⟦李婧⟧表示，将提案。", "person:li-jing-0dad06"),
    ("市长⟦王蓉⟧表示同意。", "person:wang-rong-d89aca"),
  ])
  func wholeGivenNameBeforeACue(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test func wholeGivenNameBeforeAListMark() {
    EntityFixture.expectPeople("民進黨立委⟦詹佩蓉⟧、國民黨立委⟦李婧⟧出席。", ids: ["person:zhan-peirong-51d0de", "person:li-jing-0dad06"])
  }

  @Test func rareGivenCharactersInAList() {
    EntityFixture.expectPeople("记者⟦张皓⟧、⟦王珺⟧报道。", ids: ["person:zhang-hao-e61e51", "person:wang-jun-49b01d"])
  }

  @Test(arguments: [
    "成都的蓉城表示欢迎。",
    "总理基里延科访问北京。",  // a foreign name before a verb keeps its span: no Chinese name is made of it
  ])
  func noChineseNameMadeUp(_ sentence: String) {
    #expect(!EntityFixture.people(sentence).contains { $0.text.hasPrefix("蓉") || $0.text.hasSuffix("访") })
  }

  // MARK: every part after the dot runs to the end of the transliteration

  @Test(arguments: [
    ("瑞典歌手⟦卡琳·斯文森⟧将于明年来华演出。", "person:ka-lin-si-wen-sen-62c61e"),
    ("瑞典歌手⟦卡琳・斯文森⟧將於明年來台演出。", "person:ka-lin-si-wen-sen-62c61e"),  // U+30FB
    ("经纪人⟦卡琳•斯文森⟧说，门票已售罄。", "person:ka-lin-si-wen-sen-62c61e"),  // U+2022
    ("經紀人⟦約翰．彼得森⟧說，門票已售罄。", "person:yue-han-bi-de-sen-39393c"),  // U+FF0E
    ("美国演员⟦文森特·卡塞尔⟧表示很期待。", "person:wen-sen-te-ka-sai-er-2fcf48"),
  ])
  func dottedNameToTheEnd(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  @Test(arguments: ["他跑得很快，文章写得很好。", "德文和法文都是外语。", "彼得堡的文物很多。"])
  func transliterationCharactersAloneAreNoName(_ sentence: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
  }

  // MARK: a Japanese name ends before a function word

  @Test(arguments: [
    ("女演员⟦石川美咲⟧以3比1获胜。", "person:misaki-ishikawa-bf729d"),
    ("女演員⟦石川美咲⟧以3比1獲勝。", "person:misaki-ishikawa-bf729d"),
    ("日本选手⟦佐藤由美⟧与队友一起训练。", "person:yumi-sato-d457e2"),
    ("日本演员⟦山下美咲⟧与导演出席了发布会。", "person:misaki-yamashita-b464af"),
  ])
  func japaneseNameEndsBeforeAFunctionWord(marked: String, id: String) {
    EntityFixture.expectPeople(marked, ids: [id])
  }

  // MARK: a brand of the lexicons blocks a person across it

  @Test(arguments: [
    ("阿里旗下的盒马鲜生今年开设了50家新店。", "盒马鲜生", "org:freshippo"),
    ("盒馬鮮生今年開設了50家新店。", "盒馬鮮生", "org:freshippo"),
    ("李宁飞往上海参加发布会后，公司股价上涨。", "李宁", "org:li-ning"),
  ])
  func brandBlocksAPerson(sentence: String, brand: String, id: String) {
    #expect(EntityFixture.people(sentence).map(\.text) == [])
    #expect(EntityFixture.entities(sentence).contains { $0.text == brand && $0.id == id })
  }

  @Test func aFamilyNameAndTitleStayAPerson() {
    #expect(EntityFixture.people("马先生说，这家店的海鲜很新鲜。").map(\.text) == ["马先生"])
  }
}

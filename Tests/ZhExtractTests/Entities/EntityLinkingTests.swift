import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Surface forms of one entity inside one document share one id.
@Suite struct EntityLinkingTests {
  @Test func parenthesisedLatinAliasLinksAPatternName() throws {
    let text = MarkedText("研究主管⟦卡洛琳·温特斯⟧(⟦Caroline Winters⟧)周一宣布离职。⟦温特斯⟧说她会休息一段时间。")
    let mentions = EntityFixture.entities(text.text)
    #expect(mentions.map { [$0.start, $0.end] } == text.allSpans)
    #expect(Set(mentions.map(\.id)) == ["person:ka-luo-lin-wen-te-si-fea995"])
    #expect(mentions.map(\.source) == ["pattern", "alias", "alias"])
    #expect(mentions.allSatisfy { $0.name == "Caroline Winters" && $0.nameZh == "卡洛琳·温特斯" })
  }

  /// A body named after its county gives no short form of the county's name (涟溪 is the county,
  /// not its hospital); a company whose name ends with a word on 市 (超市) keeps its short form.
  @Test func aPlaceBeforeABodyIsNoShortFormOfIt() {
    let hospital = EntityFixture.entities("涟溪县人民医院院长说，涟溪的患者增加。")
    #expect(hospital.map(\.text) == ["涟溪县人民医院"], "\(hospital.map { "\($0.text) \($0.type)" })")
    let store = EntityFixture.entities("永辉超市股份有限公司公告，永辉超市门店增加。")
    #expect(store.map(\.text) == ["永辉超市股份有限公司", "永辉超市"])
    #expect(Set(store.map(\.id)).count == 1)
  }

  @Test func parenthesisedAliasOfALexiconEntityTakesItsId() throws {
    let text = MarkedText("⟦达里奥.阿莫代⟧(⟦Dario Amodei⟧)再次发声,⟦阿莫代⟧强调安全。")
    let mentions = EntityFixture.entities(text.text)
    #expect(mentions.map { [$0.start, $0.end] } == text.allSpans)
    #expect(mentions.allSatisfy { $0.id == "person:dario-amodei" })
  }

  @Test func fullWidthParenthesesAndAppositiveLatinName() throws {
    let mentions = EntityFixture.entities("分析师韦恩·霍尔特（Wayne Holt）认为,甲骨文Oracle的订单会增加。")
    #expect(mentions.map(\.text) == ["韦恩·霍尔特", "Wayne Holt", "甲骨文", "Oracle"])
    #expect(mentions.map(\.id) == ["person:wei-en-huo-er-te-1a544d", "person:wei-en-huo-er-te-1a544d", "org:oracle", "org:oracle"])
    #expect(mentions[1].source == "alias")
  }

  @Test func laterFamilyNameOfALatinPatternName() {
    #expect(
      EntityFixture.ids("记者 Karen Whitfield 写道,交易已完成。Whitfield 还提到了价格。") == ["Karen Whitfield→person:karen-whitfield", "Whitfield→person:karen-whitfield"])
  }

  @Test func companyShortNameAfterTheFullName() {
    let mentions = EntityFixture.entities("海岚智造股份有限公司今天公告,海岚智造的订单翻倍。")
    #expect(mentions.map(\.text) == ["海岚智造股份有限公司", "海岚智造"])
    #expect(Set(mentions.map(\.id)) == ["org:hai-lan-zhi-zao-gu-fen-you-xian-gong-si-40d497"])
    #expect(mentions.map(\.source) == ["pattern", "alias"])
  }

  @Test func aShortFormThatIsACommonWordNamesNothing() {
    let mentions = EntityFixture.entities("北湖区公安局通报案情,公安机关已立案。")
    #expect(mentions.map(\.text) == ["北湖区公安局"])
  }

  @Test func legalNameHoldingAKnownCompanyTakesItsId() {
    let mentions = EntityFixture.entities("合同由上海百度网讯信息技术有限公司签署,百度随后确认。")
    #expect(mentions.map(\.text) == ["上海百度网讯信息技术有限公司", "百度"])
    #expect(mentions.map(\.id) == ["org:baidu", "org:baidu"])
    #expect(mentions.map(\.source) == ["pattern", "lexicon"])
  }

  @Test func legalNameShortFormsWithoutPlaceAndSuffix() {
    let mentions = EntityFixture.entities("江苏青禾控股集团有限公司发布公告,青禾控股的股价上涨。")
    #expect(mentions.map(\.text) == ["江苏青禾控股集团有限公司", "青禾控股"])
    #expect(Set(mentions.map(\.id)) == ["org:jiang-su-qing-he-kong-gu-ji-tuan-you-xian-gong-s-a87b71"])
    #expect(mentions.map(\.source) == ["pattern", "alias"])
  }

  @Test func everyMentionIsReported() {
    let ids = EntityFixture.ids("OpenAI 与 OpenAI 的对手都在看 OpenAI。")
    #expect(ids == ["OpenAI→org:openai", "OpenAI→org:openai", "OpenAI→org:openai"])
  }

  /// An English name in parentheses after a body is its alias on the same id, though a place and a
  /// pattern name were read inside it, and with a legal form after a comma.
  @Test(arguments: [
    (
      "北京市羽毛球协会（Beijing Badminton Association）成立。",
      ["北京市羽毛球协会→org:bei-jing-shi-yu-mao-qiu-xie-hui-d152bb", "Beijing Badminton Association→org:bei-jing-shi-yu-mao-qiu-xie-hui-d152bb"]
    ),
    (
      "澜海智能装备股份有限公司（Lanhai Intelligent Equipment Co., Ltd.）发布公告。",
      [
        "澜海智能装备股份有限公司→org:lan-hai-zhi-neng-zhuang-bei-gu-fen-you-xian-gong-6fcd1b",
        "Lanhai Intelligent Equipment Co., Ltd.→org:lan-hai-zhi-neng-zhuang-bei-gu-fen-you-xian-gong-6fcd1b",
      ]
    ),
  ])
  func englishNameInParenthesesAfterABody(sentence: String, expected: [String]) {
    #expect(EntityFixture.ids(sentence) == expected)
  }

  @Test func aListOfCompaniesInParenthesesIsNoAlias() {
    #expect(EntityFixture.ids("科技巨头(Apple, Google)都在布局。") == ["Apple→org:apple", "Google→org:google"])
  }
}

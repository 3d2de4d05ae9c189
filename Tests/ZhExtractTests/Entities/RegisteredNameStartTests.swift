import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// The left boundary of a registered company's name before its legal form (`RegisteredNameStart`, issue 15
/// item 3): the name runs from the form to the nearest boundary, never over a descriptor before it
/// (`registered-lead`: 控股股东 上市公司 营运商 旗下), never stopping inside its trade name at a common word, a
/// verb, a numeral or a place; a qualifier in parentheses is part of the form; generic words alone name no
/// company; an English name keeps its legal form (GmbH, Co., Ltd., Pte. Ltd., `, Inc.`) and its first word
/// names it again. Each row: the sentence, then `surface@start-end→id` of every organisation, in order.
/// Sentences and names written for these tests.
@Suite struct RegisteredNameStartTests {
  private static func organizations(_ text: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == "organization" }.map { "\($0.text)@\($0.start)-\($0.end)→\($0.id)" }
  }

  /// A descriptor, a role or a listing phrase before the name is no part of it (控股股东, 上市公司, 营运商, 运营商, 旗下).
  @Test(arguments: [
    ("公告称，控股股东鼎泰投资有限公司拟减持。", ["鼎泰投资有限公司@8-16→org:ding-tai-tou-zi-you-xian-gong-si-cff57f"]),
    (
      "深交所创业板上市公司江苏远帆新材料股份有限公司今日公告。",
      [
        "深交所@0-3→org:szse",
        "江苏远帆新材料股份有限公司@10-23→org:jiang-su-yuan-fan-xin-cai-liao-gu-fen-you-xian-g-31ed18",
      ]
    ),
    ("本地冷链营运商天衡冷链物流控股有限公司宣布扩建。", ["天衡冷链物流控股有限公司@7-19→org:tian-heng-leng-lian-wu-liu-kong-gu-you-xian-gong-55518b"]),
    ("运营商深圳鹏远智慧停车运营有限公司负责管理。", ["深圳鹏远智慧停车运营有限公司@3-17→org:shen-zhen-peng-yuan-zhi-hui-ting-che-yun-ying-yo-272e0e"]),
    ("在联交所上市的嘉兴国际控股有限公司宣布派息。", ["联交所@1-4→org:sehk", "嘉兴国际控股有限公司@7-17→org:jia-xing-guo-ji-kong-gu-you-xian-gong-si-308332"]),
    ("公司旗下广州悦航航空服务有限公司获得许可。", ["广州悦航航空服务有限公司@4-16→org:guang-zhou-yue-hang-hang-kong-fu-wu-you-xian-gon-217ba4"]),
  ])
  func descriptorsEndBeforeTheName(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  /// A common word, a place, a numeral or a one-character word inside the trade name is no start (由|东方, 与|中车株洲, 据|华信, 安|和, 三|和).
  @Test(arguments: [
    ("该项目由东方精密工业股份有限公司承建。", ["东方精密工业股份有限公司@4-16→org:dong-fang-jing-mi-gong-ye-gu-fen-you-xian-gong-s-a684db"]),
    ("公司与中车株洲轨道装备股份有限公司签约。", ["中车株洲轨道装备股份有限公司@3-17→org:zhong-che-zhu-zhou-gui-dao-zhuang-bei-gu-fen-you-2bc83d"]),
    ("据华信证券股份有限公司研报，行业回暖。", ["华信证券股份有限公司@1-11→org:hua-xin-zheng-quan-gu-fen-you-xian-gong-si-c8d3f0"]),
    ("第一大股东安和创业投资有限公司持股18%。", ["安和创业投资有限公司@5-15→org:an-he-chuang-ye-tou-zi-you-xian-gong-si-7e46e5"]),
    // The foreign country before it is a place of its own (日本|三和电机株式会社, as news gold marks 日本|东丽株式会社).
    ("日本三和电机株式会社上调预期。", ["三和电机株式会社@2-10→org:san-he-dian-ji-zhu-shi-hui-she-85a76f"]),
    ("大成化工株式会社宣布涨价。", ["大成化工株式会社@0-8→org:da-cheng-hua-gong-zhu-shi-hui-she-063356"]),
  ])
  func theTradeNameIsWhole(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  /// A place or 集团 in parentheses before the form is part of the name.
  @Test(arguments: [
    ("明辉科技（香港）有限公司为收购方。", ["明辉科技（香港）有限公司@0-12→org:ming-hui-ke-ji-xiang-gang-you-xian-gong-si-b39814"]),
    ("华盛置业（集团）有限公司发布公告。", ["华盛置业（集团）有限公司@0-12→org:hua-sheng-zhi-ye-ji-tuan-you-xian-gong-si-c49044"]),
    ("新疆机场（集团）有限责任公司发布通知。", ["新疆机场（集团）有限责任公司@0-14→org:xin-jiang-ji-chang-ji-tuan-you-xian-ze-ren-gong-32acc1"]),
    ("森岚实业（马来西亚）有限公司在吉隆坡上市。", ["森岚实业（马来西亚）有限公司@0-14→org:sen-lan-shi-ye-ma-lai-xi-ya-you-xian-gong-si-a24efb"]),
  ])
  func qualifiersInParentheses(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  /// Generic words alone, with a legal form or a body suffix, name no organisation.
  @Test(arguments: [
    "这家工业股份有限公司的负责人表示。",
    "他注册了一家私人有限公司。",
    "当地一所三甲医院和县级医院参与试点。",
    "该证券集团在区域办公室召开会议。",
    "这家物流有限公司的员工表示。",
  ])
  func genericWordsNameNothing(sentence: String) {
    #expect(Self.organizations(sentence).isEmpty, "\(sentence)")
  }

  /// An English registered name keeps its legal form; its first word names it again (Corvex).
  @Test(arguments: [
    (
      "美国药企Corvex Therapeutics, Inc.宣布，Corvex将启动三期试验。",
      [
        "Corvex Therapeutics, Inc.@4-29→org:corvex-therapeutics-inc",
        "Corvex@32-38→org:corvex-therapeutics-inc",
      ]
    ),
    ("德国Hexfield Robotics GmbH在上海设厂。", ["Hexfield Robotics GmbH@2-24→org:hexfield-robotics-gmbh"]),
    ("日本Kaze Denki Co., Ltd.发布财报。", ["Kaze Denki Co., Ltd.@2-22→org:kaze-denki-co.-ltd"]),
    ("新加坡支付公司NovaPay Pte. Ltd.获得牌照。", ["NovaPay Pte. Ltd.@7-24→org:novapay-pte.-ltd"]),
  ])
  func latinLegalForms(sentence: String, expected: [String]) {
    #expect(Self.organizations(sentence) == expected, "\(sentence)")
  }

  /// A later short form (the trade name and the industry word nearest the form) shares the full name's id.
  @Test func shortFormsLinkToTheRegisteredName() {
    #expect(
      Self.organizations("东岸国际物流股份有限公司今日挂牌，东岸物流开盘上涨。") == [
        "东岸国际物流股份有限公司@0-12→org:dong-an-guo-ji-wu-liu-gu-fen-you-xian-gong-si-c0414a",
        "东岸物流@17-21→org:dong-an-guo-ji-wu-liu-gu-fen-you-xian-gong-si-c0414a",
      ])
  }
}

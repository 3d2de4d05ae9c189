import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A body followed by one of its named units is one organisation, the unit named with its parent
/// (rule `entities.body-unit`, `unit-word` cues: 处 科 股 组 站 中心 学系 委员会 分局 支行): the merged
/// surface has an id of its own, the parent inside it is not emitted, and the parent found alone
/// elsewhere keeps its id. A body before a title, a verb, a place, a list or a room, and a company
/// before one of its departments, stay as they were. Sentences written for these tests.
@Suite struct NamedUnitTests {
  /// `surface@start-end→id` of every mention, in order.
  private static func mentions(_ text: String) -> [String] {
    EntityFixture.entities(text).map { "\($0.text)@\($0.start)-\($0.end)→\($0.id)" }
  }

  @Test(arguments: [
    // A unit of a county bureau, of a provincial department before a title and a person, of a city government.
    ("安阳县农业农村局植保站发布了病虫情报。", ["安阳县农业农村局植保站@0-11→org:an-yang-xian-nong-ye-nong-cun-ju-zhi-bao-zhan-cc9eb5"]),
    (
      "湖东省商务厅外贸处处长王某介绍，出口增长较快。",
      ["湖东省商务厅外贸处@0-9→org:hu-dong-sheng-shang-wu-ting-wai-mao-chu-776928", "王某@11-13→person:wang-mou-bfce63"]
    ),
    ("市卫健委医政医管处发布通知。", ["市卫健委医政医管处@0-9→org:shi-wei-jian-wei-yi-zheng-yi-guan-chu-666e44"]),
    // Two verbs side by side before the unit word name its work; a unit of a county's bureau named by the division word.
    ("国家市场监督管理总局认证认可中心发布公告。", ["国家市场监督管理总局认证认可中心@0-16→org:guo-jia-shi-chang-jian-du-guan-li-zong-ju-ren-zh-40356a"]),
    ("县教育局基础教育股日前组织了检查。", ["县教育局基础教育股@0-9→org:xian-jiao-yu-ju-ji-chu-jiao-yu-gu-f78381"]),
    ("市公安局刑侦支队破获一起诈骗案。", ["市公安局刑侦支队@0-8→org:shi-gong-an-ju-xing-zhen-zhi-dui-d32338"]),
    // An association has committees (`unit-parent`).
    ("中国足球协会纪律委员会作出处罚决定。", ["中国足球协会纪律委员会@0-11→org:zhong-guo-zu-qiu-xie-hui-ji-lu-wei-yuan-hui-5e231a"]),
    // A joiner inside the unit's name; a council's committee (a mention read inside is part of it).
    ("南区区议会交通及运输委员会今日开会。", ["南区区议会交通及运输委员会@0-13→org:nan-qu-qu-yi-hui-jiao-tong-ji-yun-shu-wei-yuan-h-ab8a24"]),
    ("金管局金融科技与创新组发言人表示。", ["金管局金融科技与创新组@0-11→org:jin-guan-ju-jin-rong-ke-ji-yu-chuang-xin-zu-c8ed7b"]),
    // A longer unit wins over the body suffix inside it (交通委).
    ("沙田區議會交通委員會今日開會。", ["沙田區議會交通委員會@0-10→org:sha-tian-qu-yi-hui-jiao-tong-wei-yuan-hui-b10e76"]),
    // A branch of a bank named by a place; a branch of a bureau of a ministry.
    ("中国工商银行临江支行行长在仪式上致辞。", ["中国工商银行临江支行@0-10→org:zhong-guo-gong-shang-yin-xing-lin-jiang-zhi-xing-1ee707"]),
    ("交通部公路局北区养护工程分局今天表示。", ["交通部公路局北区养护工程分局@0-14→org:jiao-tong-bu-gong-lu-ju-bei-qu-yang-hu-gong-chen-1ffe75"]),
    // A department of a university whose name holds a transliterated name; a second unit after a school.
    ("牛津大学纳菲尔德临床神经科学系的研究发现。", ["牛津大学纳菲尔德临床神经科学系@0-15→org:niu-jin-da-xue-na-fei-er-de-lin-chuang-shen-jing-aedd69"]),
    ("香港中文大學醫學院內科及藥物治療學系教授指出。", ["香港中文大學醫學院內科及藥物治療學系@0-18→org:xiang-gang-zhong-wen-da-xue-yi-xue-yuan-nei-ke-j-3a0a17"]),
  ])
  func unitAfterItsBodyIsOneOrganisation(sentence: String, expected: [String]) {
    #expect(Self.mentions(sentence) == expected, "\(sentence)")
  }

  /// A gazetteer university whose name a pattern read across (陕西|师范|大学计算机学院: the pattern
  /// started inside it) is one organisation with its school; set apart from it by 的 it keeps its
  /// own record, and the pattern alone, with no body before it, stays as it was read.
  @Test(arguments: [
    ("陝西師範大學歷史文化學院副教授指出。", ["陝西師範大學歷史文化學院@0-12→org:shan-xi-shi-fan-da-xue-li-shi-wen-hua-xue-yuan-f93706"]),
    ("陕西师范大学计算机学院指出。", ["陕西师范大学计算机学院@0-11→org:shan-xi-shi-fan-da-xue-ji-suan-ji-xue-yuan-68a69b"]),
    (
      "陕西师范大学的计算机学院指出。",
      ["陕西师范大学@0-6→org:shaanxi-normal-university", "计算机学院@7-12→org:ji-suan-ji-xue-yuan-70de3a"]
    ),
    ("他说师范大学计算机学院指出。", ["师范大学计算机学院@2-11→org:shi-fan-da-xue-ji-suan-ji-xue-yuan-8adc14"]),
  ])
  func gazetteerBodyReadAcrossByAPattern(sentence: String, expected: [String]) {
    #expect(Self.mentions(sentence) == expected, "\(sentence)")
  }

  @Test func parentAloneKeepsItsOwnId() {
    #expect(
      Self.mentions("临江市政府近日召开会议。临江市政府产业发展处负责人表示，将出台新政策。") == [
        "临江市政府@0-5→org:lin-jiang-shi-zheng-fu-f1cb65", "临江市政府产业发展处@12-22→org:lin-jiang-shi-zheng-fu-chan-ye-fa-zhan-chu-b992a2",
      ])
  }

  /// The division word alone stands for the place a common noun ending with a body suffix needs
  /// (县|教育局: the county's); after another word it names none (全县|教育局长).
  @Test func divisionWordBeforeACommonNounBody() {
    #expect(Self.mentions("县教育局日前召开会议。") == ["县教育局@0-4→org:xian-jiao-yu-ju-194712"])
    #expect(Self.mentions("全县教育局长会议召开。") == [])
  }

  @Test(arguments: [
    // An office word before a title is the title: the person rule still sees it.
    ("临海市政府办公室主任李强在会上说。", ["临海市政府@0-5→org:lin-hai-shi-zheng-fu-0b5762", "李强@10-12→person:li-qiang"]),
    // A verb, a preposition and a place, a list, a verb the dictionary files as a noun.
    ("江南省商务厅表示将支持外贸企业。", ["江南省商务厅@0-6→org:jiang-nan-sheng-shang-wu-ting-795bf7"]),
    ("省商务厅在广州召开座谈会。", ["省商务厅@0-4→org:sheng-shang-wu-ting-33c356", "广州@5-7→place:cn-guangzhou"]),
    ("省商务厅、外贸处联合发文。", ["省商务厅@0-4→org:sheng-shang-wu-ting-33c356"]),
    ("湘乡市公安局责令治安股整改。", ["湘乡市公安局@0-6→org:xiang-xiang-shi-gong-an-ju-810239"]),
    ("滨海市政府决定成立工作组。", ["滨海市政府@0-5→org:bin-hai-shi-zheng-fu-988bfc"]),
    // A department of a company is no organisation; neither is a company's class word before it.
    ("澜江科技股份有限公司财务部负责人称。", ["澜江科技股份有限公司@0-10→org:lan-jiang-ke-ji-gu-fen-you-xian-gong-si-0fa385"]),
    ("公司财务部负责人称。", []),
    // A room or a venue is no unit; a word that ends with a unit character (上市公司) or starts with one (科研) names none.
    ("会议在省商务厅会议室举行。", ["省商务厅@3-7→org:sheng-shang-wu-ting-33c356"]),
    ("国家广播电视总局老干部活动中心举行联欢会。", ["国家广播电视总局@0-8→org:cn-nrta"]),
    ("上海证券交易所上市公司数量增加。", ["上海证券交易所@0-7→org:sse"]),
    ("湖西省农业科学院科研人员培育出新品种。", ["湖西省农业科学院@0-8→org:hu-xi-sheng-nong-ye-ke-xue-yuan-4d50f7"]),
  ])
  func bodyBeforeNoUnitStaysAlone(sentence: String, expected: [String]) {
    #expect(Self.mentions(sentence) == expected, "\(sentence)")
  }
}

import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A named unit written right after its body is one organisation with its own id (issue 15 item 3):
/// a department of a hospital or a school (`department` after a `department-parent`: 湘雅医院|麻醉科,
/// never a person), a unit whose name holds a joiner (`unit-joiner`: 计算机科学与技术学院,
/// 化學及生物工程學系) and a unit named by a fixed phrase (对外贸易|处). The body alone keeps its own
/// id. Sentences written for these tests.
@Suite struct BodyUnitTests {
  /// `surface→id` of every mention, in order.
  private static func mentions(_ text: String) -> [String] {
    EntityFixture.entities(text).map { "\($0.text)→\($0.id)" }
  }

  @Test(arguments: [
    // A department of a hospital: one organisation; a person read in it is none.
    ("她在湘雅医院麻醉科工作。", ["湘雅医院麻醉科→org:xiang-ya-yi-yuan-ma-zui-ke-0ae6c9"]),
    ("据悉，沈丘县人民医院消化内科主任介绍了情况。", ["沈丘县人民医院消化内科→org:shen-qiu-xian-ren-min-yi-yuan-xiao-hua-nei-ke-2f2ef4"]),
    ("复旦大学与上海交通大学医学院开展合作。", ["复旦大学→org:fudan", "上海交通大学医学院→org:shang-hai-jiao-tong-da-xue-yi-xue-yuan-d20833"]),
    // A unit whose name holds a joiner, after its university.
    ("浙江大学计算机科学与技术学院今年扩招。", ["浙江大学计算机科学与技术学院→org:zhe-jiang-da-xue-ji-suan-ji-ke-xue-yu-ji-shu-xue-69ae7a"]),
    ("香港科技大學化學及生物工程學系教授發表論文。", ["香港科技大學化學及生物工程學系→org:xiang-gang-ke-ji-da-xue-hua-xue-ji-sheng-wu-gong-004523"]),
    // A unit the dictionary holds in one word with its body.
    ("清华大学经济管理学院今年招生。", ["清华大学经济管理学院→org:qing-hua-da-xue-jing-ji-guan-li-xue-yuan-d16680"]),
    ("清华大学今年招生。", ["清华大学→org:tsinghua"]),
    // A division of a government body named by a fixed phrase.
    ("湖南省商务厅对外贸易处发布通知。", ["湖南省商务厅对外贸易处→org:hu-nan-sheng-shang-wu-ting-dui-wai-mao-yi-chu-e8bdef"]),
  ])
  func unitsAfterTheirBody(sentence: String, expected: [String]) {
    #expect(Self.mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // Two bodies joined by a conjunction stay two.
    ("北京大学与清华大学签署合作协议。", ["北京大学→org:peking-university", "清华大学→org:tsinghua"]),
    ("中国科学院与地方政府共建研究所。", ["中国科学院→org:cas"]),
    // The body alone keeps its own id; a word that stops a name right after it is no unit.
    ("湖南省商务厅对此表示欢迎。", ["湖南省商务厅→org:hu-nan-sheng-shang-wu-ting-984752"]),
    // A department that is not right after its body, or after no body, is no unit.
    ("他在医院内科住了三天。", []),
  ])
  func partsThatStayApart(sentence: String, expected: [String]) {
    #expect(Self.mentions(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    // A body named again by its division word alone, after its full name: the same id.
    (
      "安徽省水利厅召开会议。省水利厅要求各地做好防汛准备。",
      ["安徽省水利厅→org:an-hui-sheng-shui-li-ting-f0b114", "省水利厅→org:an-hui-sheng-shui-li-ting-f0b114"]
    ),
    (
      "上海市体育局发布通知。市体育局表示，赛事将如期举行。",
      ["上海市体育局→org:shang-hai-shi-ti-yu-ju-2c3546", "市体育局→org:shang-hai-shi-ti-yu-ju-2c3546"]
    ),
    // Two cities' bureaus: the short form names neither; it is a city's bureau of its own (news gold marks
    // 省科技厅, 州文旅局 named so alone).
    (
      "上海市体育局发布通知，北京市体育局也发布了通知。市体育局表示，赛事将如期举行。",
      ["上海市体育局→org:shang-hai-shi-ti-yu-ju-2c3546", "北京市体育局→org:bei-jing-shi-ti-yu-ju-a61095", "市体育局→org:shi-ti-yu-ju-36cf28"]
    ),
    // No full name before it: no link, the city's bureau alone.
    ("市体育局表示赛事如期举行。", ["市体育局→org:shi-ti-yu-ju-36cf28"]),
  ])
  func divisionShortFormLinksToTheFullName(text: String, expected: [String]) {
    #expect(Self.mentions(text).filter { $0.hasPrefix("place") == false && !$0.contains("→place:") } == expected, "\(text)")
  }

  @Test func departmentAfterAConjunctionIsNoUnitOfTheBody() {
    let found = EntityFixture.entities("湘雅医院与麻醉科医生座谈。").filter { $0.type == "organization" }
    #expect(found.map(\.text) == ["湘雅医院"])
  }
}

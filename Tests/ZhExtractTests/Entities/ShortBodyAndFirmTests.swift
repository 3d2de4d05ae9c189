import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Organisations in the open world (issue 15 item 3): bodies named by one noun and a one-character
/// suffix (运输署, 房屋局, 松日队), professional firms (律师事务所, 会计师事务所 and their partnership
/// form), research units inside a known body, media by their last word, national teams. Each rule
/// with positives and negatives, in analysis offsets. Sentences written for these tests.
@Suite struct ShortBodyAndFirmTests {
  /// The organisations of the sentence, as `surface start-end`.
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    // short-body-suffix: one noun of two characters and 署 局 队, each a word of the path.
    ("運輸署今日公布新路線。", ["運輸署 0-3"]),
    ("市民可到路政署查询。", ["路政署 4-7"]),
    ("房屋局今日发表声明。", ["房屋局 0-3"]),
    ("广州松日队今晚迎战对手。", ["广州松日队 0-5"]),
    // A place before the noun and a unit suffix of three characters.
    ("沙田民政事務處呼籲居民留意。", ["沙田民政事務處 0-7"]),
  ])
  func shortBodies(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "当局已经作出部署。",  // 当局 and 部署 are one word each
    "这种布局改变了整体格局。",
    "他到邮局寄信，结局出人意料。",
    "球队在比赛中出局。",
    "对基层局所有科长实行竞争上岗。",  // not-body-head: 基层
    "搜救队连夜赶到现场。",  // not-body-head: 搜救
    "他处于困境之中，此处风景优美。",  // 处 is no suffix
    "办事处已经关闭。",
  ])
  func noShortBody(sentence: String) {
    #expect(organizations(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A trade name of one-character words before a long form, and the partnership form.
    ("天健会计师事务所（特殊普通合伙）为审计机构。", ["天健会计师事务所（特殊普通合伙） 0-16"]),
    ("北京市金杜律师事务所担任法律顾问。", ["北京市金杜律师事务所 0-10"]),
    ("勤業眾信聯合會計師事務所發布報告。", ["勤業眾信聯合會計師事務所 0-12"]),
  ])
  func firms(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "他在一家会计师事务所工作。",  // a class of firm
    "这家律师事务所的合伙人表示反对。",
  ])
  func noFirm(sentence: String) {
    #expect(organizations(sentence) == [], "\(sentence)")
  }

  @Test(arguments: [
    // A research unit after a known body (unit-suffix 研究院 实验室 研究中心).
    ("北京大学人工智能研究院院长说。", ["北京大学人工智能研究院 0-11"]),
    // Media by their last word (周刊 观察网).
    ("经济观察网记者获悉此事。", ["经济观察网 0-5"]),
    ("中国新闻周刊刊发了文章。", ["中国新闻周刊 0-6"]),
    // A team: a place and 女篮.
    ("中国女篮在昨晚获胜。", ["中国女篮 0-4"]),
  ])
  func unitsMediaAndTeams(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "每周刊出一期。",
    "女篮比赛很精彩。",
    "北京大学的实验室里灯火通明。",
  ])
  func noUnitMediaOrTeam(sentence: String) {
    #expect(organizations(sentence).filter { $0 != "北京大学 0-4" } == [], "\(sentence)")
  }

  @Test func shortBodyId() {
    #expect(EntityFixture.ids("林务署发言人表示。") == ["林务署→org:lin-wu-shu-3207fc"])
    // Hong Kong's Transport Department is in the table of government bodies.
    #expect(EntityFixture.ids("运输署发言人表示。") == ["运输署→org:hk-td"])
  }
}

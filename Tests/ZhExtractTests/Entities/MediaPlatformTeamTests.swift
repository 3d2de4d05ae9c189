import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Media named outside 《》 by a masthead at a clause's start or with a place inside, platforms that
/// act as organisations, and teams named by their city (issue 15 items 3, media, and 5: rules
/// `entities.media-cue`, `entities.team-name`, the lexicon). Sentences written for these tests.
@Suite struct MediaPlatformTeamTests {
  /// `surface → id` of every organisation of the sentence, in order.
  private func organizations(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).filter { $0.type == "organization" }.map { "\($0.text)→\($0.id)" }
  }

  @Test(arguments: [
    ("据中原法治报报道，该案已开庭审理。", ["中原法治报→org:zhong-yuan-fa-zhi-bao-8ecb0a"]),  // a place inside the name
    ("工商快報記者走訪了多家商戶。", ["工商快報→org:gong-shang-kuai-bao-cd2efb"]),
    ("港聞在線報道稱，政府將推出新措施。", ["港聞在線→org:gang-wen-zai-xian-5b0a51"]),
    ("哔哩哔哩宣布第三季度营收增长。", ["哔哩哔哩→org:bilibili"]),
    ("大麦网数据显示，演唱会门票售罄。", ["大麦网→org:damai"]),
    ("腾讯视频上线了新剧。", ["腾讯视频→org:tencent-video"]),
    ("虎牙直播与平台主播续约。", ["虎牙直播→org:huya"]),
    ("抖音电商发布了双十一战报。", ["抖音电商→org:douyin-ecommerce"]),
    ("杭州逐光战队夺得冠军。", ["杭州逐光战队→org:hang-zhou-zhu-guang-zhan-dui-e02f33"]),
    (
      "东京SakuraBlaze战队与首尔Nova战队在决赛相遇。",
      ["东京SakuraBlaze战队→org:dong-jing-sakurablaze-zhan-dui-f3af3b", "首尔Nova战队→org:shou-er-nova-zhan-dui-519c8a"]
    ),
  ])
  func mediaPlatformsAndTeams(sentence: String, expected: [String]) {
    #expect(organizations(sentence) == expected)
  }

  @Test(arguments: [
    "警方通报称，嫌疑人已被控制。",
    "季度财报称，利润下降。",
    "该报记者走访了多家商户。",
    "本报记者获悉，项目已启动。",
    "有关报道称，谈判已经破裂。",
    "海关通报指，走私案增加。",
    "记者在线报道，现场秩序良好。",
    "此前新闻报道称，项目延期。",
    "杭州的战队夺得冠军。",
  ])
  func noMediumOrTeam(_ sentence: String) {
    #expect(organizations(sentence) == [])
  }

  @Test func theCityOfATeamIsNoPlaceOfItsOwn() {
    #expect(!EntityFixture.entities("杭州逐光战队夺得冠军。").contains { $0.type == "location" })
  }
}

import Testing
@testable import ZhExtract

/// `entities.media-cue` (`MediaListScanner`): a list of two names or more between enumeration commas, ended by
/// 等 and a word for media (`media-class`: 媒体 传媒), names one medium in each part, a place inside it too
/// (滨海|广播电视台); the first part only when it begins a clause and holds no verb or particle (活动吸引了|潮声网
/// is no name). The same list before another class word (等单位) names no media. Sentences written
/// for these tests.
@Suite struct MediaListTests {
  /// The organisations of the text, as "surface start-end".
  private func organizations(_ text: String) -> [String] {
    EntityFixture.entities(text).filter { $0.type == "organization" }.map { "\($0.text) \($0.start)-\($0.end)" }
  }

  @Test(arguments: [
    ("据悉，东江日报、滨海广播电视台、潮声网等媒体到场采访。", ["东江日报 3-7", "滨海广播电视台 8-15", "潮声网 16-19"]),
    // Letters and digits in a name; the traditional 傳媒 is 传媒.
    ("港讯电台、港闻01等傳媒亦有报道。", ["港讯电台 0-4", "港闻01 5-9"]),
    // The first part after a verb: only the parts after the enumeration comma.
    ("活动吸引了潮声网、东江电台等媒体关注。", ["东江电台 9-13"]),
    // Another class word after 等: no media.
    ("潮声网、东江电台等单位参加了活动。", []),
  ])
  func mediaListedBeforeAClassWord(text: String, expected: [String]) {
    #expect(organizations(text) == expected, "\(text)")
  }
}

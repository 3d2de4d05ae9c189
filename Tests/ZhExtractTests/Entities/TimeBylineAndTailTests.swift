import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A time standard after a place (北京|时间), a byline's role before a name that begins with a place
/// (记者 宁海川), and the tails 溪 and 石窟 (issue 15). Sentences written for these tests; spans as
/// the binary gives them.
@Suite struct TimeBylineAndTailTests {
  /// Every mention of the sentence, as "surface type start-end" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end)" }
  }

  /// A place before a `time-standard` word names a clock.
  @Test(arguments: [
    ("北京时间昨天深夜，华为发布新品。", ["华为 organization 9-11"]),
    ("东京时间上午9时开盘。", [String]()),
    ("他在北京工作。", ["北京 location 2-4"]),
  ])
  func timeStandard(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }

  /// A byline's role, with or without a space, before a name whose given name or whose family name
  /// and first given character are a place (记者 邬|凌云, 记者 宁海|川).
  @Test(arguments: [
    ("（记者 邬凌云）江西省工业和信息化厅公示名单。", "邬凌云 person 4-7"),
    ("（记者 宁海川）第五届博览会开幕。", "宁海川 person 4-7"),
    ("（记者 王海川）", "王海川 person 4-7"),
    ("记者宁海报道。", "宁海 location 2-4"),  // a Han character after the third: no name
  ])
  func bylineNameThroughAPlace(sentence: String, expected: String) {
    #expect(mentions(sentence).first == expected, "\(mentions(sentence)) in \(sentence)")
  }

  /// 溪 after a place names a stream (`place-tail`); 石窟 after a place names its grottoes (`place-suffix`).
  @Test(arguments: [
    ("北港溪沿岸的堤防加高。", ["北港溪 location 0-3"]),
    ("游客前往龙门石窟参观。", ["龙门石窟 location 4-8"]),
    ("小溪边有一座石窟。", [String]()),
  ])
  func streamsAndGrottoes(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}

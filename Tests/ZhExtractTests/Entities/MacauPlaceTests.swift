import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// Macau's areas and parishes (issue 15 item 4: the `place:mo-…` rows of `entities-places-hk.tsv`).
/// Sentences written for these tests, in Traditional script as Macau writes them and in Simplified.
@Suite struct MacauPlaceTests {
  /// Every mention of the sentence, as "surface type start-end id" in analysis offsets.
  private func mentions(_ sentence: String) -> [String] {
    EntityFixture.entities(sentence).map { "\($0.text) \($0.type) \($0.start)-\($0.end) \($0.id)" }
  }

  @Test(arguments: [
    // The islands and the peninsula.
    (
      "她從氹仔搭巴士到路環，再轉往澳門半島。",
      [
        "氹仔 location 2-4 place:mo-taipa", "路環 location 8-10 place:mo-coloane",
        "澳門半島 location 14-18 place:mo-macau-peninsula",
      ]
    ),
    // 路氹城 and its short form 路氹 are one place.
    ("新酒店位於路氹城，毗鄰花地瑪堂區的住宅。", ["路氹城 location 5-8 place:mo-cotai", "花地瑪堂區 location 11-16 place:mo-fatima"]),
    ("他搬到路氹，住在嘉模堂區。", ["路氹 location 3-5 place:mo-cotai", "嘉模堂區 location 8-12 place:mo-carmo"]),
    // Parishes in Simplified script.
    ("风顺堂区和望德堂区的老街。", ["风顺堂区 location 0-4 place:mo-sao-lourenco", "望德堂区 location 5-9 place:mo-sao-lazaro"]),
  ])
  func places(sentence: String, expected: [String]) {
    #expect(mentions(sentence) == expected, "\(sentence)")
  }
}

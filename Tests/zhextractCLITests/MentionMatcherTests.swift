import Testing
@testable import zhextract
import ZhExtract

@Suite struct MentionMatcherTests {
  private func money(_ text: String, _ start: Int, _ amount: String, currency: String = "CNY") -> DiffMention {
    DiffMention(
      kind: .money,
      json: .object([
        ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(start + text.unicodeScalars.count)),
        ("normalized", .string(text)), ("amount", .number(amount)), ("currency", .string(currency)), ("rule", .string("money.test")),
      ]))
  }

  private func date(_ text: String, _ start: Int, _ value: String, grain: String = "day") -> DiffMention {
    DiffMention(
      kind: .dates,
      json: .object([
        ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(start + text.unicodeScalars.count)),
        ("value", .string(value)), ("grain", .string(grain)),
      ]))
  }

  private func describe(_ outcomes: [MentionMatcher.Outcome]) -> [String] {
    outcomes.map {
      switch $0 {
      case .added(let m): "+\(m.surface)"
      case .removed(let m): "-\(m.surface)"
      case .changed(let o, let n): "~\(o.surface)>\(n.surface)"
      }
    }
  }

  @Test func sameTextMatchesBySpanAndReportsOnlyDifferences() {
    let old = [money("120亿元", 4, "12000000000"), money("3亿元", 20, "300000000"), date("1月27日", 30, "2026-01-27")]
    let new = [money("120亿元", 4, "12000000000"), money("3亿元", 20, "3000000"), date("1月27日", 30, "2026-01-27")]
    #expect(describe(MentionMatcher.match(old: old, new: new, sameText: true)) == ["~3亿元>3亿元"])
  }

  @Test func sameTextPairsOverlappingSpansAsChanged() {
    // A rule now reads the currency too: 120亿 → 120亿美元 at the same place.
    let old = [money("120亿", 4, "12000000000", currency: "-"), money("8元", 40, "8")]
    let new = [money("120亿美元", 4, "12000000000", currency: "USD"), money("9元", 50, "9")]
    #expect(describe(MentionMatcher.match(old: old, new: new, sameText: true)) == ["~120亿>120亿美元", "-8元", "+9元"])
  }

  @Test func revisedTextAlignsAroundUnchangedNeighbours() {
    // A sentence was inserted before everything (offsets shift by 10) and one figure revised.
    let old = [date("去年", 0, "2024", grain: "year"), money("120亿美元", 5, "12000000000", currency: "USD"), money("3亿元", 20, "300000000")]
    let new = [date("去年", 10, "2024", grain: "year"), money("125亿美元", 15, "12500000000", currency: "USD"), money("3亿元", 30, "300000000")]
    #expect(describe(MentionMatcher.match(old: old, new: new, sameText: false)) == ["~120亿美元>125亿美元"])
  }

  @Test func revisedTextKeepsAdditionsAndRemovalsApart() {
    let old = [money("5元", 0, "5"), date("周一", 10, "2025-W49-1"), money("7元", 20, "7")]
    let new = [money("5元", 0, "5"), money("6美元", 5, "6", currency: "USD"), money("7元", 20, "7"), date("周二", 30, "2025-W49-2")]
    // 周一 vanished between 5元 and 7元; 6美元 appeared there; 周二 appeared at the end.
    // Same kind is required to pair, so the date cannot pair with money.
    #expect(describe(MentionMatcher.match(old: old, new: new, sameText: false)) == ["-周一", "+6美元", "+周二"])
  }

  @Test func revisedTextPairsSameSurfaceBeforeSameShape() {
    let old = [money("10元", 0, "10"), money("20元", 5, "20")]
    // 20元 now resolves differently (a rule change) and 10元 was revised to 11元.
    let new = [money("11元", 0, "11"), money("20元", 6, "2000")]
    #expect(describe(MentionMatcher.match(old: old, new: new, sameText: false)) == ["~10元>11元", "~20元>20元"])
  }

  @Test func commonSubsequenceIsLongest() {
    let pairs = MentionMatcher.commonSubsequence(["a", "b", "c", "d", "e"], ["x", "b", "d", "c", "e", "y"])
    #expect(pairs.count == 3)
    #expect(pairs.map(\.0) == pairs.map(\.0).sorted() && pairs.map(\.1) == pairs.map(\.1).sorted())
    #expect(pairs.last! == (4, 4))
  }
}

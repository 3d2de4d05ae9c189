import Foundation
import Testing
@testable import ZhExtract

/// Hostile input: enormous numerals, runs of multipliers, values beyond `Decimal`. The
/// extractor must finish (linear time), never crash, never report a wrong number, and say
/// what it skipped.
@Suite struct MoneyRobustnessTests {
  static func run(_ text: String) -> (money: [MoneyMention], warnings: [ExtractionWarning]) {
    let analysis = AnalysisText(identity: text)
    var warnings: [ExtractionWarning] = []
    let money = MoneyFixtures.extractor.money.extract(analysis, warnings: &warnings).map(MoneyMention.init)
    return (money, warnings)
  }

  @Test func aMillionDigitsAreSkippedWithAWarning() {
    let text = "金额为" + String(repeating: "7", count: 1_000_000) + "美元，另有5美元。"
    let result = Self.run(text)
    #expect(result.money.map(\.text) == ["5美元"])
    #expect(result.warnings.map(\.code) == ["money.beyond-decimal"])
    #expect(result.warnings.first?.message.hasPrefix("code point 3:") == true)
  }

  @Test func aMillionBareDigitsWarnTooLong() {
    let result = Self.run(String(repeating: "1", count: 1_000_000) + "。")
    #expect(result.money.isEmpty)
    #expect(result.warnings.map(\.code) == ["money.number-too-long"])
  }

  @Test func oneWithThreeHundredZerosThenYi() {
    let result = Self.run("亏损1" + String(repeating: "0", count: 300) + "亿元")
    #expect(result.money.isEmpty)
    #expect(result.warnings.map(\.code) == ["money.beyond-decimal"])
  }

  @Test func beyondDecimalWithinTheDigitCap() {
    // 40 digits × 10^12: more than 38 significant digits.
    let result = Self.run("债务" + String(repeating: "9", count: 40) + "万亿美元")
    #expect(result.money.isEmpty)
    #expect(result.warnings.map(\.code) == ["money.beyond-decimal"])
  }

  @Test func runsOfMultipliers() {
    let text = String(repeating: "万", count: 5_000) + String(repeating: "亿", count: 5_000) + "美元，另有三亿元"
    let result = Self.run(text)
    #expect(result.money.map(\.text) == ["三亿元"])
    #expect(result.money.first?.amount == Decimal(300_000_000))
    #expect(result.warnings.allSatisfy { $0.code == "money.number-too-long" })
  }

  /// Issue 11 item 6: `1万` 25,000 times crashed the process (recursion per joined part).
  @Test func tensOfThousandsOfJoinedMultipliers() {
    let result = Self.run(String(repeating: "1万", count: 25_000) + "美元，另有1亿5000万元")
    #expect(result.money.map(\.text) == ["1万美元", "1亿5000万元"])
    #expect(result.money.map(\.amount) == [Decimal(10_000), Decimal(150_000_000)])
  }

  @Test func absurdDecimalsAreNotRounded() {
    let result = Self.run("价格为1." + String(repeating: "3", count: 50) + "美元")
    #expect(result.money.isEmpty)
    #expect(result.warnings.map(\.code) == ["money.beyond-decimal"])
  }

  @Test func manyFiguresInALongTextStayLinear() {
    // 50 000 figures in 0.7 M code points: a quadratic scan would not finish in a test run.
    let text = String(repeating: "营收120亿元，增长3.5%，", count: 50_000)
    let result = Self.run(text)
    #expect(result.money.count == 50_000)
    #expect(result.warnings.isEmpty)
  }

  @Test func oddScalarsNeverCrash() {
    for text in [
      "$", "¥", "亿", "万亿", "数", "上", "几", "1.", ",5", "1,", "元", "块5", "3块", "从1到", "20至", "37亿~", "$-5", "每股", "\u{0}1美元", "１\u{FFFD}美元", "𠀀1亿元", "1 ", " 亿",
    ] {
      _ = Self.run(text)
      _ = MoneyFixtures.money(text)
    }
  }

  @Test func zhaoIsAmbiguousAndWarns() {
    // In a Simplified text, with the renminbi or the dollar, 兆 may be 10^6 or 10^12.
    let result = Self.run("总额为100兆美元，另有3亿元。")
    #expect(result.money.map(\.text) == ["3亿元"])
    #expect(result.warnings.map(\.code) == ["money.ambiguous-unit"])
    #expect(result.warnings.first?.message.hasPrefix("code point 3:") == true)
  }

  /// Random strings over the money alphabet (seeded, so reproducible): every mention has a
  /// valid original span, the list is sorted without overlaps, and each has a value or bounds.
  @Test func randomTextKeepsTheInvariants() {
    let alphabet = Array(
      "0123456789,.，．０１２３４５６７８９ 一二两三四五六七八九十百千万亿萬億零〇壹贰叁參拾佰仟元圆块毛角分整美元港币幣台新日欧英镑人民币$¥￥€£USDRMBHKNT多余数几上约超过左右至到~-—和、每股月/年薪亏损营收估值融资兆从%人的。（）".unicodeScalars)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var checked = 0
    for _ in 0..<2000 {
      var view = String.UnicodeScalarView()
      for _ in 0...next(60) { view.append(alphabet[next(alphabet.count)]) }
      let text = String(view)
      let scalars = Array(text.unicodeScalars)
      let money = MoneyFixtures.money(text)
      var previousEnd = 0
      for m in money {
        checked += 1
        #expect(m.start >= previousEnd && m.start < m.end && m.end <= scalars.count, "\(text)")
        guard m.start >= 0, m.end <= scalars.count, m.start < m.end else { continue }
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text, "\(text)")
        #expect(m.amount != nil || (m.min != nil && m.max != nil), "\(text)")
        if let low = m.min, let high = m.max { #expect(low <= high, "\(text)") }
        previousEnd = m.end
      }
    }
    #expect(checked > 500)
  }
}

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
    let money = MoneyFixtures.extractor.money.extract(analysis, warnings: &warnings)
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
    let text = String(repeating: "万", count: 50_000) + String(repeating: "亿", count: 50_000) + "美元，另有三亿元"
    let result = Self.run(text)
    #expect(result.money.map(\.text) == ["三亿元"])
    #expect(result.money.first?.amount == Decimal(300_000_000))
    #expect(result.warnings.allSatisfy { $0.code == "money.number-too-long" })
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
    for text in ["$", "¥", "亿", "万亿", "数", "上", "几", "1.", ",5", "1,", "元", "块5", "3块", "从1到", "20至", "37亿~", "$-5", "每股", "\u{0}1美元", "１\u{FFFD}美元", "𠀀1亿元", "1 ", " 亿"] {
      _ = Self.run(text)
      _ = MoneyFixtures.money(text)
    }
  }

  @Test func zhaoIsAmbiguousAndWarns() {
    let result = Self.run("总额为四十九兆九千五百九十二亿元，另有3亿元。")
    #expect(result.money.map(\.text) == ["3亿元"])
    #expect(result.warnings.map(\.code) == ["money.ambiguous-unit"])
    #expect(result.warnings.first?.message.hasPrefix("code point 3:") == true)
  }
}

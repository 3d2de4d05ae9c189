import Foundation
import Testing
@testable import ZhExtract

/// Amounts are written as exact JSON numbers: no exponent, no binary-float digits.
@Suite struct MoneyJSONTests {
  static let exact: [(String, String)] = [
    ("1.4万亿美元", "\"amount\":1400000000000"),
    ("7.99美元", "\"amount\":7.99"),
    ("1美分", "\"amount\":0.01"),
    ("47.264287亿元", "\"amount\":4726428700"),
    ("0.1元", "\"amount\":0.1"),
    ("100000万美元", "\"amount\":1000000000"),
    ("壹仟贰佰叁拾肆元伍角陆分", "\"amount\":1234.56"),
    ("数千亿美元", "\"min\":100000000000,\"max\":1000000000000"),
    ("1234567890123456789012345.5元", "\"amount\":1234567890123456789012345.5"),
  ]

  @Test(arguments: exact)
  func amountIsWrittenExactly(_ form: String, _ expected: String) {
    let doc = MoneyFixtures.document("合计\(form)。")
    #expect(doc.money.count == 1)
    let line = DocumentResult.document(doc).jsonText()
    #expect(line.contains(expected), "\(line)")
    #expect(!line.contains("e+") && !line.contains("E+"))
  }

  @Test func fieldsComeInSpecOrder() {
    let doc = MoneyFixtures.document("约1.4 万亿美元")
    let line = DocumentResult.document(doc).jsonText()
    #expect(
      line.contains(
        #""money":[{"text":"1.4 万亿美元","start":1,"end":9,"normalized":"1.4 万亿美元","amount":1400000000000,"min":null,"max":null,"currency":"USD","per":null,"#
          + #""qualifier":"approx","implicit":false,"rule":"money.number-currency"}]"#
      ), "\(line)")
  }
}

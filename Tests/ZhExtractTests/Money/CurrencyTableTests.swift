import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// ICU is the source of truth for currency names: the committed table is exactly what ICU
/// says today, and the lexicon built from both tables resolves the forms news uses.
@Suite struct CurrencyTableTests {
  /// The sources column (`iso,en:symbol,…`) read from its bytes says what splitting it at
  /// `Character`s says, on every bundled row and a few others.
  @Test func symbolicSourcesAsBeforeOnEveryRow() throws {
    let table = try #require(LexiconSet.bundled[CurrencyCLDRRow.table])
    var columns = ["iso", "en:symbol", "zh_Hans", "en,iso", ",,iso,", "iso2", "symbol", ":symbol", "x:symbol,", "ｉｓｏ", "iso,\u{301}x"]
    columns += table.rows.map { $0[3] }
    #expect(columns.count > 1_800)
    for column in columns {
      let before = column.split(separator: ",").contains { $0 == "iso" || $0.hasSuffix(":symbol") }
      #expect(CurrencyCLDRRow.isSymbolic(sources: column) == before, "\(column)")
    }
  }

  @Test func cldrTableEqualsWhatICUSays() throws {
    let onDisk = try String(contentsOf: PackagePaths.lexicons.appendingPathComponent("currency-cldr.tsv"), encoding: .utf8)
    #expect(onDisk == CLDRCurrencyNames.fileContents(), "ICU and Lexicons/currency-cldr.tsv differ: run Scripts/generate-currencies.sh")
  }

  @Test func icuListsTheMajorCurrencies() {
    let codes = Set(CLDRCurrencyNames.codes())
    #expect(codes.isSuperset(of: ["USD", "CNY", "HKD", "TWD", "EUR", "JPY", "GBP", "KRW", "RUB", "CHF"]))
    #expect(codes.count > 150)
  }

  static let forms: [(String, String)] = [
    ("美元", "USD"), ("人民币", "CNY"), ("港元", "HKD"), ("港币", "HKD"), ("新台币", "TWD"), ("日元", "JPY"), ("日圆", "JPY"),
    ("欧元", "EUR"), ("英镑", "GBP"), ("韩元", "KRW"), ("卢布", "RUB"), ("瑞士法郎", "CHF"), ("美金", "USD"), ("元", "CNY"),
    ("块", "CNY"), ("US dollars", "USD"), ("euros", "EUR"), ("dollars", "USD"), ("USD", "USD"), ("CNY", "CNY"), ("泰铢", "THB"),
    // zh-Hant CLDR names, as they stand in the Simplified analysis text.
    ("加币", "CAD"), ("澳币", "AUD"), ("新台币", "TWD"),
  ]

  @Test(arguments: forms)
  func suffixFormsResolve(_ surface: String, _ code: String) {
    let text = Array(surface.unicodeScalars)
    let match = MoneyFixtures.extractor.money.currencies.suffix(in: text, at: 0)
    #expect(match?.form.code == code)
    #expect(match?.end == text.count)
  }

  static let prefixes: [(String, String)] = [
    ("$", "USD"), ("US$", "USD"), ("HK$", "HKD"), ("NT$", "TWD"), ("¥", "CNY"), ("€", "EUR"), ("£", "GBP"), ("RMB", "CNY"), ("人民币", "CNY"),
  ]

  @Test(arguments: prefixes)
  func prefixFormsResolve(_ surface: String, _ code: String) {
    let text = Array(surface.unicodeScalars)
    let match = MoneyFixtures.extractor.money.currencies.prefix(in: text, endingAt: text.count)
    #expect(match?.form.code == code)
    #expect(match?.start == 0)
  }

  @Test func lettersOnlyCodesDoNotStandBeforeNumbers() {
    #expect(MoneyFixtures.money("相当于AMD10%股份，进入TOP 60榜单。").isEmpty)
  }

  @Test func badRowsInAnOverlaidTableAreReportedByLine() throws {
    var tables = Array(LexiconSet.bundled.tables.values)
    tables.removeAll { $0.name == "currency-colloquial.tsv" || $0.name == "money-qualifiers.tsv" }
    tables.append(
      LexiconTable(
        name: "currency-colloquial.tsv", origin: "my/currency-colloquial.tsv",
        contents: """
          # File: currency-colloquial.tsv
          # Format: surface<TAB>iso4217<TAB>scale<TAB>position
          刀\tUSD\tabc\tsuffix
          美刀\tUSD\t1\tsomewhere

          """))
    tables.append(
      LexiconTable(
        name: "money-qualifiers.tsv", origin: "my/money-qualifiers.tsv",
        contents: """
          # File: money-qualifiers.tsv
          # Format: surface<TAB>qualifier<TAB>position
          约\troughly\tbefore

          """))
    #expect(throws: LexiconFailure.self) { try Extractor(lexicons: LexiconSet(tables: tables)) }
    do {
      _ = try Extractor(lexicons: LexiconSet(tables: tables))
    } catch {
      let messages = error.problems.map(\.description)
      #expect(messages.contains { $0.contains("my/currency-colloquial.tsv:3") && $0.contains("scale") })
      #expect(messages.contains { $0.contains("my/currency-colloquial.tsv:4") && $0.contains("position") })
      #expect(messages.contains { $0.contains("my/money-qualifiers.tsv:3") && $0.contains("roughly") })
    }
  }
}

import Foundation
import Testing
@testable import ZhExtract

/// The number scanner alone, on analysis text: what it reads and where it stops.
@Suite struct NumberScannerTests {
  static let scanner = MoneyFixtures.extractor.money.scanner

  static func scan(_ text: String) -> ScannedNumber? {
    let scalars = Array(text.unicodeScalars)
    guard case .number(let n) = Self.scanner.scan(scalars, at: 0, allowShortEnglish: true) else { return nil }
    return n
  }

  static let exact: [(String, String, Int)] = [
    // text, value, end
    ("一千二百亿", "120000000000", 5), ("两万亿", "2000000000000", 3), ("一千零五亿", "100500000000", 5),
    ("十二亿", "1200000000", 3), ("四万万", "400000000", 3), ("三千二百万", "32000000", 5), ("一亿二千万", "120000000", 5),
    ("壹仟贰佰叁拾肆", "1234", 7), ("壹仟贰佰参拾肆", "1234", 7), ("一千〇五", "1005", 4), ("二〇二五", "2025", 4),
    ("1.5万亿", "1500000000000", 5), ("2百亿", "20000000000", 3), ("3千万", "30000000", 3), ("100000万", "1000000000", 7),
    ("5,000亿", "500000000000", 6), ("1.4 万亿", "1400000000000", 6), ("47.264287亿", "4726428700", 10),
    ("20 million", "20000000", 10), ("3.5bn", "3500000000", 5), ("5k", "5000", 2),
    ("一点五亿", "150000000", 4), ("三点二五万", "32500", 5), ("十二点五亿", "1250000000", 5), ("三点钟", "3", 1),
    ("3百多万", "3000000", 4), ("十多亿", "1000000000", 3), ("三千多万", "30000000", 4), ("5千余万", "50000000", 4),
    ("1万2千", "12000", 4), ("3亿5000万", "350000000", 7), ("1万2", "10000", 2), ("2万3万", "20000", 2),
    // A plain figure that fills the four places below 万 is the rest (Taiwan's 9萬7,000元); a shorter one is not.
    ("9万7,000", "97000", 7), ("13万1,000", "131000", 8), ("2万3000", "23000", 6), ("1万500", "10000", 2), ("3万5", "30000", 2),
    ("10亿万", "1000000000", 3), ("亿万", "100000000", 1), ("100多亿", "10000000000", 5),
    ("3千2百万", "32000000", 5), ("1千5百亿", "150000000000", 5), ("3千2百", "3200", 4), ("3千2百5十", "3250", 6),
    ("3千2百万5千", "32005000", 7), ("3千2", "3000", 2), ("3百2千万", "300", 2), ("3千2百万亿", "3200000000000000", 6),
    ("1亿2千万3千", "120003000", 7), ("1万1万1万", "10000", 2), ("1亿1万1亿", "100010000", 4), ("5亿3000万20", "530000000", 7),
  ]

  @Test(arguments: exact)
  func readsValueAndExtent(_ text: String, _ value: String, _ end: Int) throws {
    let n = try #require(Self.scan(text))
    #expect(n.value == Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")))
    #expect(n.end == end)
  }

  static let vague: [(String, String, String)] = [
    ("数千亿", "100000000000", "1000000000000"), ("几十万", "100000", "1000000"), ("上百亿", "10000000000", "100000000000"),
    ("十几亿", "1100000000", "1900000000"), ("一两亿", "100000000", "200000000"), ("三四十亿", "3000000000", "4000000000"),
  ]

  @Test(arguments: vague)
  func readsBounds(_ text: String, _ low: String, _ high: String) throws {
    let n = try #require(Self.scan(text))
    #expect(n.value == nil)
    #expect(n.min == Decimal(string: low, locale: Locale(identifier: "en_US_POSIX")))
    #expect(n.max == Decimal(string: high, locale: Locale(identifier: "en_US_POSIX")))
    #expect(n.end == text.unicodeScalars.count)
  }

  /// `1万` 25,000 times: the parts glued after 万 were read by recursion, one level per part
  /// (a stack overflow, SIGSEGV), and again from every position (quadratic). One figure is
  /// `1万`; the next `1万` is no smaller part of it.
  @Test func aLongRunOfJoinedFiguresReadsOnePartAhead() throws {
    let scalars = Array(String(repeating: "1万", count: 25_000).unicodeScalars)
    guard case .number(let n) = Self.scanner.scan(scalars, at: 0, allowShortEnglish: false) else { Issue.record("no number"); return }
    #expect(n.value == 10_000)
    #expect(n.end == 2)
  }

  @Test func versionNumbersAreNoNumbers() {
    #expect(Self.scan("1.2.3") == nil)
  }

  @Test func aThousandsCommaNeedsThreeDigits() throws {
    #expect(try #require(Self.scan("1,00亿")).end == 1)
    #expect(try #require(Self.scan("1,0000")).end == 1)
  }

  @Test func shortEnglishMultipliersOnlyAfterACurrencySign() {
    let scalars = Array("5m".unicodeScalars)
    guard case .number(let n) = Self.scanner.scan(scalars, at: 0, allowShortEnglish: false) else { Issue.record("no number"); return }
    #expect(n.value == 5)
    #expect(n.end == 1)
  }
}

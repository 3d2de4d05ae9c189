import CICUShim
import Foundation
@testable import ZhExtract

/// Test fixtures built in code: known strings converted to an encoding by ICU.
enum IngestFixtures {
  /// `text` in `charset` (ICU converter name), converted by ICU (`ucnv_fromUChars`).
  static func encode(_ text: String, as charset: String) -> [UInt8] {
    let units = Array(text.utf16)
    var error: Int32 = 0
    let needed = cicu_from_utf16(charset, units, Int32(units.count), nil, 0, &error)
    var out = [CChar](repeating: 0, count: Int(needed) + 1)
    error = 0
    let written = cicu_from_utf16(charset, units, Int32(units.count), &out, Int32(out.count), &error)
    precondition(error <= 0, "ICU cannot encode the fixture as \(charset): error \(error)")
    return out.prefix(Int(written)).map { UInt8(bitPattern: $0) }
  }

  /// A Simplified news paragraph, long enough for charset detection.
  static let simplifiedParagraph = """
    本报讯 记者昨日从市统计局获悉,今年前三季度全市实现地区生产总值八千六百亿元,同比增长百分之五点二。\
    其中,第三产业增加值占比进一步提高,消费对经济增长的贡献率超过六成。专家认为,随着一系列稳增长政策落地见效,\
    四季度经济有望继续保持平稳运行。与此同时,部分行业仍面临需求不足的压力,企业经营成本上升的问题值得关注。
    """

  /// A Traditional news paragraph, long enough for charset detection.
  static let traditionalParagraph = """
    本報訊 記者昨日從市統計處獲悉,今年前三季全市實現地區生產總值八千六百億元,較去年同期成長百分之五點二。\
    其中,服務業產值占比進一步提高,消費對經濟成長的貢獻超過六成。學者認為,隨著一系列穩定成長的政策陸續見效,\
    第四季經濟可望繼續維持平穩運行。與此同時,部分產業仍面臨需求不足的壓力,企業經營成本上升的問題值得關注。
    """

  static var extractor: Extractor { get throws { try Extractor() } }

  static func ingestor() -> Ingestor {
    var problems = LexiconProblems()
    let ingestor = Ingestor(lexicons: .bundled, problems: &problems)
    precondition(problems.isEmpty, "bundled lexicons have problems: \(problems.all)")
    return ingestor
  }

  static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
}

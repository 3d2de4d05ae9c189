import Testing
@testable import ZhExtract

/// `EntityExtractor` is a class that builds its product, industry-company and legal-name passes
/// and its linker once, not per document: one extractor reading document after document (in
/// any order) must find exactly what a fresh extractor finds in each, so that none of them
/// keeps anything of a document it has read.
@Suite struct ExtractorReuseTests {
  static let documents = [
    "深圳市腾讯计算机系统有限公司今日宣布，腾讯将在上海设立研发中心。马化腾表示，腾讯云将加大投入。",
    "华为发布Mate 60 Pro，华为消费者业务负责人余承东出席。随后，余总介绍了鸿蒙系统。",
    "中国石油天然气集团有限公司（中石油）与沙特阿美签署协议，中石油董事长戴厚良出席。",
    "国家统计局发布数据。北京市海淀区人民法院判决，小米科技有限责任公司胜诉，小米股价上涨。",
    "苹果公司CEO蒂姆·库克访问北京。库克说，苹果将继续投资中国。",
    "",
  ]

  static func mentions(_ found: [FoundEntity]) -> [String] {
    found.map { "\($0.start)-\($0.end) \($0.record.id) \($0.record.kind) \($0.source) \($0.rule)" }
  }

  @Test func oneExtractorReadingManyDocumentsFindsWhatFreshOnesFind() throws {
    var problems = LexiconProblems()
    let lexicon = EntityLexicon(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems)
    let shared = EntityExtractor(lexicon: lexicon)
    let fresh = Self.documents.map { EntityExtractor(lexicon: lexicon).found(in: Array($0.unicodeScalars)) }
    #expect(fresh.contains { !$0.isEmpty })
    for order in [Array(Self.documents.indices), Array(Self.documents.indices.reversed()), [2, 0, 2, 4, 1, 3, 1]] {
      for k in order {
        let again = shared.found(in: Array(Self.documents[k].unicodeScalars))
        #expect(Self.mentions(again) == Self.mentions(fresh[k]), "document \(k)")
      }
    }
  }

  /// The scanners and passes that held `EntityCues` inline (some 13 KB each) are classes: as structs,
  /// the witness of `EntityPatternScanner.scan` and the extractor's calls on its own properties copied
  /// each of them whole, sixteen copies (about 170 KB) a document; a class is passed as one pointer.
  @Test func scannersThatHoldTheCuesArePassedByReference() {
    let pointer = MemoryLayout<AnyObject>.size
    #expect(MemoryLayout<ChineseNameScanner>.size == pointer)
    #expect(MemoryLayout<LonePersonScanner>.size == pointer)
    #expect(MemoryLayout<RoleNameScanner>.size == pointer)
    #expect(MemoryLayout<OrganizationSuffixScanner>.size == pointer)
    #expect(MemoryLayout<IndustryCompanyScanner>.size == pointer)
    #expect(MemoryLayout<LegalNameMerger>.size == pointer)
    #expect(MemoryLayout<ProductModelScanner>.size == pointer)
    #expect(MemoryLayout<PlaceSuffixScanner>.size == pointer)
    #expect(MemoryLayout<NestedBodyMerger>.size == pointer)
    #expect(MemoryLayout<PlaceChainMerger>.size == pointer)
  }
}

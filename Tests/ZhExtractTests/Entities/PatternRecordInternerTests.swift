import Testing
@testable import ZhExtract

/// `PatternRecordInterner`: equal pattern records become one shared record, unequal ones and
/// lexicon mentions stay as they are, and every mention keeps its record's value.
@Suite struct PatternRecordInternerTests {
  static func mention(_ id: String, _ nameZh: String?, _ start: Int, lexicon: Int32? = nil) -> FoundEntity {
    FoundEntity(
      start: start, end: start + 2, record: EntityRecord(id: id, kind: .organization, name: nil, nameZh: nameZh), source: "pattern",
      lexiconEntity: lexicon, rule: .lexicon)
  }

  @Test func equalRecordsAreSharedOthersLeftAlone() {
    var interner = PatternRecordInterner()
    var first = [Self.mention("org:p-a", "恒信置业有限公司", 0), Self.mention("org:p-b", "新材料股份有限公司", 4)]
    interner.share(&first)
    var later = [
      Self.mention("org:p-a", "恒信置业有限公司", 10), Self.mention("org:p-a", "恒信置业", 14), Self.mention("org:p-b", "新材料股份有限公司", 20),
      Self.mention("org:p-a", "恒信置业有限公司", 24, lexicon: 7),
    ]
    let before = later.map(\.record)
    interner.share(&later)
    #expect(later.map(\.record) == before)
    #expect(later[0].sharedRecord === first[0].sharedRecord)
    #expect(later[1].sharedRecord !== first[0].sharedRecord)  // another nameZh: another record
    #expect(later[2].sharedRecord === first[1].sharedRecord)
    #expect(later[3].sharedRecord !== first[0].sharedRecord)  // a lexicon entity's mention: left alone
    #expect(first.map(\.record.id) == ["org:p-a", "org:p-b"])
  }
}

/// One shared record per distinct record the pattern scanners make in a document: a scanner makes
/// a new record for each mention it finds (恒信置业有限公司 a thousand times in a long document is a
/// thousand records of the same strings), and the mentions kept hold them until the JSON is
/// written. Mentions of a lexicon entity share the lexicon's record already and are left alone.
/// Records are equal by value, so sharing one changes no output.
struct PatternRecordInterner {
  private var records: [EntityRecord: SharedEntityRecord] = [:]

  /// Gives each mention without a lexicon entity the record an earlier equal one holds.
  mutating func share(_ mentions: inout [FoundEntity]) {
    for k in mentions.indices where mentions[k].lexiconEntity == nil {
      let shared = mentions[k].sharedRecord
      if let known = records[shared.record] {
        if known !== shared { mentions[k].sharedRecord = known }
      } else {
        records[shared.record] = shared
      }
    }
  }
}

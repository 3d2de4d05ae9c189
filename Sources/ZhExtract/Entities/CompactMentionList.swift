/// A document's entity mentions once found, in sixteen bytes each while they become the
/// output's mentions: the span in analysis offsets, the rule, and the record and source by
/// their index in tables of the distinct ones. The list of `FoundEntity` (96 bytes each, a
/// record's three strings copied into every mention) is gone by the time the output's
/// mentions are built, so the two are never alive together: on a 20 MB document they were
/// 27 MB beside 44 MB.
struct CompactMentionList {
  struct Entry {
    var start: Int32
    var end: Int32
    var record: Int32
    var source: UInt8
    var rule: EntityRule
  }

  private(set) var entries: [Entry] = []
  private(set) var records: [EntityRecord] = []
  private(set) var sources: [String] = []

  var count: Int { entries.count }

  /// The mentions of `found`, in its order.
  init(_ found: [FoundEntity]) {
    entries.reserveCapacity(found.count)
    // The records seen, by lexicon entity or else by id: most mentions repeat a record already
    // seen (a record is shared only where it is equal in every field).
    var byEntity: [Int32: [Int32]] = [:]
    var byID: [String: [Int32]] = [:]
    for f in found {
      precondition(f.start >= 0 && f.end <= Int(Int32.max), "mention \(f.start)..<\(f.end) is outside what 32 bits hold")
      let record: Int32
      let seen = f.lexiconEntity.map { byEntity[$0] } ?? byID[f.record.id]
      if let same = seen?.first(where: { records[Int($0)] == f.record }) {
        record = same
      } else {
        record = Int32(records.count)
        records.append(f.record)
        if let entity = f.lexiconEntity { byEntity[entity, default: []].append(record) } else { byID[f.record.id, default: []].append(record) }
      }
      let source: UInt8
      if let k = sources.firstIndex(of: f.source) {
        source = UInt8(k)
      } else {
        precondition(sources.count < Int(UInt8.max), "more than 255 sources of mentions")
        source = UInt8(sources.count)
        sources.append(f.source)
      }
      entries.append(Entry(start: Int32(f.start), end: Int32(f.end), record: record, source: source, rule: f.rule))
    }
  }

  /// Each mention in order: its span, record, source and rule.
  func forEach(_ body: (_ start: Int, _ end: Int, _ record: EntityRecord, _ source: String, _ rule: EntityRule) -> Void) {
    for e in entries { body(Int(e.start), Int(e.end), records[Int(e.record)], sources[Int(e.source)], e.rule) }
  }
}

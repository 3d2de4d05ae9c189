/// A document's entity mentions as records: each one's place, the index of its entity record
/// and of its source in tables of the distinct ones, and its rule (24 bytes a mention); the
/// surfaces are cut from the text when written (`MentionStore`).
package struct EntityMentionRecords: CompactMentions {
  package struct Reference: Hashable, Sendable {
    package var record: Int32
    package var source: UInt8
    package var rule: EntityRule
  }

  package var placed = PlacedValues<Reference>()
  package private(set) var records: [EntityRecord] = []
  package private(set) var sources: [String] = []

  package init() {}

  /// The mentions of `list` placed in `text`, in the list's order.
  init(_ list: CompactMentionList, in text: AnalysisText) {
    records = list.records
    sources = list.sources
    placed.reserveCapacity(list.count)
    for e in list.entries {
      placed.append(text.place(TextSpan(Int(e.start), Int(e.end))), Reference(record: e.record, source: e.source, rule: e.rule))
    }
  }

  package var count: Int { placed.count }

  package func mention(_ k: Int, in source: MentionSource) -> EntityMention {
    let reference = placed.values[k]
    let value = EntityValue(record: records[Int(reference.record)], source: sources[Int(reference.source)], rule: reference.rule)
    var mention = EntityMention(Finding(span: source.text.locate(placed.spans[k]), value: value))
    mention.context = source.context(of: placed.spans[k])
    return mention
  }

  package func write(_ k: Int, in source: MentionSource, to out: inout JSONOutput) {
    let span = placed.spans[k], reference = placed.values[k]
    records.withUnsafeBufferPointer { records in
      let record = records[Int(reference.record)]
      out.beginMention(span, in: source)
      out.key("type"); out.string(record.kind.rawValue)
      out.key("id"); out.string(record.id)
      out.key("name"); out.string(record.name)
      out.key("nameZh"); out.string(record.nameZh)
      out.key("source"); out.string(sources[Int(reference.source)])
      out.endMention(span, in: source)
    }
  }
}

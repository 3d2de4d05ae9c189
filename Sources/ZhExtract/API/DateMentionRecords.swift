/// A document's date mentions as records: each one's place and value, the surfaces cut from the
/// text when written (`MentionStore`).
package struct DateMentionRecords: PlacedMentionRecords {
  package typealias Mention = DateMention
  package var placed = PlacedValues<DateValue>()

  package init() {}

  package func write(_ k: Int, in source: MentionSource, to out: inout JSONOutput) {
    let span = placed.spans[k]
    placed.values.withUnsafeBufferPointer { values in
      let value = values[k]
      out.beginMention(span, in: source)
      out.dateFields(
        value: value.value, grain: value.grain.rawValue, relative: value.relative, anchor: value.anchor, fiscal: value.fiscal,
        rule: value.rule.rawValue)
      out.endMention(span, in: source)
    }
  }
}

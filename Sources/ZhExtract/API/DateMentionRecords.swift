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
      out.key("value"); out.string(value.value)
      out.key("grain"); out.string(value.grain.rawValue)
      out.key("relative"); out.bool(value.relative)
      out.key("anchor"); out.string(value.anchor)
      out.key("fiscal"); out.bool(value.fiscal)
      out.key("rule"); out.string(value.rule.rawValue)
      out.endMention(span, in: source)
    }
  }
}

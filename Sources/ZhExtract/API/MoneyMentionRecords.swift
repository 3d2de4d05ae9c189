/// A document's money mentions as records: each one's place and value, the surfaces cut from
/// the text when written (`MentionStore`).
package struct MoneyMentionRecords: PlacedMentionRecords {
  package typealias Mention = MoneyMention
  package var placed = PlacedValues<MoneyValue>()

  package init() {}

  package func write(_ k: Int, in source: MentionSource, to out: inout JSONOutput) {
    let span = placed.spans[k]
    placed.values.withUnsafeBufferPointer { values in
      let value = values[k]
      out.beginMention(span, in: source)
      out.key("amount"); out.decimal(value.amount)
      out.key("min"); out.decimal(value.min)
      out.key("max"); out.decimal(value.max)
      out.key("currency"); out.string(value.currency)
      out.key("per"); out.string(value.per)
      out.key("qualifier"); out.string(value.qualifier)
      out.key("implicit"); out.bool(value.implicit)
      out.key("rule"); out.string(value.rule.rawValue)
      out.endMention(span, in: source)
    }
  }
}

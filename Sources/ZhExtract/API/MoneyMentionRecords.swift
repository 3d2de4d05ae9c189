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
      out.moneyFields(
        amount: value.amount, min: value.min, max: value.max, currency: value.currency, per: value.per, qualifier: value.qualifier,
        implicit: value.implicit, rule: value.rule.rawValue)
      out.endMention(span, in: source)
    }
  }
}

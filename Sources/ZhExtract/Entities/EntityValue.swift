/// An entity mention as resolved: the entity it names and how it was found. Becomes an
/// `EntityMention` in the output.
package struct EntityValue: Hashable, Sendable {
  package var record: EntityRecord
  /// `lexicon`, `pattern` or `alias`.
  package var source: String
  /// The rule that found the mention.
  package var rule: EntityRule

  package init(record: EntityRecord, source: String, rule: EntityRule) {
    self.record = record
    self.source = source
    self.rule = rule
  }
}

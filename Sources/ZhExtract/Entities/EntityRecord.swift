/// One entity as a lexicon or a pattern knows it: the fields every mention of it repeats.
///
/// The kind is stored last: 49 bytes instead of 56, which lets a `FoundEntity` fit in 72.
package struct EntityRecord: Sendable, Hashable {
  package var id: String
  /// English name when known.
  package var name: String?
  /// Simplified Chinese name when known.
  package var nameZh: String?
  package var kind: EntityKind

  package init(id: String, kind: EntityKind, name: String?, nameZh: String?) {
    self.id = id
    self.kind = kind
    self.name = name
    self.nameZh = nameZh
  }
}

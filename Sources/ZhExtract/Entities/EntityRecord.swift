/// One entity as a lexicon or a pattern knows it: the fields every mention of it repeats.
package struct EntityRecord: Sendable, Hashable {
  package var id: String
  package var kind: EntityKind
  /// English name when known.
  package var name: String?
  /// Simplified Chinese name when known.
  package var nameZh: String?

  package init(id: String, kind: EntityKind, name: String?, nameZh: String?) {
    self.id = id
    self.kind = kind
    self.name = name
    self.nameZh = nameZh
  }
}

/// An entity record held by reference: the working list's mention keeps one pointer instead of
/// the record's three strings (49 bytes), and every mention of one lexicon entity points at the
/// same record (`EntityExtractor` makes one per lexicon record, once). Immutable: a mention whose
/// record changes gets a new one, so mentions keep value semantics.
final class SharedEntityRecord: Sendable {
  let record: EntityRecord

  init(_ record: EntityRecord) { self.record = record }
}

/// `entity-places-within.tsv`: a division inside a parent whose name the place tables give to
/// another division or to none (台南市|中西区 is Tainan's district, the tables' 中西区 Hong Kong's).
struct PlaceWithinRow: LexiconRow {
  static let table = "entity-places-within.tsv"
  static let columns = 3...3
  let parent: String
  let surface: [Unicode.Scalar]
  let id: String
  init(_ fields: LexiconFields) throws(LexiconError) {
    parent = fields.text(0)
    surface = fields.surface(1)
    id = fields.text(2)
  }
}

/// The divisions inside each parent that the place tables cannot name by their surface alone,
/// read by `PlaceChainMerger`: by the parent's entity, each child's surface and record.
struct PlacesWithin: Sendable {
  /// By the parent's id: each child's surface, record and lexicon entity (none for a division the
  /// place tables do not list).
  var children: [String: [(surface: [Unicode.Scalar], record: EntityRecord, entity: Int32?)]] = [:]

  /// The longest child of the place `parent` (an id) written at `start` of `s`, with its end.
  func child(of parent: String, in s: [Unicode.Scalar], at start: Int) -> (end: Int, record: EntityRecord, entity: Int32?)? {
    var best: (end: Int, record: EntityRecord, entity: Int32?)?
    for c in children[parent] ?? [] where start + c.surface.count <= s.count && c.surface.count > (best.map { $0.end - start } ?? 0) {
      if s[start..<(start + c.surface.count)].elementsEqual(c.surface) { best = (start + c.surface.count, c.record, c.entity) }
    }
    return best
  }
}

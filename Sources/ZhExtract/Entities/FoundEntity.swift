/// A mention while a document is being read: analysis offsets, the entity, how it was found.
///
/// Stored in 24 bytes instead of 96 (offsets in 32 bits, the source as a code, no lexicon entity
/// as -1, the record by reference, shared by every mention of a lexicon entity): a 20 MB
/// document's working list holds over half a million of them, and peaked at 125 MB while it grew
/// (95 MB in 72 bytes); the fields read and write as before.
struct FoundEntity: Sendable {
  private var shared: SharedEntityRecord
  private var start32: Int32
  private var end32: Int32
  /// The lexicon entity, or -1.
  private var lexiconEntity32: Int32
  private var sourceCode: MentionSourceCode
  /// The rule that found it (or linked it).
  var rule: EntityRule
  /// An organisation whose name begins with places already found (中国|队, 海口市|中级人民法院):
  /// when it is accepted, those place mentions become part of it.
  var absorbsPlaces = false
  /// A firm's name read after the foreign country before it, which says where the firm is from
  /// (韩国|晓星集团): the country stays a place of its own, never joined to the name again.
  var apartFromCountry = false

  init(start: Int, end: Int, record: EntityRecord, source: String, lexiconEntity: Int32? = nil, rule: EntityRule, absorbsPlaces: Bool = false) {
    self.init(
      start: start, end: end, shared: SharedEntityRecord(record), source: source, lexiconEntity: lexiconEntity, rule: rule,
      absorbsPlaces: absorbsPlaces)
  }

  /// A mention of a record already shared (a lexicon entity's, another mention's): no new one.
  init(
    start: Int, end: Int, shared: SharedEntityRecord, source: String, lexiconEntity: Int32? = nil, rule: EntityRule,
    absorbsPlaces: Bool = false
  ) {
    precondition(start >= 0 && end <= Int(Int32.max), "mention \(start)..<\(end) is outside what 32 bits hold")
    self.shared = shared
    start32 = Int32(truncatingIfNeeded: start)
    end32 = Int32(truncatingIfNeeded: end)
    lexiconEntity32 = lexiconEntity ?? -1
    sourceCode = MentionSourceCode(source)
    self.rule = rule
    self.absorbsPlaces = absorbsPlaces
  }

  /// The entity; read in place (no copy of its strings), replaced by a new shared record when set.
  var record: EntityRecord {
    _read { yield shared.record }
    set { shared = SharedEntityRecord(newValue) }
  }

  /// The record as shared, for a mention of the same record; set to an equal record's to share it.
  var sharedRecord: SharedEntityRecord {
    get { shared }
    set { shared = newValue }
  }

  var start: Int {
    get { Int(start32) }
    set { start32 = Int32(truncatingIfNeeded: newValue) }
  }

  var end: Int {
    get { Int(end32) }
    set { end32 = Int32(truncatingIfNeeded: newValue) }
  }

  /// `lexicon`, `pattern` or `alias`.
  var source: String {
    get { sourceCode.name }
    set { sourceCode = MentionSourceCode(newValue) }
  }

  /// Set when the mention is (or was linked to) a lexicon entity.
  var lexiconEntity: Int32? {
    get { lexiconEntity32 < 0 ? nil : lexiconEntity32 }
    set { lexiconEntity32 = newValue ?? -1 }
  }
}

/// How a mention was found (`FoundEntity.source`), in one byte: the output's `source` names.
enum MentionSourceCode: UInt8, Sendable, CaseIterable {
  case lexicon, pattern, alias

  init(_ name: String) {
    switch name {
    case "lexicon": self = .lexicon
    case "pattern": self = .pattern
    case "alias": self = .alias
    default: preconditionFailure("unknown mention source \(name)")
    }
  }

  /// The name as the output writes it (a literal: no allocation).
  var name: String {
    switch self {
    case .lexicon: "lexicon"
    case .pattern: "pattern"
    case .alias: "alias"
    }
  }
}

/// Which analysis positions already belong to a mention: a later, weaker rule never takes them.
/// One bit per position (an array of `Bool` took a byte: 8 MB of a 20 MB document).
struct CoverageMap {
  private var covered: BitSet

  init(count: Int) { covered = BitSet(count: count) }

  subscript(_ i: Int) -> Bool { covered.contains(i) }

  func isFree(_ start: Int, _ end: Int) -> Bool {
    guard start >= 0, end <= covered.count, start < end else { return false }
    for i in start..<end where covered.contains(i) { return false }
    return true
  }

  mutating func take(_ start: Int, _ end: Int) {
    for i in start..<end { covered.insert(i) }
  }

  mutating func release(_ start: Int, _ end: Int) {
    for i in start..<end { covered.remove(i) }
  }
}

extension Array where Element == FoundEntity {
  /// Sorts the mentions by start, then end (stably), unless they are in that order already:
  /// then they are left as they are, without the sort's scratch buffer of half the list.
  mutating func sortByStart() {
    // Read through the buffer: an element read from the array copied its record's strings.
    let sorted = withUnsafeBufferPointer { b in
      for i in b.indices.dropFirst() where (b[i].start, b[i].end) < (b[i - 1].start, b[i - 1].end) { return false }
      return true
    }
    if !sorted { sort { ($0.start, $0.end) < ($1.start, $1.end) } }
  }
}

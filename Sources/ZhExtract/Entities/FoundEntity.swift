/// A mention while a document is being read: analysis offsets, the entity, how it was found.
struct FoundEntity: Sendable {
  var start: Int
  var end: Int
  var record: EntityRecord
  /// `lexicon`, `pattern` or `alias`.
  var source: String
  /// Set when the mention is (or was linked to) a lexicon entity.
  var lexiconEntity: Int32?
  /// The rule that found it (or linked it).
  var rule: EntityRule
  /// An organisation whose name begins with places already found (中国|队, 海口市|中级人民法院):
  /// when it is accepted, those place mentions become part of it.
  var absorbsPlaces = false
  /// A firm's name read after the foreign country before it, which says where the firm is from
  /// (韩国|晓星集团): the country stays a place of its own, never joined to the name again.
  var apartFromCountry = false
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

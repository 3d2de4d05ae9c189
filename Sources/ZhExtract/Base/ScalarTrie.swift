/// A trie over Unicode scalars with longest-match lookup at a position: the building block
/// of lexicon matching (currencies, cue words, date words). Lookup is O(length of the
/// longest key), never backtracks, and allocates nothing.
package struct ScalarTrie<Value: Sendable>: Sendable {
  private struct Node: Sendable {
    var children: [UInt32: Int32] = [:]
    var value: Value?
  }

  private var nodes: [Node] = [Node()]
  /// Number of keys stored.
  package private(set) var count = 0
  /// Every scalar that begins some key: lets a scanner skip other positions cheaply.
  package private(set) var firstScalars: Set<UInt32> = []

  package init() {}

  package init<S: Sequence>(_ entries: S) where S.Element == (String, Value) {
    for (key, value) in entries { insert(key, value) }
  }

  package init<S: Sequence>(_ entries: S) where S.Element == ([Unicode.Scalar], Value) {
    for (key, value) in entries { insert(key, value) }
  }

  /// Adds `key`; a later insert of the same key replaces the value.
  package mutating func insert(_ key: String, _ value: Value) { insert(Array(key.unicodeScalars), value) }

  /// Adds `key`; a later insert of the same key replaces the value.
  package mutating func insert(_ key: [Unicode.Scalar], _ value: Value) {
    var node = 0
    for scalar in key {
      if let next = nodes[node].children[scalar.value] {
        node = Int(next)
      } else {
        nodes.append(Node())
        let next = nodes.count - 1
        nodes[node].children[scalar.value] = Int32(next)
        node = next
      }
    }
    guard node != 0 else { return }
    if nodes[node].value == nil { count += 1 }
    nodes[node].value = value
    firstScalars.insert(key[0].value)
  }

  /// The longest key that starts at `start` in `text`: its end (exclusive) and value.
  @inline(__always)
  package func longestMatch(in text: [Unicode.Scalar], at start: Int) -> (end: Int, value: Value)? {
    longestMatch(in: text, at: start, limit: text.count)
  }

  package func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, value: Value)? {
    var node = 0
    var best: (end: Int, value: Value)?
    var i = start
    while i < limit, let next = nodes[node].children[text[i].value] {
      node = Int(next)
      i += 1
      if let value = nodes[node].value { best = (i, value) }
    }
    return best
  }

  /// The value stored for exactly `key`.
  package func value(for key: String) -> Value? {
    var node = 0
    for scalar in key.unicodeScalars {
      guard let next = nodes[node].children[scalar.value] else { return nil }
      node = Int(next)
    }
    return nodes[node].value
  }

  /// The longest key that ends exactly at `end` (exclusive), scanning leftwards up to
  /// `maxLength` scalars: for cue words that stand before a figure.
  package func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, maxLength: Int) -> (start: Int, value: Value)? {
    var best: (start: Int, value: Value)?
    var start = end - 1
    while start >= 0, end - start <= maxLength {
      if let match = longestMatch(in: text, at: start, limit: end), match.end == end { best = (start, match.value) }
      start -= 1
    }
    return best
  }
}

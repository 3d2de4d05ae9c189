/// A trie over Unicode scalars with longest-match lookup at a position: the building block
/// of lexicon matching (currencies, cue words, date words). Lookup is O(length of the
/// longest key), never backtracks, and allocates nothing.
///
/// The layout is flat, for the scanners that ask at every position of a text:
/// - a bitmap of the scalars that begin some key, so that a position whose scalar begins
///   none costs one bit test (most positions of a text);
/// - every edge of the trie in one open-addressing hash table keyed by (node, scalar) with a
///   multiplicative hash, so that a step costs a multiply and one or two probes — no
///   dictionary per node, no hashing of the whole key;
/// - a bitmap of the scalars that end some key, for `longestMatch(in:endingAt:maxLength:)`.
package struct ScalarTrie<Value: Sendable>: Sendable {
  /// The value of each node (index 0 = the root), `nil` where no key ends.
  private var values: [Value?] = [nil]
  /// Whether a key ends at each node (read on the hot path without copying a value).
  private var terminal: [Bool] = [false]
  /// Edge table: the key (parent node << 21 | scalar) and the child node of each slot; a
  /// child of 0 marks an empty slot (the root is nobody's child).
  private var slotKeys: [UInt64]
  private var slotChildren: [Int32]
  /// log2 of the table size; the hash keeps the top `slotBits` bits.
  private var slotBits: Int
  private var edges = 0
  private var starts = ScalarBitmap()
  private var ends = ScalarBitmap()
  /// Number of keys stored.
  package private(set) var count = 0
  /// Every scalar that begins some key: lets a scanner skip other positions cheaply.
  package private(set) var firstScalars: Set<UInt32> = []

  package init() {
    slotBits = 4
    slotKeys = [UInt64](repeating: 0, count: 1 << 4)
    slotChildren = [Int32](repeating: 0, count: 1 << 4)
  }

  package init<S: Sequence>(_ entries: S) where S.Element == (String, Value) {
    self.init()
    for (key, value) in entries { insert(key, value) }
  }

  package init<S: Sequence>(_ entries: S) where S.Element == ([Unicode.Scalar], Value) {
    self.init()
    for (key, value) in entries { insert(key, value) }
  }

  @inline(__always)
  private static func edgeKey(_ node: Int32, _ scalar: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar)
  }

  @inline(__always)
  private static func slot(_ key: UInt64, bits: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  /// The child of `node` along `scalar`, or 0.
  @inline(__always)
  private static func child(
    _ node: Int32, _ scalar: UInt32, keys: UnsafeBufferPointer<UInt64>, children: UnsafeBufferPointer<Int32>, bits: Int
  ) -> Int32 {
    let key = edgeKey(node, scalar)
    let mask = keys.count - 1
    var i = slot(key, bits: bits)
    while true {
      let found = children[i]
      if found == 0 || keys[i] == key { return found }
      i = (i + 1) & mask
    }
  }

  private func child(_ node: Int32, _ scalar: UInt32) -> Int32 {
    slotKeys.withUnsafeBufferPointer { keys in
      slotChildren.withUnsafeBufferPointer { children in Self.child(node, scalar, keys: keys, children: children, bits: slotBits) }
    }
  }

  private mutating func addEdge(_ node: Int32, _ scalar: UInt32, _ child: Int32) {
    if (edges + 1) * 2 > slotKeys.count { grow() }
    let key = Self.edgeKey(node, scalar)
    let mask = slotKeys.count - 1
    var i = Self.slot(key, bits: slotBits)
    while slotChildren[i] != 0 { i = (i + 1) & mask }
    slotKeys[i] = key
    slotChildren[i] = child
    edges += 1
  }

  /// Doubles the edge table (load stays at most one half).
  private mutating func grow() {
    let oldKeys = slotKeys, oldChildren = slotChildren
    slotBits += 1
    slotKeys = [UInt64](repeating: 0, count: 1 << slotBits)
    slotChildren = [Int32](repeating: 0, count: 1 << slotBits)
    let mask = slotKeys.count - 1
    for k in oldKeys.indices where oldChildren[k] != 0 {
      var i = Self.slot(oldKeys[k], bits: slotBits)
      while slotChildren[i] != 0 { i = (i + 1) & mask }
      slotKeys[i] = oldKeys[k]
      slotChildren[i] = oldChildren[k]
    }
  }

  /// Adds `key`; a later insert of the same key replaces the value.
  package mutating func insert(_ key: String, _ value: Value) { insert(Array(key.unicodeScalars), value) }

  /// Adds `key`; a later insert of the same key replaces the value.
  package mutating func insert(_ key: [Unicode.Scalar], _ value: Value) {
    guard let first = key.first, let last = key.last else { return }
    var node: Int32 = 0
    for scalar in key {
      let next = child(node, scalar.value)
      if next != 0 {
        node = next
      } else {
        values.append(nil)
        terminal.append(false)
        let created = Int32(values.count - 1)
        addEdge(node, scalar.value, created)
        node = created
      }
    }
    if !terminal[Int(node)] { count += 1 }
    values[Int(node)] = value
    terminal[Int(node)] = true
    firstScalars.insert(first.value)
    starts.insert(first.value)
    ends.insert(last.value)
  }

  /// Whether some key begins with `scalar` (one bit test for the BMP).
  @inline(__always)
  package func mayStart(with scalar: Unicode.Scalar) -> Bool { starts.contains(scalar) }

  /// The scalars that begin some key, as a bitmap (a scanner's start trigger is made of them).
  var startScalars: ScalarBitmap { starts }

  /// The scalars that end some key, as a bitmap (a trigger on the position after a key).
  var endScalars: ScalarBitmap { ends }

  /// The longest key that starts at `start` in `text`: its end (exclusive) and value.
  @inline(__always)
  package func longestMatch(in text: [Unicode.Scalar], at start: Int) -> (end: Int, value: Value)? {
    longestMatch(in: text, at: start, limit: text.count)
  }

  /// The scanners ask at every position and most positions start no key: the bitmap test is
  /// inlined into the caller, and only a position whose scalar starts some key calls the walk.
  @inline(__always)
  package func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, value: Value)? {
    guard start >= 0, start < limit, start < text.count, starts.contains(text[start]) else { return nil }
    return walk(in: text, at: start, limit: limit)
  }

  /// The longest key from `start` (whose scalar starts some key) within `limit`.
  @inline(never)
  private func walk(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, value: Value)? {
    let limit = Swift.min(limit, text.count)
    var bestEnd = -1
    var bestNode: Int32 = 0
    text.withUnsafeBufferPointer { text in
      slotKeys.withUnsafeBufferPointer { keys in
        slotChildren.withUnsafeBufferPointer { children in
          terminal.withUnsafeBufferPointer { terminal in
            var node: Int32 = 0
            var i = start
            while i < limit {
              node = Self.child(node, text[i].value, keys: keys, children: children, bits: slotBits)
              if node == 0 { break }
              i += 1
              if terminal[Int(node)] {
                bestEnd = i
                bestNode = node
              }
            }
          }
        }
      }
    }
    guard bestEnd >= 0, let value = values[Int(bestNode)] else { return nil }
    return (bestEnd, value)
  }

  /// The value stored for exactly `key`.
  package func value(for key: String) -> Value? {
    var node: Int32 = 0
    for scalar in key.unicodeScalars {
      node = child(node, scalar.value)
      if node == 0 { return nil }
    }
    return values[Int(node)]
  }

  /// The longest key that ends exactly at `end` (exclusive), scanning leftwards up to
  /// `maxLength` scalars: for cue words that stand before a figure.
  package func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, maxLength: Int) -> (start: Int, value: Value)? {
    guard end > 0, end <= text.count, ends.contains(text[end - 1]) else { return nil }
    var best: (start: Int, value: Value)?
    var start = end - 1
    while start >= 0, end - start <= maxLength {
      if let match = longestMatch(in: text, at: start, limit: end), match.end == end { best = (start, match.value) }
      start -= 1
    }
    return best
  }
}

extension ScalarTrie {
  /// The arrays a trie is made of, as a lexicon image stores them (`LexiconImage+ScalarTrie`): read
  /// back in one copy each instead of inserting every key again.
  struct Frozen {
    var values: [Value?]
    var terminal: [Bool]
    var slotKeys: [UInt64]
    var slotChildren: [Int32]
    var slotBits: Int
    var edges: Int
    var count: Int
    /// The scalars that begin some key and those that end one, ascending.
    var firstScalars: [UInt32]
    var lastScalars: [UInt32]

    /// Whether the arrays fit together: every edge inside the table, every child a node, the
    /// table never full (a lookup of a missing edge must reach an empty slot), so that a damaged
    /// image fails to load instead of crashing or hanging a scan.
    var isWellFormed: Bool {
      let nodes = values.count
      guard nodes >= 1, terminal.count == nodes, slotBits >= 4, slotBits <= 30, slotKeys.count == 1 << slotBits,
        slotChildren.count == slotKeys.count, edges >= 0, edges * 2 <= slotKeys.count, count >= 0, count < nodes
      else { return false }
      var used = 0
      for child in slotChildren where child != 0 {
        guard child > 0, Int(child) < nodes else { return false }
        used += 1
      }
      guard used == edges, edges == nodes - 1 else { return false }
      for k in 0..<nodes where terminal[k] != (values[k] != nil) { return false }
      return terminal.lazy.filter { $0 }.count == count
    }
  }

  var frozen: Frozen {
    Frozen(
      values: values, terminal: terminal, slotKeys: slotKeys, slotChildren: slotChildren, slotBits: slotBits, edges: edges, count: count,
      firstScalars: firstScalars.sorted(), lastScalars: ends.members)
  }

  /// Calls `body` with every value stored, in order of node.
  func forEachValue(_ body: (Value) -> Void) {
    for value in values { if let value { body(value) } }
  }

  /// The trie of `frozen` arrays (well-formed), as the inserts made them.
  init(frozen: Frozen) {
    values = frozen.values
    terminal = frozen.terminal
    slotKeys = frozen.slotKeys
    slotChildren = frozen.slotChildren
    slotBits = frozen.slotBits
    edges = frozen.edges
    count = frozen.count
    firstScalars = Set(frozen.firstScalars)
    starts.formUnion(frozen.firstScalars)
    ends.formUnion(frozen.lastScalars)
  }
}

extension ScalarTrie.Frozen: Equatable where Value: Equatable {}

/// The multi-pattern matcher of the entity lexicon: a trie over code points, frozen into flat
/// arrays, with the first step looked up in a table (most positions of a text start no name,
/// so they cost one array read). A small trie (the linker builds one per document for the
/// short forms of the names it found) keeps no table — 256 KB to fill for a few keys — but a
/// bitmap of its first steps (8 KB), and searches its root edges only where one starts. `candidates(in:at:into:)` reports every key that starts at a
/// position, shortest first, in O(length of the longest key); a scan that jumps past each
/// accepted match therefore reads the text once.
///
/// Every middle-dot form (· ‧ • ・, and `.` between CJK characters) walks as `·`, so one key
/// `山姆·奥尔特曼` matches all the ways a text writes it.
package struct EntityTrie: Sendable {
  /// The child of the root for each BMP code point (-1: none); empty for a small trie.
  private var rootBMP: [Int32]
  private var rootOther: [UInt32: Int32]
  /// Without the table: the labels of the root edges, an exact test (a hash filter of 4,096
  /// bits let a fifth of a document's positions through to a search of the root edges when
  /// the linker's trie held a thousand short forms).
  private var rootLabels: ScalarBitmap
  /// One bit per hash of the first two labels of every key of two labels or more (no false
  /// negatives): most positions whose first character starts some key start none at all (中,
  /// 美, 大 begin many names), and `mayStartKey` rejects them without walking the trie.
  private var pairFilter: [UInt64]
  /// log2 of the bits in `pairFilter`: about 16 bits a key (a false positive in twenty), at
  /// most 2^18 bits (32 KB, the entity lexicon's), so a small trie fills a small filter.
  private var pairFilterBits: Int
  /// Root fan-out from which the table pays for itself.
  package static let rootTableThreshold = 256
  private var edgeStart: [Int32]
  private var labels: [UInt32]
  private var targets: [Int32]
  private var values: [Int32]
  /// Number of keys.
  package private(set) var count: Int

  /// Builds the trie from keys (code points) and their payloads; a repeated key keeps the
  /// last payload. `rootTable` forces the first-step table on or off (default: on when the
  /// root has at least `rootTableThreshold` edges).
  package init(_ entries: [([Unicode.Scalar], Int32)], rootTable: Bool? = nil) {
    // The keys as labels (every middle-dot form as `·`), sorted; of equal keys the last
    // entry wins. The nodes are then ranges of keys that share a prefix, numbered
    // breadth-first, so that each node's edges are contiguous (no node objects, no hashing).
    var keys: [(label: [UInt32], value: Int32, order: Int)] = []
    keys.reserveCapacity(entries.count)
    for (k, (key, value)) in entries.enumerated() where !key.isEmpty {
      keys.append((key.map { ScalarClass.isNameDot($0) ? ScalarClass.middleDot.value : $0.value }, value, k))
    }
    // The entity lexicon hands its keys over sorted (in `order`): one pass tells, and the sort
    // is skipped (a small saving: sorting sorted keys is linear). Keys in order of label with
    // ties in `order` are exactly what the sort gives.
    if !zip(keys, keys.dropFirst()).allSatisfy({ !$1.label.lexicographicallyPrecedes($0.label) }) {
      keys.sort { a, b in
        if a.label == b.label { return a.order < b.order }
        return a.label.lexicographicallyPrecedes(b.label)
      }
    }
    var unique: [(label: [UInt32], value: Int32)] = []
    unique.reserveCapacity(keys.count)
    for key in keys {
      if let last = unique.last, last.label == key.label { unique[unique.count - 1].value = key.value } else { unique.append((key.label, key.value)) }
    }
    var edgeStart: [Int32] = []
    var labels: [UInt32] = []
    var targets: [Int32] = []
    var values: [Int32] = []
    // The queue of nodes: keys[lo..<hi] share their first `depth` labels.
    var queue: [(lo: Int, hi: Int, depth: Int)] = [(0, unique.count, 0)]
    var head = 0
    while head < queue.count {
      let (lo, hi, depth) = queue[head]
      head += 1
      edgeStart.append(Int32(labels.count))
      // Sorted, so a key that ends here comes first.
      var k = lo
      if k < hi, unique[k].label.count == depth { values.append(unique[k].value); k += 1 } else { values.append(-1) }
      while k < hi {
        let label = unique[k].label[depth]
        var next = k + 1
        while next < hi, unique[next].label[depth] == label { next += 1 }
        labels.append(label)
        queue.append((k, next, depth + 1))
        targets.append(Int32(queue.count - 1))
        k = next
      }
    }
    edgeStart.append(Int32(labels.count))
    let keyCount = unique.count
    var pairFilterBits = 10
    while pairFilterBits < 18, 1 << pairFilterBits < 16 * unique.count { pairFilterBits += 1 }
    self.pairFilterBits = pairFilterBits
    var pairFilter = [UInt64](repeating: 0, count: (1 << pairFilterBits) / 64)
    for key in unique where key.label.count >= 2 {
      let bit = Self.pairBit(key.label[0], key.label[1], bits: pairFilterBits)
      pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.pairFilter = pairFilter
    let root = Self.root(
      edgeStart: edgeStart, labels: labels, targets: targets, table: rootTable ?? (edgeStart[1] - edgeStart[0] >= Self.rootTableThreshold))
    rootBMP = root.bmp
    rootOther = root.other
    rootLabels = root.labels
    self.edgeStart = edgeStart
    self.labels = labels
    self.targets = targets
    self.values = values
    self.count = keyCount
  }

  /// The first step of the frozen trie: a table by code point, or only the labels of the root
  /// edges (derived from the arrays, so a lexicon image need not hold them).
  private static func root(
    edgeStart: [Int32], labels: [UInt32], targets: [Int32], table: Bool
  )
    -> (bmp: [Int32], other: [UInt32: Int32], labels: ScalarBitmap)
  {
    var rootBMP: [Int32] = []
    var rootOther: [UInt32: Int32] = [:]
    var rootLabels = ScalarBitmap()
    if table {
      rootBMP = [Int32](repeating: -1, count: 0x10000)
      for e in Int(edgeStart[0])..<Int(edgeStart[1]) {
        if labels[e] < 0x10000 { rootBMP[Int(labels[e])] = targets[e] } else { rootOther[labels[e]] = targets[e] }
      }
    } else {
      for e in Int(edgeStart[0])..<Int(edgeStart[1]) { rootLabels.insert(labels[e]) }
    }
    return (rootBMP, rootOther, rootLabels)
  }

  /// The flat arrays a trie is made of, as a lexicon image stores them (`EntityLexicon+Image`).
  struct Frozen: Equatable {
    var edgeStart: [Int32]
    var labels: [UInt32]
    var targets: [Int32]
    var values: [Int32]
    var pairFilter: [UInt64]
    var pairFilterBits: Int
    var count: Int
    var rootTable: Bool
  }

  var frozen: Frozen {
    Frozen(
      edgeStart: edgeStart, labels: labels, targets: targets, values: values, pairFilter: pairFilter, pairFilterBits: pairFilterBits,
      count: count, rootTable: !rootBMP.isEmpty)
  }

  /// The trie of `frozen` arrays, as `init(_:rootTable:)` made them.
  init(frozen: Frozen) {
    edgeStart = frozen.edgeStart
    labels = frozen.labels
    targets = frozen.targets
    values = frozen.values
    pairFilter = frozen.pairFilter
    pairFilterBits = frozen.pairFilterBits
    count = frozen.count
    let root = Self.root(edgeStart: frozen.edgeStart, labels: frozen.labels, targets: frozen.targets, table: frozen.rootTable)
    rootBMP = root.bmp
    rootOther = root.other
    rootLabels = root.labels
  }

  /// The same trie with every payload `p` replaced by `map(p)`.
  func mappingValues(_ map: (Int32) -> Int32) -> EntityTrie {
    var copy = self
    copy.values = values.map { $0 < 0 ? $0 : map($0) }
    return copy
  }

  /// The label of the code point at `i`: itself, or `·` for a middle dot. Inlined for what is no
  /// dot (nearly every position); a dot's neighbours are read out of line.
  @inline(__always)
  private static func label(_ text: [Unicode.Scalar], _ i: Int) -> UInt32 {
    let s = text[i]
    if s.value < 0x80 ? s != "." : !ScalarClass.isNameDot(s) { return s.value }
    return dotLabel(text, i)
  }

  @inline(never)
  private static func dotLabel(_ text: [Unicode.Scalar], _ i: Int) -> UInt32 {
    ScalarClass.isNameDot(in: text, at: i) ? ScalarClass.middleDot.value : text[i].value
  }

  @inline(__always)
  private func child(_ node: Int32, _ label: UInt32) -> Int32 {
    var lo = Int(edgeStart[Int(node)])
    var hi = Int(edgeStart[Int(node) + 1])
    while lo < hi {
      let mid = (lo + hi) >> 1
      let l = labels[mid]
      if l == label { return targets[mid] }
      if l < label { lo = mid + 1 } else { hi = mid }
    }
    return -1
  }

  /// Whether some key starts with the code point at `i` (a cheap pre-check).
  @inline(__always)
  package func startsKey(in text: [Unicode.Scalar], at i: Int) -> Bool {
    rootChild(Self.label(text, i)) >= 0
  }

  /// Whether some key may start at `i`: its first label starts a key that is one label long, or
  /// the first two labels hit `pairFilter`. Never false where `candidates(in:at:into:)` would
  /// report a key; mostly true only there.
  @inline(__always)
  package func mayStartKey(in text: [Unicode.Scalar], at i: Int) -> Bool {
    let first = Self.label(text, i)
    let node = rootChild(first)
    guard node >= 0 else { return false }
    if values[Int(node)] >= 0 { return true }
    guard i + 1 < text.count else { return false }
    let bit = Self.pairBit(first, Self.label(text, i + 1), bits: pairFilterBits)
    return pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The first position in `from..<limit` where `mayStartKey(in:at:)` holds, or `limit` when none
  /// does. One call for a run of positions: the tables are read through buffers held for the
  /// whole run, and a character of the main Han blocks (no dot form) is its own label without the
  /// dot tests. A call of `mayStartKey` per position cost some 65 instructions, most of a
  /// document's positions starting no key (40 M instructions on 1 MB of the corpus, half of them
  /// in the linker's small trie). `EntityTrieSkipTests` checks it against `mayStartKey`.
  package func nextPossibleStart(in text: [Unicode.Scalar], from: Int, to limit: Int) -> Int {
    let limit = min(limit, text.count)
    guard from < limit else { return max(from, limit) }
    return text.withUnsafeBufferPointer { s in
      values.withUnsafeBufferPointer { values in
        pairFilter.withUnsafeBufferPointer { filter in
          rootBMP.withUnsafeBufferPointer { table in
            let n = s.count
            let shift = UInt64(64 - pairFilterBits)
            var i = from
            while i < limit {
              let v = s[i].value
              let node: Int32
              if v &- 0x3400 < 0xA000 &- 0x3400 {
                // Han (and the Yi syllables after it): never a dot form.
                if table.isEmpty {
                  guard rootLabels.contains(v) else { i &+= 1; continue }
                  node = child(0, v)
                } else {
                  node = table[Int(v)]
                }
              } else {
                if mayStartKey(in: text, at: i) { return i }
                i &+= 1
                continue
              }
              if node < 0 { i &+= 1; continue }
              if values[Int(node)] >= 0 { return i }
              if i &+ 1 < n {
                let w = s[i &+ 1].value
                let second = w &- 0x3400 < 0xA000 &- 0x3400 ? w : Self.label(text, i &+ 1)
                let bit = Int(truncatingIfNeeded: ((UInt64(v) << 21 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
                if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return i }
              }
              i &+= 1
            }
            return limit
          }
        }
      }
    }
  }

  @inline(__always)
  private static func pairBit(_ first: UInt32, _ second: UInt32, bits: Int) -> Int {
    Int(truncatingIfNeeded: ((UInt64(first) << 21 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  @inline(__always)
  private func rootChild(_ label: UInt32) -> Int32 {
    if rootBMP.isEmpty {
      guard rootLabels.contains(label) else { return -1 }
      return child(0, label)
    }
    return label < 0x10000 ? rootBMP[Int(label)] : astralRootChild(label)
  }

  @inline(never)
  private func astralRootChild(_ label: UInt32) -> Int32 { rootOther[label] ?? -1 }

  /// Appends `(end, payload)` of every key that starts at `start`, shortest first.
  package func candidates(in text: [Unicode.Scalar], at start: Int, into out: inout [(end: Int, payload: Int32)]) {
    guard start < text.count else { return }
    var node = rootChild(Self.label(text, start))
    var i = start + 1
    while node >= 0 {
      let value = values[Int(node)]
      if value >= 0 { out.append((i, value)) }
      guard i < text.count else { break }
      node = child(node, Self.label(text, i))
      i += 1
    }
  }
}

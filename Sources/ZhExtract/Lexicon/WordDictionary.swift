/// The segmenter's word list (jieba 0.42.1's dictionary: about 349,000 words with their
/// frequencies and part-of-speech tags), frozen as a trie in the binary's read-only data.
///
/// Nothing is parsed at start-up: the compiled form (`WordDictionary+Generated.swift`, made by
/// `Scripts/generate-word-dictionary.py` from `Lexicons/segmenter/words.tsv`) is three ASCII
/// strings of base-64 digits that are read in place. The first two steps of the trie have tables
/// of their own, compiled in beside it (`WordDictionary.FirstSteps`): an array of 65,536 entries
/// for the first character, and a hash table of the 178,000 two-character prefixes (the nodes
/// after one character have up to thousands of children, where a binary search over digits
/// costs a dozen cache misses a step). Nodes
/// are numbered breadth-first, so the children of a node are contiguous (found by binary
/// search) and edge `e` leads to node `e + 1`.
package struct WordDictionary: @unchecked Sendable {
  /// A word's cost: 100 × −ln(frequency / total), the weight of the segmentation path.
  package typealias Cost = Int32

  package static let shared = WordDictionary()

  let firstEdge: UnsafePointer<UInt8>
  let labels: UnsafePointer<UInt8>
  let values: UnsafePointer<UInt8>
  /// The trie's first two steps (`WordDictionary.FirstSteps`): compiled into the binary by the
  /// generator (`word_dictionary_tables.c`), read in place.
  private let firstSteps: FirstSteps
  private let rootOther: [UInt32: Int32]
  /// The bits of the pair filter's hash (2^21 bits, 256 KB).
  static let pairFilterBits = 21
  package let nodeCount: Int
  /// The part-of-speech tags (`n`, `nr`, `ns`, …); a word's `tag` indexes this.
  package let tags: [String]

  /// `mask[t]`: tag `t` is one of `chosen` — a table a scanner reads per word without hashing
  /// the tag's string.
  package func tagMask(_ chosen: Set<String>) -> [Bool] { tags.map { chosen.contains($0) } }
  /// The cost of a character that is no word of the dictionary (a frequency of one, halved).
  package let unknownCost: Cost
  /// `personTags[t]`: tag `t` is a person's (`nr`, `nrfg`, `nrt`).
  private let personTags: [Bool]

  private init() {
    firstEdge = Self.compiledFirstEdge.utf8Start
    labels = Self.compiledLabels.utf8Start
    values = Self.compiledValues.utf8Start
    nodeCount = Self.compiledNodeCount
    tags = Self.compiledTags
    unknownCost = Self.compiledUnknownCost
    personTags = Self.compiledTags.map { ["nr", "nrfg", "nrt"].contains($0) }
    let first = Self.read(firstEdge, 0, width: 4), last = Self.read(firstEdge, 1, width: 4)
    // The root's edges are sorted by code point: those past the BMP come last.
    var rootOther: [UInt32: Int32] = [:]
    var e = last - 1
    while e >= first {
      let label = UInt32(Self.read(labels, e, width: 3))
      guard label >= 0x10000 else { break }
      rootOther[label] = Int32(e + 1)
      e -= 1
    }
    self.rootOther = rootOther
    firstSteps = FirstSteps.compiled(nodeCount: nodeCount, edgeCount: Self.read(firstEdge, nodeCount, width: 4)) ?? Self.builtFirstSteps().leaked
  }

  @inline(__always)
  static func pairFilterBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> UInt64(64 - pairFilterBits))
  }

  @inline(__always)
  static func pairSlot(_ key: UInt64, bits: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
  }

  @inline(__always)
  static func read(_ p: UnsafePointer<UInt8>, _ index: Int, width: Int) -> Int {
    var v = 0
    let base = index &* width
    for k in 0..<width { v = v << 6 | Int(p[base &+ k] &- 48) }
    return v
  }

  /// The node reached from the root by `first` then `second`, or -1 (one or two probes of a
  /// hash table instead of a binary search over a large node).
  @inline(__always)
  package func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int32 { step2(first, second).node }

  /// The node reached from the root by `scalar` and the value of the word it spells (0: none).
  @inline(__always)
  package func step1(_ scalar: Unicode.Scalar) -> (node: Int32, value: UInt32) {
    let v = scalar.value
    if v < 0x10000 { return (firstSteps.rootBMP[Int(v)], firstSteps.rootValueBMP[Int(v)]) }
    guard let node = rootOther[v] else { return (-1, 0) }
    return (node, UInt32(Self.read(values, Int(node), width: 3)))
  }

  /// The node reached by `first` then `second` and the value of the word it spells (0: none):
  /// one slot of the pair table holds both.
  @inline(__always)
  package func step2(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> (node: Int32, value: UInt32) {
    let p = step2Edges(first, second)
    return (p.node, p.value)
  }

  /// As `step2`, with the range `lo..<hi` of the node's edges (for `step(edges:_:_:)`).
  @inline(__always)
  package func step2Edges(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> (node: Int32, value: UInt32, lo: Int, hi: Int) {
    let key = UInt64(first.value) << 21 | UInt64(second.value)
    let bit = Self.pairFilterBit(key)
    guard firstSteps.pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return (-1, 0, 0, 0) }
    let slots = firstSteps.pairSlots
    let mask = (1 << firstSteps.pairBits) - 1
    var slot = Self.pairSlot(key, bits: firstSteps.pairBits)
    while true {
      let v = slots[2 &* slot]
      if v == 0 { return (-1, 0, 0, 0) }
      if v & ((1 << 42) - 1) == key {
        let w = slots[2 &* slot &+ 1]
        return (
          Int32(truncatingIfNeeded: v >> 42), UInt32(truncatingIfNeeded: w & 0xF_FFFF), Int(truncatingIfNeeded: (w >> 20) & 0x3F_FFFF),
          Int(truncatingIfNeeded: w >> 42)
        )
      }
      slot = (slot &+ 1) & mask
    }
  }

  /// The child by `scalar` among the edges `lo..<hi` of a node (from `step2Edges`) and the
  /// value of the word it spells: `step(node, scalar)` without reading the node's edge range.
  @inline(__always)
  package func step(edges lo: Int, _ hi: Int, _ scalar: Unicode.Scalar) -> (node: Int32, value: UInt32) {
    var lo = lo, hi = hi
    let label = Int(scalar.value)
    while lo < hi {
      let mid = (lo + hi) >> 1
      let l = Self.read(labels, mid, width: 3)
      if l == label { return (Int32(mid + 1), UInt32(Self.read(values, mid + 1, width: 3))) }
      if l < label { lo = mid + 1 } else { hi = mid }
    }
    return (-1, 0)
  }

  /// The range of the edges of `node` (for tests: `step2Edges` must give the same).
  package func edges(of node: Int32) -> Range<Int> {
    Self.read(firstEdge, Int(node), width: 4)..<Self.read(firstEdge, Int(node) + 1, width: 4)
  }

  /// The child of `node` by `scalar` and the value of the word it spells (0: none).
  @inline(__always)
  package func step(_ node: Int32, _ scalar: Unicode.Scalar) -> (node: Int32, value: UInt32) {
    let child = child(node, scalar)
    return child < 0 ? (-1, 0) : (child, UInt32(Self.read(values, Int(child), width: 3)))
  }

  /// A word value's cost and tag.
  @inline(__always)
  package static func word(_ value: UInt32) -> (cost: Cost, tag: UInt8) { (Cost(value >> 6), UInt8(value & 63)) }

  /// The node reached from the root by `scalar`, or -1.
  @inline(__always)
  package func root(_ scalar: Unicode.Scalar) -> Int32 {
    let v = scalar.value
    return v < 0x10000 ? firstSteps.rootBMP[Int(v)] : (rootOther[v] ?? -1)
  }

  /// The child of `node` by `scalar`, or -1.
  @inline(__always)
  package func child(_ node: Int32, _ scalar: Unicode.Scalar) -> Int32 {
    var lo = Self.read(firstEdge, Int(node), width: 4)
    var hi = Self.read(firstEdge, Int(node) + 1, width: 4)
    let label = Int(scalar.value)
    while lo < hi {
      let mid = (lo + hi) >> 1
      let l = Self.read(labels, mid, width: 3)
      if l == label { return Int32(mid + 1) }
      if l < label { lo = mid + 1 } else { hi = mid }
    }
    return -1
  }

  /// The word that ends at `node`: its cost and tag, or `nil` when the path spells no word.
  @inline(__always)
  package func word(at node: Int32) -> (cost: Cost, tag: UInt8)? {
    let v = Self.read(values, Int(node), width: 3)
    guard v != 0 else { return nil }
    return (Cost(v >> 6), UInt8(v & 63))
  }

  /// Whether `node` has children (a longer word may follow).
  @inline(__always)
  package func hasChildren(_ node: Int32) -> Bool {
    Self.read(firstEdge, Int(node), width: 4) < Self.read(firstEdge, Int(node) + 1, width: 4)
  }

  /// The node that `text` spells from the root, or `nil`.
  private func node(spelling text: some Collection<Unicode.Scalar>) -> Int32? {
    var it = text.makeIterator()
    guard let a = it.next() else { return nil }
    guard let b = it.next() else { return root(a) >= 0 ? root(a) : nil }
    var node = pair(a, b)
    while node >= 0, let c = it.next() { node = child(node, c) }
    return node >= 0 ? node : nil
  }

  /// The word `text` (code points) as the dictionary holds it.
  package func lookup(_ text: some Collection<Unicode.Scalar>) -> (cost: Cost, tag: String)? {
    guard let node = node(spelling: text), let w = word(at: node) else { return nil }
    return (w.cost, tags[Int(w.tag)])
  }

  /// The word `text` with its cost and the index of its tag in `tags` (no string per call).
  package func lookupTag(_ text: some Collection<Unicode.Scalar>) -> (cost: Cost, tag: UInt8)? {
    guard let node = node(spelling: text), let w = word(at: node) else { return nil }
    return (w.cost, UInt8(w.tag))
  }

  /// Whether `text` is a word of the dictionary whose tag is a person's (`nr`, `nrfg`, `nrt`).
  package func isPersonWord(_ text: some Collection<Unicode.Scalar>) -> Bool {
    guard let node = node(spelling: text), let w = word(at: node) else { return false }
    return personTags[Int(w.tag)]
  }

  /// Whether `text` is a word of the dictionary whose tag is not a person's (`nr`, `nrfg`, `nrt`).
  package func isNonPersonWord(_ text: some Collection<Unicode.Scalar>) -> Bool {
    guard let node = node(spelling: text), let w = word(at: node) else { return false }
    return !personTags[Int(w.tag)]
  }

  /// Every word with its cost and tag, in code-point order (for tests: it must equal the TSV).
  package func allWords() -> [(word: [Unicode.Scalar], cost: Cost, tag: String)] {
    var out: [(word: [Unicode.Scalar], cost: Cost, tag: String)] = []
    var path: [Unicode.Scalar] = []
    // Depth-first over the breadth-first layout, with an explicit stack (no recursion).
    var stack: [(node: Int, depth: Int)] = [(0, 0)]
    while let (node, depth) = stack.popLast() {
      if node != 0 {
        path.removeSubrange((depth - 1)...)
        path.append(Unicode.Scalar(UInt32(Self.read(labels, node - 1, width: 3)))!)
        if let w = word(at: Int32(node)) { out.append((path, w.cost, tags[Int(w.tag)])) }
      }
      let first = Self.read(firstEdge, node, width: 4), last = Self.read(firstEdge, node + 1, width: 4)
      for e in stride(from: last - 1, through: first, by: -1) { stack.append((e + 1, depth + 1)) }
    }
    return out
  }
}

import CLexiconImage

extension WordDictionary {
  /// The trie's first two steps as tables: the node and word value of each BMP character from
  /// the root, and the two-character prefixes in an open-addressed table (two `UInt64` a slot:
  /// `node << 42 | first << 21 | second`, 0 for empty, then `hi << 42 | lo << 20 | value`, the
  /// node's edge range and word value), probed linearly from `pairSlot`, behind a filter of one
  /// bit per `pairFilterBit`.
  ///
  /// `Scripts/generate-word-dictionary.py` compiles them into the binary beside the trie
  /// (`word_dictionary_tables.c`); a run reads them in place instead of building them (24 M
  /// instructions and 4.8 MB of anonymous memory on every start). `builtFirstSteps()` makes the
  /// same from the trie; `SegmentationTests` checks that the two are equal, slot for slot.
  struct FirstSteps {
    let rootBMP: UnsafePointer<Int32>
    let rootValueBMP: UnsafePointer<UInt32>
    let pairSlots: UnsafePointer<UInt64>
    let pairBits: Int
    let pairFilter: UnsafePointer<UInt64>

    /// The compiled tables, when they were made from a trie of this size.
    static func compiled(nodeCount: Int, edgeCount: Int) -> FirstSteps? {
      guard zx_word_tables_node_count() == nodeCount, zx_word_tables_edge_count() == edgeCount,
        Int(zx_word_pair_filter_bits()) == WordDictionary.pairFilterBits,
        let rootBMP = zx_word_root_bmp(), let rootValueBMP = zx_word_root_value_bmp(), let pairSlots = zx_word_pair_slots(),
        let pairFilter = zx_word_pair_filter()
      else { return nil }
      return FirstSteps(rootBMP: rootBMP, rootValueBMP: rootValueBMP, pairSlots: pairSlots, pairBits: Int(zx_word_pair_bits()), pairFilter: pairFilter)
    }
  }

  /// The first steps' tables as arrays (`builtFirstSteps()`).
  struct BuiltFirstSteps: Equatable {
    var rootBMP: [Int32]
    var rootValueBMP: [UInt32]
    var pairSlots: [UInt64]
    var pairBits: Int
    var pairFilter: [UInt64]

    /// Copies that live as long as the process (for the shared dictionary, made once).
    var leaked: FirstSteps {
      func leak<T>(_ array: [T]) -> UnsafePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: array.count)
        p.initialize(from: array, count: array.count)
        return UnsafePointer(p)
      }
      return FirstSteps(
        rootBMP: leak(rootBMP), rootValueBMP: leak(rootValueBMP), pairSlots: leak(pairSlots), pairBits: pairBits, pairFilter: leak(pairFilter))
    }
  }

  /// The compiled first steps as arrays (for tests: they must equal `builtFirstSteps()`).
  func compiledFirstSteps() -> BuiltFirstSteps? {
    guard let c = FirstSteps.compiled(nodeCount: nodeCount, edgeCount: Self.read(firstEdge, nodeCount, width: 4)) else { return nil }
    return BuiltFirstSteps(
      rootBMP: Array(UnsafeBufferPointer(start: c.rootBMP, count: 0x10000)),
      rootValueBMP: Array(UnsafeBufferPointer(start: c.rootValueBMP, count: 0x10000)),
      pairSlots: Array(UnsafeBufferPointer(start: c.pairSlots, count: 2 << c.pairBits)), pairBits: c.pairBits,
      pairFilter: Array(UnsafeBufferPointer(start: c.pairFilter, count: (1 << Self.pairFilterBits) / 64)))
  }

  /// The first steps built from the compiled trie: what a run did on every start before they
  /// were compiled in, and what it still does when they do not fit the trie.
  static func builtFirstSteps() -> BuiltFirstSteps {
    let (firstEdge, labels, values) = (compiledFirstEdge.utf8Start, compiledLabels.utf8Start, compiledValues.utf8Start)
    var rootBMP = [Int32](repeating: -1, count: 0x10000)
    var rootValueBMP = [UInt32](repeating: 0, count: 0x10000)
    let first = read(firstEdge, 0, width: 4), last = read(firstEdge, 1, width: 4)
    for e in first..<last {
      let label = UInt32(read(labels, e, width: 3))
      if label < 0x10000 {
        rootBMP[Int(label)] = Int32(e + 1)
        rootValueBMP[Int(label)] = UInt32(read(values, e + 1, width: 3))
      }
    }
    precondition(compiledNodeCount < 1 << 22, "WordDictionary: \(compiledNodeCount) nodes do not fit the 22 bits of a pair slot")
    var pairCount = 0
    for e in first..<last {
      pairCount += read(firstEdge, e + 1 + 1, width: 4) - read(firstEdge, e + 1, width: 4)
    }
    var bits = 4
    while 1 << bits < pairCount + pairCount / 4 { bits += 1 }
    let mask = (1 << bits) - 1
    var filter = [UInt64](repeating: 0, count: (1 << pairFilterBits) / 64)
    // Each node's edge range read once (its end is the next node's start).
    let slots = [UInt64](unsafeUninitializedCapacity: 2 << bits) { slots, initialized in
      slots.initialize(repeating: 0)
      initialized = slots.count
      filter.withUnsafeMutableBufferPointer { filter in
        for e in first..<last {
          let a = UInt64(read(labels, e, width: 3))
          let node = e + 1
          let edgesEnd = read(firstEdge, node + 1, width: 4)
          var f = read(firstEdge, node, width: 4)
          var lo = f < edgesEnd ? UInt64(read(firstEdge, f + 1, width: 4)) : 0
          while f < edgesEnd {
            let key = a << 21 | UInt64(read(labels, f, width: 3))
            let bit = pairFilterBit(key)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = pairSlot(key, bits: bits)
            while slots[2 &* slot] != 0 { slot = (slot &+ 1) & mask }
            let hi = UInt64(read(firstEdge, f + 2, width: 4))
            slots[2 &* slot] = UInt64(f + 1) << 42 | key
            slots[2 &* slot &+ 1] = hi << 42 | lo << 20 | UInt64(read(values, f + 1, width: 3))
            lo = hi
            f += 1
          }
        }
      }
    }
    return BuiltFirstSteps(rootBMP: rootBMP, rootValueBMP: rootValueBMP, pairSlots: slots, pairBits: bits, pairFilter: filter)
  }
}

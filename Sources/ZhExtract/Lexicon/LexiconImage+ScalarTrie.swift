/// A `ScalarTrie` in a lexicon image section: its arrays as they are (`ScalarTrie.Frozen`), each
/// node's value written by the caller after whether one ends there. Read back in a few copies,
/// where inserting the keys again cost some 2,900 instructions a key (the currency names').
extension LexiconImageWriter {
  mutating func scalarTrie<Value>(_ trie: ScalarTrie<Value>, value write: (Value, inout LexiconImageWriter) -> Void) {
    let frozen = trie.frozen
    array(frozen.terminal.map { UInt8($0 ? 1 : 0) })
    for value in frozen.values {
      if let value { write(value, &self) }
    }
    array(frozen.slotKeys)
    array(frozen.slotChildren)
    count(frozen.slotBits)
    count(frozen.edges)
    count(frozen.count)
    array(frozen.firstScalars)
    array(frozen.lastScalars)
  }
}

extension LexiconImageReader {
  mutating func scalarTrie<Value>(
    value read: (inout LexiconImageReader) throws(LexiconImageError) -> Value
  ) throws(LexiconImageError)
    -> ScalarTrie<Value>
  {
    let terminal = try array(UInt8.self).map { $0 != 0 }
    var values: [Value?] = []
    values.reserveCapacity(terminal.count)
    for isTerminal in terminal { values.append(isTerminal ? try read(&self) : nil) }
    let frozen = ScalarTrie<Value>.Frozen(
      values: values, terminal: terminal, slotKeys: try array(UInt64.self), slotChildren: try array(Int32.self), slotBits: try count(),
      edges: try count(), count: try count(), firstScalars: try array(UInt32.self), lastScalars: try array(UInt32.self))
    guard frozen.isWellFormed else { throw LexiconImageError() }
    return ScalarTrie(frozen: frozen)
  }
}

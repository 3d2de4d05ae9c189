import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

@Suite struct ScalarTrieTests {
  let trie = ScalarTrie([("美元", "USD"), ("美", "US?"), ("港元", "HKD"), ("新台币", "TWD")])

  @Test func findsTheLongestKeyAtAPosition() {
    let text = Array("共5亿美元和3港元".unicodeScalars)
    #expect(trie.longestMatch(in: text, at: 3)?.end == 5)
    #expect(trie.longestMatch(in: text, at: 3)?.value == "USD")
    #expect(trie.longestMatch(in: text, at: 7)?.value == "HKD")
    #expect(trie.longestMatch(in: text, at: 0) == nil)
  }

  @Test func findsAKeyEndingAtAPosition() {
    let text = Array("花了新台币".unicodeScalars)
    let match = trie.longestMatch(in: text, endingAt: 5, maxLength: 4)
    #expect(match?.start == 2)
    #expect(match?.value == "TWD")
  }

  @Test func countsKeysAndRemembersFirstScalars() {
    #expect(trie.count == 4)
    #expect(trie.firstScalars == Set(["美", "港", "新"].map { Unicode.Scalar($0)!.value }))
    #expect(trie.value(for: "港元") == "HKD")
    #expect(trie.value(for: "港") == nil)
  }
}

/// The trie as first written (a dictionary of children per node), kept as the reference the
/// flat layout is compared with.
struct ReferenceTrie<Value> {
  private struct Node {
    var children: [UInt32: Int] = [:]
    var value: Value?
  }
  private var nodes: [Node] = [Node()]
  private(set) var count = 0
  private(set) var firstScalars: Set<UInt32> = []

  mutating func insert(_ key: [Unicode.Scalar], _ value: Value) {
    var node = 0
    for scalar in key {
      if let next = nodes[node].children[scalar.value] {
        node = next
      } else {
        nodes.append(Node())
        nodes[node].children[scalar.value] = nodes.count - 1
        node = nodes.count - 1
      }
    }
    guard node != 0 else { return }
    if nodes[node].value == nil { count += 1 }
    nodes[node].value = value
    firstScalars.insert(key[0].value)
  }

  func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, value: Value)? {
    var node = 0
    var best: (end: Int, value: Value)?
    var i = start
    while i < limit, let next = nodes[node].children[text[i].value] {
      node = next
      i += 1
      if let value = nodes[node].value { best = (i, value) }
    }
    return best
  }

  func value(for key: [Unicode.Scalar]) -> Value? {
    var node = 0
    for scalar in key {
      guard let next = nodes[node].children[scalar.value] else { return nil }
      node = next
    }
    return nodes[node].value
  }

  func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, maxLength: Int) -> (start: Int, value: Value)? {
    var best: (start: Int, value: Value)?
    var start = end - 1
    while start >= 0, end - start <= maxLength {
      if let match = longestMatch(in: text, at: start, limit: end), match.end == end { best = (start, match.value) }
      start -= 1
    }
    return best
  }
}

/// The flat trie (edge hash table, first- and last-scalar bitmaps) answers every question
/// exactly as the dictionary trie it replaced, on random keys and texts over a small
/// alphabet (so that keys share prefixes and texts hit them), astral scalars included.
@Suite struct ScalarTrieAgreementTests {
  static let alphabet: [Unicode.Scalar] = ["美", "元", "港", "新", "台", "币", "a", "A", "1", "·", "\u{0}", "😀", "\u{10FFFF}", "年"]

  @Test(arguments: [1, 2, 3, 4, 5])
  func flatTrieEqualsTheDictionaryTrie(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    func word(_ lengths: ClosedRange<Int>) -> [Unicode.Scalar] {
      (0..<Int.random(in: lengths, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }
    }
    var flat = ScalarTrie<Int>()
    var reference = ReferenceTrie<Int>()
    for n in 0..<(seed == 5 ? 3000 : 200) {  // the last seed grows the edge table many times
      let key = word(0...6)
      flat.insert(key, n)
      reference.insert(key, n)
    }
    #expect(flat.count == reference.count)
    #expect(flat.firstScalars == reference.firstScalars)
    let text = word(400...400)
    for start in 0..<text.count {
      for limit in [text.count, min(text.count, start + 2), start + 1] {
        let a = flat.longestMatch(in: text, at: start, limit: limit), b = reference.longestMatch(in: text, at: start, limit: limit)
        #expect(a?.end == b?.end && a?.value == b?.value, "at \(start), limit \(limit)")
      }
      let a = flat.longestMatch(in: text, endingAt: start + 1, maxLength: 5)
      let b = reference.longestMatch(in: text, endingAt: start + 1, maxLength: 5)
      #expect(a?.start == b?.start && a?.value == b?.value, "ending at \(start + 1)")
      #expect(flat.mayStart(with: text[start]) == reference.firstScalars.contains(text[start].value))
    }
    for _ in 0..<500 {
      let key = word(0...6)
      #expect(flat.value(for: String(String.UnicodeScalarView(key))) == reference.value(for: key))
    }
  }
}

/// `EntityTrie` without its first-step table (a small trie: the linker's per-document one)
/// finds exactly what it finds with the table.
@Suite struct EntityTrieRootTableTests {
  @Test(arguments: [6, 7, 8])
  func withoutTheRootTableTheCandidatesAreTheSame(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let alphabet: [Unicode.Scalar] = ["山", "姆", "·", "•", ".", "奥", "尔", "S", "a", "m", " ", "😀", "特"]
    func word(_ lengths: ClosedRange<Int>) -> [Unicode.Scalar] {
      (0..<Int.random(in: lengths, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
    }
    let entries = (0..<300).map { (word(1...6), Int32($0)) }
    let table = EntityTrie(entries, rootTable: true), plain = EntityTrie(entries, rootTable: false)
    #expect(table.count == plain.count)
    let text = word(500...500)
    for i in text.indices {
      #expect(table.startsKey(in: text, at: i) == plain.startsKey(in: text, at: i))
      var a: [(end: Int, payload: Int32)] = [], b: [(end: Int, payload: Int32)] = []
      table.candidates(in: text, at: i, into: &a)
      plain.candidates(in: text, at: i, into: &b)
      #expect(a.map(\.end) == b.map(\.end) && a.map(\.payload) == b.map(\.payload), "at \(i)")
      #expect(table.mayStartKey(in: text, at: i) == plain.mayStartKey(in: text, at: i), "at \(i)")
    }
  }

  /// With real keys (pieces of the corpus, a thousand and more first characters, as the linker's
  /// trie holds on a long document), the trie without the table (a bitmap of its first steps)
  /// answers at every position of the corpus as the one with the table.
  @Test func withoutTheRootTableTheCorpusReadsTheSame() throws {
    var texts: [[Unicode.Scalar]] = []
    for url in try PackagePaths.corpusFiles() { texts.append(Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)) }
    var entries: [([Unicode.Scalar], Int32)] = []
    for text in texts {
      var i = 0
      while i + 6 < text.count {
        entries.append((Array(text[i..<i + 2 + i % 4]), Int32(entries.count)))
        i += 7
      }
    }
    let table = EntityTrie(entries, rootTable: true), plain = EntityTrie(entries, rootTable: false)
    #expect(Set(entries.map { $0.0[0] }).count > 1_000)
    var starting = 0
    for text in texts {
      for i in text.indices {
        #expect(table.startsKey(in: text, at: i) == plain.startsKey(in: text, at: i))
        #expect(table.mayStartKey(in: text, at: i) == plain.mayStartKey(in: text, at: i))
        var a: [(end: Int, payload: Int32)] = [], b: [(end: Int, payload: Int32)] = []
        table.candidates(in: text, at: i, into: &a)
        plain.candidates(in: text, at: i, into: &b)
        #expect(a.map(\.end) == b.map(\.end) && a.map(\.payload) == b.map(\.payload), "at \(i)")
        if !a.isEmpty { starting += 1 }
      }
    }
    #expect(starting > 10_000)
  }
}

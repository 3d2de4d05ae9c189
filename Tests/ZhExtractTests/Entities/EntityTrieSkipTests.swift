import Foundation
import Testing

@testable import ZhExtract
import ZhExtractTestSupport

/// `EntityTrie.nextPossibleStart(in:from:to:)` (the matcher's skip over a run of positions) stops
/// exactly where a call of `mayStartKey(in:at:)` per position would first say yes.
@Suite struct EntityTrieSkipTests {
  /// The first position of `from..<limit` that `mayStartKey` lets through, or `limit`.
  static func slowNext(_ trie: EntityTrie, _ s: [Unicode.Scalar], from: Int, to limit: Int) -> Int {
    var i = from
    while i < limit, !trie.mayStartKey(in: s, at: i) { i += 1 }
    return i
  }

  /// Every start of every text, with the text's end and a limit inside it, on tries with and
  /// without the first-step table.
  static func expectAgreement(_ trie: EntityTrie, _ s: [Unicode.Scalar], sourceLocation: SourceLocation = #_sourceLocation) {
    for from in 0...s.count {
      for limit in [s.count, min(s.count, from + 3)] {
        let fast = trie.nextPossibleStart(in: s, from: from, to: limit)
        let slow = slowNext(trie, s, from: from, to: limit)
        #expect(fast == slow, "from \(from) to \(limit)", sourceLocation: sourceLocation)
      }
    }
  }

  @Test func examples() {
    let words = ["山姆", "山姆·奥尔特曼", "中美", "美国", "美国人", "OpenAI", "A", "㐀㐁", "·奥"]
    let entries = words.enumerated().map { (Array($0.element.unicodeScalars), Int32($0.offset)) }
    for rootTable in [true, false] {
      let trie = EntityTrie(entries, rootTable: rootTable)
      // 美好 starts no key (美 only begins keys, and the pair filter has no 美好): the skip passes it.
      let s = Array("美好的山姆‧奥尔特曼与OpenAI中美".unicodeScalars)
      #expect(trie.nextPossibleStart(in: s, from: 0, to: s.count) == 3)
      // ‧ walks as · (the key ·奥), O starts OpenAI.
      #expect(trie.nextPossibleStart(in: s, from: 4, to: s.count) == 5)
      #expect(trie.nextPossibleStart(in: s, from: 6, to: s.count) == 11)
      #expect(trie.nextPossibleStart(in: s, from: 0, to: 2) == 2)
      #expect(trie.nextPossibleStart(in: s, from: s.count, to: s.count) == s.count)
      #expect(trie.nextPossibleStart(in: [], from: 0, to: 0) == 0)
      for text in ["美好的山姆‧奥尔特曼与OpenAI中美", "山.奥", "㐀㐁A", "美", "好美国人•奥", "AAB山姆"] {
        Self.expectAgreement(trie, Array(text.unicodeScalars))
      }
    }
  }

  @Test(arguments: [11, 12, 13])
  func randomKeysAndTexts(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let alphabet: [Unicode.Scalar] = ["山", "姆", "·", "•", "・", ".", "奥", "尔", "S", "a", " ", "😀", "特", "㐀", "\u{9FFF}", "\u{A000}", "\u{33FF}"]
    func word(_ lengths: ClosedRange<Int>) -> [Unicode.Scalar] {
      (0..<Int.random(in: lengths, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
    }
    let entries = (0..<120).map { (word(1...5), Int32($0)) }
    for rootTable in [true, false] {
      let trie = EntityTrie(entries, rootTable: rootTable)
      for _ in 0..<8 { Self.expectAgreement(trie, word(0...60)) }
    }
  }

  /// The entity lexicon's trie over the bundled corpus: the matcher's skip lands on the same
  /// positions as before.
  @Test func theLexiconOverTheCorpus() throws {
    var problems = LexiconProblems()
    let reader = LexiconReader(lexicons: .bundled, problems: &problems)
    let trie = EntityLexicon(reader: reader, problems: &problems).trie
    let ingestor = IngestFixtures.ingestor()
    var stops = 0
    for url in try PackagePaths.corpusFiles() {
      let s = try ingestor.ingest(bytes: try [UInt8](Data(contentsOf: url)), format: nil).analysis.scalars
      var i = 0
      while i < s.count {
        let fast = trie.nextPossibleStart(in: s, from: i, to: s.count)
        #expect(fast == Self.slowNext(trie, s, from: i, to: s.count), "from \(i)")
        stops += 1
        i = fast + 1
      }
    }
    #expect(stops > 1_000)
  }
}

import Testing
@testable import ZhExtract

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

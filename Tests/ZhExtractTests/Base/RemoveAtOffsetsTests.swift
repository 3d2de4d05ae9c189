import Testing
@testable import ZhExtract

/// `Array.removeAll(atOffsets:)` removes in place what the old rebuild
/// (`enumerated().filter { … }.map(\.element)`) left out, in the same order.
@Suite struct RemoveAtOffsetsTests {
  @Test func examples() {
    var letters = ["a", "b", "c", "d", "e"]
    letters.removeAll(atOffsets: { $0 == 1 || $0 == 3 })
    #expect(letters == ["a", "c", "e"])

    var none = ["a", "b"]
    none.removeAll(atOffsets: { _ in false })
    #expect(none == ["a", "b"])

    var all = ["a", "b"]
    all.removeAll(atOffsets: { _ in true })
    #expect(all.isEmpty)

    var empty: [Int] = []
    empty.removeAll(atOffsets: { _ in true })
    #expect(empty.isEmpty)
  }

  @Test func agreesWithTheFilteredCopyOnRandomFlags() {
    var generator = SeededGenerator(seed: 12)
    for _ in 0..<500 {
      let count = Int.random(in: 0..<60, using: &generator)
      let values = (0..<count).map { _ in Int.random(in: 0..<1000, using: &generator) }
      let flags = (0..<count).map { _ in Bool.random(using: &generator) }
      var inPlace = values
      inPlace.removeAll(atOffsets: { flags[$0] })
      #expect(inPlace == values.enumerated().filter { !flags[$0.offset] }.map(\.element))
    }
  }
}

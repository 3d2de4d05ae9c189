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

  /// `removeAllInPlace(where:)` asks about each element once, in order, and keeps what
  /// `removeAll(where:)` keeps, in the same order (strings: elements that are no plain bits).
  @Test func inPlaceRemovalAgreesWithRemoveAllWhere() {
    var generator = SeededGenerator(seed: 13)
    for _ in 0..<500 {
      let count = Int.random(in: 0..<60, using: &generator)
      let values = (0..<count).map { _ in "v" + String(Int.random(in: 0..<1000, using: &generator)) + String(repeating: "x", count: 20) }
      let removed = Set(values.filter { _ in Bool.random(using: &generator) })
      var asked: [String] = [], askedByStdlib: [String] = []
      var inPlace = values, stdlib = values
      inPlace.removeAllInPlace { v in
        asked.append(copy v)
        return removed.contains(v)
      }
      stdlib.removeAll { v in
        askedByStdlib.append(v)
        return removed.contains(v)
      }
      #expect(inPlace == stdlib)
      #expect(asked == askedByStdlib)
      #expect(asked == values)
    }
  }
}

/// A string for some code points (`PinyinTable`'s readings: 45,000 Han characters, 400 distinct
/// syllables), held in one array indexed by the code point: each slot is 0 (none) or the index + 1
/// of its string among the distinct ones. Read from the compiled-in table at a process's first
/// romanised name, it is filled in about 2 M instructions where a dictionary of the same entries
/// took 18 M (a hash and an insertion each), and takes 2 bytes a code point up to the largest
/// (some 400 KB) against about 1.5 MB for the dictionary.
package struct CodePointReadings: Sendable, Equatable {
  /// By code point, up to the largest with a string: 0, or the index + 1 in `strings`.
  private var slots: [UInt16] = []
  /// The distinct strings, in the order they were first given.
  private(set) var strings: [String] = []

  package init() {}

  /// The entries of `dictionary` (for the table read from ICU, and the tests).
  package init(_ dictionary: [UInt32: String]) {
    var index: [String: Int] = [:]
    for (value, string) in dictionary.sorted(by: { $0.key < $1.key }) {
      if let k = index[string] {
        set(value, toString: k)
      } else {
        let k = appendString(string)
        index[string] = k
        set(value, toString: k)
      }
    }
  }

  /// The string of `value`, if any.
  package subscript(_ value: UInt32) -> String? {
    let v = Int(value)
    guard v < slots.count else { return nil }
    let slot = slots[v]
    return slot == 0 ? nil : strings[Int(slot) - 1]
  }

  /// How many code points have a string.
  package var count: Int { slots.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

  /// Every entry, as a dictionary (what the table was made of).
  package var dictionary: [UInt32: String] {
    var out: [UInt32: String] = [:]
    for (v, slot) in slots.enumerated() where slot != 0 { out[UInt32(v)] = strings[Int(slot) - 1] }
    return out
  }

  /// Adds `string` to the distinct strings; its index, for `set(_:toString:)`. At most 65,534
  /// strings (pinyin has some 400 syllables and their spellings).
  package mutating func appendString(_ string: String) -> Int {
    precondition(strings.count < Int(UInt16.max) - 1, "more distinct readings than a slot can index")
    strings.append(string)
    return strings.count - 1
  }

  /// Gives `value` the string at `index` (from `appendString`); a later call for the same code
  /// point replaces the string, as a dictionary's assignment does.
  package mutating func set(_ value: UInt32, toString index: Int) {
    let v = Int(value)
    if v >= slots.count {
      // The array's own growth keeps the appends amortised.
      slots.append(contentsOf: repeatElement(0, count: v + 1 - slots.count))
    }
    slots[v] = UInt16(index + 1)
  }

  package static func == (a: Self, b: Self) -> Bool { a.dictionary == b.dictionary }
}

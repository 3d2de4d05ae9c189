/// What a lexicon image's section is derived from, as one number: every table's name, whether it
/// is bundled, and its text, with the ICU version given (lexicon surfaces are normalised through
/// ICU).
/// A section is read only where the run's lexicons give the digest it was made with. Not a
/// cryptographic hash: it tells a regenerated image from a stale one and a user's tables from
/// the bundled ones, reading the 1.4 MB of tables eight bytes at a time (about 1 M instructions;
/// SHA-256 would cost twenty times that at every start).
extension LexiconSet {
  package func imageDigest(icuVersion: String) -> UInt64 {
    var digest = ImageDigest()
    digest.add(Array(icuVersion.utf8))
    for name in tables.keys.sorted() {
      let table = tables[name]!
      digest.add(Array(name.utf8))
      digest.add(table.origin.hasPrefix("Lexicons/") ? [1] : [0])
      table.withUTF8 { digest.add($0) }
    }
    return digest.value
  }
}

/// A 64-bit multiply-and-rotate hash over byte strings, each closed by its length.
struct ImageDigest {
  private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

  private mutating func mix(_ word: UInt64) {
    value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
    value = (value << 31) | (value >> 33)
  }

  mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { add($0) } }

  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    let raw = UnsafeRawBufferPointer(bytes)
    var k = 0
    while k + 8 <= raw.count {
      mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)))
      k += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while k < raw.count {
      tail |= UInt64(raw[k]) << shift
      shift += 8
      k += 1
    }
    mix(tail)
    mix(UInt64(raw.count))
  }
}

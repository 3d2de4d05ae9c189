/// The Japanese given names (`person-japanese-names.tsv`, kind `given`) as a section of the
/// lexicon image: each surface normalised as documents are, with its romanisation, sorted by
/// surface and searched in place. Built from the 14,000 rows at a process's first Japanese family
/// name, the table cost some 40 M instructions (cutting the rows, normalising and hashing each
/// surface); a lookup here is a binary search of about 14 probes, and nothing is built.
///
/// The section: the entries' count, their offsets (sorted by surface, as `UInt32`s), then the
/// entries' bytes, each the surface's code points and the romanisation. The first row of a
/// surface wins, as in the table (`GivenNames`). Every read is bounds-checked: a damaged section
/// finds nothing (it never crashes), and `JapaneseGivenNameImage(image:)` refuses a malformed head.
struct JapaneseGivenNameImage: @unchecked Sendable {  // its bytes never change (the binary's, or a test's)
  static let imageSection = "japanese-given-names"

  private let offsets: UnsafeRawBufferPointer
  private let entries: UnsafeRawBufferPointer
  let count: Int

  init(image: UnsafeRawBufferPointer) throws(LexiconImageError) {
    var r = LexiconImageReader(image)
    count = try r.count()
    guard count <= image.count / 4 else { throw LexiconImageError() }
    offsets = try r.bytes(count * 4)
    entries = try r.bytes(try r.count())
    guard r.isAtEnd else { throw LexiconImageError() }
  }

  /// The section's bytes for the given names of `reader`; `nil` when the table has problems (a
  /// lexicon with problems is never imaged: the run must report them).
  static func imageBytes(reader: LexiconReader) -> [UInt8]? {
    var problems = LexiconProblems()
    let rows = reader.rows(PersonJapaneseNameRow.self, problems: &problems)
    guard problems.isEmpty else { return nil }
    return imageBytes(of: rows.filter { $0.kind == .given }, normalize: reader.surface)
  }

  /// The given names of `rows` (each surface's first row), sorted by surface.
  static func imageBytes(of rows: [PersonJapaneseNameRow], normalize: (String) -> [Unicode.Scalar]) -> [UInt8] {
    var table: [[UInt32]: String] = [:]
    for row in rows where row.kind == .given {
      let surface = normalize(row.written).map(\.value)
      if table[surface] == nil { table[surface] = row.romanized }
    }
    let sorted = table.keys.sorted { $0.lexicographicallyPrecedes($1) }
    var blob = LexiconImageWriter()
    var offsets: [UInt32] = []
    for surface in sorted {
      offsets.append(UInt32(blob.bytes.count))
      blob.array(surface)
      blob.string(table[surface]!)
    }
    var w = LexiconImageWriter()
    w.count(offsets.count)
    for offset in offsets { withUnsafeBytes(of: offset.littleEndian) { w.append(contentsOf: $0) } }
    w.count(blob.bytes.count)
    w.append(contentsOf: blob.bytes)
    return w.bytes
  }

  /// The romanisation of `surface` (normalised), or `nil` when it is no given name of the table.
  func romanized(_ surface: ArraySlice<Unicode.Scalar>) -> String? {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      guard let order = compare(entry: mid, with: surface) else { return nil }
      if order < 0 {
        low = mid + 1
      } else if order > 0 {
        high = mid
      } else {
        return try? entry(mid).romanized
      }
    }
    return nil
  }

  /// Every entry, as a table of the rows would hold it (for `JapaneseNames.givenNames`).
  var table: [[Unicode.Scalar]: String] {
    var out: [[Unicode.Scalar]: String] = [:]
    for k in 0..<count {
      guard let entry = try? entry(k) else { continue }
      out[entry.surface] = entry.romanized
    }
    return out
  }

  /// The reader at entry `k`'s bytes.
  private func reader(at k: Int) throws(LexiconImageError) -> LexiconImageReader {
    let offset = Int(UInt32(littleEndian: offsets.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self)))
    guard offset < entries.count else { throw LexiconImageError() }
    return LexiconImageReader(UnsafeRawBufferPointer(rebasing: entries[offset...]))
  }

  private func entry(_ k: Int) throws(LexiconImageError) -> (surface: [Unicode.Scalar], romanized: String) {
    var r = try reader(at: k)
    let surface = try r.scalars()
    return (surface, try r.string())
  }

  /// Entry `k`'s surface against `key`, by code point (< 0: the entry comes first); `nil` for
  /// a damaged entry.
  private func compare(entry k: Int, with key: ArraySlice<Unicode.Scalar>) -> Int? {
    guard var r = try? reader(at: k) else { return nil }
    // A count is at most Int32.max: four times it fits.
    guard let length = try? r.count(), let raw = try? r.bytes(length * 4) else { return nil }
    var i = key.startIndex
    for j in 0..<length {
      guard i < key.endIndex else { return 1 }
      let v = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: j * 4, as: UInt32.self))
      let w = key[i].value
      if v != w { return v < w ? -1 : 1 }
      i += 1
    }
    return i < key.endIndex ? -1 : 0
  }
}

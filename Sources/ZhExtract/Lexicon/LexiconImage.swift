import CLexiconImage

/// Tables derived from the lexicons ahead of time, so that a run need not derive them at start-up:
/// the bytes `Scripts/generate-lexicon-image.py` compiles into the binary (`CLexiconImage`), made
/// by `zhextract lexicon image` from the bundled tables.
///
/// The image is a list of named sections. Each holds the digest (`LexiconSet.imageDigest`) of the
/// tables and the ICU version it was derived from; a run reads a section only when its own
/// lexicons give the same digest: a user's directory laid over the tables (`--lexicons`), a table
/// edited without regenerating the image or another ICU all fall back to reading the tables.
/// `LexiconImageTests` checks that the image is what the tables give today.
package struct LexiconImage: @unchecked Sendable {  // its bytes never change (the binary's, or a test's)
  /// `ZXLI` and the format's version.
  static let magic: [UInt8] = Array("ZXLI0001".utf8)

  /// The sections by name: their digest and their bytes.
  package private(set) var sections: [String: (digest: UInt64, bytes: UnsafeRawBufferPointer)] = [:]

  /// The image compiled into the binary (empty when none was generated).
  package static let bundled = LexiconImage(UnsafeRawBufferPointer(start: zx_lexicon_image(), count: zx_lexicon_image_size()))

  /// The image in `bytes` (which must outlive it); a malformed image has no sections.
  package init(_ bytes: UnsafeRawBufferPointer) {
    var reader = LexiconImageReader(bytes)
    guard let magic = try? reader.bytes(Self.magic.count), magic.elementsEqual(Self.magic) else { return }
    do {
      let count = try reader.count()
      for _ in 0..<count {
        let name = try reader.string()
        let digest = try reader.uint64()
        let length = try reader.count()
        sections[name] = (digest, try reader.bytes(length))
      }
    } catch {
      sections = [:]
    }
  }

  /// The bytes of section `name` when it was derived from tables with `digest`.
  package func section(_ name: String, digest: UInt64) -> UnsafeRawBufferPointer? {
    guard let section = sections[name], section.digest == digest else { return nil }
    return section.bytes
  }

  /// An image of `sections` (name, digest, bytes), in that order.
  package static func bytes(of sections: [(name: String, digest: UInt64, bytes: [UInt8])]) -> [UInt8] {
    var writer = LexiconImageWriter()
    writer.append(contentsOf: magic)
    writer.count(sections.count)
    for section in sections {
      writer.string(section.name)
      writer.uint64(section.digest)
      writer.count(section.bytes.count)
      writer.append(contentsOf: section.bytes)
    }
    return writer.bytes
  }
}

/// A truncated or malformed image.
package struct LexiconImageError: Error {}

/// Writes an image's values: numbers little-endian, arrays and strings after their length.
package struct LexiconImageWriter {
  package private(set) var bytes: [UInt8] = []

  package init() {}

  mutating func append(contentsOf other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

  mutating func uint8(_ value: UInt8) { bytes.append(value) }
  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func int32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func uint32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

  /// A count or a length (at most `Int32.max`).
  mutating func count(_ value: Int) {
    precondition(value >= 0 && value <= Int(Int32.max), "an image count out of range")
    int32(Int32(value))
  }

  /// Numbers of one width, after their count.
  mutating func array<T: FixedWidthInteger>(_ values: [T]) {
    count(values.count)
    for v in values { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
  }

  mutating func string(_ value: String) {
    count(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  mutating func scalars(_ value: [Unicode.Scalar]) { array(value.map(\.value)) }
}

/// Reads what `LexiconImageWriter` wrote, in the same order; every read is bounds-checked.
package struct LexiconImageReader {
  private let base: UnsafeRawBufferPointer
  private var offset = 0

  package init(_ base: UnsafeRawBufferPointer) { self.base = base }

  package var isAtEnd: Bool { offset == base.count }

  mutating func bytes(_ count: Int) throws(LexiconImageError) -> UnsafeRawBufferPointer {
    guard count >= 0, count <= base.count - offset else { throw LexiconImageError() }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + count)])
  }

  private mutating func number<T: FixedWidthInteger>(_: T.Type) throws(LexiconImageError) -> T {
    let raw = try bytes(MemoryLayout<T>.size)
    return T(littleEndian: raw.loadUnaligned(as: T.self))
  }

  mutating func uint8() throws(LexiconImageError) -> UInt8 { try number(UInt8.self) }
  mutating func bool() throws(LexiconImageError) -> Bool { try number(UInt8.self) != 0 }
  mutating func int32() throws(LexiconImageError) -> Int32 { try number(Int32.self) }
  mutating func uint32() throws(LexiconImageError) -> UInt32 { try number(UInt32.self) }
  mutating func uint64() throws(LexiconImageError) -> UInt64 { try number(UInt64.self) }

  mutating func count() throws(LexiconImageError) -> Int {
    let value = Int(try int32())
    guard value >= 0 else { throw LexiconImageError() }
    return value
  }

  /// Numbers of one width, copied in one piece (the image is little-endian, as the hosts are).
  mutating func array<T: FixedWidthInteger>(_: T.Type) throws(LexiconImageError) -> [T] {
    let count = try count()
    guard count <= (base.count - offset) / MemoryLayout<T>.size else { throw LexiconImageError() }
    let raw = try bytes(count * MemoryLayout<T>.size)
    #if _endian(little)
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
      initialized = count
    }
    #else
    return (0..<count).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
    #endif
  }

  mutating func string() throws(LexiconImageError) -> String {
    try bytes(try count()).withMemoryRebound(to: UInt8.self) { String(decoding: $0, as: UTF8.self) }
  }

  mutating func optionalString() throws(LexiconImageError) -> String? {
    try bool() ? try string() : nil
  }

  /// Code points written by `LexiconImageWriter.scalars`, each checked, read into one array (not
  /// through an array of `UInt32`: the entity section's 8,000 words cost two allocations each).
  mutating func scalars() throws(LexiconImageError) -> [Unicode.Scalar] {
    let count = try count()
    guard count <= (base.count - offset) / 4 else { throw LexiconImageError() }
    let raw = try bytes(count * 4)
    var valid = true
    let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
      for k in 0..<count {
        let v = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: k &* 4, as: UInt32.self))
        guard let s = Unicode.Scalar(v) else {
          valid = false
          break
        }
        buffer.initializeElement(at: k, to: s)
        initialized = k + 1
      }
    }
    guard valid else { throw LexiconImageError() }
    return scalars
  }
}

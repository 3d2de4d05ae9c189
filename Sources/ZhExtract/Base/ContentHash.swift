import Crypto

/// SHA-256 as lowercase hex, from swift-crypto: the fingerprint of a document's bytes
/// (`source.sha256`), of a lexicon set and of a manifest entry.
package struct ContentHash {
  private var hasher = Crypto.SHA256()

  package init() {}

  package mutating func update(_ bytes: some Sequence<UInt8>) {
    hasher.update(data: Array(bytes))
  }

  /// The digest of everything given so far, as 64 lowercase hex digits.
  package func finalize() -> String { Self.hex(hasher.finalize()) }

  /// The digest of `bytes`, as 64 lowercase hex digits.
  package static func hex(of bytes: some Sequence<UInt8>) -> String {
    hex(Crypto.SHA256.hash(data: Array(bytes)))
  }

  private static func hex(_ digest: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for byte in digest {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Why a document could not be read at all. Each becomes an error record (SPEC Errors).
package enum IngestError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not text (binary, NUL-heavy): `reason` says what gave it away.
  case notText(reason: String)
  /// No decoder could read the bytes as the named encoding.
  case undecodable(encoding: String, byteOffset: Int)

  /// The stable `error.code` of the record.
  package var code: String {
    switch self {
    case .notText: "not-text"
    case .undecodable: "undecodable"
    }
  }

  package var description: String {
    switch self {
    case .notText(let reason): "not a text document: \(reason)"
    case .undecodable(let encoding, let offset): "cannot be decoded as \(encoding) (byte \(offset))"
    }
  }
}

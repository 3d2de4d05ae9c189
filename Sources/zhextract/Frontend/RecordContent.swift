import Foundation
import ZhExtract

/// What a JSON Lines record holds: `text` (a JSON string, so Unicode text), or `bytes` — the
/// raw bytes of a file in base64, read like a file named on the command line (any encoding,
/// any markup) — with an optional `path` for `source.path`. Exactly one of `text` and `bytes`.
enum RecordContent {
  case text(String)
  case bytes([UInt8], path: String?)

  struct Problem: Error {
    var message: String
  }

  static func read(_ record: JSONValue) -> Result<RecordContent, Problem> {
    let text = record["text"], bytes = record["bytes"], path = record["path"]
    if text != nil && bytes != nil { return .failure(Problem(message: "the record has both \"text\" and \"bytes\"; give one")) }
    if let bytes {
      guard case .string(let encoded) = bytes else { return .failure(Problem(message: "\"bytes\" must be a base64 string")) }
      guard let data = Data(base64Encoded: encoded) else {
        return .failure(Problem(message: "\"bytes\" is not base64 (RFC 4648: A–Z a–z 0–9 + /, padded with =, no line breaks)"))
      }
      switch path {
      case nil, .null?: return .success(.bytes(Array(data), path: nil))
      case .string(let path)?: return .success(.bytes(Array(data), path: path))
      default: return .failure(Problem(message: "\"path\" must be a string"))
      }
    }
    guard case .string(let string)? = text else { return .failure(Problem(message: "the record has no \"text\" string (or \"bytes\")")) }
    if path != nil { return .failure(Problem(message: "\"path\" goes with \"bytes\", not with \"text\"")) }
    return .success(.text(string))
  }
}

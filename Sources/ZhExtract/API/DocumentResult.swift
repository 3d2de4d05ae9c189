/// A document that could not be read: it still produces an output line (SPEC Errors).
public struct DocumentFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public var id: String
  /// A stable code: `not-text`, `unreadable`, `invalid-record`, …
  public var code: String
  public var message: String

  public init(id: String, code: String, message: String) {
    self.id = id
    self.code = code
    self.message = message
  }

  public var description: String { "\(id): \(message)" }
}

/// One line of output: a document, or the error record of one that failed.
public enum DocumentResult: Sendable {
  case document(ExtractedDocument)
  case failure(DocumentFailure)

  public var id: String {
    switch self {
    case .document(let d): d.id
    case .failure(let f): f.id
    }
  }
}

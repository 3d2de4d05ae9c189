/// Something odd about a document that a person should know of (SPEC `warnings`): bytes
/// replaced, input truncated, a date left unresolved. `code` is stable and kebab-case
/// (`ingest.undecodable-bytes`); `message` says what happened and where.
public struct DocumentWarning: Hashable, Sendable, CustomStringConvertible {
  public var code: String
  public var message: String

  package init(_ warning: ExtractionWarning) {
    code = warning.code
    message = warning.message
  }

  public var description: String { message }
}

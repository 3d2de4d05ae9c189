/// Something odd about a document that a person should know of (SPEC `warnings`): bytes
/// replaced, input truncated, a date left unresolved. `code` is stable and kebab-case
/// (`ingest.undecodable-bytes`); `message` says what happened and where; `start` and `end`
/// give the place, when it has one, as code points of the original text (end exclusive).
public struct DocumentWarning: Hashable, Sendable, CustomStringConvertible {
  public var code: String
  public var message: String
  public var start: Int?
  public var end: Int?

  package init(_ warning: ExtractionWarning) {
    code = warning.code
    message = warning.message
    start = warning.start
    end = warning.end
  }

  public var description: String { message }
}

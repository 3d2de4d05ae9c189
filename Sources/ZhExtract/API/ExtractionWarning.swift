/// Something odd about a document that a person should know of: bytes replaced, input
/// truncated, a date left unresolved. Written to the output's `warnings` as `message`.
///
/// Each stage declares the warnings it can raise as static factories next to the code that
/// raises them (`ExtractionWarning.undecodableBytes(at:encoding:)`), so the texts are data.
public struct ExtractionWarning: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A stable, kebab-case code (`ingest.undecodable-bytes`).
  public var code: String
  /// What happened, for a person, with the place in the input where it applies.
  public var message: String

  public init(code: String, message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}

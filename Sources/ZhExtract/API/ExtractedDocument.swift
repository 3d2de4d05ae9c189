/// The extraction of one document: the object of SPEC `zhextract/1`.
public struct ExtractedDocument: Sendable, Codable {
  public static let schema = "zhextract/1"

  public var id: String
  public var source: SourceInfo
  public var meta: DocumentMeta
  public var money: [MoneyMention]
  public var dates: [DateMention]
  public var entities: [EntityMention]
  public var warnings: [ExtractionWarning]

  public var json: JSONValue {
    .object([
      ("schema", .string(Self.schema)),
      ("id", .string(id)),
      ("source", source.json),
      ("meta", meta.json),
      ("money", .array(money.map(\.json))),
      ("dates", .array(dates.map(\.json))),
      ("entities", .array(entities.map(\.json))),
      ("warnings", .array(warnings.map { .string($0.message) })),
    ])
  }
}

/// Where a document came from and how it was read (SPEC `source`).
public struct SourceInfo: Hashable, Sendable, Codable {
  /// The path as given on the command line; `nil` for text handed in directly.
  public var path: String?
  /// SHA-256 of the input bytes, lowercase hex.
  public var sha256: String
  public var bytes: Int
  /// What the bytes were decoded from: `UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, …
  public var encoding: String
  /// `text`, `markdown` or `html`.
  public var format: String

  public var json: JSONValue {
    .object([
      ("path", JSONValue(path)), ("sha256", .string(sha256)), ("bytes", JSONValue(bytes)),
      ("encoding", .string(encoding)), ("format", .string(format)),
    ])
  }
}

/// What the document says about itself (SPEC `meta`).
public struct DocumentMeta: Hashable, Sendable, Codable {
  public var title: String?
  /// ISO 8601 publication date/time, from the caller or the document itself.
  public var published: String?
  /// `hans`, `hant` or `mixed`.
  public var script: String

  public var json: JSONValue {
    .object([("title", JSONValue(title)), ("published", JSONValue(published)), ("script", .string(script))])
  }
}

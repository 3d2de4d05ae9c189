/// The extraction of one document: the object of SPEC `zhextract/2`.
public struct ExtractedDocument: Sendable {
  public static let schema = "zhextract/2"

  public var id: String
  public var source: SourceInfo
  public var meta: DocumentMeta
  public var money: [MoneyMention]
  public var dates: [DateMention]
  public var entities: [EntityMention]
  public var warnings: [DocumentWarning]
  /// The kinds searched for (`ExtractorOptions.kinds`): only their lists are written.
  public var kinds: Set<ExtractionKind> = ExtractionKind.all
  /// The distinct entities with their mention counts, when asked for
  /// (`ExtractorOptions.entitySummary`).
  public var entitySummary: [EntitySummary]?
}

/// Where a document came from and how it was read (SPEC `source`).
public struct SourceInfo: Hashable, Sendable {
  /// The path as given on the command line; `nil` for text handed in directly.
  public var path: String?
  /// SHA-256 of the input bytes, lowercase hex.
  public var sha256: String
  public var bytes: Int
  /// What the bytes were decoded from: `UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, …
  public var encoding: String
  /// `text`, `markdown` or `html`.
  public var format: String
}

/// What the document says about itself (SPEC `meta`).
public struct DocumentMeta: Hashable, Sendable {
  public var title: String?
  /// ISO 8601 publication date/time, from the caller or the document itself.
  public var published: String?
  /// `hans`, `hant` or `mixed`.
  public var script: String
}

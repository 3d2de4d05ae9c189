/// The extraction of one document: the object of SPEC `zhextract/2`.
public struct ExtractedDocument: Sendable {
  public static let schema = "zhextract/2"

  public var id: String
  public var source: SourceInfo
  public var meta: DocumentMeta
  public var money: [MoneyMention] {
    get { moneyMentions.mentions }
    set { moneyMentions = MentionStore(newValue) }
  }
  public var dates: [DateMention] {
    get { dateMentions.mentions }
    set { dateMentions = MentionStore(newValue) }
  }
  public var entities: [EntityMention] {
    get { entityMentions.mentions }
    set { entityMentions = MentionStore(newValue) }
  }
  /// The mentions as an extraction holds them: records whose surfaces are cut from the text
  /// when they are written (the public lists are built from them on first use).
  package var moneyMentions: MentionStore<MoneyMentionRecords>
  package var dateMentions: MentionStore<DateMentionRecords>
  package var entityMentions: MentionStore<EntityMentionRecords>
  public var warnings: [DocumentWarning]
  /// The kinds searched for (`ExtractorOptions.kinds`): only their lists are written.
  public var kinds: Set<ExtractionKind> = ExtractionKind.all
  /// The distinct entities with their mention counts, when asked for
  /// (`ExtractorOptions.entitySummary`).
  public var entitySummary: [EntitySummary]?

  package init(
    id: String, source: SourceInfo, meta: DocumentMeta, moneyMentions: MentionStore<MoneyMentionRecords>,
    dateMentions: MentionStore<DateMentionRecords>, entityMentions: MentionStore<EntityMentionRecords>, warnings: [DocumentWarning],
    kinds: Set<ExtractionKind>, entitySummary: [EntitySummary]?
  ) {
    self.id = id
    self.source = source
    self.meta = meta
    self.moneyMentions = moneyMentions
    self.dateMentions = dateMentions
    self.entityMentions = entityMentions
    self.warnings = warnings
    self.kinds = kinds
    self.entitySummary = entitySummary
  }
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

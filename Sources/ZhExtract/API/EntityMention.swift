/// One named entity as the output reports it (SPEC `entities`).
public struct EntityMention: Hashable, Sendable {
  public var text: String
  public var start: Int
  public var end: Int
  public var normalized: String?
  /// The text around it, when asked for (`ExtractorOptions.contextLength`).
  public var context: MentionContext?
  /// `person`, `organization`, `product`, `location`.
  public var type: String
  /// Stable id shared by every surface form of the entity in the document.
  public var id: String
  /// English name when known.
  public var name: String?
  /// Simplified Chinese name when known.
  public var nameZh: String?
  /// `lexicon`, `pattern` or `alias`.
  public var source: String
  /// The rule that found it (`EntityRule`), for rule examples and diagnostics; not part of
  /// the JSON contract (`zhextract/2`).
  package var rule: String

  package init(_ finding: Finding<EntityValue>) {
    let span = finding.span, record = finding.value.record
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    type = record.kind.rawValue; id = record.id; name = record.name; nameZh = record.nameZh
    source = finding.value.source
    rule = finding.value.rule.rawValue
  }
}

/// One named entity as the output reports it (SPEC `entities`).
public struct EntityMention: Hashable, Sendable, Codable {
  public var text: String
  public var start: Int
  public var end: Int
  public var normalized: String?
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

  public init(span: LocatedSpan, type: String, id: String, name: String?, nameZh: String?, source: String) {
    text = span.text; start = span.start; end = span.end; normalized = span.normalized
    self.type = type; self.id = id; self.name = name; self.nameZh = nameZh; self.source = source
  }

  public var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("type", .string(type)), ("id", .string(id)), ("name", JSONValue(name)),
      ("nameZh", JSONValue(nameZh)), ("source", .string(source)),
    ])
  }
}

/// What a document is written in (SPEC `source.format`).
public enum MarkupFormat: String, Sendable, CaseIterable, Codable {
  case text, markdown, html
}

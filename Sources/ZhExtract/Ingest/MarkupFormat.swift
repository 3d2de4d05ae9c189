/// What a document is written in (SPEC `source.format`).
package enum MarkupFormat: String, Sendable, CaseIterable, Codable {
  case text, markdown, html
}

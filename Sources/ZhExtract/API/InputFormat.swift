/// What a document is written in, when the caller knows better than detection (SPEC
/// `source.format`).
public enum InputFormat: String, Sendable, CaseIterable {
  case text, markdown, html

  package var markup: MarkupFormat {
    switch self {
    case .text: .text
    case .markdown: .markdown
    case .html: .html
    }
  }
}

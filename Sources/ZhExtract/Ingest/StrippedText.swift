/// The visible text of a document once markup is gone, mapped to the decoded text.
package struct StrippedText: Sendable {
  /// Visible text: tags, comments, scripts and front matter removed, references decoded;
  /// folded (NFKC, white space, invisibles) when the stripper was given a `FoldingTable`.
  package var scalars: [Unicode.Scalar]
  /// Maps `scalars` to the decoded (original) text.
  package var map: OffsetMap
  package var format: MarkupFormat
  /// The title the markup states (front matter `title:`, `<title>`, `<h1>`), if any.
  package var title: String?
  /// Front matter keys and their values (`date`, `title`, …), as written.
  package var frontMatter: [String: String]
  package var warnings: [ExtractionWarning]
}

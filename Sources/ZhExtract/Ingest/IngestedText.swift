/// A document read, stripped and normalised: what the extractors and `meta` are built from.
package struct IngestedText: Sendable {
  package var analysis: AnalysisText
  package var encoding: String
  package var format: MarkupFormat
  package var title: String?
  package var frontMatter: [String: String]
  /// `hans`, `hant` or `mixed`.
  package var script: String
  package var warnings: [ExtractionWarning]
}

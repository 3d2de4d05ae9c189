/// Finds the publication date a document states about itself (front matter, byline …).
package struct PublicationDateDetector: Sendable {
  package init() {}

  /// ISO 8601, or `nil` when the document states none.
  package func detect(_ text: IngestedText, warnings: inout [ExtractionWarning]) -> String? { nil }
}

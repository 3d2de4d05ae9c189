/// Finds people, organisations, products and places and links their surface forms.
package struct EntityExtractor: Sendable {
  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {}

  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning]) -> [EntityMention] { [] }
}

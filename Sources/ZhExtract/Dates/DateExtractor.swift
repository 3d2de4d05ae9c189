/// Finds every date in analysis text and resolves it against the publication date.
package struct DateExtractor: Sendable {
  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {}

  package func extract(_ text: AnalysisText, context: ExtractionContext, warnings: inout [ExtractionWarning]) -> [DateMention] { [] }
}

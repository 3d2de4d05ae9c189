/// Finds every monetary figure in analysis text.
package struct MoneyExtractor: Sendable {
  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {}

  package func extract(_ text: AnalysisText, warnings: inout [ExtractionWarning]) -> [MoneyMention] { [] }
}

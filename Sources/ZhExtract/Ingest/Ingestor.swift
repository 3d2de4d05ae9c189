/// Bytes → decoded text → visible text → analysis text, with one offset map to the original.
package struct Ingestor: Sendable {
  package let normalizer: Normalizer

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    normalizer = Normalizer(lexicons: lexicons, problems: &problems)
  }

  package func ingest(bytes: [UInt8], format: MarkupFormat?) throws(IngestError) -> IngestedText {
    ingest(decoded: try ByteDecoder.decode(bytes), format: format)
  }

  package func ingest(text: String, format: MarkupFormat?) -> IngestedText {
    ingest(decoded: DecodedText(scalars: Array(text.unicodeScalars), encoding: "UTF-8", warnings: []), format: format)
  }

  private func ingest(decoded: DecodedText, format: MarkupFormat?) -> IngestedText {
    let stripped = MarkupStripper.strip(decoded.scalars, format: format)
    let (scalars, normalizedMap) = normalizer.normalize(stripped.scalars)
    let map = normalizedMap.composed(over: stripped.map)
    let analysis = AnalysisText(scalars: scalars, original: decoded.scalars, offsetMap: map)
    return IngestedText(
      analysis: analysis, encoding: decoded.encoding, format: stripped.format, title: stripped.title,
      frontMatter: stripped.frontMatter, script: ScriptDetector.script(of: decoded.scalars),
      warnings: decoded.warnings + stripped.warnings)
  }
}

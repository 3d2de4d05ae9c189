/// Bytes → decoded text → visible text → analysis text, with one offset map to the original.
///
/// 1. `ByteDecoder`: bytes → code points (the original text every output offset counts in).
/// 2. `MarkupStripper`: detects text / Markdown / HTML and keeps only the visible text,
///    collecting front matter, `<meta>` pairs and the title.
/// 3. `Normalizer`: NFKC, white space, invisibles, Traditional→Simplified; its counts give
///    `ScriptDetector` the script.
package struct Ingestor: Sendable {
  package let normalizer: Normalizer
  package let titleFinder: TitleFinder

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    normalizer = Normalizer(lexicons: lexicons, problems: &problems)
    titleFinder = TitleFinder(lexicons: lexicons, problems: &problems)
  }

  package func ingest(bytes: [UInt8], format: MarkupFormat?) throws(IngestError) -> IngestedText {
    ingest(decoded: try ByteDecoder.decode(bytes), format: format)
  }

  package func ingest(text: String, format: MarkupFormat?) -> IngestedText {
    ingest(decoded: DecodedText(scalars: Array(text.unicodeScalars), encoding: "UTF-8", warnings: []), format: format)
  }

  package func ingest(decoded: DecodedText, format: MarkupFormat?) -> IngestedText {
    let stripped = MarkupStripper.strip(decoded.scalars, format: format)
    let normalized = normalizer.normalize(stripped.scalars, over: stripped.map)
    let analysis = AnalysisText(scalars: normalized.scalars, original: decoded.scalars, offsetMap: normalized.map)
    let title = stripped.title ?? titleFinder.title(in: stripped.scalars)
    return IngestedText(
      analysis: analysis, encoding: decoded.encoding, format: stripped.format, title: title,
      frontMatter: stripped.frontMatter, script: ScriptDetector.script(normalized.counts).rawValue,
      warnings: decoded.warnings + stripped.warnings)
  }
}

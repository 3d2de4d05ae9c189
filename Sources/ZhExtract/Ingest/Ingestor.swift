/// Bytes → decoded text → visible text → analysis text, with one offset map to the original.
///
/// 1. `ByteDecoder`: bytes → code points (the original text every output offset counts in).
/// 2. `MarkupStripper`: detects text / Markdown / HTML and keeps only the visible text,
///    collecting front matter, `<meta>` pairs and the title; in the same pass it folds the
///    text with the `Normalizer`'s `FoldingTable` (NFKC, white space, invisibles).
/// 3. The `Normalizer`'s `TraditionalToSimplified`, in place; its counts give
///    `ScriptDetector` the script.
package struct Ingestor: Sendable {
  package let normalizer: Normalizer
  package let titleFinder: TitleFinder

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    normalizer = Normalizer(lexicons: lexicons, problems: &problems)
    titleFinder = TitleFinder(lexicons: lexicons, problems: &problems)
  }

  package func ingest(bytes: [UInt8], format: MarkupFormat?) throws(IngestError) -> IngestedText {
    ingest(decoded: try ByteDecoder.decode(bytes), format: format, bytes: bytes)
  }

  /// `ingest(bytes:format:)` for bytes handed over (passed with `consume`): they are freed as soon
  /// as they are decoded, before the markup is stripped, instead of living beside the decoded and
  /// the visible text until the original text is made (a 20 MB document's 20 MB at the ingest's
  /// peak, which they set). The original text is then an overlay on the analysis text, or, when
  /// that would not be far smaller, the decoded text encoded as UTF-8 again (what the bytes were,
  /// when they were UTF-8: the same text either way).
  package func ingest(taking bytes: consuming [UInt8], format: MarkupFormat?) throws(IngestError) -> IngestedText {
    let decoded = try ByteDecoder.decode(bytes)
    // The length of the text's UTF-8, which the overlay is weighed against: the bytes' own when they
    // are that UTF-8 (not counted again from the code points).
    let utf8Count = decoded.bytesAreItsUTF8 ? bytes.count : nil
    _ = consume bytes
    return ingest(decoded: decoded, format: format, utf8Count: utf8Count)
  }

  /// A `String`'s code points are the decoding of its UTF-8, exactly: `utf8` (its bytes, when
  /// the caller holds them already) becomes the original text's storage instead of the code
  /// points being encoded again (48 instructions a code point of every JSON Lines record).
  ///
  /// The code points are decoded from those bytes by `ByteDecoder`'s UTF-8 loop, not copied out of
  /// `text.unicodeScalars` (which counted them, then copied them one by one: some 26 instructions
  /// a byte of every JSON Lines record). A `String` holds valid UTF-8, so both give the same code
  /// points (`IngestorTests` checks it).
  package func ingest(text: String, format: MarkupFormat?, utf8: [UInt8]? = nil) -> IngestedText {
    let bytes = utf8 ?? Array(text.utf8)
    var decoded = DecodedText(scalars: Self.codePoints(ofValidUTF8: bytes), encoding: "UTF-8", warnings: [])
    decoded.bytesAreItsUTF8 = true
    return ingest(decoded: decoded, format: format, bytes: bytes)
  }

  /// The code points of `bytes`, which are valid UTF-8 (a `String`'s): what `unicodeScalars` gives.
  static func codePoints(ofValidUTF8 bytes: [UInt8]) -> [Unicode.Scalar] {
    ByteDecoder.decodeUTF8(bytes, from: 0).scalars
  }

  /// `bytes`: what `decoded` was read from, kept as the original text when they are its UTF-8.
  /// `utf8Count`: the length of the decoded text's UTF-8, when it is known.
  package func ingest(decoded: DecodedText, format: MarkupFormat?, bytes: [UInt8]? = nil, utf8Count: Int? = nil) -> IngestedText {
    // Markup stripping and folding (NFKC, spaces, invisibles) in one pass, then
    // Traditional→Simplified in place (it keeps the length, so the map stands).
    var visible = MarkupStripper.strip(decoded.scalars, format: format, folding: normalizer.folding)
    let counts = normalizer.converter.convert(&visible.scalars)
    // The original as an overlay on the analysis text when that is far smaller than its UTF-8 (the
    // input bytes, then, need not outlive the ingest).
    let original = OriginalText(
      decoded.scalars, over: visible.scalars, map: visible.map, sharing: bytes, knownEqual: decoded.bytesAreItsUTF8, utf8Count: utf8Count)
    let analysis = AnalysisText(scalars: visible.scalars, original: original, offsetMap: visible.map)
    let title = visible.title ?? titleFinder.titleLine(in: visible.scalars).map { analysis.locate(TextSpan($0.lowerBound, $0.upperBound)).text }
    var warnings = decoded.warnings + visible.warnings
    if !analysis.scalars.contains(where: { !$0.properties.isWhitespace && $0.value != 0 }) {
      warnings.append(decoded.scalars.isEmpty ? .emptyDocument() : .noVisibleText(decoded.scalars.count, format: visible.format))
    }
    return IngestedText(
      analysis: analysis, encoding: decoded.encoding, format: visible.format, title: title,
      frontMatter: visible.frontMatter, script: ScriptDetector.script(counts).rawValue,
      warnings: warnings)
  }
}

extension ExtractionWarning {
  /// Nothing at all to read (0 bytes, or only a byte-order mark).
  package static func emptyDocument() -> ExtractionWarning {
    ExtractionWarning(code: "ingest.empty", message: "the document is empty: no text to extract from")
  }

  /// Only white space, or only markup, in the document.
  package static func noVisibleText(_ count: Int, format: MarkupFormat) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.no-visible-text",
      message:
        "the document's \(count) code points hold no visible text (only white space\(format == .text ? "" : " and \(format.rawValue) markup")); nothing to "
        + "extract"
    )
  }
}

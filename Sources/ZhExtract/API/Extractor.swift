import Foundation

/// Options for building an `Extractor`.
public struct ExtractorOptions: Sendable {
  /// A directory of `.tsv` tables laid over the bundled lexicons (`--lexicons`).
  public var lexiconDirectory: URL?
  /// The articles' local time zone in minutes east of UTC; day-level expressions are
  /// resolved in it. Default +480 (UTC+8: mainland China, Hong Kong, Taiwan).
  public var timeZoneOffsetMinutes: Int

  public init(lexiconDirectory: URL? = nil, timeZoneOffsetMinutes: Int = 480) {
    self.lexiconDirectory = lexiconDirectory
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
  }
}

/// The whole pipeline, built once from the lexicons and reused for every document.
/// Thread-safe: one `Extractor` may serve many documents at once.
///
/// ```swift
/// let extractor = try Extractor()
/// let result = extractor.extract(text: "公司去年营收120亿元。", id: "note-1", published: "2025-12-13")
/// if case .document(let doc) = result {
///   print(doc.money.first?.amount)   // Optional(12000000000)
/// }
/// print(result.jsonText())           // the SPEC JSON line
/// ```
public final class Extractor: Sendable {
  public let options: ExtractorOptions
  /// At most this many warnings of one code per document, then one that counts the rest: a
  /// file of 100,000 impossible dates gets a readable list, not 100,000 lines.
  public static let warningsPerCode = 20
  /// SHA-256 of the effective lexicons: changes exactly when a table does.
  public let lexiconFingerprint: String

  package let ingestor: Ingestor
  package let money: MoneyExtractor
  package let dates: DateExtractor
  package let publication: PublicationDateDetector
  package let entities: EntityExtractor

  /// Loads the bundled lexicons, overlaid with `options.lexiconDirectory`. Every problem in
  /// every table is reported at once.
  public convenience init(options: ExtractorOptions = ExtractorOptions()) throws(LexiconLoadError) {
    try self.init(lexicons: LexiconSet.bundled(overlaidWith: options.lexiconDirectory), options: options)
  }

  public init(lexicons: LexiconSet, options: ExtractorOptions = ExtractorOptions()) throws(LexiconLoadError) {
    var problems = LexiconProblems()
    self.options = options
    ingestor = Ingestor(lexicons: lexicons, problems: &problems)
    money = MoneyExtractor(lexicons: lexicons, problems: &problems)
    dates = DateExtractor(lexicons: lexicons, problems: &problems)
    entities = EntityExtractor(lexicons: lexicons, problems: &problems)
    publication = PublicationDateDetector(scanner: dates.scanner)
    if !problems.isEmpty { throw LexiconLoadError(problems: problems.all) }
    lexiconFingerprint = lexicons.fingerprint
  }

  /// Extracts from the raw bytes of a file (any supported encoding and markup).
  /// - Parameters:
  ///   - id: the document's id in the output (for files: the path relative to the root).
  ///   - path: the path to report in `source.path`.
  ///   - published: ISO 8601 publication date; overrides what the text states.
  ///   - format: overrides markup detection.
  public func extract(bytes: [UInt8], id: String, path: String? = nil, published: String? = nil, format: MarkupFormat? = nil) -> DocumentResult {
    let ingested: IngestedText
    do {
      ingested = try ingestor.ingest(bytes: bytes, format: format)
    } catch {
      return .failure(DocumentFailure(id: id, code: error.code, message: "\(path ?? id): \(error)"))
    }
    return .document(extract(ingested, id: id, path: path, bytes: bytes, published: published))
  }

  /// Extracts from text already in memory (reported as UTF-8).
  public func extract(text: String, id: String, published: String? = nil, format: MarkupFormat? = nil) -> DocumentResult {
    let ingested = ingestor.ingest(text: text, format: format)
    return .document(extract(ingested, id: id, path: nil, bytes: Array(text.utf8), published: published))
  }

  private func extract(_ ingested: IngestedText, id: String, path: String?, bytes: [UInt8], published: String?) -> ExtractedDocument {
    var warnings = ingested.warnings
    let stated = publication.detect(ingested, warnings: &warnings)
    // The caller's date wins; written as SPEC writes stamps when it is ISO 8601 at all.
    let given = published.map { PublicationDateDetector.normalizedStamp($0) ?? $0 }
    let context = ExtractionContext(published: given ?? stated, timeZoneOffsetMinutes: options.timeZoneOffsetMinutes)
    let text = ingested.analysis
    let moneyMentions = money.extract(text, warnings: &warnings).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    let dateMentions = dates.extract(text, context: context, warnings: &warnings).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    let entityMentions = entities.extract(text, warnings: &warnings).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    return ExtractedDocument(
      id: id,
      source: SourceInfo(
        path: path, sha256: SHA256.hash(bytes).hexString, bytes: bytes.count,
        encoding: ingested.encoding, format: ingested.format.rawValue),
      meta: DocumentMeta(title: ingested.title, published: context.published, script: ingested.script),
      money: moneyMentions, dates: dateMentions, entities: entityMentions,
      warnings: ExtractionWarning.limited(warnings, perCode: Self.warningsPerCode))
  }
}

extension Extractor {
  /// The analysis text of a document: what the extractors read, with its offset map.
  public func analysisText(bytes: [UInt8], format: MarkupFormat? = nil) throws(IngestError) -> AnalysisText {
    try ingestor.ingest(bytes: bytes, format: format).analysis
  }
}

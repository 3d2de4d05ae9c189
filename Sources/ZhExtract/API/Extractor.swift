import Foundation

/// Options for building an `Extractor`.
public struct ExtractorOptions: Sendable {
  /// A directory of `.tsv` tables laid over the bundled lexicons (`--lexicons`).
  public var lexiconDirectory: URL?
  /// The articles' local time zone in minutes east of UTC; day-level expressions are
  /// resolved in it. Default +480 (UTC+8: mainland China, Hong Kong, Taiwan).
  public var timeZoneOffsetMinutes: Int
  /// Which mentions to look for; the others are neither searched nor written (`--kinds`).
  public var kinds: Set<ExtractionKind>
  /// Code points of surrounding text to give each mention as `context` (0: none; `--context`).
  public var contextLength: Int
  /// Add `entitySummary`, the distinct entities with their mention counts (`--entity-summary`).
  public var entitySummary: Bool

  public init(
    lexiconDirectory: URL? = nil, timeZoneOffsetMinutes: Int = 480, kinds: Set<ExtractionKind> = ExtractionKind.all,
    contextLength: Int = 0, entitySummary: Bool = false
  ) {
    self.lexiconDirectory = lexiconDirectory
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    self.kinds = kinds
    self.contextLength = contextLength
    self.entitySummary = entitySummary
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
  /// SHA-256 of the effective lexicons: changes exactly when a table does. Computed on first
  /// use (batch manifests and the service ask for it; a one-file run does not).
  public var lexiconFingerprint: String { fingerprint.value }
  private let fingerprint: LexiconFingerprint

  package let ingestor: Ingestor
  package let dates: DateExtractor
  package let publication: PublicationDateDetector
  /// The money and entity stages, built at start only when `options.kinds` asks for them (a
  /// money-only or dates-only run never builds the entity tables); otherwise on first use.
  private let moneyStage: StageOnDemand<MoneyExtractor>
  private let entityStage: StageOnDemand<EntityExtractor>
  package var money: MoneyExtractor { moneyStage.value }
  package var entities: EntityExtractor { entityStage.value }
  /// Whether the entity stage has been built (for tests of what a run builds).
  package var entitiesBuilt: Bool { entityStage.isBuilt }
  package var moneyBuilt: Bool { moneyStage.isBuilt }

  /// Loads the bundled lexicons, overlaid with `options.lexiconDirectory`. Every problem in
  /// every table is reported at once.
  public convenience init(options: ExtractorOptions = ExtractorOptions()) throws(LexiconLoadError) {
    do {
      try self.init(lexicons: LexiconSet.bundled(overlaidWith: options.lexiconDirectory), options: options)
    } catch {
      throw LexiconLoadError(error)
    }
  }

  package init(lexicons: LexiconSet, options: ExtractorOptions = ExtractorOptions()) throws(LexiconFailure) {
    var problems = LexiconProblems()
    self.options = options
    ingestor = Ingestor(lexicons: lexicons, problems: &problems)
    // Every stage reads its tables through one reader, which normalises each lexicon
    // surface as the ingestor normalises documents.
    let reader = LexiconReader(lexicons: lexicons, normalizer: ingestor.normalizer)
    // The entity tables take as long to build as all the others together: they are read on a
    // second core while this one builds the money and date tables, then the entity lexicon's
    // name models. (The word dictionary is built after both, with the entity stage: built beside
    // the entity tables, its 8 MB pair table raised peak RSS by 5 MB.) Problems are reported in
    // one order however the two interleave. A stage the run does not ask for is not built (nor
    // are its tables read): the dates are always built, for the publication date.
    let (wantsMoney, wantsEntities) = (options.kinds.contains(.money), options.kinds.contains(.entities))
    // The entity tables come from the lexicon image compiled into the binary when it was made
    // from these very lexicons (no `--lexicons` laid over them); otherwise from the tables. Read
    // from the image they are light (42 M instructions against the name models' 110 M), and the
    // money tables are built beside them instead.
    // The currency forms likewise (`CurrencyLexicon.imageSection`: 92 M instructions built from
    // the tables, about 1 M read). One digest of the lexicons serves both sections.
    let imageDigest = wantsEntities || wantsMoney ? EntityLexicon.imageDigest(of: lexicons) : nil
    let entityImage = wantsEntities ? imageDigest.flatMap { LexiconImage.bundled.section(EntityLexicon.imageSection, digest: $0) } : nil
    let currencyImage = wantsMoney ? imageDigest.flatMap { LexiconImage.bundled.section(CurrencyLexicon.imageSection, digest: $0) } : nil
    let namesImage = wantsEntities ? imageDigest.flatMap { LexiconImage.bundled.section(EntityNameModels.imageSection, digest: $0) } : nil
    let cueImage = wantsEntities ? imageDigest.flatMap { LexiconImage.bundled.section(EntityCueRow.imageSection, digest: $0) } : nil
    let givenImage = wantsEntities ? imageDigest.flatMap { LexiconImage.bundled.section(JapaneseGivenNameImage.imageSection, digest: $0) } : nil
    let moneyBesideEntities = wantsMoney && entityImage != nil
    let (built, besideEntities) = bothAtOnce(
      {
        var problems = LexiconProblems()
        // The last entity tables the other core reads, cut into rows here first (this core has
        // the lighter load): the other finds them cut when it comes to them.
        if wantsEntities, entityImage == nil { Self.cutLastEntityTables(of: lexicons) }
        let money = wantsMoney && !moneyBesideEntities ? MoneyExtractor(reader: reader, currencyImage: currencyImage, problems: &problems) : nil
        let dates = DateExtractor(reader: reader, problems: &problems)
        let models = wantsEntities ? EntityNameModels(reader: reader, image: namesImage, cueImage: cueImage, givenImage: givenImage) : nil
        // With the entity tables from the image, the other core (the image and the money tables,
        // 139 M instructions) is the longer: the word dictionary (29 M) is built here meanwhile
        // instead of after both.
        if wantsEntities, entityImage != nil { _ = WordDictionary.shared }
        return (money: money, dates: dates, models: models, problems: problems)
      },
      {
        let tables = wantsEntities ? EntityLexicon.tables(reader: reader, imageSection: entityImage) : nil
        var problems = LexiconProblems()
        let money = moneyBesideEntities ? MoneyExtractor(reader: reader, currencyImage: currencyImage, problems: &problems) : nil
        return (tables: tables, money: money, moneyProblems: problems)
      })
    let entityTables = besideEntities.tables
    dates = built.dates
    var entityProblems = LexiconProblems()
    var entities: EntityExtractor?
    if let tables = entityTables, let models = built.models {
      entities = EntityExtractor(lexicon: EntityLexicon(tables, models: models, problems: &entityProblems))
    }
    // A stage built later reads the same tables; their problems could no longer be reported
    // (`Extractor.init` has returned), so a run that needs it builds it here, above.
    moneyStage = StageOnDemand(built.money ?? besideEntities.money) {
      var ignored = LexiconProblems()
      let image = LexiconImage.bundled.section(CurrencyLexicon.imageSection, digest: EntityLexicon.imageDigest(of: lexicons))
      return MoneyExtractor(reader: reader, currencyImage: image, problems: &ignored)
    }
    entityStage = StageOnDemand(entities) {
      var ignored = LexiconProblems()
      return EntityExtractor(reader: reader, problems: &ignored)
    }
    // Money's problems first, wherever it was built, then the dates' (and the entities').
    problems.report(contentsOf: besideEntities.moneyProblems)
    problems.report(contentsOf: built.problems)
    problems.report(contentsOf: entityProblems)
    publication = PublicationDateDetector(scanner: dates.scanner)
    if !problems.isEmpty { throw LexiconFailure(problems: problems.all) }
    fingerprint = LexiconFingerprint(lexicons)
  }

  /// Cuts into rows the entity tables that `EntityLexicon.tables` reads last (it reads them in
  /// order of name), back to front, up to about 400 KB of text: a fifth of what the entity core
  /// reads. Each table is cut once, by whichever core asks first.
  private static func cutLastEntityTables(of lexicons: LexiconSet) {
    var bytes = 0
    for table in lexicons.tables(prefixed: "entities-").reversed() where bytes < 400_000 {
      bytes += table.byteCount
      _ = table.rows.count
    }
  }

  /// Extracts from the raw bytes of a file (any supported encoding and markup).
  /// - Parameters:
  ///   - id: the document's id in the output (for files: the path relative to the root).
  ///   - path: the path to report in `source.path`.
  ///   - published: ISO 8601 publication date; overrides what the text states.
  ///   - format: overrides markup detection.
  ///
  /// The bytes are taken: passed with `consume` (or as a temporary), they are freed as soon as the
  /// document is read, not kept until its mentions are found.
  public func extract(bytes: consuming [UInt8], id: String, path: String? = nil, published: String? = nil, format: InputFormat? = nil) -> DocumentResult {
    extract(bytes: consume bytes, id: id, path: path, published: published, markup: format?.markup)
  }

  /// Extracts from text already in memory (reported as UTF-8).
  public func extract(text: String, id: String, published: String? = nil, format: InputFormat? = nil) -> DocumentResult {
    extract(text: text, id: id, published: published, markup: format?.markup)
  }

  package func extract(bytes: consuming [UInt8], id: String, path: String? = nil, published: String? = nil, markup: MarkupFormat?) -> DocumentResult {
    // Taken before the bytes are handed to the ingest, which frees them once decoded.
    let input = InputDigest(sha256: ContentHash.hex(of: bytes), count: bytes.count)
    let ingested: IngestedText
    do {
      ingested = try ingestor.ingest(taking: consume bytes, format: markup)
    } catch {
      return .failure(DocumentFailure(id: id, code: error.code, message: "\(path ?? id): \(error)"))
    }
    return .document(extract(ingested, id: id, path: path, input: input, published: published))
  }

  package func extract(text: String, id: String, published: String? = nil, markup: MarkupFormat?) -> DocumentResult {
    var bytes = Array(text.utf8)
    let ingested = ingestor.ingest(text: text, format: markup, utf8: bytes)
    let input = InputDigest(sha256: ContentHash.hex(of: bytes), count: bytes.count)
    bytes = []
    return .document(extract(ingested, id: id, path: nil, input: input, published: published))
  }

  /// What the output tells of the input bytes: their SHA-256 and their number.
  private struct InputDigest {
    var sha256: String
    var count: Int
  }

  private func extract(_ ingested: IngestedText, id: String, path: String?, input: InputDigest, published: String?) -> ExtractedDocument {
    var warnings = ingested.warnings
    let zone = options.timeZoneOffsetMinutes
    let stated = publication.detect(ingested, timeZoneOffsetMinutes: zone, warnings: &warnings)
    // The caller's date wins; written as SPEC writes stamps when it is ISO 8601 at all.
    let given = published.map { PublicationDate.parse($0, timeZoneOffsetMinutes: zone) ?? PublicationDate(stamp: $0, anchor: nil) }
    let context = ExtractionContext(published: given ?? stated, timeZoneOffsetMinutes: zone, traditionalScript: ingested.script == "hant")
    let text = ingested.analysis
    let kinds = options.kinds
    // Each mention held as its place and value until the JSON is written: the surfaces are cut
    // from the text then (two strings a mention, cut as the stages found them, kept the money and
    // the dates in 36 MB of a 20 MB document while its entities were read).
    // The entities first: their working list, segmentation and start marks (a long document's peak)
    // are freed before the money and the dates are found, whose records then never stand beside
    // them (11 MB of a 20 MB document). No stage reads another's mentions, and the entity stage
    // writes no warnings: the money's come before the dates' still.
    var entities = EntityMentionRecords()
    if kinds.contains(.entities) { entities = EntityMentionRecords(self.entities.compactMentions(in: text), in: text) }
    var money = MoneyMentionRecords()
    if kinds.contains(.money) { self.money.extract(text, warnings: &warnings) { money.placed.append($0, $1) } }
    var dates = DateMentionRecords()
    if kinds.contains(.dates) { self.dates.extract(text, context: context, warnings: &warnings) { dates.placed.append($0, $1) } }
    // Every list sorted by start, then end in the original (SPEC), stably.
    money.placed.putInTextOrder()
    dates.placed.putInTextOrder()
    entities.placed.putInTextOrder()
    let source = MentionSource(text: text, contextLength: options.contextLength)
    let entityMentions = MentionStore(entities, source: source)
    return ExtractedDocument(
      id: id,
      source: SourceInfo(
        path: path, sha256: input.sha256, bytes: input.count,
        encoding: ingested.encoding, format: ingested.format.rawValue),
      // Only a stamp that is a real day of 0001–9999 is written (the schema's `published`).
      meta: DocumentMeta(
        title: ingested.title, published: context.published?.anchor == nil ? nil : context.published?.stamp, script: ingested.script),
      moneyMentions: MentionStore(money, source: source), dateMentions: MentionStore(dates, source: source), entityMentions: entityMentions,
      warnings: ExtractionWarning.limited(warnings, perCode: Self.warningsPerCode).map(DocumentWarning.init),
      kinds: kinds,
      entitySummary: options.entitySummary && kinds.contains(.entities) ? EntitySummary.of(entities) : nil)
  }
}

extension Extractor {
  /// The decoded text of a document: the text every mention's `start` and `end` count code
  /// points in (`text[start..<end] == mention.text`); `nil` when the bytes cannot be read.
  public func decodedText(bytes: [UInt8], format: InputFormat? = nil) -> [Unicode.Scalar]? {
    try? ingestor.ingest(bytes: bytes, format: format?.markup).analysis.original.scalars
  }

  /// The analysis text of a document: what the extractors read, with its offset map.
  package func analysisText(bytes: [UInt8], format: MarkupFormat? = nil) throws(IngestError) -> AnalysisText {
    try ingestor.ingest(bytes: bytes, format: format).analysis
  }
}

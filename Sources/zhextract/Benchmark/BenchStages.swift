import ZhExtract

/// The pipeline stages `zhextract bench` times, each called the way `Extractor` calls it.
struct BenchStages {
  let extractor: Extractor

  var t2sTableSeconds: Double { ChineseConversionTable.icu.loadSeconds }
  var foldingTableSeconds: Double { FoldingTable.icu.loadSeconds }

  func decode(_ bytes: [UInt8]) throws -> DecodedText { try ByteDecoder.decode(bytes) }

  func strip(_ decoded: DecodedText) -> StrippedText { MarkupStripper.strip(decoded.scalars, format: nil) }

  func stripAndFold(_ decoded: DecodedText) -> StrippedText {
    MarkupStripper.strip(decoded.scalars, format: nil, folding: extractor.ingestor.normalizer.folding)
  }

  /// Converts a copy (the copy's cost is measured by `copySeconds` and taken off).
  func convert(_ scalars: [Unicode.Scalar]) {
    var copy = scalars
    copy.withUnsafeMutableBufferPointer { _ in }  // force the copy before the conversion
    extractor.ingestor.normalizer.converter.convert(&copy)
  }

  /// What copying `scalars` costs (part of `convert`'s time, not of the pipeline's).
  func copySeconds(_ scalars: [Unicode.Scalar]) -> Double {
    BenchClock.seconds {
      var copy = scalars
      copy.withUnsafeMutableBufferPointer { _ in }
    }
  }

  func ingest(_ bytes: [UInt8]) throws -> IngestedText { try extractor.ingestor.ingest(bytes: bytes, format: nil) }

  /// Money extraction over the normalised text; returns how many figures it found, so the
  /// work cannot be optimised away and the row can say what it measured.
  @discardableResult
  func money(_ text: IngestedText) -> Int {
    var warnings: [ExtractionWarning] = []
    return extractor.money.extract(text.analysis, warnings: &warnings).count
  }

  func dates(_ text: IngestedText) {
    var warnings: [ExtractionWarning] = []
    let zone = extractor.options.timeZoneOffsetMinutes
    let context = ExtractionContext(published: PublicationDate.parse("2026-01-01T08:00", timeZoneOffsetMinutes: zone), timeZoneOffsetMinutes: zone)
    _ = extractor.dates.extract(text.analysis, context: context, warnings: &warnings)
  }

  /// Size of the entity lexicon and the time to build its matcher (tables read, normalised, linted).
  func entityLexiconNote() -> String {
    let lexicon = extractor.entities.lexicon
    var problems = LexiconProblems()
    let seconds = BenchClock.seconds { _ = EntityExtractor(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems) }
    return "  entity lexicon: \(lexicon.records.count) entities, \(lexicon.trie.count) matched forms; built in \(BenchClock.milliseconds(seconds))"
  }

  func entities(_ text: IngestedText) {
    var warnings: [ExtractionWarning] = []
    _ = extractor.entities.extract(text.analysis, warnings: &warnings)
  }

  /// The JSON of an extracted document, as `extract` writes it; returns its size in bytes.
  func json(_ result: DocumentResult) -> Int { result.jsonText().utf8.count }

  /// The first `megabytes` MB (of UTF-8) of the decoded text, as UTF-16 for ICU.
  func slice(of decoded: DecodedText, megabytes: Double) -> (utf16: [UInt16], utf8Bytes: Int) {
    let limit = Int(megabytes * 1e6)
    var utf16: [UInt16] = []
    var utf8Bytes = 0
    for scalar in decoded.scalars {
      if utf8Bytes >= limit { break }
      utf8Bytes += UTF8.width(scalar)
      utf16.append(contentsOf: UTF16.encode(scalar)!)
    }
    return (utf16, utf8Bytes)
  }

  func icuTransliterate(_ utf16: [UInt16]) -> [UInt16] {
    guard let icu = ICUTransliterator(id: "Traditional-Simplified") else { fatalError("ICU has no Traditional-Simplified") }
    return icu.transliterate(utf16: utf16)
  }
}

extension LexiconOptions {
  /// The same options on a child's command line.
  var arguments: [String] { lexicons.map { ["--lexicons", $0] } ?? [] }
}

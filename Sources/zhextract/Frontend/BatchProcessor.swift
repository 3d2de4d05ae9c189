import Foundation
import ZhExtract

/// The work done for one document on a worker thread: read it, decide whether it can be
/// skipped, extract, and serialise the JSON. Pure apart from reading input files, so any
/// number of workers can share one processor.
struct BatchProcessor: Sendable {
  var extractor: Extractor
  /// `--published` for every document (a JSON Lines record's own `published` wins).
  var published: String?
  var format: MarkupFormat?
  /// JSON (indented with `--pretty`) or CSV rows (`--to csv`).
  var style: OutputStyle
  /// With `--out-dir`: the manifest of the previous run, for skipping unchanged documents.
  var previous: ExtractionManifest?
  /// With `--out-dir`: where outputs are, to check that a skipped one still exists.
  var outputDirectory: URL?
  var force: Bool
  /// `--max-bytes`: larger files are error records, not read.
  var maxBytes = FileBytes.defaultLimit

  init(
    extractor: Extractor, published: String? = nil, format: MarkupFormat? = nil, style: OutputStyle = OutputStyle(),
    previous: ExtractionManifest? = nil, outputDirectory: URL? = nil, force: Bool = false
  ) {
    self.extractor = extractor
    self.published = published
    self.format = format
    self.style = style
    self.previous = previous
    self.outputDirectory = outputDirectory
    self.force = force
  }

  func process(_ job: BatchJob) -> BatchOutcome {
    switch job {
    case .failed(let outcome):
      return outcome
    case .file(let file):
      let bytes: [UInt8]
      do {
        bytes = try FileBytes.read(path: file.rawPath, name: file.displayPath, limit: maxBytes, regularOnly: file.fromDirectory)
      } catch {
        let failure = DocumentFailure(id: file.id, code: error.code, message: error.description)
        return .failure(failure, outputPath: file.outputPath, inputBytes: file.size, style: style)
      }
      // Handed over, so that they are freed once read (see `Extractor.extract(bytes:)`).
      return extract(bytes: consume bytes, id: file.id, path: file.displayPath, published: published, outputPath: file.outputPath)
    case .text(let bytes, let id):
      return extract(bytes: bytes, id: id, path: nil, published: published, outputPath: PathSafeName.name(for: id) + ".json")
    case .record(let line, let place):
      var outcome = record(line, place: place)
      outcome.record = place
      return outcome
    }
  }

  private func record(_ line: [UInt8], place: RecordPlace) -> BatchOutcome {
    let fallbackId = place.lineId
    let lineNumber = place.line
    func invalid(_ id: String, _ problem: String) -> BatchOutcome {
      let failure = DocumentFailure(id: id, code: "invalid-record", message: "line \(lineNumber): \(problem)")
      let named = id == fallbackId ? "" : " (id \(id))"
      return .failure(
        failure, outputPath: PathSafeName.name(for: id) + ".json", inputBytes: line.count + 1, style: style,
        diagnostic: "\(place.stream), line \(lineNumber)\(named): \(problem)")
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(line)
    } catch {
      return invalid(fallbackId, "not valid JSON: \(error.problem) (column \(error.column))")
    }
    guard case .object = value else { return invalid(fallbackId, "a record must be a JSON object") }
    guard let id = value["id"]?.stringValue, !id.isEmpty else {
      return invalid(fallbackId, "the record has no \"id\" string")
    }
    let content: RecordContent
    switch RecordContent.read(value) {
    case .success(let read): content = read
    case .failure(let problem): return invalid(id, problem.message)
    }
    var published = self.published
    switch value["published"] {
    case nil, .null?: break
    case .string(let stated)?:
      if let problem = PublishedArgument.problem(stated) { return invalid(id, "\"published\": \(problem)") }
      published = stated
    default: return invalid(id, "\"published\" must be a string")
    }
    let outputPath = PathSafeName.name(for: id) + ".json"
    let text: String
    switch content {
    case .bytes(let bytes, let path):
      return extract(bytes: bytes, id: id, path: path, published: published, outputPath: outputPath, inputBytes: line.count + 1)
    case .text(let string):
      text = string
    }
    let bytes = Array(text.utf8)
    let sha256 = previous == nil ? nil : ContentHash.hex(of: bytes)
    let entry = sha256.map { manifestEntry(id: id, sha256: $0, published: published) }
    if let entry, canSkip(outputPath, entry) { return skipped(id: id, outputPath: outputPath, entry: entry, inputBytes: line.count + 1) }
    let result = extractor.extract(text: text, id: id, published: published, markup: format)
    return outcome(result, outputPath: outputPath, entry: entry, inputBytes: line.count + 1)
  }

  private func extract(
    bytes: consuming [UInt8], id: String, path: String?, published: String?, outputPath: String, inputBytes: Int? = nil
  ) -> BatchOutcome {
    let inputBytes = inputBytes ?? bytes.count
    let sha256 = previous == nil ? nil : ContentHash.hex(of: bytes)
    let entry = sha256.map { manifestEntry(id: id, sha256: $0, published: published) }
    if let entry, canSkip(outputPath, entry) { return skipped(id: id, outputPath: outputPath, entry: entry, inputBytes: inputBytes) }
    let result = extractor.extract(bytes: consume bytes, id: id, path: path, published: published, markup: format)
    return outcome(result, outputPath: outputPath, entry: entry, inputBytes: inputBytes)
  }

  private func outcome(_ result: DocumentResult, outputPath: String, entry: ExtractionManifest.Entry?, inputBytes: Int) -> BatchOutcome {
    switch result {
    case .document(let document):
      return BatchOutcome(
        id: document.id, outputPath: outputPath, status: .extracted(MentionCounts(document)),
        json: style.render(result, inputBytes: inputBytes), manifestEntry: entry, inputBytes: inputBytes)
    case .failure(let failure):
      return .failure(failure, outputPath: outputPath, inputBytes: inputBytes, style: style)
    }
  }

  private func skipped(id: String, outputPath: String, entry: ExtractionManifest.Entry, inputBytes: Int) -> BatchOutcome {
    BatchOutcome(id: id, outputPath: outputPath, status: .skipped, json: nil, manifestEntry: entry, inputBytes: inputBytes)
  }

  private func manifestEntry(id: String, sha256: String, published: String?) -> ExtractionManifest.Entry {
    let o = extractor.options
    var options = "published=\(published ?? "");format=\(format?.rawValue ?? "");tz=\(o.timeZoneOffsetMinutes);pretty=\(style.pretty ? 1 : 0)"
    // Added only when they differ from the default, so that older manifests still match.
    if o.kinds != ExtractionKind.all { options += ";kinds=" + o.kinds.sorted().map(\.rawValue).joined(separator: ",") }
    if o.contextLength > 0 { options += ";context=\(o.contextLength)" }
    if o.entitySummary { options += ";entity-summary=1" }
    return ExtractionManifest.Entry(
      id: id, sha256: sha256, tool: BuildIdentity.current, lexicons: extractor.lexiconFingerprint, options: options)
  }

  private func canSkip(_ outputPath: String, _ entry: ExtractionManifest.Entry) -> Bool {
    guard !force, let previous, let outputDirectory, previous.documents[outputPath] == entry else { return false }
    return FileManager.default.fileExists(atPath: outputDirectory.appendingPathComponent(outputPath).path)
  }
}

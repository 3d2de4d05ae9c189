import Foundation
import ZhExtract

/// `DIR/.zhextract-manifest.json`: what each output file under `--out-dir` was made from, so
/// that a rerun skips documents whose input, tool version, lexicons and options are unchanged.
///
/// ```json
/// {"schema": "zhextract-manifest/1",
///  "documents": {"news/a.txt.json": {"id": "news/a.txt", "sha256": "…", "tool": "0.1.0",
///                                    "lexicons": "…", "options": "published=;format=;tz=480;pretty=0"}}}
/// ```
struct ExtractionManifest: Sendable {
  static let fileName = ".zhextract-manifest.json"
  static let schema = "zhextract-manifest/1"

  struct Entry: Sendable, Equatable {
    var id: String
    /// SHA-256 of the input bytes (for a JSON Lines record: of its text).
    var sha256: String
    var tool: String
    var lexicons: String
    /// Everything else that changes the output: `--published`, `--format`, `--tz`, `--pretty`.
    var options: String
  }

  /// Keyed by the output path relative to the directory.
  var documents: [String: Entry] = [:]

  init() {}

  /// Reads the manifest of `directory`; a missing one is empty. A damaged one is reported in
  /// `problem` and treated as empty (every document is redone, nothing is lost).
  static func load(from directory: URL) -> (manifest: ExtractionManifest, problem: String?) {
    let url = directory.appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: url.path) else { return (ExtractionManifest(), nil) }
    let value: JSONValue
    do {
      value = try JSONParser.parse(try FileBytes.read(url.path))
    } catch {
      return (ExtractionManifest(), "\(url.path): \(error); every document will be extracted again")
    }
    guard value["schema"]?.stringValue == schema, case .object(let members)? = value["documents"] else {
      return (ExtractionManifest(), "\(url.path): not a \(schema) manifest; every document will be extracted again")
    }
    var manifest = ExtractionManifest()
    for (path, entry) in members {
      guard let id = entry["id"]?.stringValue, let sha256 = entry["sha256"]?.stringValue,
        let tool = entry["tool"]?.stringValue, let lexicons = entry["lexicons"]?.stringValue,
        let options = entry["options"]?.stringValue
      else { continue }
      manifest.documents[path] = Entry(id: id, sha256: sha256, tool: tool, lexicons: lexicons, options: options)
    }
    return (manifest, nil)
  }

  func save(to directory: URL) throws(CLIError) {
    let paths = documents.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    let value = JSONValue.object([
      ("schema", .string(Self.schema)),
      ("documents", .object(paths.map { path in
        let e = documents[path]!
        return (path, .object([
          ("id", .string(e.id)), ("sha256", .string(e.sha256)), ("tool", .string(e.tool)),
          ("lexicons", .string(e.lexicons)), ("options", .string(e.options)),
        ]))
      })),
    ])
    try AtomicFile.write(Array((JSONWriter(pretty: true).string(value) + "\n").utf8), to: directory.appendingPathComponent(Self.fileName))
  }
}

import Foundation
import ZhExtract

/// `DIR/.zhextract-manifest.json`: what each output file under `--out-dir` was made from, so
/// that a rerun skips documents whose input, build, lexicons and options are unchanged, and
/// removes the outputs of inputs that are gone.
///
/// ```json
/// {"schema": "zhextract-manifest/1",
///  "documents": {"news/a.txt.json": {"id": "news/a.txt", "sha256": "…", "tool": "…",
///                                    "lexicons": "…", "options": "published=;format=;tz=480;pretty=0"},
///                "news/b.txt.json": {"id": "news/b.txt", "failed": true}}}
/// ```
///
/// While a run goes on, each document is also appended to `DIR/.zhextract-journal` as it is
/// written (one JSON line, one `write`), so a run killed at any moment leaves a record of
/// every output it completed; the next run reads the manifest, then the journal.
struct ExtractionManifest: Sendable {
  static let fileName = ".zhextract-manifest.json"
  static let journalName = ".zhextract-journal"
  static let schema = "zhextract-manifest/1"

  struct Entry: Sendable, Equatable {
    var id: String
    /// SHA-256 of the input bytes (for a JSON Lines record: of its text).
    var sha256: String
    /// The build of the tool (`BuildIdentity`).
    var tool: String
    var lexicons: String
    /// Everything else that changes the output: `--published`, `--format`, `--tz`, `--pretty`.
    var options: String
    /// The output is an error record: never skipped, removed like the others when its
    /// input is gone.
    var failed = false

    static func failure(id: String) -> Entry {
      Entry(id: id, sha256: "", tool: "", lexicons: "", options: "", failed: true)
    }

    var json: JSONValue {
      if failed { return .object([("id", .string(id)), ("failed", .bool(true))]) }
      return .object([
        ("id", .string(id)), ("sha256", .string(sha256)), ("tool", .string(tool)),
        ("lexicons", .string(lexicons)), ("options", .string(options)),
      ])
    }

    init(id: String, sha256: String, tool: String, lexicons: String, options: String, failed: Bool = false) {
      self.id = id
      self.sha256 = sha256
      self.tool = tool
      self.lexicons = lexicons
      self.options = options
      self.failed = failed
    }

    init?(json entry: JSONValue) {
      guard let id = entry["id"]?.stringValue else { return nil }
      if entry["failed"] == .bool(true) {
        self = .failure(id: id)
        return
      }
      guard let sha256 = entry["sha256"]?.stringValue, let tool = entry["tool"]?.stringValue,
        let lexicons = entry["lexicons"]?.stringValue, let options = entry["options"]?.stringValue
      else { return nil }
      self.init(id: id, sha256: sha256, tool: tool, lexicons: lexicons, options: options)
    }
  }

  /// Keyed by the output path relative to the directory.
  var documents: [String: Entry] = [:]

  init() {}

  /// Reads the manifest of `directory`, then the journal a killed run left; a missing one is
  /// empty. A damaged manifest is reported in `problem` and treated as empty (every document
  /// is redone, nothing is lost); a torn last journal line is ignored.
  static func load(from directory: URL) -> (manifest: ExtractionManifest, problem: String?) {
    var manifest = ExtractionManifest()
    var problem: String?
    let url = directory.appendingPathComponent(fileName)
    if FileManager.default.fileExists(atPath: url.path) {
      do {
        let value = try JSONParser.parse(try FileBytes.read(url.path))
        if value["schema"]?.stringValue == schema, case .object(let members)? = value["documents"] {
          for (path, entry) in members {
            if let entry = Entry(json: entry) { manifest.documents[path] = entry }
          }
        } else {
          problem = "\(url.path): not a \(schema) manifest; every document will be extracted again"
        }
      } catch {
        problem = "\(url.path): \(error); every document will be extracted again"
      }
    }
    let journal = directory.appendingPathComponent(journalName).path
    if let bytes = try? FileBytes.read(journal) {
      for line in bytes.split(separator: 0x0A) {
        guard let value = try? JSONParser.parse(Array(line)), let path = value["path"]?.stringValue else { continue }
        if value["removed"] == .bool(true) {
          manifest.documents[path] = nil
        } else if let entry = Entry(json: value) {
          manifest.documents[path] = entry
        }
      }
    }
    return (manifest, problem)
  }

  func save(to directory: URL) throws(CLIError) {
    let paths = documents.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    let value = JSONValue.object([
      ("schema", .string(Self.schema)),
      ("documents", .object(paths.map { ($0, documents[$0]!.json) })),
    ])
    try AtomicFile.write(Array((JSONWriter(pretty: true).string(value) + "\n").utf8), to: directory.appendingPathComponent(Self.fileName))
  }

  /// The journal line for an output written (`entry`) or removed (`nil`).
  static func journalLine(path: String, entry: Entry?) -> [UInt8] {
    var members: [(String, JSONValue)] = [("path", .string(path))]
    if let entry, case .object(let fields) = entry.json { members += fields } else { members.append(("removed", .bool(true))) }
    return Array((JSONWriter().string(.object(members)) + "\n").utf8)
  }
}

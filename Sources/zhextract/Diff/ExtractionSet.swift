import Foundation
import ZhExtract

/// One side of a diff: the documents of a JSON Lines file (or a file of pretty documents one
/// after another), or of a `--out-dir` directory (every non-hidden `.json`/`.jsonl` file in
/// it, recursively, in code-point order of their paths). Documents are indexed by `id` and
/// kept as raw bytes, parsed again only when compared, so memory stays near the input size.
struct ExtractionSet {
  struct Location {
    var file: Int
    var range: Range<Int>
  }

  /// What the user named (for messages).
  var name: String
  /// Ids in input order.
  private(set) var ids: [String] = []
  private var locations: [String: Location] = [:]
  private var contents: [[UInt8]] = []

  /// Reads and indexes every document; any unreadable file, invalid JSON, document without
  /// `id` or duplicated id is trouble (a `CLIError` naming file and line).
  init(path: String) throws(CLIError) {
    name = path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError("\(path): no such file or directory")
    }
    var files: [String] = []
    if isDirectory.boolValue {
      for file in try InputFiles.expand([path]) {
        let ext = file.url.pathExtension
        if ext == "json" || ext == "jsonl" { files.append(file.displayPath) }
      }
    } else {
      files = [path]
    }
    for file in files { try index(file) }
  }

  var count: Int { ids.count }

  func contains(_ id: String) -> Bool { locations[id] != nil }

  /// The document with `id`, parsed.
  func document(_ id: String) throws(CLIError) -> JSONValue? {
    guard let location = locations[id] else { return nil }
    do {
      return try JSONParser.parse(Array(contents[location.file][location.range]))
    } catch {
      throw CLIError("\(name): \(id): \(error)")
    }
  }

  private mutating func index(_ path: String) throws(CLIError) {
    let bytes = try FileBytes.read(path)
    let file = contents.count
    var parser = JSONParser(bytes: bytes)
    while true {
      // The stored range starts at the value, after any white space.
      let start = Self.firstNonSpace(bytes, from: parser.position)
      if start == bytes.count { break }
      let value: JSONValue
      do {
        guard let next = try parser.next() else { break }
        value = next
      } catch {
        throw CLIError("\(path): \(error)")
      }
      let line = parser.line(at: start)
      guard case .object = value else { throw CLIError("\(path):\(line): not a JSON object") }
      guard let id = value["id"]?.stringValue else { throw CLIError("\(path):\(line): a document without an \"id\"") }
      guard value["schema"]?.stringValue == ExtractedDocument.schema else {
        throw CLIError("\(path):\(line): not a \(ExtractedDocument.schema) document (schema \(value["schema"].map { JSONWriter().string($0) } ?? "missing"))")
      }
      guard locations[id] == nil else { throw CLIError("\(path):\(line): the id \(id) appears twice in \(name)") }
      ids.append(id)
      locations[id] = Location(file: file, range: start..<parser.position)
    }
    contents.append(bytes)
  }

  private static func firstNonSpace(_ bytes: [UInt8], from offset: Int) -> Int {
    var i = offset
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    return i
  }
}

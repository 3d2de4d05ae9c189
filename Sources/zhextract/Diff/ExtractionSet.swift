import Foundation
import ZhExtract

/// One side of a diff: the documents of a JSON Lines file (or a file of pretty documents one
/// after another), or of a `--out-dir` directory (every non-hidden `.json`/`.jsonl` file in
/// it, recursively, in code-point order of their paths), or of bytes already in memory
/// (`zhextract serve`). Documents are indexed by `id` and
/// parsed again only when compared. A file of one document (an `--out-dir` output) is read
/// again when compared instead of being kept, so a folder of 100,000 outputs costs an index,
/// not its whole content; a JSON Lines file is kept as one array of its bytes.
struct ExtractionSet {
  struct Location {
    var file: Int
    var range: Range<Int>
  }

  /// Where a file's bytes are: held, or to be read again (with the size it had).
  enum Source {
    case bytes([UInt8])
    case file(path: String, size: Int)
  }

  /// The schemas `diff` reads: this build's and the one before it.
  static let schemas: Set<String> = ["zhextract/1", "zhextract/2"]

  /// What the user named (for messages).
  var name: String
  /// Ids in input order.
  private(set) var ids: [String] = []
  private var locations: [String: Location] = [:]
  private var sources: [Source] = []

  /// Reads and indexes every document; any unreadable file, invalid JSON, document without
  /// `id` or duplicated id is trouble (a `CLIError` naming file and line), and so is a folder
  /// with no extraction in it.
  init(path: String) throws(CLIError) {
    name = path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CLIError("\(path): no such file or directory")
    }
    var files: [String] = []
    if isDirectory.boolValue {
      var options = InputFiles.Options()
      options.filter = PathFilter(includes: ["*.json", "*.jsonl"])
      for file in try InputFiles.expand([path], options: options) { files.append(file.displayPath) }
      if files.isEmpty {
        throw CLIError("\(path): not zhextract output (a folder without any .json or .jsonl file; compare two extractions, such as two --out-dir folders)")
      }
    } else {
      files = [path]
    }
    for file in files { try index(file, keep: !isDirectory.boolValue) }
  }

  /// One extraction held in memory (a request body of `zhextract serve`): JSON Lines, or
  /// documents one after another; `name` stands for the file in messages.
  init(name: String, bytes: [UInt8]) throws(CLIError) {
    self.name = name
    try index(bytes, path: name, keep: true)
  }

  var count: Int { ids.count }

  func contains(_ id: String) -> Bool { locations[id] != nil }

  /// The document with `id`, parsed.
  func document(_ id: String) throws(CLIError) -> JSONValue? {
    guard let location = locations[id] else { return nil }
    let bytes: [UInt8]
    switch sources[location.file] {
    case .bytes(let held): bytes = held
    case .file(let path, let size):
      bytes = try FileBytes.read(path)
      guard bytes.count == size else { throw CLIError("\(path): changed while diff was reading it") }
    }
    do {
      return try JSONParser.parse(Array(bytes[location.range]))
    } catch {
      throw CLIError("\(name): \(id): \(error)")
    }
  }

  private mutating func index(_ path: String, keep: Bool) throws(CLIError) {
    try index(try FileBytes.read(path), path: path, keep: keep)
  }

  private mutating func index(_ bytes: [UInt8], path: String, keep: Bool) throws(CLIError) {
    let file = sources.count
    var parser = JSONParser(bytes: bytes)
    // Lines are counted as the parser moves on, never again from the start.
    var counted = (offset: 0, line: 1)
    func line(at offset: Int) -> Int {
      for i in counted.offset..<offset where bytes[i] == 0x0A { counted.line += 1 }
      counted.offset = offset
      return counted.line
    }
    var documents = 0
    while true {
      // The stored range starts at the value, after any white space.
      let start = Self.firstNonSpace(bytes, from: parser.position)
      if start == bytes.count { break }
      let value: JSONValue
      do {
        guard let next = try parser.next() else { break }
        value = next
      } catch {
        throw CLIError("\(path): \(error)\(documents == 0 ? " (not zhextract output)" : "")")
      }
      let line = line(at: start)
      guard case .object = value else { throw CLIError("\(path):\(line): not a JSON object (not zhextract output)") }
      guard let schema = value["schema"]?.stringValue, Self.schemas.contains(schema) else {
        throw CLIError(
          "\(path):\(line): not zhextract output (schema \(value["schema"].map { JSONWriter().string($0) } ?? "missing"); diff reads "
            + "\(Self.schemas.sorted().joined(separator: " and ")))"
        )
      }
      guard let id = value["id"]?.stringValue else { throw CLIError("\(path):\(line): a document without an \"id\"") }
      guard locations[id] == nil else { throw CLIError("\(path):\(line): the id \(id) appears twice in \(name)") }
      ids.append(id)
      locations[id] = Location(file: file, range: start..<parser.position)
      documents += 1
    }
    sources.append(keep || documents != 1 ? .bytes(bytes) : .file(path: path, size: bytes.count))
  }

  private static func firstNonSpace(_ bytes: [UInt8], from offset: Int) -> Int {
    var i = offset
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    return i
  }
}

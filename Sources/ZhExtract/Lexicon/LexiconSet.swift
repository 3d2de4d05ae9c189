import Foundation

/// All lexicon tables an extractor reads, by file name.
///
/// The bundled tables are compiled into the binary (see `EmbeddedLexicons`), so the tool
/// finds them whatever the working directory and wherever the binary is copied. A user
/// directory (`--lexicons DIR`, `$ZHEXTRACT_LEXICONS`) is laid over them: a file with the
/// name of a bundled table replaces it, any other `.tsv` file is added.
package struct LexiconSet: Sendable {
  package private(set) var tables: [String: LexiconTable]

  package init(tables: [LexiconTable]) {
    self.tables = Dictionary(tables.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// The tables compiled into the binary.
  package static var bundled: LexiconSet {
    LexiconSet(
      tables: EmbeddedLexicons.files.map {
        LexiconTable(name: $0.name, origin: "Lexicons/\($0.name)", contents: $0.contents)
      })
  }

  /// Only the bundled tables named (a stage that reads a few generated tables of its own need not
  /// build them all: `ChineseCivilCalendar`).
  package static func bundled(only names: Set<String>) -> LexiconSet {
    LexiconSet(
      tables: EmbeddedLexicons.files.filter { names.contains($0.name) }.map {
        LexiconTable(name: $0.name, origin: "Lexicons/\($0.name)", contents: $0.contents)
      })
  }

  /// The bundled tables with the `.tsv` files of `directory` laid over them.
  package static func bundled(overlaidWith directory: URL?) throws(LexiconFailure) -> LexiconSet {
    var set = bundled
    if let directory { try set.overlay(directory: directory) }
    return set
  }

  /// Only the `.tsv` files of `directory` (used by `zhextract lexicon check`).
  package static func load(directory: URL) throws(LexiconFailure) -> LexiconSet {
    var set = LexiconSet(tables: [])
    try set.overlay(directory: directory)
    return set
  }

  package mutating func overlay(directory: URL) throws(LexiconFailure) {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw LexiconFailure(problems: [LexiconError(file: directory.path, line: 0, problem: "is not a directory of lexicon .tsv files")])
    }
    let names: [String]
    do {
      names = try fm.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
    } catch {
      throw LexiconFailure(problems: [LexiconError(file: directory.path, line: 0, problem: "cannot be listed: \(error.localizedDescription)")])
    }
    var problems: [LexiconError] = []
    for name in names {
      let url = directory.appendingPathComponent(name)
      guard let data = fm.contents(atPath: url.path) else {
        problems.append(LexiconError(file: url.path, line: 0, problem: "cannot be read"))
        continue
      }
      guard let contents = String(validating: data, as: UTF8.self) else {
        problems.append(LexiconError(file: url.path, line: 0, problem: "is not valid UTF-8"))
        continue
      }
      tables[name] = LexiconTable(name: name, origin: url.path, contents: contents)
    }
    if !problems.isEmpty { throw LexiconFailure(problems: problems) }
  }

  package subscript(name: String) -> LexiconTable? { tables[name] }

  /// The tables whose names start with `prefix` (`entities-` …), sorted by name.
  package func tables(prefixed prefix: String) -> [LexiconTable] {
    tables.values.filter { $0.name.hasPrefix(prefix) }.sorted { $0.name < $1.name }
  }

  /// A table that must exist; a missing one is reported and an empty table returned.
  package func required(_ name: String, problems: inout LexiconProblems) -> LexiconTable {
    if let table = tables[name] { return table }
    problems.report(file: name, line: 0, "required lexicon table is missing")
    return LexiconTable(name: name, origin: name, contents: "")
  }

  /// SHA-256 over every table's name and rows: changes exactly when the lexicons do.
  package var fingerprint: String {
    var hasher = ContentHash()
    for name in tables.keys.sorted() {
      hasher.update(Array(name.utf8)); hasher.update([0])
      for row in tables[name]!.rows {
        hasher.update(Array(row.fields.joined(separator: "\t").utf8)); hasher.update([10])
      }
    }
    return hasher.finalize()
  }
}

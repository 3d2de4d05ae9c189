import Foundation

/// Lints lexicon tables the OpenCC way: a self-describing header, rows sorted and unique,
/// and every table readable by the extractor that uses it. Reports every problem at once.
package enum LexiconLinter {
  /// Problems of the tables in `directory`, laid over the bundled ones (so that a directory
  /// holding only additions is checked in the company it will run in).
  package static func lint(overlay directory: URL) -> [LexiconError] {
    let set: LexiconSet
    do {
      set = try LexiconSet.bundled(overlaidWith: directory)
    } catch {
      return error.problems
    }
    var problems = lintStructure(set)
    do {
      _ = try Extractor(lexicons: set)
    } catch {
      problems += error.problems
    }
    return problems
  }

  /// Header, order and uniqueness of every table.
  package static func lintStructure(_ set: LexiconSet) -> [LexiconError] {
    var problems: [LexiconError] = []
    for table in set.tables.values.sorted(by: { $0.name < $1.name }) {
      for key in ["File", "Format"] where table.header[key] == nil {
        problems.append(LexiconError(file: table.origin, line: 1, problem: "header has no '# \(key): …' line"))
      }
      if let file = table.header["File"], file != table.name {
        problems.append(LexiconError(file: table.origin, line: 1, problem: "header says File: \(file), but the file is \(table.name)"))
      }
      var previous: LexiconTable.Row?
      var seen: [String: Int] = [:]
      for row in table.rows {
        let key = row.fields.joined(separator: "\t")
        if let first = seen[key] {
          problems.append(LexiconError(file: table.origin, line: row.line, problem: "duplicate of line \(first)"))
        } else {
          seen[key] = row.line
        }
        if let previous, key.unicodeScalars.lexicographicallyPrecedes(previous.fields.joined(separator: "\t").unicodeScalars) {
          problems.append(LexiconError(file: table.origin, line: row.line, problem: "not sorted: should come before line \(previous.line)"))
        }
        previous = row
      }
    }
    return problems
  }
}

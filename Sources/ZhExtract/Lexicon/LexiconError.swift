/// One problem in a lexicon file, with the place a person has to look:
/// `Lexicons/currency.tsv:12: expected 2–3 columns, found 4`.
package struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user knows it (path, or bundled name).
  package var file: String
  /// 1-based line number; 0 for a problem with the file as a whole.
  package var line: Int
  package var problem: String

  package init(file: String, line: Int, problem: String) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  package var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}

/// Every problem found while loading a lexicon set: loading reports all of them at once.
package struct LexiconFailure: Error, Sendable, CustomStringConvertible {
  package var problems: [LexiconError]

  package init(problems: [LexiconError]) { self.problems = problems }

  package var description: String {
    "\(problems.count) lexicon problem\(problems.count == 1 ? "" : "s"):\n"
      + problems.map { "  \($0)" }.joined(separator: "\n")
  }
}

/// Collects lexicon problems while the extractors read their tables.
package struct LexiconProblems: Sendable {
  package private(set) var all: [LexiconError] = []

  package init() {}

  package mutating func report(_ problem: LexiconError) { all.append(problem) }
  package mutating func report(file: String, line: Int, _ problem: String) {
    all.append(LexiconError(file: file, line: line, problem: problem))
  }

  package mutating func report(contentsOf other: LexiconProblems) { all += other.all }

  package var isEmpty: Bool { all.isEmpty }
}

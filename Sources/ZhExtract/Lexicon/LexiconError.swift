/// One problem in a lexicon file, with the place a person has to look:
/// `Lexicons/currency.tsv:12: expected 2–3 columns, found 4`.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user knows it (path, or bundled name).
  public var file: String
  /// 1-based line number; 0 for a problem with the file as a whole.
  public var line: Int
  public var problem: String

  public init(file: String, line: Int, problem: String) {
    self.file = file
    self.line = line
    self.problem = problem
  }

  public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}

/// Every problem found while loading a lexicon set: loading reports all of them at once.
public struct LexiconLoadError: Error, Sendable, CustomStringConvertible {
  public var problems: [LexiconError]

  public init(problems: [LexiconError]) { self.problems = problems }

  public var description: String {
    "\(problems.count) lexicon problem\(problems.count == 1 ? "" : "s"):\n"
      + problems.map { "  \($0)" }.joined(separator: "\n")
  }
}

/// Collects lexicon problems while the extractors read their tables.
public struct LexiconProblems: Sendable {
  public private(set) var all: [LexiconError] = []

  public init() {}

  public mutating func report(_ problem: LexiconError) { all.append(problem) }
  public mutating func report(file: String, line: Int, _ problem: String) {
    all.append(LexiconError(file: file, line: line, problem: problem))
  }

  public var isEmpty: Bool { all.isEmpty }
}

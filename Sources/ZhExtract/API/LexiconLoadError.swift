/// Every problem found while loading the lexicons (bundled tables and `--lexicons`
/// overlays), reported at once, each with the place a person has to look.
public struct LexiconLoadError: Error, Sendable, CustomStringConvertible {
  /// One problem: `Lexicons/currency.tsv:12: expected 2–3 columns, found 4`.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user knows it (path, or bundled name).
    public var file: String
    /// 1-based line number; 0 for a problem with the file as a whole.
    public var line: Int
    public var problem: String

    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
  }

  public var problems: [Problem]

  package init(_ failure: LexiconFailure) {
    problems = failure.problems.map { Problem(file: $0.file, line: $0.line, problem: $0.problem) }
  }

  public var description: String {
    "\(problems.count) lexicon problem\(problems.count == 1 ? "" : "s"):\n"
      + problems.map { "  \($0)" }.joined(separator: "\n")
  }
}

import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Compare two extractions: what was added, removed or changed, document by document.",
      discussion: """
        OLD and NEW are JSON Lines files (zhextract extract output) or --out-dir directories. \
        Documents are matched by id. When a document's text is unchanged (same source.sha256), \
        mentions are matched by span; when it was revised, the two mention sequences are \
        aligned (identical mentions anchor, then the same surface, then the same currency / \
        grain / type between the same neighbours), so a revised figure reads as \
        "~ money 120亿美元 → 125亿美元", not as a removal and an addition.

        The human-readable output groups changes by document: + added, - removed, ~ changed, \
        each followed by its sentence, read again from source.path when that file still has \
        the recorded SHA-256 (else by the neighbouring mentions). Colour on a terminal unless \
        NO_COLOR is set.

        Exit status: 0 no differences, 1 differences, 2 trouble (unreadable input, invalid \
        JSON, usage).

        Examples:
          zhextract diff before/ after/
          zhextract diff old.jsonl new.jsonl --kinds money,dates
          zhextract diff old.jsonl new.jsonl --format json | jq .
          zhextract diff before/ after/ --summary
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case human, json
    }

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
      case auto, always, never
    }

    @Argument(help: "The earlier extraction: a JSON Lines file or an --out-dir directory.")
    var old: String

    @Argument(help: "The later extraction.")
    var new: String

    @Option(help: ArgumentHelp("human (default) or json (one change per line).", valueName: "format"))
    var format: Format = .human

    @Option(
      help: ArgumentHelp(
        "Comma-separated kinds to compare: \(DocumentComparer.allKinds.joined(separator: ",")) (default: all).",
        valueName: "kinds"))
    var kinds: String?

    @Flag(help: "Print only the counts.")
    var summary = false

    @Option(help: ArgumentHelp("Colour the human output: auto (a terminal without NO_COLOR), always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    var selectedKinds: Set<String> {
      guard let kinds else { return Set(DocumentComparer.allKinds) }
      return Set(kinds.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    mutating func validate() throws {
      let unknown = selectedKinds.subtracting(DocumentComparer.allKinds)
      if !unknown.isEmpty {
        throw ValidationError(
          "Unknown kind\(unknown.count == 1 ? "" : "s") \(unknown.sorted().joined(separator: ", ")); use \(DocumentComparer.allKinds.joined(separator: ", ")).")
      }
      if selectedKinds.isEmpty { throw ValidationError("--kinds names no kind.") }
    }

    func run() throws {
      switch Result(catching: { () throws(CLIError) in try compare() }) {
      case .success(let differences): if differences { throw ExitCode(1) }
      case .failure(let error):
        Diagnostics.error(error.description)
        throw ExitCode(2)
      }
    }

    /// Prints the changes; `true` when there are any.
    private func compare() throws(CLIError) -> Bool {
      let before = try ExtractionSet(path: old)
      let after = try ExtractionSet(path: new)
      let comparer = DocumentComparer(kinds: selectedKinds)
      let style = TerminalStyle(enabled: useColor)
      let renderer = DiffRenderer(style: style)
      let out = try StreamDestination(path: nil)
      func emit(_ line: String) throws(CLIError) {
        try out.writeLine(line)
      }

      let counts = try ExtractionDiff(comparer: comparer).run(before: before, after: after) { event throws(CLIError) in
        guard !summary else { return }
        switch format {
        case .json:
          for change in event.changes { try emit(JSONWriter().string(change.json)) }
        case .human:
          switch event {
          case .changed(let id, let old, let new, let changes):
            for line in renderer.document(id: id, old: old, new: new, changes: changes) { try emit(line) }
          case .added(let id, let document): try emit(renderer.documentAdded(id, document))
          case .removed(let id, let document): try emit(renderer.documentRemoved(id, document))
          }
        }
      }

      switch (summary, format) {
      case (true, .json): try emit(JSONWriter().string(counts.json))
      case (true, .human): try emit(counts.line)
      case (false, .human) where counts.hasDifferences: try emit(style.dim(counts.line))
      default: break
      }
      try out.finish()
      return counts.hasDifferences
    }

    private var useColor: Bool {
      switch color {
      case .always: return true
      case .never: return false
      case .auto:
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && isatty(STDOUT_FILENO) == 1
      }
    }
  }
}

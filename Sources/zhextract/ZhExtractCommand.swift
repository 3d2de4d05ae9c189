import ArgumentParser
import ZhExtract
import Foundation

/// `zhextract`: money, dates and entities from Chinese news, as JSON.
struct ZhExtractCommand: ParsableCommand {
  /// The release version (`BuildIdentity.version`); `--version` adds the build's digest.
  static let version = BuildIdentity.version

  static let configuration = CommandConfiguration(
    commandName: "zhextract",
    abstract: "Extract money, dates and named entities from Chinese news articles as JSON.",
    discussion: """
      Examples:
        zhextract extract Corpus/                     one JSON line per article
        zhextract extract article.html --pretty       one indented document
        zhextract extract Corpus/ --out-dir out/      one .json per article, incremental
        zhextract diff old/ out/                      what changed between two extractions
        zhextract normalize article.txt --map         the analysis text and its offset map
        zhextract lexicon check my-lexicons/          lint a lexicon directory
        zhextract serve --port 8080                   the same over HTTP

      Output contract: schema zhextract/2 (docs/SPEC.md, Schemas/zhextract-2.schema.json).
      """,
    version: version,
    subcommands: [Extract.self, Diff.self, Serve.self, Normalize.self, Lexicon.self, Bench.self])
}

@main
enum Main {
  static func main() {
    MemoryTuning.returnLargeBuffersToTheSystem()
    ProcessLifetime.keepsObjects = true
    if Array(CommandLine.arguments.dropFirst()) == ["--version"] {
      // The version and the build's digest (argument-parser's own --version would compute it
      // on every start).
      print("zhextract \(BuildIdentity.current) (output schema \(ExtractedDocument.schema))")
      return
    }
    do {
      if let files = ExtractFastPath.files(of: Array(CommandLine.arguments.dropFirst())) {
        // `extract FILE…` alone: run without argument-parser (see `ExtractFastPath`).
        try ExtractRun(files: files).run()
        return
      }
      var command = try ZhExtractCommand.parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }

  /// As argument-parser's `exit(withError:)`, except that `diff` reports usage errors with
  /// status 2 ("trouble"), as diff(1) does, instead of 64.
  static func exit(withError error: Error) -> Never {
    let code = ZhExtractCommand.exitCode(for: error)
    let isDiff = CommandLine.arguments.dropFirst().first == "diff"
    guard isDiff, code != .success, !(error is ExitCode) else { ZhExtractCommand.exit(withError: error) }
    let message = ZhExtractCommand.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    Foundation.exit(2)
  }
}

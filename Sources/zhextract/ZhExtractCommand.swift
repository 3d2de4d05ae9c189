import ArgumentParser
import Foundation

/// `zhextract`: money, dates and entities from Chinese news, as JSON.
struct ZhExtractCommand: ParsableCommand {
  /// The tool version, recorded in `--out-dir` manifests: a new version redoes every document.
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "zhextract",
    abstract: "Extract money, dates and named entities from Chinese news articles as JSON.",
    discussion: """
      Examples:
        zhextract extract Corpus/                     one JSON line per article
        zhextract extract article.html --pretty       one indented document
        zhextract normalize article.txt --map         the analysis text and its offset map
        zhextract lexicon check my-lexicons/          lint a lexicon directory

      Output contract: schema zhextract/1 (Schemas/zhextract-1.schema.json).
      """,
    version: version,
    subcommands: [Extract.self, Normalize.self, Lexicon.self])
}

@main
enum Main {
  static func main() {
    do {
      var command = try ZhExtractCommand.parseAsRoot()
      try command.run()
    } catch {
      ZhExtractCommand.exit(withError: error)
    }
  }
}

import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract money, dates and entities; one JSON object per document.",
      discussion: """
        Directories are read recursively, files in code-point order of their paths.
        A document that cannot be read yields an error record; the batch goes on and the
        exit status is 1. Usage errors exit with 64.

        Examples:
          zhextract extract Corpus/
          zhextract extract article.txt --published 2025-12-13T08:00 --pretty
        """)

    @Argument(help: "Files or directories to read.")
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON Lines here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Indent the JSON (one object spans several lines).")
    var pretty = false

    @Option(help: ArgumentHelp("Publication date (ISO 8601) for every document; overrides what the text states.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Treat input as text, markdown or html instead of detecting it.", valueName: "format"))
    var format: MarkupFormat?

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
      let files = try InputFiles.expand(paths)
      let extractor = try lexiconOptions.makeExtractor()
      let sink = try OutputSink(path: output)
      var failures = 0
      for file in files {
        let result: DocumentResult
        if let data = FileManager.default.contents(atPath: file.url.path) {
          result = extractor.extract(bytes: [UInt8](data), id: file.id, path: file.displayPath, published: published, format: format)
        } else {
          result = .failure(DocumentFailure(id: file.id, code: "unreadable", message: "\(file.displayPath): cannot be read"))
        }
        if case .failure(let failure) = result {
          failures += 1
          Diagnostics.error(failure.message)
        }
        sink.writeLine(result.jsonText(pretty: pretty))
      }
      sink.flush()
      if failures > 0 { throw ExitCode(1) }
    }
  }
}

extension MarkupFormat: ExpressibleByArgument {}

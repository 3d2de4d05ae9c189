import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "normalize",
      abstract: "Print the analysis text the extractors read (markup stripped, NFKC, Simplified).",
      discussion: """
        With --map, prints one line per analysis code point instead:
        analysis offset, original start, original end (tab-separated), then the character.

        Example:
          zhextract normalize Corpus/004_7ebab3b86ce75cfe.txt --map | head

        Exit status: 0 printed; 1 the file cannot be read or is not text; 2 lexicon \
        problems; 64 usage.
        """)

    @Argument(help: "The file to normalise.")
    var file: String

    @Flag(help: "Print the offset pairs: analysis offset → original [start, end).")
    var map = false

    @Option(help: ArgumentHelp("Treat input as text, markdown or html instead of detecting it.", valueName: "format"))
    var inputFormat: MarkupFormat?

    /// The old spelling of --input-format.
    @Option(name: .customLong("format"), help: .hidden)
    var legacyFormat: MarkupFormat?

    var format: MarkupFormat? { inputFormat ?? legacyFormat }

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
      // Bounded like extract's inputs: /dev/zero or a huge file is an error, not a hang.
      let bytes: [UInt8]
      switch Result(catching: { () throws(CLIError) in try FileBytes.read(file) }) {
      case .success(let read): bytes = read
      case .failure(let error):
        Diagnostics.error(error.description)
        throw ExitCode(1)
      }
      let extractor = try lexiconOptions.makeExtractor()
      let analysis: AnalysisText
      do {
        analysis = try extractor.analysisText(bytes: bytes, format: format)
      } catch {
        Diagnostics.error("\(file): \(error)")
        throw ExitCode(1)
      }
      let sink = try OutputSink(path: nil)
      if map {
        for (i, scalar) in analysis.scalars.enumerated() {
          let span = analysis.offsetMap.originalSpan(TextSpan(i, i + 1))
          let shown = scalar == "\n" ? "\\n" : scalar == "\t" ? "\\t" : String(scalar)
          sink.writeLine("\(i)\t\(span.start)\t\(span.end)\t\(shown)")
        }
      } else {
        sink.writeLine(analysis.string)
      }
      sink.flush()
    }
  }
}

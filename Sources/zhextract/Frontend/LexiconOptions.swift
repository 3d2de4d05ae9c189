import ArgumentParser
import Foundation
import ZhExtract

/// Where the lexicons come from: `--lexicons`, then `$ZHEXTRACT_LEXICONS`, then the
/// bundled tables (compiled into the binary).
struct LexiconOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("A directory of .tsv tables laid over the bundled lexicons.", valueName: "dir"))
  var lexicons: String?

  var directory: URL? { Self.directory(lexicons: lexicons) }

  /// The directory of `--lexicons` given as `lexicons`, else of `$ZHEXTRACT_LEXICONS`.
  static func directory(lexicons: String?) -> URL? {
    if let lexicons { return URL(fileURLWithPath: lexicons) }
    if let env = ProcessInfo.processInfo.environment["ZHEXTRACT_LEXICONS"], !env.isEmpty {
      return URL(fileURLWithPath: env)
    }
    return nil
  }

  /// Builds the extractor, or stops with every lexicon problem on stderr (exit 2).
  func makeExtractor(timeZoneOffsetMinutes: Int = 480) throws -> Extractor {
    try makeExtractor(options: ExtractorOptions(lexiconDirectory: directory, timeZoneOffsetMinutes: timeZoneOffsetMinutes))
  }

  /// Builds the extractor with `options` (whose lexicon directory should be `directory`).
  func makeExtractor(options: ExtractorOptions) throws -> Extractor { try Self.makeExtractor(options: options) }

  /// Builds the extractor with `options`, or stops with every lexicon problem on stderr (exit 2).
  static func makeExtractor(options: ExtractorOptions) throws -> Extractor {
    do {
      return try Extractor(options: options)
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCode(2)
    }
  }
}

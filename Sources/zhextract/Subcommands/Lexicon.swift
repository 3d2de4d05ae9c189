import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lexicon",
      abstract: "Work with lexicon tables.", subcommands: [Check.self, GenerateCurrencies.self, Countries.self, Image.self])

    struct Check: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint a lexicon directory laid over the bundled tables; report every problem as file:line.",
        discussion: "Exit status 0 when clean, 1 when any problem was found.\n\nExample:\n  zhextract lexicon check my-lexicons/")

      @Argument(help: "The directory of .tsv tables.")
      var directory: String

      func run() throws {
        let problems = ZhExtract.LexiconLinter.lint(overlay: URL(fileURLWithPath: directory))
        for problem in problems { Diagnostics.note("\(problem)") }
        if !problems.isEmpty {
          Diagnostics.note("\(problems.count) problem\(problems.count == 1 ? "" : "s")")
          throw ExitCode(1)
        }
        Diagnostics.note("\(directory): ok")
      }
    }

    struct GenerateCurrencies: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "generate-currencies",
        abstract: "Write Lexicons/currency-cldr.tsv from ICU's CLDR currency names (zh-Hans, zh-Hant, en).",
        shouldDisplay: false)

      @Argument(help: "Where to write the table (default: standard output).")
      var output: String?

      func run() throws {
        let contents = ZhExtract.CLDRCurrencyNames.fileContents()
        if let output {
          try contents.write(toFile: output, atomically: true, encoding: .utf8)
          Diagnostics.note("wrote \(output)")
        } else {
          print(contents, terminator: "")
        }
      }
    }

    /// Writes the lexicon image's C file from the bundled tables (hidden: a maintainer's tool, run by
    /// `Scripts/generate-lexicon-image.sh`).
    struct Image: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Write Sources/CLexiconImage/lexicon_image.c: the tables derived from the bundled lexicons, ahead of time.",
        shouldDisplay: false)

      @Argument(help: "Where to write the C file (default: standard output).")
      var output: String?

      func run() throws {
        let source = ZhExtract.LexiconImageBuilder.cSource(of: try ZhExtract.LexiconImageBuilder.generate(from: .bundled))
        if let output {
          try source.write(toFile: output, atomically: true, encoding: .utf8)
          Diagnostics.note("wrote \(output)")
        } else {
          print(source, terminator: "")
        }
      }
    }

    /// Prints `Lexicons/entities-countries.tsv` from ICU's display names (hidden: a maintainer's tool).
    struct Countries: ParsableCommand {
      static let configuration = CommandConfiguration(
        commandName: "countries",
        abstract: "Print the country table generated from ICU (writes Lexicons/entities-countries.tsv with > redirect).",
        shouldDisplay: false)

      func run() throws {
        print(ZhExtract.ICUCountryNames.tableText(), terminator: "")
      }
    }
  }
}

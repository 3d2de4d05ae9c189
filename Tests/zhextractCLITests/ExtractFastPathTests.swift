import ArgumentParser
import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport
@testable import zhextract

/// `zhextract extract FILE…` with no option runs without argument-parser (`ExtractFastPath`):
/// with the values the parse gives, the same output, and every other command line goes the
/// usual way.
@Suite struct ExtractFastPathTests {
  @Test(arguments: [
    (["extract", "a.txt"], ["a.txt"]),
    (["extract", "a.txt", "news/", "b c.md", "x=1"], ["a.txt", "news/", "b c.md", "x=1"]),
    (["extract", "extract"], ["extract"]),
  ])
  func plainPathsTakeIt(arguments: [String], files: [String]) {
    #expect(ExtractFastPath.files(of: arguments) == files)
  }

  @Test(arguments: [
    [], ["extract"], ["diff", "a", "b"], ["normalize", "a.txt"], ["--version"], ["help", "extract"], ["extract", "-"],
    ["extract", "--pretty", "a.txt"], ["extract", "a.txt", "-q"], ["extract", "a.txt", "--"], ["extract", "--", "a.txt"],
    ["extract", "help"], ["extract", "a.txt", ""], ["extract", "-h"], ["extract", "--help"], ["Extract", "a.txt"],
  ])
  func everyOtherLineGoesTheUsualWay(arguments: [String]) {
    #expect(ExtractFastPath.files(of: arguments) == nil)
  }

  /// The values the fast path runs with are those the whole tree's parse gives the same line;
  /// an option changes them (the comparison can fail).
  @Test(arguments: [["a.txt"], ["a.txt", "news/", "b c.md"], ["Corpus"], ["extract"]])
  func theValuesAreTheParsedOnes(files: [String]) throws {
    let parsed = try #require(try ZhExtractCommand.parseAsRoot(["extract"] + files) as? ZhExtractCommand.Extract)
    let plain = ExtractRun(files: files)
    #expect(try ExtractRun(parsed) == plain)
    #expect(plain.paths == files && plain.kinds == ExtractionKind.all && plain.lexicons == nil)
    for option in [
      ["--pretty"], ["-q"], ["--jobs", "1"], ["--kinds", "money"], ["--lexicons", "x"], ["--to", "csv"], ["--summary", "json"], ["--tz", "UTC"],
    ] {
      let other = try #require(try ZhExtractCommand.parseAsRoot(["extract"] + option + files) as? ZhExtractCommand.Extract)
      #expect(try ExtractRun(other) != plain, "\(option)")
    }
  }

  static func withoutSpeed(_ text: String) -> String {
    text.replacingOccurrences(of: #"[0-9.]+ MB in [0-9.]+ s, [0-9.]+ MB/s"#, with: "(speed)", options: .regularExpression)
  }

  /// The binary gives the same output, messages and status through the fast path as through
  /// the usual one (`--` before the files sends the same files the usual way).
  @Test func theBinaryAnswersAlike() throws {
    let article = PackagePaths.corpus.appendingPathComponent("000_29634d34a6003d8f.txt").path
    for files in [[article], [article, PackagePaths.corpus.path], ["/no/such/file.txt"]] {
      let fast = try CLIRunner.run(["extract"] + files)
      let usual = try CLIRunner.run(["extract", "--"] + files)
      #expect(fast.status == usual.status)
      #expect(fast.stdout == usual.stdout)
      // The summary's speed aside (times differ from run to run).
      #expect(Self.withoutSpeed(fast.stderr) == Self.withoutSpeed(usual.stderr))
    }
  }
}

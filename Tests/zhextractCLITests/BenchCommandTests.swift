import Testing
import ZhExtractTestSupport

/// `zhextract bench` runs and prints its table; its figures are not checked (never a timed test).
@Suite struct BenchCommandTests {
  @Test func printsOneLinePerStageBesideICU() throws {
    let result = try CLIRunner.run(
      ["bench", "--corpus", PackagePaths.corpus.path, "--megabytes", "1", "--icu-megabytes", "1", "--repeat", "1"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    for stage in ["ICU Traditional-Simplified", "decode", "strip markup + NFKC", "Traditional→Simplified", "ingest =", "money", "date", "entity", "lexicon load"] {
      #expect(result.stdout.contains(stage), "no \(stage) line")
    }
  }

  @Test func missingCorpusIsAUsageError() throws {
    let result = try CLIRunner.run(["bench", "--corpus", "/nonexistent/corpus"], directory: PackagePaths.root)
    #expect(result.status == 64)
    #expect(result.stderr.contains("/nonexistent/corpus is not a directory"))
  }

  @Test func withoutCorpusDirectoryItSaysWhatToDo() throws {
    let result = try CLIRunner.run(["bench"], directory: PackagePaths.root.appendingPathComponent("Sources"))
    #expect(result.status == 64)
    #expect(result.stderr.contains("no Corpus/ directory"))
  }
}

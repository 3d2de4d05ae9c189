import Testing
import ZhExtractTestSupport

/// `zhextract bench` runs and prints its table; its figures are not checked (never a timed test).
@Suite struct BenchCommandTests {
  @Test func printsOneLinePerStageBesideICU() throws {
    let result = try CLIRunner.run(
      ["bench", "--corpus", PackagePaths.corpus.path, "--megabytes", "1", "--icu-megabytes", "1", "--repeat", "1"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    for stage in [
      "ICU Traditional-Simplified", "decode", "strip markup + NFKC", "Traditional→Simplified", "ingest =", "money", "date", "entity",
      "JSON of the whole document", "lexicon load",
    ] {
      #expect(result.stdout.contains(stage), "no \(stage) line")
    }
    // End to end: the real command on each shape with 1 and 2 jobs, start-up and memory.
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("one file") }.count == 1, "no line for the one-file shape")
    for shape in ["directory (", "JSON Lines ("] {
      #expect(lines.filter { $0.hasPrefix(shape) }.count == 2, "no 1-job and 2-job lines for \(shape)")
    }
    for note in ["start-up (extract --stdin", "bytes of RSS per input byte", "2 jobs / 1 job", "outputs identical", "slowest shape"] {
      #expect(result.stdout.contains(note), "no \(note) note")
    }
    #expect(!result.stdout.contains("DIFFER"))
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

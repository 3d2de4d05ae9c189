import Foundation
import Testing
import ZhExtractTestSupport

@Suite struct ExtractCommandTests {
  @Test func corpusGivesOneLinePerArticleInPathOrder() throws {
    let result = try CLIRunner.run(["extract", PackagePaths.corpus.path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let ids = result.lines.map { line -> String in
      let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      return object["id"] as! String
    }
    #expect(ids == [
      "000_29634d34a6003d8f.txt", "001_46dc9279736b5db8.txt", "002_2b5b323d140d0904.txt",
      "003_afcb82dd7cd22710.txt", "004_7ebab3b86ce75cfe.txt",
    ])
  }

  @Test func rerunsAreByteIdentical() throws {
    let first = try CLIRunner.run(["extract", PackagePaths.corpus.path])
    let second = try CLIRunner.run(["extract", PackagePaths.corpus.path])
    #expect(first.stdout == second.stdout)
    #expect(!first.stdout.isEmpty)
  }

  @Test func usageErrorExits64() throws {
    let result = try CLIRunner.run(["extract", "--no-such-flag", "x"])
    #expect(result.status == 64)
  }

  @Test func missingPathIsAUsageProblem() throws {
    let result = try CLIRunner.run(["extract", "/nonexistent/zhextract-test"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("/nonexistent/zhextract-test: no such file or directory"))
  }
}

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
    #expect(
      ids == [
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

  /// Issue 13 item 3: a missing path in a batch is an error record; the others are extracted.
  @Test func aMissingPathIsAnErrorRecordAndTheBatchGoesOn() throws {
    let result = try CLIRunner.run(["extract", PackagePaths.corpus.path, "/nonexistent/zhextract-test", "--jobs", "2"])
    #expect(result.status == 1)
    let objects = try jsonObjects(result.lines)
    #expect(objects.count == 6)
    let missing = try #require(objects.last)
    #expect(missing["id"] as? String == "zhextract-test")
    let error = try #require(missing["error"] as? [String: Any])
    #expect(error["code"] as? String == "unreadable")
    #expect(error["message"] as? String == "/nonexistent/zhextract-test: cannot be read: No such file or directory")
    #expect(objects.dropLast().allSatisfy { $0["error"] == nil })
    #expect(result.stderr.contains("zhextract: error: /nonexistent/zhextract-test: cannot be read: No such file or directory"))
    #expect(result.stderr.contains("6 documents (1 failed)"))
  }
}

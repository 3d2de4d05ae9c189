import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport

/// Issue 13: a data engineer's daily loop — a folder of news each day into `out/`, diffed
/// against yesterday, loaded elsewhere. Each test is that user's session.
@Suite struct DailyBatchTests {
  // MARK: 2. Deleted sources

  @Test func outputsOfDeletedArticlesAreRemovedAndCounted() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "公司去年营收120亿元。")
    try dir.write("news/deep/b.txt", "今年营收增长。")
    try dir.write("news/c.txt", "明年上市。")
    #expect(try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out"), "-q"]).status == 0)
    try dir.write("out/notes.md", "mine, not zhextract's")
    try FileManager.default.removeItem(atPath: dir.path("news/deep/b.txt"))
    try FileManager.default.removeItem(atPath: dir.path("news/c.txt"))
    let rerun = try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out")])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    #expect(rerun.stderr.contains("1 document (1 skipped unchanged)"))
    #expect(rerun.stderr.contains("2 outputs of vanished inputs removed"))
    #expect(!dir.exists("out/deep"), "an emptied folder goes too")
    #expect(!dir.exists("out/c.txt.json"))
    #expect(dir.exists("out/a.txt.json") && dir.exists("out/notes.md"), "only outputs the manifest records are removed")
    let diff = try CLIRunner.run(["diff", dir.path("out"), dir.path("out")])
    #expect(diff.stdout == "")
    #expect(diff.status == 0)

    // --no-prune keeps them.
    try dir.write("news/c.txt", "明年上市。")
    #expect(try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out"), "-q"]).status == 0)
    try FileManager.default.removeItem(atPath: dir.path("news/c.txt"))
    let kept = try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out"), "--no-prune"])
    #expect(kept.status == 0)
    #expect(dir.exists("out/c.txt.json"))
  }

  @Test func anErrorRecordIsRemovedWhenItsInputIsGone() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "公司去年营收120亿元。")
    try dir.write("news/bad.txt", Data([0x00, 0x01, 0x02, 0x03] + [UInt8](repeating: 0, count: 100)))
    let first = try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out"), "-q"])
    #expect(first.status == 1)
    #expect(dir.exists("out/bad.txt.json"))
    try FileManager.default.removeItem(atPath: dir.path("news/bad.txt"))
    let second = try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out")])
    #expect(second.status == 0)
    #expect(!dir.exists("out/bad.txt.json"))
  }

  // MARK: 4. Mixed folders

  @Test func imagesAndOtherNonTextFilesAreLeftOutWithoutErrors() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "公司去年营收120亿元。")
    try dir.write("news/b.md", "# 标题\n今年营收增长。")
    try dir.write("news/c.html", "<p>明年上市。</p>")
    try dir.write("news/README", "没有扩展名的文件也读。")
    try dir.write("news/photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0] + [UInt8](repeating: 0x11, count: 500)))
    try dir.write("news/data.xlsx", Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 500)))
    try dir.write("news/D.TXT", "大写的扩展名。")
    let result = try CLIRunner.run(["extract", dir.path("news")])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try jsonObjects(result.lines).map { $0["id"] as! String } == ["D.TXT", "README", "a.txt", "b.md", "c.html"])
    #expect(result.stderr.contains("2 files excluded by --include/--exclude"))

    let chosen = try CLIRunner.run(["extract", dir.path("news"), "--include", "*.txt", "--include", "*.jpg", "--exclude", "a.*", "-q"])
    #expect(chosen.status == 1, "the JPEG is read when asked for, and is no text")
    #expect(try jsonObjects(chosen.lines).map { $0["id"] as! String } == ["D.TXT", "photo.jpg"])
    let byPath = try CLIRunner.run(["extract", dir.path("news"), "--exclude", "*/*", "-q"])
    #expect(try jsonObjects(byPath.lines).count == 5, "a pattern with / matches relative paths, and no file here has one")
    // A file named on the command line is read whatever its name.
    let named = try CLIRunner.run(["extract", dir.path("news/photo.jpg"), "-q"])
    #expect(named.status == 1)
  }

  // MARK: 6. Unique ids

  @Test func theSameNameUnderTwoFoldersGivesTwoIds() throws {
    let dir = try TemporaryDirectory()
    try dir.write("A/a.txt", "营收1亿元。")
    try dir.write("B/a.txt", "营收2亿元。")
    let result = try CLIRunner.run(["extract", dir.path("A"), dir.path("B"), "-q"])
    #expect(result.status == 0)
    #expect(try jsonObjects(result.lines).map { $0["id"] as! String } == [dir.path("A") + "/a.txt", dir.path("B") + "/a.txt"])
    try dir.write("old.jsonl", result.stdout)
    #expect(try CLIRunner.run(["diff", dir.path("old.jsonl"), dir.path("old.jsonl")]).status == 0)
  }

  @Test func aRepeatedJSONLinesIdIsAnErrorRecord() throws {
    let records = """
      {"id": "n1", "text": "营收1亿元。"}
      {"id": "n2", "text": "营收2亿元。"}
      {"id": "n1", "text": "营收3亿元。"}
      """
    let result = try CLIRunner.run(["extract", "--jsonl"], stdin: Data(records.utf8))
    #expect(result.status == 1)
    let objects = try jsonObjects(result.lines)
    #expect(objects.map { $0["id"] as! String } == ["n1", "n2", "stdin:3"])
    let error = try #require(objects[2]["error"] as? [String: Any])
    #expect(error["code"] as? String == "duplicate-id")
    #expect(error["message"] as? String == "line 3: the id n1 is already the id of line 1; ids must be unique in one run")
  }

  // MARK: 7. diff of what is no extraction

  @Test func diffOfAFolderOfArticlesSaysItIsNoExtraction() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "公司去年营收120亿元。")
    #expect(try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out"), "-q"]).status == 0)
    let result = try CLIRunner.run(["diff", dir.path("out"), dir.path("news")])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(dir.path("news")): not zhextract output"))
    #expect(result.stdout.isEmpty)
  }
}

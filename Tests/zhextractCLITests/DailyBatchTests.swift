import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport

/// Issue 13: a data engineer's daily loop — a folder of news each day into `out/`, diffed
/// against yesterday, loaded elsewhere. Each test is that user's session.
@Suite struct DailyBatchTests {
  // MARK: 1. Another build redoes everything

  @Test func anotherBuildOfTheToolSkipsNothing() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "公司去年营收120亿元。")
    try dir.write("news/b.txt", "今年营收增长。")
    let first = try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out")])
    #expect(first.status == 0)
    let again = try CLIRunner.run(["extract", dir.path("news"), "--out-dir", dir.path("out")])
    #expect(again.stderr.contains("2 documents (2 skipped unchanged)"), "\(again.stderr)")
    // A build whose executable differs by one byte: another identity.
    var binary = try Data(contentsOf: CLIRunner.binary)
    binary.append(0)
    try dir.write("bin/zhextract", binary)
    #expect(chmod(dir.path("bin/zhextract"), 0o755) == 0)
    let own = try CLIRunner.run(["--version"])
    let other = try Self.run(dir.path("bin/zhextract"), ["--version"])
    #expect(own.stdout.hasPrefix("zhextract \(BuildIdentity.version)+") && other.hasPrefix("zhextract \(BuildIdentity.version)+"))
    #expect(own.stdout != other, "\(own.stdout) \(other)")
    let upgraded = try Self.run(dir.path("bin/zhextract"), ["extract", dir.path("news"), "--out-dir", dir.path("out")], stderr: true)
    #expect(upgraded.contains("2 documents: "), "nothing skipped: \(upgraded)")
    let manifest = try dir.read("out/.zhextract-manifest.json")
    #expect(manifest.contains("\"tool\": \"\(other.split(separator: " ")[1])\""), "\(manifest)")
  }

  /// Runs an executable; its standard output (or error) as text.
  static func run(_ executable: String, _ arguments: [String], stderr: Bool = false) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    if stderr { process.standardError = pipe; process.standardOutput = FileHandle.nullDevice } else { process.standardOutput = pipe }
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

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

  // MARK: 5. JSON Lines input

  @Test func jsonLinesFilesAndStandardInputAsPaths() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.jsonl", "{\"id\": \"r1\", \"text\": \"营收1亿元。\"}\n{\"id\": \"r2\", \"text\": \"营收2亿元。\"}\n")
    try dir.write("b.records", "{\"id\": \"r3\", \"text\": \"营收3亿元。\"}\nnot json\n")
    try dir.write("news/x.txt", "营收4亿元。")
    // A .jsonl path is read as records; --jsonl makes every path records; - is standard input.
    let byName = try CLIRunner.run(["extract", dir.path("a.jsonl"), dir.path("news"), "-", "--id", "clip", "-q"], stdin: Data("营收5亿元。".utf8))
    #expect(byName.status == 0, "\(byName.stderr)")
    #expect(try jsonObjects(byName.lines).map { $0["id"] as! String } == ["r1", "r2", "x.txt", "clip"])
    let flagged = try CLIRunner.run(["extract", "--jsonl", dir.path("b.records"), dir.path("a.jsonl")])
    #expect(flagged.status == 1)
    #expect(try jsonObjects(flagged.lines).map { $0["id"] as! String } == ["r3", "\(dir.path("b.records")):2", "r1", "r2"])
    #expect(flagged.stderr.contains("\(dir.path("b.records")), line 2: not valid JSON"))
    let piped = try CLIRunner.run(["extract", "--jsonl", "-q"], stdin: Data("{\"id\": \"s\", \"text\": \"营收6亿元。\"}\n".utf8))
    #expect(try jsonObjects(piped.lines).map { $0["id"] as! String } == ["s"])
    let missing = try CLIRunner.run(["extract", "--jsonl", dir.path("nope.jsonl")])
    #expect(missing.status == 1)
    #expect(((try jsonObjects(missing.lines).first?["error"] as? [String: Any])?["code"] as? String) == "unreadable")
  }

  // MARK: 8. Warnings as objects, schema zhextract/2, read by diff with zhextract/1

  @Test func warningsAreObjectsWithCodeAndPlace() throws {
    let dir = try TemporaryDirectory()
    let text = "报告称2025年2月30日营收增长。"
    try dir.write("a.txt", text)
    let result = try CLIRunner.run(["extract", dir.path("a.txt"), "-q"])
    let document = try #require(try jsonObjects(result.lines).first)
    #expect(document["schema"] as? String == "zhextract/2")
    let warning = try #require((document["warnings"] as? [[String: Any]])?.first { $0["code"] as? String == "dates.impossible" })
    #expect(warning["start"] as? Int == 3 && warning["end"] as? Int == 13)
    #expect((warning["message"] as? String)?.hasPrefix("code point 3: \"2025年2月30日\" is no real date") == true)
    #expect(Array(text.unicodeScalars)[3..<13].map(String.init).joined() == "2025年2月30日")
  }

  @Test func diffReadsBothSchemas() throws {
    let dir = try TemporaryDirectory()
    let v1 =
      #"{"schema":"zhextract/1","id":"a","source":{"path":null,"sha256":"1","bytes":1,"encoding":"UTF-8","format":"text"},"meta":{"title":null,"#
      + #""published":null,"script":"hans"},"money":[],"dates":[],"entities":[],"warnings":["odd"]}"#
    let v2 =
      #"{"schema":"zhextract/2","id":"a","source":{"path":null,"sha256":"1","bytes":1,"encoding":"UTF-8","format":"text"},"meta":{"title":null,"#
      + #""published":null,"script":"hans"},"money":[],"dates":[],"entities":[],"warnings":[{"code":"x.odd","message":"odd"},{"code":"x.new","#
      + #""message":"new","start":0,"end":1}]}"#
    try dir.write("old.jsonl", v1 + "\n")
    try dir.write("new.jsonl", v2 + "\n")
    let result = try CLIRunner.run(["diff", dir.path("old.jsonl"), dir.path("new.jsonl")])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("+ warnings  new"))
    #expect(!result.stdout.contains("odd"), "the same message in both schemas is no change")
  }

  // MARK: 10. What a data tool needs

  @Test func kindsLimitTheWorkAndTheOutput() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.txt", "首席执行官奥尔特曼称，公司去年营收120亿元。")
    let result = try CLIRunner.run(["extract", dir.path("a.txt"), "--kinds", "money", "-q"])
    let document = try #require(try jsonObjects(result.lines).first)
    #expect(document["money"] != nil && document["dates"] == nil && document["entities"] == nil)
    let bad = try CLIRunner.run(["extract", dir.path("a.txt"), "--kinds", "money,people"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("Unknown kind 'people' in --kinds"))
  }

  @Test func csvHasOneRowPerMentionWarningAndError() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "首席执行官奥尔特曼称，公司去年营收120亿元，\"增长\"明显。")
    try dir.write("news/b.txt", Data([0x00, 0x01, 0x02, 0x03] + [UInt8](repeating: 0, count: 100)))
    let result = try CLIRunner.run(["extract", dir.path("news"), "--to", "csv", "--published", "2025-12-13", "--context", "3", "-q"])
    #expect(result.status == 1)
    let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    #expect(
      rows.first
        == "document_id,kind,text,start,end,normalized,amount,min,max,currency,per,qualifier,implicit,"
        + "value,grain,relative,anchor,fiscal,type,entity_id,name,name_zh,source,rule,code,message,before,after"
    )
    #expect(rows.contains("a.txt,money,120亿元,17,22,120亿元,12000000000,,,CNY,,,false,,,,,,,,,,,money.number-currency,,,年营收,\"，\"\"增\""))
    #expect(rows.contains("a.txt,date,去年,13,15,去年,,,,,,,,2024,year,true,2025-12-13,false,,,,,,dates.relative-year,,,，公司,营收1"))
    #expect(rows.contains { $0.hasPrefix("a.txt,entity,奥尔特曼,5,9,奥尔特曼,") && $0.contains(",person,person:sam-altman,Sam Altman,") })
    #expect(rows.contains { $0.hasPrefix("b.txt,error,,,,,") && $0.contains(",not-text,") })
  }

  @Test func contextAndEntitySummaryAreAddedWhenAskedFor() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.txt", "奥尔特曼说：Sam Altman 与 OpenAI。奥尔特曼再说。")
    let result = try CLIRunner.run(["extract", dir.path("a.txt"), "--context", "2", "--entity-summary", "-q"])
    let document = try #require(try jsonObjects(result.lines).first)
    let entities = try #require(document["entities"] as? [[String: Any]])
    #expect((entities.first?["context"] as? [String: String]) == ["before": "", "after": "说："])
    let summary = try #require(document["entitySummary"] as? [[String: Any]])
    #expect(summary.first?["id"] as? String == "person:sam-altman")
    #expect(summary.first?["mentions"] as? Int == 3)
    #expect(summary.map { $0["mentions"] as! Int } == summary.map { $0["mentions"] as! Int }.sorted(by: >))
    let plain = try CLIRunner.run(["extract", dir.path("a.txt"), "-q"])
    #expect(!plain.stdout.contains("\"context\"") && !plain.stdout.contains("entitySummary"))
  }

  @Test func aMachineReadableSummaryAndProgressInALog() throws {
    let dir = try TemporaryDirectory()
    try dir.write("news/a.txt", "营收1亿元。")
    try dir.write("news/b.txt", Data([0x00, 0x01, 0x02, 0x03] + [UInt8](repeating: 0, count: 100)))
    let result = try CLIRunner.run(["extract", dir.path("news"), "--summary", "json", "--progress"])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("progress: 2/2 docs") }, "\(result.stderr)")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
    #expect(summary["documents"] as? Int == 2 && summary["failed"] as? Int == 1 && summary["extracted"] as? Int == 1)
    #expect((summary["mentions"] as? [String: Int])?["money"] == 1)
    #expect(summary["schema"] as? String == "zhextract/2")
    #expect((summary["tool"] as? String)?.hasPrefix(BuildIdentity.version + "+") == true)
  }

  @Test func theInputFormatFlagHasOneNameAndKeepsTheOldOne() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.txt", "<p>营收1亿元</p>")
    let new = try CLIRunner.run(["extract", dir.path("a.txt"), "--input-format", "text", "-q"])
    let old = try CLIRunner.run(["extract", dir.path("a.txt"), "--format", "text", "-q"])
    #expect(new.status == 0 && old.status == 0)
    #expect(new.stdout == old.stdout)
    #expect(new.stdout.contains("\"format\":\"text\""))
    let help = try CLIRunner.run(["extract", "--help"])
    #expect(help.stdout.contains("--input-format") && !help.stdout.contains("--format <format>"))
  }

  @Test func completionsAndAManPageAreGenerated() throws {
    let bash = try CLIRunner.run(["--generate-completion-script", "bash"])
    #expect(bash.status == 0 && bash.stdout.contains("_zhextract") && bash.stdout.contains("--input-format"))
  }
}

import Foundation
import Testing
import ZhExtractTestSupport

@Suite struct BatchExtractTests {
  /// A small corpus of articles written for these tests, in nested directories.
  private func makeCorpus(_ dir: TemporaryDirectory, count: Int) throws -> [String] {
    var ids: [String] = []
    for i in 0..<count {
      let id = "\(["财经", "tech", "Tech", "a-b"][i % 4])/\(i % 3 == 0 ? "sub/" : "")稿件\(i).txt"
      let body = String(repeating: "第\(i)篇：公司去年营收\(i * 7)亿元，同比增长\(i)%。", count: 1 + (i * 37) % 90)
      try dir.write("in/" + id, body)
      ids.append(id)
    }
    return ids
  }

  @Test func directoryOrderIsCodePointOrderOfRelativePaths() throws {
    let dir = try TemporaryDirectory()
    for name in ["中.txt", "a.txt", "B.txt", "a-b.txt", "a/b.txt", "a0.txt", ".hidden.txt", "x/.git/y.txt"] {
      try dir.write("in/" + name, "正文")
    }
    let result = try CLIRunner.run(["extract", dir.path("in"), "--quiet"])
    #expect(result.status == 0, "\(result.stderr)")
    let ids = try jsonObjects(result.lines).map { $0["id"] as! String }
    // '-' (2D) < '.' (2E) < '/' (2F) < '0' (30); 'B' (42) < 'a' (61) < '中'.
    #expect(ids == ["B.txt", "a-b.txt", "a.txt", "a/b.txt", "a0.txt", "中.txt"])
  }

  @Test func parallelOutputEqualsSerialOutput() throws {
    let dir = try TemporaryDirectory()
    let ids = try makeCorpus(dir, count: 60)
    let serial = try CLIRunner.run(["extract", dir.path("in"), "--jobs", "1", "--quiet"])
    let parallel = try CLIRunner.run(["extract", dir.path("in"), "--jobs", "2", "--quiet"])
    let wide = try CLIRunner.run(["extract", dir.path("in"), "--jobs", "7", "--quiet"])
    #expect(serial.status == 0 && parallel.status == 0 && wide.status == 0)
    #expect(serial.lines.count == 60)
    #expect(parallel.stdout == serial.stdout)
    #expect(wide.stdout == serial.stdout)
    let sorted = ids.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    #expect(try jsonObjects(serial.lines).map { $0["id"] as! String } == sorted)
  }

  @Test func aCorruptFileAmongGoodOnesYieldsAnErrorRecordAndExit1() throws {
    let dir = try TemporaryDirectory()
    try dir.write("in/1-good.txt", "公司去年营收120亿元。")
    try FileManager.default.createSymbolicLink(atPath: dir.path("in/2-broken.txt"), withDestinationPath: dir.path("nowhere.txt"))
    var noise = Data(count: 4096)
    for i in 0..<noise.count where i % 3 == 0 { noise[i] = UInt8(truncatingIfNeeded: i * 7919) }
    try dir.write("in/3-binary.txt", noise)  // binary under a text name: read, refused
    try dir.write("in/4-good.txt", "今年一月，营收增长。")
    let result = try CLIRunner.run(["extract", dir.path("in"), "--jobs", "2"])
    #expect(result.status == 1)
    let objects = try jsonObjects(result.lines)
    #expect(objects.map { $0["id"] as! String } == ["1-good.txt", "2-broken.txt", "3-binary.txt", "4-good.txt"])
    let broken = objects[1]["error"] as? [String: Any]
    #expect(broken?["code"] as? String == "unreadable")
    #expect((broken?["message"] as? String)?.contains("No such file or directory") == true)
    #expect(objects[0]["error"] == nil && objects[3]["error"] == nil)
    #expect(objects[0]["source"] != nil && objects[3]["source"] != nil)
    #expect(result.stderr.contains("zhextract: error: \(dir.path("in/2-broken.txt"))"))
    #expect(result.stderr.contains("4 documents (") && result.stderr.contains("failed"))
  }

  @Test func secondRunSkipsUnchangedDocumentsAndSaysSo() throws {
    let dir = try TemporaryDirectory()
    _ = try makeCorpus(dir, count: 8)
    let first = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out")])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("8 documents:"))
    let before = try dir.read("out/财经/sub/稿件0.txt.json")
    #expect(before.hasPrefix("{\"schema\":\"zhextract/2\",\"id\":\"财经/sub/稿件0.txt\""))
    #expect(dir.exists("out/.zhextract-manifest.json"))

    let second = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out")])
    #expect(second.status == 0)
    #expect(second.stderr.contains("8 documents (8 skipped unchanged)"))
    #expect(try dir.read("out/财经/sub/稿件0.txt.json") == before)

    try dir.write("in/tech/稿件1.txt", "改写后的正文：营收125亿美元。")
    let third = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out")])
    #expect(third.stderr.contains("8 documents (7 skipped unchanged)"))
    #expect(try dir.read("out/tech/稿件1.txt.json").contains("\"bytes\":\(Array("改写后的正文：营收125亿美元。".utf8).count)"))

    let changedOptions = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out"), "--published", "2025-12-13"])
    #expect(changedOptions.stderr.contains("8 documents:"))
    let forced = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out"), "--published", "2025-12-13", "--force"])
    #expect(forced.stderr.contains("8 documents:"))
    let quiet = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out"), "--published", "2025-12-13", "--quiet"])
    #expect(quiet.stderr.isEmpty)
  }

  @Test func changingALexiconRedoesEveryDocument() throws {
    let dir = try TemporaryDirectory()
    _ = try makeCorpus(dir, count: 4)
    let first = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out")])
    #expect(first.status == 0)
    try dir.write("lex/batch-test-extra.tsv", "# File: batch-test-extra.tsv\n# Format: surface<TAB>note\n# Used by: nothing (CLI test)\n试验\t一\n")
    let overlaid = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out"), "--lexicons", dir.path("lex")])
    #expect(overlaid.status == 0, "\(overlaid.stderr)")
    #expect(overlaid.stderr.contains("4 documents:"))
    let again = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out"), "--lexicons", dir.path("lex")])
    #expect(again.stderr.contains("4 documents (4 skipped unchanged)"))
  }

  @Test func anInterruptedRunIsCompletedByTheNextOne() throws {
    let dir = try TemporaryDirectory()
    _ = try makeCorpus(dir, count: 6)
    #expect(try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out"), "--quiet"]).status == 0)
    let complete = try dir.read("out/Tech/稿件2.txt.json")
    // As if the run died while writing this file: the output is gone, a temporary file is left.
    try FileManager.default.removeItem(atPath: dir.path("out/Tech/稿件2.txt.json"))
    try dir.write("out/Tech/.稿件2.txt.json.zhextract-tmp-4242", String(complete.prefix(40)))
    let resumed = try CLIRunner.run(["extract", dir.path("in"), "--out-dir", dir.path("out")])
    #expect(resumed.status == 0)
    #expect(resumed.stderr.contains("6 documents (5 skipped unchanged)"))
    #expect(try dir.read("out/Tech/稿件2.txt.json") == complete)
    #expect(!dir.exists("out/Tech/.稿件2.txt.json.zhextract-tmp-4242"))
    let leftovers = try FileManager.default.subpathsOfDirectory(atPath: dir.path("out")).filter { $0.contains("zhextract-tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func jsonLinesGiveTheSameBytesWithOneJobAndInBatchesOnMoreJobs() throws {
    // 400 records: good ones, bad UTF-8, repeated ids, records over --max-bytes, bad JSON and
    // two records larger than a batch (64 KB), so that batches of every size are cut.
    var stream: [UInt8] = []
    for n in 0..<400 {
      var line: [UInt8]
      switch n % 9 {
      case 1: line = Array(#"{"id": "r\#(n)", "text": "坏"#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
      case 2: line = Array(#"{"id": "r\#(n - 2)", "text": "重复的编号。"}"#.utf8)
      case 4: line = Array(#"{"id": "r\#(n)", "text": "\#(String(repeating: "长", count: 2_000))"}"#.utf8)
      case 5: line = Array(#"{"id": "r\#(n)", "text": "#.utf8)
      default: line = Array(#"{"id": "r\#(n)", "text": "公司去年营收\#(n)亿元，明年1月发布。", "published": "2025-12-13"}"#.utf8)
      }
      if n == 100 || n == 101 {
        line = Array(#"{"id": "big\#(n)", "text": "\#(String(repeating: "北京消息：营收3.5亿美元。", count: 4_000))"}"#.utf8)
      }
      stream += line + [0x0A]
    }
    let arguments = ["extract", "--jsonl", "--quiet", "--max-bytes", "5000"]
    let serial = try CLIRunner.run(arguments + ["--jobs", "1"], stdin: Data(stream))
    let parallel = try CLIRunner.run(arguments + ["--jobs", "2"], stdin: Data(stream))
    let wide = try CLIRunner.run(arguments + ["--jobs", "5"], stdin: Data(stream))
    #expect(serial.status == 1)
    #expect(serial.lines.count == 400)
    #expect(parallel.stdout == serial.stdout)
    #expect(wide.stdout == serial.stdout)
    #expect(parallel.stderr == serial.stderr)
    #expect(wide.stderr == serial.stderr)
    let objects = try jsonObjects(serial.lines)
    let ids = objects.map { $0["id"] as! String }
    #expect(ids[0] == "r0" && ids[2] == "stdin:3" && ids[3] == "r3")
    let codes = objects.map { ($0["error"] as? [String: Any])?["code"] as? String ?? "" }
    #expect(codes[1] != "" && codes[2] == "duplicate-id" && codes[5] != "")
    #expect(codes[4] != "" && codes[13] != "")  // over --max-bytes
    #expect(codes[100] != "" && codes[101] != "")
    #expect(codes[0] == "" && codes[399] == "")

    let empty = try CLIRunner.run(["extract", "--jsonl", "--quiet", "--jobs", "2"], stdin: Data())
    #expect(empty.status == 0)
    #expect(empty.stdout.isEmpty)
  }

  @Test func jsonLinesRoundTripWithABadLine() throws {
    let input = """
      {"id": "news/1", "text": "公司去年营收120亿元。", "published": "2025-12-13T08:00"}
      {"id": "news/2", "text": "今天发布。"

      {"text": "没有编号"}
      {"id": "news/3", "text": "另一篇。", "extra": [1, 2]}
      \(String(repeating: "[", count: 50_000))
      """
    let result = try CLIRunner.run(["extract", "--jsonl", "--jobs", "2"], stdin: Data(input.utf8))
    #expect(result.status == 1)
    let objects = try jsonObjects(result.lines)
    #expect(objects.map { $0["id"] as! String } == ["news/1", "stdin:2", "stdin:4", "news/3", "stdin:6"])
    #expect(((objects[4]["error"] as! [String: Any])["message"] as! String).contains("nesting deeper than"))
    #expect((objects[0]["meta"] as! [String: Any])["published"] as? String == "2025-12-13T08:00")
    #expect((objects[0]["source"] as! [String: Any])["bytes"] as? Int == Array("公司去年营收120亿元。".utf8).count)
    let bad = objects[1]["error"] as! [String: Any]
    #expect(bad["code"] as? String == "invalid-record")
    #expect((bad["message"] as! String).hasPrefix("line 2: not valid JSON"))
    #expect(((objects[2]["error"] as! [String: Any])["message"] as! String) == "line 4: the record has no \"id\" string")
    #expect(result.stderr.contains("standard input, line 2: not valid JSON"))

    let dir = try TemporaryDirectory()
    let toDir = try CLIRunner.run(["extract", "--jsonl", "--out-dir", dir.path("out")], stdin: Data(input.utf8))
    #expect(toDir.status == 1)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path("out")).filter { !$0.hasPrefix(".") }.sorted()
    #expect(files.count == 5)
    #expect(files.allSatisfy { $0.hasSuffix(".json") && !$0.contains("/") })
    #expect(files.contains { $0.hasPrefix("news_1~") })
  }

  @Test func stdinIsOneDocumentWithTheGivenId() throws {
    let result = try CLIRunner.run(["extract", "--stdin", "--id", "剪贴板", "--quiet"], stdin: Data("营收120亿元".utf8))
    #expect(result.status == 0)
    let objects = try jsonObjects(result.lines)
    #expect(objects.count == 1)
    #expect(objects[0]["id"] as? String == "剪贴板")
    #expect(result.stderr.isEmpty)
  }

  @Test func outputFileIsWrittenWholeAndStdoutStaysEmpty() throws {
    let dir = try TemporaryDirectory()
    _ = try makeCorpus(dir, count: 5)
    let result = try CLIRunner.run(["extract", dir.path("in"), "-o", dir.path("all.jsonl"), "--quiet"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let lines = try dir.read("all.jsonl").split(separator: "\n")
    #expect(lines.count == 5)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.contains("zhextract-tmp") }.isEmpty)
  }

  @Test(arguments: [
    ["extract"],
    ["extract", "--jobs", "0", "x"],
    ["extract", "--tz", "+25:00", "x"],
    ["extract", "--published", "yesterday", "x"],
    ["extract", "--stdin", "--jsonl"],
    ["extract", "--id", "a", "x"],
    ["extract", "--force", "x"],
    ["extract", "--out-dir", "a", "-o", "b", "x"],
  ])
  func usageErrorsExit64(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }
}

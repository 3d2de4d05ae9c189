import Foundation
import Testing
import ZhExtractTestSupport

/// JSON Lines records that carry a file's raw bytes (`"bytes"`, base64, with `"path"`), and
/// `--first-line` for a stream cut from a larger one: what a cluster job needs to give the
/// same output as the CLI run on one machine.
@Suite struct JSONLinesRecordTests {
  /// Articles in the encodings the CLI reads, as bytes on disk.
  private static let files: [(name: String, bytes: [UInt8])] = [
    // GB18030: 北京消息：公司去年营收120亿元，明年1月将推出新一代模型。
    (
      "gb18030.txt",
      [
        177, 177, 190, 169, 207, 251, 207, 162, 163, 186, 185, 171, 203, 190, 200, 165, 196, 234, 211, 170, 202, 213,
        49, 50, 48, 210, 218, 212, 170, 163, 172, 195, 247, 196, 234, 49, 212, 194, 189, 171, 205, 198, 179, 246, 208,
        194, 210, 187, 180, 250, 196, 163, 208, 205, 161, 163,
      ]
    ),
    // Big5: 台北訊：公司去年營收120億元，今年一月將推出新產品。
    (
      "新闻/big5.txt",
      [
        165, 120, 165, 95, 176, 84, 161, 71, 164, 189, 165, 113, 165, 104, 166, 126, 192, 231, 166, 172, 49, 50, 48,
        187, 245, 164, 184, 161, 65, 164, 181, 166, 126, 164, 64, 164, 235, 177, 78, 177, 192, 165, 88, 183, 115, 178,
        163, 171, 126, 161, 67,
      ]
    ),
    ("utf16.txt", [0xFF, 0xFE] + "上海讯：营收3.5亿美元。".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
    ("page.html", Array("<html><head><title>标题</title></head><body><p>营收<b>120亿元</b>&amp;增长</p></body></html>".utf8)),
  ]

  private static func record(_ fields: [String: String]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
  }

  @Test func aRecordOfBase64BytesGivesWhatTheFileItselfGives() throws {
    let dir = try TemporaryDirectory()
    for file in Self.files { try dir.write("in/" + file.name, Data(file.bytes)) }
    let root = dir.path("in")
    let direct = try CLIRunner.run(["extract", root, "--quiet", "--published", "2025-12-13"])
    #expect(direct.status == 0, "\(direct.stderr)")

    // The same files as records, in the directory's order: id relative to the root, path as
    // the CLI shows it.
    let ids = try jsonObjects(direct.lines).map { $0["id"] as! String }
    #expect(ids == ["gb18030.txt", "page.html", "utf16.txt", "新闻/big5.txt"])
    let records = try ids.map { id in
      try Self.record(["id": id, "bytes": Data(contentsOf: URL(fileURLWithPath: root + "/" + id)).base64EncodedString(), "path": root + "/" + id])
    }
    let viaRecords = try CLIRunner.run(
      ["extract", "--jsonl", "--quiet", "--published", "2025-12-13"], stdin: Data(records.joined(separator: "\n").utf8))
    #expect(viaRecords.status == 0, "\(viaRecords.stderr)")
    #expect(viaRecords.stdout == direct.stdout)

    let objects = try jsonObjects(viaRecords.lines)
    let encodings = objects.map { ($0["source"] as! [String: Any])["encoding"] as! String }
    #expect(encodings == ["GB18030", "UTF-8", "UTF-16LE", "Big5"])
    #expect((objects[3]["source"] as! [String: Any])["path"] as? String == root + "/新闻/big5.txt")
    let money = objects[3]["money"] as! [[String: Any]]
    #expect(money.first?["text"] as? String == "120億元")
    #expect(money.first?["amount"] as? Int == 12_000_000_000)
  }

  @Test func withoutPathTheSourcePathIsNull() throws {
    let line = try Self.record(["id": "a", "bytes": Data("营收120亿元".utf8).base64EncodedString()])
    let result = try CLIRunner.run(["extract", "--jsonl", "--quiet"], stdin: Data(line.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let source = try jsonObjects(result.lines)[0]["source"] as! [String: Any]
    #expect(source["path"] is NSNull)
    #expect(source["bytes"] as? Int == 15)
  }

  @Test(arguments: [
    (#"{"id": "a", "text": "营收", "bytes": "6JCl5pS2"}"#, #"the record has both "text" and "bytes"; give one"#),
    (#"{"id": "a", "bytes": "6JCl5pS2!"}"#, #""bytes" is not base64 (RFC 4648: A–Z a–z 0–9 + /, padded with =, no line breaks)"#),
    (#"{"id": "a", "bytes": [232, 144]}"#, #""bytes" must be a base64 string"#),
    (#"{"id": "a", "bytes": "6JCl5pS2", "path": 7}"#, #""path" must be a string"#),
    (#"{"id": "a", "text": "营收", "path": "x.txt"}"#, #""path" goes with "bytes", not with "text""#),
    (#"{"id": "a", "text": 12}"#, #"the record has no "text" string (or "bytes")"#),
  ])
  func aMalformedRecordIsAnErrorRecordThatSaysWhy(line: String, problem: String) throws {
    let result = try CLIRunner.run(["extract", "--jsonl", "--quiet"], stdin: Data((#"{"id": "ok", "text": "好"}"# + "\n" + line).utf8))
    #expect(result.status == 1)
    let objects = try jsonObjects(result.lines)
    #expect(objects.count == 2)
    #expect(objects[0]["error"] == nil)
    #expect(objects[1]["id"] as? String == "a")
    let error = objects[1]["error"] as! [String: Any]
    #expect(error["code"] as? String == "invalid-record")
    #expect(error["message"] as? String == "line 2: " + problem)
  }

  @Test func aStreamCutInTwoWithFirstLineGivesWhatTheWholeStreamGives() throws {
    let lines = [
      #"{"id": "n1", "text": "公司去年营收120亿元。", "published": "2025-12-13"}"#,
      #"{"id": "n2", "text": "#,
      "",
      #"{"text": "没有编号"}"#,
      #"{"id": "n3", "text": "明年1月发布。", "published": "2025-12-13"}"#,
      "[1, 2",
    ]
    let whole = try CLIRunner.run(["extract", "--jsonl", "--quiet"], stdin: Data(lines.joined(separator: "\n").utf8))
    #expect(whole.status == 1)
    let ids = try jsonObjects(whole.lines).map { $0["id"] as! String }
    #expect(ids == ["n1", "stdin:2", "stdin:4", "n3", "stdin:6"])

    let head = try CLIRunner.run(["extract", "--jsonl", "--quiet"], stdin: Data(lines[0..<3].joined(separator: "\n").utf8))
    let tail = try CLIRunner.run(
      ["extract", "--jsonl", "--quiet", "--first-line", "4"], stdin: Data(lines[3...].joined(separator: "\n").utf8))
    #expect(head.stdout + tail.stdout == whole.stdout)
    let error = try jsonObjects(tail.lines)[0]["error"] as! [String: Any]
    #expect(error["message"] as? String == #"line 4: the record has no "id" string"#)
  }

  @Test(arguments: [
    ["extract", "--first-line", "3", "x.txt"],
    ["extract", "--jsonl", "--first-line", "0"],
  ])
  func firstLineNeedsJSONLinesAndAPositiveNumber(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("--first-line"))
  }
}

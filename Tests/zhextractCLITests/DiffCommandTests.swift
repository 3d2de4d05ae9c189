import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport

/// `zhextract diff` on extractions written here as SPEC JSON (the extractors' own output is
/// not needed: these tests are about comparing, not extracting).
@Suite struct DiffCommandTests {
  private static func document(
    _ id: String, sha: String, path: String? = nil, bytes: Int = 100, published: String = "2025-12-13",
    money: [String] = [], dates: [String] = [], entities: [String] = [], warnings: [String] = []
  ) -> String {
    let pathJSON = path.map { "\"\($0)\"" } ?? "null"
    return """
      {"schema":"zhextract/1","id":"\(id)","source":{"path":\(pathJSON),"sha256":"\(sha)","bytes":\(bytes),"encoding":"UTF-8","format":"text"},\
      "meta":{"title":null,"published":"\(published)","script":"hans"},"money":[\(money.joined(separator: ","))],\
      "dates":[\(dates.joined(separator: ","))],"entities":[\(entities.joined(separator: ","))],\
      "warnings":[\(warnings.map { "\"\($0)\"" }.joined(separator: ","))]}
      """
  }

  private static func money(_ text: String, _ start: Int, _ end: Int, _ amount: String, _ currency: String) -> String {
    """
    {"text":"\(text)","start":\(start),"end":\(end),"normalized":"\(text)","amount":\(amount),"min":null,"max":null,\
    "currency":"\(currency)","per":null,"qualifier":null,"implicit":false,"rule":"money.number-unit-currency"}
    """
  }

  private static func date(_ text: String, _ start: Int, _ end: Int, _ value: String, _ grain: String) -> String {
    """
    {"text":"\(text)","start":\(start),"end":\(end),"value":"\(value)","grain":"\(grain)","relative":true,"anchor":"2025-12-13","rule":"date.test"}
    """
  }

  private static func entity(_ text: String, _ start: Int, _ end: Int, id: String, type: String = "organization") -> String {
    """
    {"text":"\(text)","start":\(start),"end":\(end),"normalized":"\(text)","type":"\(type)","id":"\(id)","name":null,"nameZh":null,"source":"lexicon"}
    """
  }

  /// The article before revision: 去年 / 120亿美元 / 3亿元 / OpenAI.
  private static let original = document(
    "a.txt", sha: "1111",
    money: [money("120亿美元", 6, 12, "12000000000", "USD"), money("3亿元", 30, 33, "300000000", "CNY")],
    dates: [date("去年", 2, 4, "2024", "year")],
    entities: [entity("OpenAI", 40, 46, id: "openai")])

  private static let other = document("b.txt", sha: "2222", dates: [date("1月27日", 0, 6, "2026-01-27", "day")])

  private func write(_ dir: TemporaryDirectory, _ name: String, _ documents: [String]) throws -> String {
    try dir.write(name, documents.joined(separator: "\n") + "\n")
  }

  @Test func identicalInputsExit0WithNoOutput() throws {
    let dir = try TemporaryDirectory()
    let a = try write(dir, "old.jsonl", [Self.original, Self.other])
    let b = try write(dir, "new.jsonl", [Self.original, Self.other])
    for format in ["human", "json"] {
      let result = try CLIRunner.run(["diff", a, b, "--format", format])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test func aRevisedFigureIsChangedNotRemovedAndAdded() throws {
    let dir = try TemporaryDirectory()
    // The revision inserts two characters before the figure and revises it; everything after
    // it moves by two.
    let revised = Self.document(
      "a.txt", sha: "3333",
      money: [Self.money("125亿美元", 8, 14, "12500000000", "USD"), Self.money("3亿元", 32, 35, "300000000", "CNY")],
      dates: [Self.date("去年", 2, 4, "2024", "year")],
      entities: [Self.entity("OpenAI", 42, 48, id: "openai")])
    let a = try write(dir, "old.jsonl", [Self.original, Self.other])
    let b = try write(dir, "new.jsonl", [revised, Self.other])
    let json = try CLIRunner.run(["diff", a, b, "--format", "json"])
    #expect(json.status == 1)
    let changes = try jsonObjects(json.lines)
    #expect(changes.count == 1)
    #expect(changes[0]["id"] as? String == "a.txt")
    #expect(changes[0]["kind"] as? String == "money")
    #expect(changes[0]["change"] as? String == "changed")
    #expect((changes[0]["old"] as? [String: Any])?["text"] as? String == "120亿美元")
    #expect((changes[0]["new"] as? [String: Any])?["text"] as? String == "125亿美元")
    #expect(json.lines[0].contains("\"amount\":12500000000,"))

    let human = try CLIRunner.run(["diff", a, b])
    #expect(human.status == 1)
    #expect(human.stdout.contains("a.txt  (text revised)"))
    #expect(human.stdout.contains("~ money     120亿美元 → 125亿美元  amount 12000000000 → 12500000000"))
    #expect(human.stdout.contains("between «去年» and «3亿元»"))
    #expect(!human.stdout.contains("\u{1B}["))  // NO_COLOR is set by the runner
    #expect(!human.stdout.contains("b.txt"))
  }

  @Test func aLexiconChangeOnTheSameTextIsMatchedBySpan() throws {
    let dir = try TemporaryDirectory()
    // Same text (same sha256): the entity is now linked to another id, 3亿元 is no longer
    // money, and a new date is found.
    let relinked = Self.document(
      "a.txt", sha: "1111",
      money: [Self.money("120亿美元", 6, 12, "12000000000", "USD")],
      dates: [Self.date("去年", 2, 4, "2024", "year"), Self.date("上周五", 20, 23, "2025-12-05", "day")],
      entities: [Self.entity("OpenAI", 40, 46, id: "openai-inc")])
    let a = try write(dir, "old.jsonl", [Self.original])
    let b = try write(dir, "new.jsonl", [relinked])
    let result = try CLIRunner.run(["diff", a, b, "--format", "json"])
    #expect(result.status == 1)
    let summary = try jsonObjects(result.lines).map { "\($0["kind"]!) \($0["change"]!)" }
    #expect(summary == ["dates added", "money removed", "entities changed"])

    let human = try CLIRunner.run(["diff", a, b])
    #expect(human.stdout.contains("a.txt  (same text)"))
    #expect(human.stdout.contains("~ entities  OpenAI  id openai → openai-inc"))
    #expect(human.stdout.contains("- money     3亿元  300000000 CNY"))
    #expect(human.stdout.contains("+ dates     上周五  2025-12-05 (day)"))

    let onlyMoney = try CLIRunner.run(["diff", a, b, "--kinds", "money", "--format", "json"])
    #expect(try jsonObjects(onlyMoney.lines).map { $0["kind"] as! String } == ["money"])
    let onlyMeta = try CLIRunner.run(["diff", a, b, "--kinds", "meta"])
    #expect(onlyMeta.status == 0 && onlyMeta.stdout.isEmpty)
  }

  @Test func documentsOnOneSideOnlyAreAddedOrRemoved() throws {
    let dir = try TemporaryDirectory()
    let a = try write(dir, "old.jsonl", [Self.original, Self.other])
    let c = Self.document("c.txt", sha: "4444")
    let b = try write(dir, "new.jsonl", [c, Self.original])
    let result = try CLIRunner.run(["diff", a, b, "--format", "json"])
    #expect(result.status == 1)
    let changes = try jsonObjects(result.lines)
    #expect(changes.map { "\($0["id"]!) \($0["change"]!)" } == ["c.txt document-added", "b.txt document-removed"])
    let summary = try CLIRunner.run(["diff", a, b, "--summary"])
    #expect(summary.stdout == "0 documents changed, 1 added, 1 removed (1 compared)\n")
    let summaryJSON = try CLIRunner.run(["diff", a, b, "--summary", "--format", "json"])
    #expect(summaryJSON.stdout.hasPrefix(#"{"documents":{"compared":1,"changed":0,"added":1,"removed":1}"#))
  }

  @Test func metaAndErrorChangesAreReported() throws {
    let dir = try TemporaryDirectory()
    let republished = Self.document("b.txt", sha: "2222", published: "2025-12-14", dates: [Self.date("1月27日", 0, 6, "2026-01-27", "day")])
    let failed = #"{"schema":"zhextract/1","id":"a.txt","error":{"code":"not-text","message":"a.txt: not a text document"}}"#
    let a = try write(dir, "old.jsonl", [Self.original, Self.other])
    let b = try write(dir, "new.jsonl", [failed, republished])
    let result = try CLIRunner.run(["diff", a, b, "--format", "json", "--kinds", "meta,error,entities"])
    #expect(result.status == 1)
    let changes = try jsonObjects(result.lines)
    #expect(
      changes.map { "\($0["id"]!) \($0["kind"]!) \($0["change"]!)" } == [
        "a.txt error added", "a.txt entities removed", "b.txt meta changed",
      ])
    let human = try CLIRunner.run(["diff", a, b, "--kinds", "meta"])
    #expect(human.stdout.contains("~ meta      published 2025-12-13 → 2025-12-14"))
  }

  @Test func outDirectoriesAreComparedLikeFiles() throws {
    let dir = try TemporaryDirectory()
    try dir.write("old/a.txt.json", Self.original + "\n")
    try dir.write("old/sub/b.txt.json", Self.other + "\n")
    try dir.write("old/.zhextract-manifest.json", "{\"schema\": \"zhextract-manifest/1\", \"documents\": {}}\n")
    try dir.write("new/a.txt.json", Self.original + "\n")
    let moved = Self.document("b.txt", sha: "2222", dates: [Self.date("1月27日", 0, 6, "2026-01-27", "day")], warnings: ["odd bytes"])
    try dir.write("new/sub/b.txt.json", moved + "\n")
    let result = try CLIRunner.run(["diff", dir.path("old"), dir.path("new"), "--format", "json"])
    #expect(result.status == 1, "\(result.stderr)")
    let changes = try jsonObjects(result.lines)
    #expect(changes.map { "\($0["id"]!) \($0["kind"]!) \($0["change"]!)" } == ["b.txt warnings added"])
  }

  @Test func theSentenceIsReadFromAnUnchangedSourceFile() throws {
    let dir = try TemporaryDirectory()
    let text = MarkedText("第一句。公司去年营收⟦120亿美元⟧，同比增长。最后一句。")
    let source = try dir.write("article.txt", text.text)
    let sha = ContentHash.hex(of: Array(text.text.utf8))
    let span = text.span(0)
    let size = text.text.utf8.count
    let before = Self.document("article.txt", sha: sha, path: source, bytes: size)
    let after = Self.document("article.txt", sha: sha, path: source, bytes: size, money: [Self.money("120亿美元", span[0], span[1], "12000000000", "USD")])
    let a = try write(dir, "old.jsonl", [before])
    let b = try write(dir, "new.jsonl", [after])
    let result = try CLIRunner.run(["diff", a, b])
    #expect(result.status == 1)
    #expect(result.stdout.contains("公司去年营收【120亿美元】，同比增长。"))
    #expect(!result.stdout.contains("第一句") && !result.stdout.contains("最后一句"))
  }

  @Test func colourOnlyWhenAskedAndNoColorRespected() throws {
    let dir = try TemporaryDirectory()
    let a = try write(dir, "old.jsonl", [Self.original])
    let b = try write(dir, "new.jsonl", [Self.other])
    #expect(try CLIRunner.run(["diff", a, b, "--color", "always"]).stdout.contains("\u{1B}[32m+ b.txt"))
    #expect(!(try CLIRunner.run(["diff", a, b, "--color", "auto"]).stdout.contains("\u{1B}[")))
  }

  @Test(arguments: [
    ("not json", "line 1, column 1"),
    (#"{"schema":"zhextract/1","text":"no id"}"#, "without an \"id\""),
    (#"{"schema":"other/2","id":"x"}"#, "not zhextract output (schema \"other/2\""),
    (original + "\n" + original, "appears twice"),
    (String(repeating: "[", count: 100_000), "nesting deeper than"),
  ])
  func troubleExits2(content: String, message: String) throws {
    let dir = try TemporaryDirectory()
    let bad = try dir.write("bad.jsonl", content)
    let good = try write(dir, "good.jsonl", [Self.original])
    let result = try CLIRunner.run(["diff", bad, good])
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: [
    ["diff"], ["diff", "only-one"], ["diff", "a", "b", "--kinds", "money,sums"], ["diff", "a", "b", "--format", "xml"],
    ["diff", "/nonexistent/a", "/nonexistent/b"],
  ])
  func usageAndMissingInputExit2(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
  }
}

import Foundation
import Testing
import ZhExtract
import ZhExtractTestSupport
@testable import zhextract

/// `POST /v1/extract` answers exactly what `zhextract extract` writes for the same input and
/// options, in every input form, and tells a document's failure by its status.
@Suite(.serialized) struct ServeExtractTests {
  static let ndjson = "application/x-ndjson"

  @Test func rawDocumentsAreTheCLIsOutputByteForByte() async throws {
    let server = try await TestServer()
    for file in try PackagePaths.corpusFiles() {
      let bytes = try Data(contentsOf: file)
      let id = file.lastPathComponent
      let cli = try CLIRunner.run(["extract", "--stdin", "--id", id, "--published", "2025-12-13"], stdin: bytes)
      #expect(cli.status == 0, "\(cli.stderr)")
      let answer = try await server.post("/v1/extract?id=\(id)&published=2025-12-13", contentType: "text/plain; charset=utf-8", body: [UInt8](bytes))
      #expect(answer.status == 200)
      #expect(answer.header("Content-Type") == "application/json")
      #expect(answer.text == cli.stdout, "\(id)")
    }
    // Without ?id= the document is "-", as --stdin without --id; the date is the text's own.
    let file = try PackagePaths.corpusFiles()[0]
    let cli = try CLIRunner.run(["extract", "--stdin"], stdin: try Data(contentsOf: file))
    let answer = try await server.post("/v1/extract", body: [UInt8](try Data(contentsOf: file)))
    #expect(answer.text == cli.stdout)
    try await server.stop()
  }

  @Test func otherEncodingsAndFormatsAreReadAsTheCLIReadsThem() async throws {
    let server = try await TestServer()
    let text = "<html><head><title>財報</title></head><body><p>公司去年營收120億元，明年1月將推出新產品。</p></body></html>"
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let cases: [(body: [UInt8], query: String, flags: [String])] = [
      (utf16, "?id=page&published=2025-12-13", ["--published", "2025-12-13"]),
      (Array(text.utf8), "?id=page&format=text", ["--format", "text"]),
      (Array(text.utf8), "?id=page&published=2025-12-13T08:00%2B08:00", ["--published", "2025-12-13T08:00+08:00"]),
    ]
    for (body, query, flags) in cases {
      let cli = try CLIRunner.run(["extract", "--stdin", "--id", "page"] + flags, stdin: Data(body))
      let answer = try await server.post("/v1/extract" + query, contentType: "text/html", body: body)
      #expect(answer.status == 200)
      #expect(answer.text == cli.stdout, "\(query)")
    }
    try await server.stop()
  }

  @Test func theTimeZoneOfTheServerIsTheCLIsTz() async throws {
    let server = try await TestServer { $0.timeZoneOffsetMinutes = -300 }
    // 02:00 UTC is still the 31st in New York, already the 1st in Beijing.
    let text = "---\ndate: 2026-01-01T02:00:00Z\n---\n今天公司公布营收120亿元，明天开会。"
    let cli = try CLIRunner.run(["extract", "--stdin", "--id", "a", "--tz=-05:00"], stdin: Data(text.utf8))
    #expect(cli.stdout.contains(#""value":"2025-12-31","grain":"day""#))
    let answer = try await server.post("/v1/extract?id=a", text: text)
    #expect(answer.text == cli.stdout)
    let inChina = try CLIRunner.run(["extract", "--stdin", "--id", "a"], stdin: Data(text.utf8))
    #expect(answer.text != inChina.stdout)  // the zone changed the answer, and the server followed --tz
    try await server.stop()
  }

  /// The JSON forms against `zhextract extract --jsonl` fed the same records.
  @Test func recordsArraysAndJSONLinesAreTheCLIsJSONLines() async throws {
    let server = try await TestServer()
    let records = [
      #"{"id":"a","text":"公司去年营收120亿元。","published":"2025-12-13"}"#,
      #"{"id":"b","text":"明年1月將推出新一代模型，奧爾特曼稱。"}"#,
      #"{"id":"c","text":"1月27日"}"#,
    ]
    let jsonl = records.joined(separator: "\n") + "\n"
    let cli = try CLIRunner.run(["extract", "--jsonl", "--published", "2026-02-03"], stdin: Data(jsonl.utf8))
    #expect(cli.lines.count == 3)

    let lines = try await server.post("/v1/extract?published=2026-02-03", contentType: Self.ndjson, text: jsonl)
    #expect(lines.status == 200)
    #expect(lines.header("Content-Type") == "application/x-ndjson")
    #expect(lines.header("Content-Length") == nil)  // streamed
    #expect(lines.text == cli.stdout)

    let array = try await server.post("/v1/extract?published=2026-02-03", contentType: "application/json", text: "[\(records.joined(separator: ",\n"))]")
    #expect(array.status == 200)
    #expect(array.text == cli.stdout)

    let single = try await server.post("/v1/extract?published=2026-02-03", contentType: "application/json; charset=utf-8", text: records[1])
    #expect(single.status == 200)
    #expect(single.header("Content-Type") == "application/json")
    #expect(single.text == cli.lines[1] + "\n")
    try await server.stop()
  }

  /// What the CLI's line reader does with awkward lines, the body does too.
  @Test func awkwardJSONLinesAreReadAsTheCLIReadsThem() async throws {
    let server = try await TestServer()
    let body =
      "\u{FEFF}" + #"{"id":"a","text":"营收120亿元"}"# + "\r\n\n   \n" + "not json\n" + #"{"text":"no id"}"# + "\n"
      + #"{"id":"d","text":"去年","published":"2025-13-45"}"# + "\n" + #"{"id":"a","text":"again"}"# + "\n"
      + #"{"id":"e","text":"1月27日","published":"2026-02-03"}"#
    let cli = try CLIRunner.run(["extract", "--jsonl"], stdin: Data(body.utf8))
    let answer = try await server.post("/v1/extract", contentType: Self.ndjson, text: body)
    #expect(answer.status == 200)
    #expect(answer.text == cli.stdout)
    #expect(answer.lines.count == 6)
    #expect(answer.lines[1].contains(#""id":"stdin:4","error":{"code":"invalid-record""#))
    #expect(answer.lines[4].contains(#""id":"stdin:7","error":{"code":"duplicate-id""#))
    try await server.stop()
  }

  @Test func aSingleDocumentThatFailsIsItsErrorRecordWith400Or422() async throws {
    let server = try await TestServer()
    let missingText = try await server.post("/v1/extract", contentType: "application/json", text: #"{"id":"x"}"#)
    #expect(missingText.status == 400)
    let cliMissing = try CLIRunner.run(["extract", "--jsonl"], stdin: Data(#"{"id":"x"}"#.utf8))
    #expect(missingText.text == cliMissing.stdout)
    #expect(missingText.text.hasPrefix(#"{"schema":"zhextract/2","id":"x","error":{"code":"invalid-record","message":"line 1: the record has no \"text\""#))

    let malformed = try await server.post("/v1/extract", contentType: "application/json", text: #"{"id":"x","text":"#)
    #expect(malformed.status == 400)
    let cli = try CLIRunner.run(["extract", "--jsonl"], stdin: Data(#"{"id":"x","text":"#.utf8))
    #expect(malformed.text == cli.stdout)  // the CLI's error record, exactly

    let brokenArray = try await server.post("/v1/extract", contentType: "application/json", text: #"[{"id":"x","text":"a"},"#)
    #expect(brokenArray.status == 400)
    #expect(brokenArray.text.hasPrefix(#"{"schema":"zhextract/2","id":"-","error":{"code":"invalid-record","message":"not valid JSON: "#))

    let scalar = try await server.post("/v1/extract", contentType: "application/json", text: "42")
    #expect(scalar.status == 400)
    #expect(scalar.text.contains(#""code":"invalid-record""#))

    let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 0, 0, 0, 1, 2, 3, 0]
    let notText = try await server.post("/v1/extract?id=image.png", contentType: "application/octet-stream", body: binary)
    #expect(notText.status == 422)
    let cliBinary = try CLIRunner.run(["extract", "--stdin", "--id", "image.png"], stdin: Data(binary))
    #expect(notText.text == cliBinary.stdout)
    #expect(notText.text.contains(#""error":{"code":"not-text""#))
    try await server.stop()
  }

  @Test(arguments: [
    ("/v1/extract?published=2025-13-01", "text/plain", "?published= must be an ISO 8601 date"),
    ("/v1/extract?format=pdf", "text/plain", "?format= is text, markdown or html, not 'pdf'"),
    ("/v1/extract?publish=2025-12-13", "text/plain", "unknown query parameter 'publish'"),
    ("/v1/extract?id=a", "application/json", "?id= names a raw document"),
  ])
  func badQueriesAre400(path: String, contentType: String, message: String) async throws {
    let server = try await TestServer()
    let answer = try await server.post(path, contentType: contentType, text: #"{"id":"a","text":"营收120亿元"}"#)
    #expect(answer.status == 400)
    let error = try JSONParser.parse(answer.body)["error"]
    #expect(error?["code"]?.stringValue == "invalid-request")
    #expect(error?["message"]?.stringValue?.contains(message) == true, "\(answer.text)")
    try await server.stop()
  }

  /// Every hostile generator of the library, through HTTP: each answer is the library's own
  /// result for the bytes, keeps the output invariants, and the server goes on serving.
  @Test func hostileInputsAreAnsweredAndTheServerGoesOn() async throws {
    let server = try await TestServer()
    let extractor = try Extractor()
    for input in PathologicalInput.allCases {
      let bytes = input.bytes(approximately: 6_000)
      let answer = try await server.post("/v1/extract?id=\(input.rawValue)&format=\(input.format.rawValue)", body: bytes)
      let expected = extractor.extract(bytes: bytes, id: input.rawValue, markup: input.format)
      #expect(answer.status == 200, "\(input)")
      #expect(answer.text == expected.jsonText() + "\n", "\(input)")
      let original = extractor.decodedText(bytes: bytes, format: InputFormat(rawValue: input.format.rawValue))
      #expect(OutputInvariants.violations(expected, original: original).isEmpty, "\(input)")
    }
    #expect(try await server.get("/healthz").status == 200)
    try await server.stop()
  }

  /// Many requests at once, mixed with documents that fail: each answer is the one the same
  /// request gets alone.
  @Test func concurrentRequestsEachGetTheirOwnAnswer() async throws {
    let server = try await TestServer {
      $0.workers = 2; $0.queue = 64
    }
    let files = try PackagePaths.corpusFiles()
    var requests: [(contentType: String, body: [UInt8])] = []
    for (index, file) in files.enumerated() {
      requests.append(("text/plain", [UInt8](try Data(contentsOf: file))))
      requests.append(("application/json", Array(#"{"id":"r\#(index)","text":"第\#(index)季度营收\#(index + 1)亿元"}"#.utf8)))
      requests.append(("application/octet-stream", [0, 1, 2, 0, 0, 0, 0, 0, UInt8(index)]))
      requests.append(("application/json", Array(#"{"id":"bad\#(index)","text":"#.utf8)))
    }
    var alone: [TestResponse] = []
    for request in requests { alone.append(try await server.post("/v1/extract", contentType: request.contentType, body: request.body)) }
    let together = try await withThrowingTaskGroup(of: (Int, TestResponse).self) { group in
      let numbered = Array(requests.enumerated())
      for (index, request) in numbered + numbered + numbered {
        group.addTask { (index, try await server.post("/v1/extract", contentType: request.contentType, body: request.body)) }
      }
      var answers: [(Int, TestResponse)] = []
      for try await answer in group { answers.append(answer) }
      return answers
    }
    #expect(together.count == requests.count * 3)
    for (index, answer) in together {
      #expect(answer.status == alone[index].status)
      #expect(answer.text == alone[index].text)
    }
    #expect(Set(alone.map(\.status)) == [200, 400, 422])
    try await server.stop()
  }
}

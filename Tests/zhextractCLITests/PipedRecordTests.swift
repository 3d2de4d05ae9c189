import Foundation
import Testing
import ZhExtractTestSupport

/// A program that pipes records into `extract --jsonl` one at a time and waits for each answer
/// before it writes the next: every answer must come at once, not when the next record (or the
/// end of input) arrives, with one job or more.
@Suite struct PipedRecordTests {
  /// The real binary with pipes on both ends; every wait has a deadline, so that a missing
  /// answer fails the test instead of hanging the suite.
  private final class Conversation {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private var held: [UInt8] = []

    init(_ arguments: [String]) throws {
      process.executableURL = CLIRunner.binary
      process.arguments = arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
    }

    func send(_ text: String) {
      input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// The next line of output, or `nil` if none came within `seconds`.
    func answer(within seconds: Double) -> String? {
      let deadline = Date().addingTimeInterval(seconds)
      let fd = output.fileHandleForReading.fileDescriptor
      while true {
        if let newline = held.firstIndex(of: 0x0A) {
          let line = String(decoding: held[..<newline], as: UTF8.self)
          held.removeSubrange(...newline)
          return line
        }
        let left = deadline.timeIntervalSinceNow
        guard left > 0 else { return nil }
        var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, Int32(min(left, 1) * 1000) + 1) > 0 else { continue }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n <= 0 { return nil }  // the end, with no line
        held += chunk[..<n]
      }
    }

    /// Closes the input and waits (at most `seconds`, then kills) for the exit status.
    func finish(within seconds: Double) -> Int32? {
      try? input.fileHandleForWriting.close()
      let deadline = Date().addingTimeInterval(seconds)
      while process.isRunning && Date() < deadline { usleep(10_000) }
      guard !process.isRunning else {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return nil
      }
      return process.terminationStatus
    }
  }

  private static func record(_ id: String, _ text: String) -> String {
    "{\"id\":\"\(id)\",\"text\":\"\(text)\"}\n"
  }

  @Test(arguments: [1, 2])
  func eachRecordIsAnsweredBeforeTheNextIsWritten(jobs: Int) throws {
    let arguments = ["extract", "--jsonl", "--jobs", "\(jobs)", "--quiet"]
    let talk = try Conversation(arguments)
    defer { if talk.process.isRunning { kill(talk.process.processIdentifier, SIGKILL) } }
    let exchanges: [(send: String, id: String, has: String)] = [
      (Self.record("a", "公司去年营收120亿元。"), "a", "\"amount\":12000000000,"),
      (Self.record("b", "2024年3月5日在北京发布。") + "\n  \n", "b", "\"value\":\"2024-03-05\""),  // blank lines after it
      ("{\"id\":\"c\",\"text\":\n", "stdin:5", "\"invalid-record\""),  // not JSON: an error record, at once too
      (Self.record("a", "营收3.5亿美元。"), "stdin:6", "\"duplicate-id\""),
      (Self.record("d", "营收3.5亿美元。"), "d", "\"currency\":\"USD\""),
    ]
    var answers: [String] = []
    for (number, exchange) in exchanges.enumerated() {
      talk.send(exchange.send)
      // The first answer pays the start-up (lexicons, tables) on a loaded machine: generous
      // deadlines, which only a hang misses.
      let answer = talk.answer(within: number == 0 ? 60 : 20)
      #expect(answer != nil, "no answer to exchange \(number + 1) with \(jobs) jobs before the next was written")
      guard let answer else { return }
      #expect(answer.hasPrefix("{\"schema\":\"zhextract/2\",\"id\":\"\(exchange.id)\","), "\(answer)")
      #expect(answer.contains(exchange.has), "\(answer)")
      answers.append(answer)
    }
    #expect(talk.finish(within: 20) == 1)  // two error records
    #expect(talk.answer(within: 1) == nil)  // nothing more
    // The same lines as the whole stream given at once.
    let whole = try CLIRunner.run(arguments, stdin: Data(exchanges.map(\.send).joined().utf8), timeout: 120)
    #expect(whole.lines == answers)
  }
}

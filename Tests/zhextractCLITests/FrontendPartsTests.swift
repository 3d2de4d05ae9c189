import Foundation
import Testing
@testable import zhextract
import ZhExtract

@Suite struct FrontendPartsTests {
  @Test(arguments: [
    ("+08:00", 480), ("-05:00", -300), ("UTC", 0), ("Z", 0), ("+0530", 330), ("+8", 480), ("-10", -600),
    ("+14:00", 840), ("+5:45", 345),
  ])
  func timeZoneOffsets(text: String, minutes: Int) {
    #expect(TimeZoneArgument.minutes(text) == minutes)
  }

  @Test(arguments: ["08:00", "+15:00", "+08:60", "+08:0", "+080", "beijing", "", "+", "+08:00:00"])
  func timeZoneRejects(text: String) {
    #expect(TimeZoneArgument.minutes(text) == nil)
  }

  @Test(arguments: [
    "2025-12-13", "2025-12-13T08:00", "2024-02-29", "0001-01-01", "9999-12-31", "2025-12-13 08:00", "2025-12-13T08:00:05",
    "2025-12-13T08:00:05.250", "2026-01-04T13:38:32Z", "2025-12-13T08:00+08:00", "2025-12-13T08:00:00-0500",
  ])
  func publishedAccepts(text: String) {
    #expect(PublishedArgument.isValid(text))
  }

  @Test(arguments: ["", "25-12-13", "2025-13-01", "2025-12-32", "2025-12-13T24:00", "2025-12-13T08", "2025/12/13", "2025-12-13T08:00Zx", "昨天"])
  func publishedRejects(text: String) {
    #expect(!PublishedArgument.isValid(text))
  }

  /// Issue 11 item 16: accepted once, then written to `meta.published` against the schema.
  @Test(arguments: [
    ("2025", "'2025' is a year, not a day; relative dates need a day (such as 2025-01-01)"),
    ("2025-12", "'2025-12' is a month, not a day; relative dates need a day (such as 2025-12-01)"),
    ("0000", "'0000': the year must be 0001–9999"),
    ("0000-01-01", "'0000-01-01': the year must be 0001–9999"),
    ("2025-02-31", "'2025-02-31' is no day of the calendar (2025-02 has 28 days)"),
    ("2025-02-29T08:00", "'2025-02-29T08:00' is no day of the calendar (2025-02 has 28 days)"),
  ])
  func publishedSaysWhatIsWrong(text: String, problem: String) {
    #expect(PublishedArgument.problem(text) == problem)
  }

  @Test func pathSafeNamesKeepSafeIdsAndHashTheRest() {
    #expect(PathSafeName.name(for: "新闻-2025.12.13") == "新闻-2025.12.13")
    let slashed = PathSafeName.name(for: "news/2025/a")
    #expect(slashed.hasPrefix("news_2025_a~") && slashed.count == "news_2025_a~".count + 8)
    #expect(PathSafeName.name(for: "news/2025/a") != PathSafeName.name(for: "news_2025_a"))
    #expect(PathSafeName.name(for: "..").hasPrefix("_.."))
    #expect(PathSafeName.name(for: ".hidden").hasPrefix("_.hidden~"))
    #expect(PathSafeName.name(for: "").hasPrefix("_~"))
    let long = PathSafeName.name(for: String(repeating: "长", count: 100))
    #expect(long.utf8.count <= 200 + 9)
    #expect(!PathSafeName.name(for: "a\u{0}b\nc").contains("\n"))
  }

  @Test func orderedParallelMapKeepsInputOrderWithUnevenWork() {
    let map = OrderedParallelMap<Int, Int>(jobs: 4, window: 6) { n in
      // Later inputs finish first: the order must come from the map, not from timing.
      usleep(UInt32((50 - n % 50) * 100))
      return n * n
    }
    var next = 0
    var outputs: [Int] = []
    map.run(
      next: { () -> Int? in
        defer { next += 1 }
        return next < 200 ? next : nil
      }, consume: { outputs.append($0) })
    #expect(outputs == (0..<200).map { $0 * $0 })
  }

  @Test func orderedParallelMapBoundsWhatIsInFlight() {
    final class Counter: @unchecked Sendable {
      let lock = NSLock()
      var started = 0
    }
    let counter = Counter()
    let map = OrderedParallelMap<Int, Int>(jobs: 2, window: 5) { n in
      counter.lock.lock(); counter.started += 1; counter.lock.unlock()
      return n
    }
    var pulled = 0
    var consumed = 0
    var maxAhead = 0
    map.run(
      next: { () -> Int? in
        pulled += 1
        maxAhead = max(maxAhead, pulled - consumed)
        return pulled <= 100 ? pulled : nil
      }, consume: { _ in consumed += 1 })
    #expect(consumed == 100)
    #expect(maxAhead <= 6)  // the window (5) plus the pull that finds the end
  }

  /// Runs `map` over `inputs` (weights) and returns the outputs in the order consumed.
  private static func outputs(of inputs: [Int], _ map: OrderedParallelMap<Int, Int>) -> [Int] {
    var next = 0
    var outputs: [Int] = []
    map.run(
      next: { () -> Int? in
        defer { next += 1 }
        return next < inputs.count ? inputs[next] : nil
      }, consume: { outputs.append($0) })
    return outputs
  }

  @Test(arguments: [1, 2, 3])
  func batchedMapGivesWhatTheUnbatchedMapGives(jobs: Int) {
    // Weights from 1 to 3,000 (a record's bytes), one of 200,000: a record larger than a
    // batch (64 KB) closes its batch; 64 records close one too.
    var inputs = (0..<700).map { ($0 * 7919) % 3000 + 1 }
    inputs[300] = 200_000
    inputs[301] = 200_001
    let transform: @Sendable (Int) -> Int = { n in
      if n % 97 == 0 { usleep(200) }  // uneven work: the order must come from the map
      return n &* 31 &+ 7
    }
    let unbatched = Self.outputs(of: inputs, OrderedParallelMap<Int, Int>(jobs: jobs, transform: transform))
    let batched = Self.outputs(of: inputs, OrderedParallelMap<Int, Int>(jobs: jobs, weight: { $0 }, transform: transform))
    let smallBatches = Self.outputs(
      of: inputs, OrderedParallelMap<Int, Int>(jobs: jobs, batchWeight: 5_000, batchCount: 3, weight: { $0 }, transform: transform))
    #expect(unbatched == inputs.map { $0 &* 31 &+ 7 })
    #expect(batched == unbatched)
    #expect(smallBatches == unbatched)
  }

  @Test(arguments: [1, 2])
  func anEmptyStreamConsumesNothingAndARecordLargerThanABatchComesOut(jobs: Int) {
    // A map runs once: a new one for each stream.
    let map = { OrderedParallelMap<Int, Int>(jobs: jobs, batchWeight: 10, weight: { $0 }) { $0 + 1 } }
    #expect(Self.outputs(of: [], map()).isEmpty)
    #expect(Self.outputs(of: [1_000], map()) == [1_001])
    #expect(Self.outputs(of: [3, 1_000, 4], map()) == [4, 1_001, 5])
  }

  @Test func batchesBoundWhatIsInFlight() {
    final class Counter: @unchecked Sendable {
      let lock = NSLock()
      var started = 0
    }
    let counter = Counter()
    // Window 3 batches of at most 4 inputs: at most 3 × 4 handed over plus one batch being
    // filled (4) and the pull that finds the end.
    let map = OrderedParallelMap<Int, Int>(jobs: 2, window: 3, batchWeight: 1 << 20, batchCount: 4, weight: { _ in 1 }) { n in
      counter.lock.lock(); counter.started += 1; counter.lock.unlock()
      return n
    }
    var pulled = 0
    var consumed = 0
    var maxAhead = 0
    map.run(
      next: { () -> Int? in
        pulled += 1
        maxAhead = max(maxAhead, pulled - consumed)
        return pulled <= 1_000 ? pulled : nil
      }, consume: { _ in consumed += 1 })
    #expect(consumed == 1_000)
    #expect(counter.started == 1_000)
    #expect(maxAhead <= 3 * 4 + 4 + 1)
  }

  @Test(arguments: [1, 2, 3])
  func aPullThatWouldWaitComesAfterEveryOutputBeforeIt(jobs: Int) {
    // Input in bursts: the source would wait before its 6th, 11th and 12th input. Before each
    // of those pulls every output of the inputs before it must have been consumed (part-filled
    // batches handed over) and `beforeWaiting` called after the last of them; `beforeWaiting`
    // is called only while the source would wait.
    let stalls: Set<Int> = [5, 10, 11]
    let map = OrderedParallelMap<Int, Int>(jobs: jobs, weight: { _ in 1 }) { n in
      if n % 3 == 0 { usleep(300) }
      return n * 10
    }
    var pulled = 0
    var outputs: [Int] = []
    var waits: [[Int]] = []  // at each `beforeWaiting`: inputs pulled, outputs consumed
    var pullsThatWaited: [[Int]] = []  // at each pull that would wait: the last of `waits`, outputs consumed
    map.run(
      next: { () -> Int? in
        if stalls.contains(pulled) { pullsThatWaited.append((waits.last ?? []) + [outputs.count]) }
        defer { pulled += 1 }
        return pulled < 20 ? pulled : nil
      },
      wouldWait: { stalls.contains(pulled) },
      beforeWaiting: { waits.append([pulled, outputs.count]) },
      consume: { outputs.append($0) })
    #expect(outputs == (0..<20).map { $0 * 10 })
    #expect(pullsThatWaited == [[5, 5, 5], [10, 10, 10], [11, 11, 11]])
    #expect(waits.allSatisfy { stalls.contains($0[0]) && $0[1] <= $0[0] })
  }

  /// On a pipe, `wouldWait()` says whether `next()` would block: a whole line held, or bytes or
  /// the end ready, do not wait; a part of a line with nothing more written does. An over-long
  /// line read while asking is still dropped and reported by `next()`.
  @Test func lineReaderSaysWhenItWouldWaitOnAPipe() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let (readEnd, writeEnd) = (ends[0], ends[1])
    defer { close(readEnd) }
    func send(_ text: String) { _ = Array(text.utf8).withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) } }
    func text(_ line: LineReader.Line?) -> String? {
      if case .text(let bytes)? = line { String(decoding: bytes, as: UTF8.self) } else { nil }
    }
    let reader = LineReader(fd: readEnd, name: "pipe", maxLineBytes: 10)
    #expect(reader.wouldWait())  // nothing written yet
    send("一\nb")
    #expect(!reader.wouldWait())
    #expect(text(reader.next()) == "一")
    #expect(reader.wouldWait())  // "b" without its end
    send("\n0123456789abcdef")
    #expect(!reader.wouldWait())
    #expect(text(reader.next()) == "b")
    #expect(reader.wouldWait())  // 16 bytes of a line, more than 10: dropped while waiting
    send("gh\nok\n")
    #expect(!reader.wouldWait())
    if case .tooLong(let length)? = reader.next() { #expect(length == 18) } else { Issue.record("no over-long line") }
    #expect(text(reader.next()) == "ok")
    #expect(reader.wouldWait())
    close(writeEnd)
    #expect(!reader.wouldWait())  // the end is ready
    #expect(reader.next() == nil)
    #expect(reader.lineNumber == 4)
  }

  /// The lines `memchr` finds are those of splitting the bytes at `\n` (a `\r` before it dropped),
  /// over many short lines, empty ones and lines across the reader's 1 MB chunks.
  @Test func lineReaderFindsEveryLineThatSplittingFinds() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhextract-lines-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    var bytes: [UInt8] = []
    for k in 0..<150_000 {
      bytes += Array((k % 7 == 0 ? "" : "{\"id\":\"r\(k)\",\"text\":\"营收\(k)亿元\"}").utf8)
      bytes += k % 5 == 0 ? [0x0D, 0x0A] : [0x0A]
    }
    bytes += Array("最后一行".utf8)
    try Data(bytes).write(to: url)
    let fd = open(url.path, O_RDONLY)
    defer { close(fd) }
    let reader = LineReader(fd: fd, name: url.path)
    var lines: [[UInt8]] = []
    while case .text(let line)? = reader.next() { lines.append(line) }
    let expected = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.last == 0x0D ? Array($0.dropLast()) : Array($0) }
    #expect(bytes.count > 3 << 20)
    #expect(lines.count == 150_001)
    #expect(lines == expected)
    #expect(reader.lineNumber == 150_001)
  }

  /// Issue 11 item 7: a line longer than --max-bytes is skipped to its end, never held.
  @Test func lineReaderReportsLinesLongerThanTheLimitWithoutKeepingThem() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhextract-lines-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 3_000_000)  // three chunks, no newline
    try Data(Array("short\n".utf8) + huge + Array("\nafter\n".utf8) + huge).write(to: url)
    let fd = open(url.path, O_RDONLY)
    defer { close(fd) }
    let reader = LineReader(fd: fd, name: url.path, maxLineBytes: 1000)
    var seen: [String] = []
    while let line = reader.next() {
      switch line {
      case .text(let bytes): seen.append(String(decoding: bytes, as: UTF8.self))
      case .tooLong(let length): seen.append("too long: \(length)")
      }
    }
    #expect(seen == ["short", "too long: 3000000", "after", "too long: 3000000"])
    #expect(reader.lineNumber == 4)
  }

  /// Issue 11 item 9: reading a small file allocated 64 KiB (diff of 100,000 outputs: 6 GB).
  @Test func smallFilesAreReadIntoArraysOfTheirSize() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhextract-small-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(repeating: 0x41, count: 700).write(to: url)
    let bytes = try FileBytes.read(url.path)
    #expect(bytes.count == 700)
    #expect(bytes.capacity < 1024, "capacity \(bytes.capacity)")
  }

  /// Issue 11 item 7: /dev/zero never ends; a regular-only read refuses it without reading.
  @Test func streamsAreReadUpToTheLimitAndSpecialFilesRefusedWhenListed() throws {
    do {
      _ = try FileBytes.read(path: Array("/dev/zero".utf8), name: "/dev/zero", limit: 1 << 20, regularOnly: false)
      Issue.record("read /dev/zero to the end")
    } catch {
      #expect(error.code == "too-large")
      #expect(error.description == "/dev/zero: more than --max-bytes 1048576 bytes; not read (raise --max-bytes to read it)")
    }
    do {
      _ = try FileBytes.read(path: Array("/dev/zero".utf8), name: "in/zero.txt", limit: 1 << 20, regularOnly: true)
      Issue.record("read /dev/zero as a listed file")
    } catch {
      #expect(error.code == "not-regular-file")
      #expect(error.description == "in/zero.txt: not a regular file (a character device); not read")
    }
  }

  /// A document of `DocumentOutput.streamingThreshold` input bytes or more is written by the
  /// destination in pieces; the file and the JSON Lines stream hold exactly the bytes of the
  /// rendered output (a line break after each document).
  @Test func longDocumentsAreStreamedToTheSameBytes() throws {
    let extractor = try Extractor()
    let result = extractor.extract(text: "公司去年营收120亿元，首席执行官山姆·奥尔特曼称，明年1月将推出新模型。", id: "a", published: "2025-12-13")
    let style = OutputStyle(pretty: true)
    guard case .rendered(let rendered)? = style.render(result, inputBytes: DocumentOutput.streamingThreshold - 1),
      case .streamed? = style.render(result, inputBytes: DocumentOutput.streamingThreshold)
    else {
      Issue.record("short documents are rendered by the worker, long ones streamed")
      return
    }
    #expect(CSVRows.rows(result).map(DocumentOutput.rendered)?.bytes == OutputStyle(csv: true).render(result, inputBytes: 1 << 30)?.bytes)
    let directory = try TemporaryDirectory()
    for (name, output) in [("rendered", DocumentOutput.rendered(rendered)), ("streamed", DocumentOutput.streamed(result, pretty: true))] {
      let outcome = BatchOutcome(
        id: "a", outputPath: "\(name).json", status: .extracted(MentionCounts()), json: output,
        manifestEntry: nil, inputBytes: 1)
      let stream = try StreamDestination(path: directory.path("\(name).jsonl"))
      try stream.write(outcome)
      try stream.write(outcome)
      try stream.finish()
      #expect(try directory.read("\(name).jsonl") == String(decoding: rendered + [0x0A] + rendered + [0x0A], as: UTF8.self))
      let files = DirectoryDestination(directory: directory.url.appendingPathComponent("out"), manifest: ExtractionManifest())
      try files.write(outcome)
      #expect(try directory.read("out/\(name).json") == String(decoding: rendered + [0x0A], as: UTF8.self))
    }
  }

  /// The bench's soak sends the records again and again, each pass with ids of its own, so
  /// that none becomes an error record for a repeated id.
  @Test func soakPassesTagTheirIds() {
    let stream = Array([#"{"id":"r0","text":"甲"}"#, #"{"id":"r1","text":"乙"}"#, ""].joined(separator: "\n").utf8)
    #expect(EndToEndBench.soakPass(stream, 0) == stream)
    let tagged = [#"{"id":"p2-r0","text":"甲"}"#, #"{"id":"p2-r1","text":"乙"}"#, ""].joined(separator: "\n")
    #expect(String(decoding: EndToEndBench.soakPass(stream, 2), as: UTF8.self) == tagged)
  }
}

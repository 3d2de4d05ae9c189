import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `zhextract bench`'s end-to-end part: the real command (`zhextract extract`, a process of
/// its own, output to a file) on each input shape with 1 and 2 jobs, beside ICU's
/// transliterator on the same text in the same run, with peak memory and start-up.
///
/// Throughput per core is input MB over the child's CPU time (user + system), so that other
/// work on a shared machine does not count; the 2-job speed-up needs the wall clock, so each
/// run is the best of `repeats` and the load average is printed beside it.
struct EndToEndBench {
  let shapes: BenchShapes
  let repeats: Int
  let lexiconArguments: [String]
  /// ICU's Traditional-Simplified speed on the same text, MB/s of UTF-8 per core.
  let icuRate: Double

  struct Row {
    var shape: String
    var jobs: Int
    var megabytes: Double
    var best: ChildRun
    var outputBytes: Int
    var perCore: Double { megabytes / max(best.cpuSeconds, 1e-9) }
    var wallRate: Double { megabytes / max(best.wallSeconds, 1e-9) }
  }

  /// `extract` on one shape: the best of `repeats` runs (least CPU and least wall taken
  /// separately, greatest peak memory).
  func measure(shape: String, megabytes: Double, jobs: Int, arguments: [String], input: ChildRun.Input = .file("/dev/null")) throws -> Row {
    let output = shapes.root.appendingPathComponent("out-\(shape.filter(\.isLetter))-\(jobs).jsonl").path
    let errors = shapes.root.appendingPathComponent("err.txt").path
    var best: ChildRun?
    for _ in 0..<repeats {
      let run = try ChildRun.run(["extract", "--jobs", "\(jobs)", "--quiet"] + arguments + lexiconArguments, input: input, output: output, errors: errors)
      guard run.status == 0 || run.status == 1 else {
        let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        throw CLIError("bench: `zhextract extract \(arguments.joined(separator: " "))` exited with \(run.status): \(stderr)")
      }
      if var kept = best {
        kept.cpuSeconds = min(kept.cpuSeconds, run.cpuSeconds)
        kept.wallSeconds = min(kept.wallSeconds, run.wallSeconds)
        kept.peakBytes = max(kept.peakBytes, run.peakBytes)
        best = kept
      } else {
        best = run
      }
    }
    let outputBytes = FileBytes.size(atPath: output) ?? 0
    return Row(shape: shape, jobs: jobs, megabytes: megabytes, best: best!, outputBytes: outputBytes)
  }

  /// Whether the 1-job and 2-job outputs of a shape are byte-identical (the order is the input's).
  func outputsAgree(_ shape: String) -> Bool {
    let a = shapes.root.appendingPathComponent("out-\(shape.filter(\.isLetter))-1.jsonl").path
    let b = shapes.root.appendingPathComponent("out-\(shape.filter(\.isLetter))-2.jsonl").path
    return FileManager.default.contentsEqual(atPath: a, andPath: b)
  }

  /// Start-up: `extract --stdin` on a sentence, `count` times; the medians.
  func startUp(count: Int) throws -> (wall: Double, cpu: Double, peak: Int) {
    var runs: [ChildRun] = []
    for _ in 0..<count {
      runs.append(try ChildRun.run(["extract", "--stdin", "--quiet"] + lexiconArguments, input: .file(shapes.tiny.path)))
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    return (median(runs.map(\.wallSeconds)), median(runs.map(\.cpuSeconds)), runs.map(\.peakBytes).sorted()[runs.count / 2])
  }

  /// `extract --jsonl` on `megabytes` MB of records fed through a pipe (the records file
  /// over and over, each pass's ids made its own: `p2-r17`, so that every record is extracted
  /// and written, none an error record for a repeated id), its resident memory sampled every
  /// half second: a stream of any length must run in flat memory.
  func soak(megabytes: Int, jobs: Int) throws -> String {
    let stream = try [UInt8](Data(contentsOf: shapes.records))
    let target = megabytes * 1_000_000
    let run = try ChildRun.run(
      ["extract", "--jsonl", "--jobs", "\(jobs)", "--quiet"] + lexiconArguments,
      input: .generated({ fd in
        var written = 0
        var pass = 0
        outer: while written < target {
          let bytes = Self.soakPass(stream, pass)
          let failed = bytes.withUnsafeBytes { AtomicFile.writeAll(fd, $0) != 0 }
          if failed { break outer }
          written += bytes.count
          pass += 1
        }
      }),
      sampleEvery: 0.5)
    let samples = run.samples
    guard !samples.isEmpty else { return "soak: no memory samples (not Linux?)" }
    let quarter = samples.count / 4
    let early = samples[quarter..<max(quarter + 1, samples.count / 2)].max() ?? 0
    let late = samples[(3 * samples.count / 4)...].max() ?? 0
    func mb(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1e6) }
    return String(
      format:
        "soak: %d MB of JSON Lines through a pipe, %d jobs, exit %d: %.1f s wall, %.1f MB/s per core; resident memory %@ in the second quarter, %@ in the "
        + "last, peak %@ (%d samples)",
      megabytes, jobs, run.status, run.wallSeconds, Double(target) / 1e6 / max(run.cpuSeconds, 1e-9), mb(early), mb(late), mb(run.peakBytes), samples.count)
  }

  /// The records of `stream` for the soak's pass `pass`: as they are the first time, then
  /// with each id tagged by its pass (`{"id":"r17"…` → `{"id":"p2-r17"…`).
  static func soakPass(_ stream: [UInt8], _ pass: Int) -> [UInt8] {
    guard pass > 0 else { return stream }
    let idStart = Array(#"{"id":""#.utf8)
    let tag = Array("p\(pass)-".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(stream.count + stream.count / 50)
    for line in stream.split(separator: 0x0A) {
      if line.starts(with: idStart) { bytes += idStart + tag + line.dropFirst(idStart.count) } else { bytes += line }
      bytes.append(0x0A)
    }
    return bytes
  }

  static func loadAverage() -> Double {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) >= 1 ? loads[0] : .nan
  }

  func rendered(rows: [Row], startUp: (wall: Double, cpu: Double, peak: Int), loads: (Double, Double)) -> String {
    func mb(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1e6) }
    var lines: [String] = []
    lines.append("end to end: `zhextract extract` as a process of its own, output to a file; best of \(repeats) runs")
    lines.append("  MB/s per core = input MB / CPU seconds (user + system) of the process; × ICU = that over ICU's \(String(format: "%.1f", icuRate)) MB/s")
    lines.append(String(format: "  load average %.1f before, %.1f after (wall times and speed-ups are only as good as the machine is quiet)", loads.0, loads.1))
    lines.append("")
    lines.append(
      "shape".rightPadded(34) + "jobs".leftPadded(5) + "MB".leftPadded(7) + "CPU s".leftPadded(8) + "MB/s/core".leftPadded(11)
        + "× ICU".leftPadded(7) + "wall s".leftPadded(8) + "MB/s wall".leftPadded(11) + "peak RSS".leftPadded(10) + "out MB".leftPadded(8))
    lines.append(String(repeating: "-", count: 109))
    for row in rows {
      lines.append(
        row.shape.rightPadded(34) + "\(row.jobs)".leftPadded(5)
          + String(
            format: "%7.1f%8.2f%11.1f%7.2f%8.2f%11.1f", row.megabytes, row.best.cpuSeconds, row.perCore, row.perCore / icuRate, row.best.wallSeconds,
            row.wallRate)
          + mb(row.best.peakBytes).leftPadded(10) + String(format: "%8.1f", Double(row.outputBytes) / 1e6))
    }
    lines.append("")
    lines.append(
      String(
        format: "start-up (extract --stdin on one sentence, median of 15 processes): wall %.1f ms, CPU %.1f ms, peak RSS %@", startUp.wall * 1000,
        startUp.cpu * 1000, mb(startUp.peak)))
    if let single = rows.first(where: { $0.jobs == 1 }) {
      let perByte = Double(single.best.peakBytes - startUp.peak) / (single.megabytes * 1e6)
      lines.append(
        String(
          format: "memory: %@ peak for one %.1f MB document = %.1f bytes of RSS per input byte above start-up (target ≤ 4)", mb(single.best.peakBytes),
          single.megabytes, perByte))
    }
    for shape in Set(rows.map(\.shape)).sorted() {
      guard let one = rows.first(where: { $0.shape == shape && $0.jobs == 1 }), let two = rows.first(where: { $0.shape == shape && $0.jobs == 2 }) else {
        continue
      }
      lines.append(
        String(
          format: "speed-up, %@: 2 jobs / 1 job = %.2f× wall (target ≥ 1.8×); CPU %.2f× of 1 job's; outputs %@", shape, two.wallRate / one.wallRate,
          two.best.cpuSeconds / one.best.cpuSeconds, outputsAgree(shape) ? "identical" : "DIFFER"))
    }
    let worst = rows.map(\.perCore).min() ?? 0
    lines.append(String(format: "slowest shape: %.1f MB/s per core = %.2f× ICU (targets ≥ 30 MB/s, ≥ 3.5×)", worst, worst / icuRate))
    return lines.joined(separator: "\n")
  }
}

import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of this very executable as a child process, measured from outside as a user's
/// shell would see it: wall time, CPU time (user + system, all threads) and peak resident
/// memory, from `wait4`'s resource usage. CPU time is what `zhextract bench` divides by: on a
/// shared machine other processes stretch the wall clock but not the child's CPU time.
struct ChildRun {
  var arguments: [String]
  var wallSeconds: Double
  var cpuSeconds: Double
  /// Peak resident set size of the child, in bytes (its `VmHWM`, read until it exits: the
  /// `ru_maxrss` of a child started with `posix_spawn` also counts the parent's memory, which
  /// the child's first moments share).
  var peakBytes: Int
  var status: Int32
  /// The child's resident memory every `sampleEvery` seconds while it ran.
  var samples: [Int] = []

  /// Where standard input comes from.
  enum Input {
    case file(String)
    /// A pipe fed by `write` on a thread of the parent; the pipe is closed when it returns.
    case generated(@Sendable (Int32) -> Void)
  }

  /// The path of the running executable (`/proc/self/exe` on Linux).
  static var executable: String {
    #if os(Linux)
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    #endif
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }

  /// Runs `executable arguments…` with standard input from `input`, standard output into
  /// `output` and standard error into `errors` (paths; `/dev/null` to discard).
  static func run(
    _ arguments: [String], input: Input = .file("/dev/null"), output: String = "/dev/null", errors: String = "/dev/null",
    sampleEvery interval: Double = 0.5
  ) throws -> ChildRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    switch input {
    case .file(let path): posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
    case .generated:
      guard pipe(&pipeEnds) == 0 else { throw CLIError("bench: cannot make a pipe: \(String(cString: strerror(errno)))") }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let executable = Self.executable
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let started = Date()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw CLIError("bench: cannot start \(executable): \(String(cString: strerror(spawned)))") }

    var feeder: Thread?
    let fed = NSCondition()
    nonisolated(unsafe) var feeding = false
    if case .generated(let write) = input {
      close(pipeEnds[0])
      let writeEnd = pipeEnds[1]
      feeding = true
      feeder = Thread {
        write(writeEnd)
        close(writeEnd)
        fed.lock(); feeding = false; fed.broadcast(); fed.unlock()
      }
      feeder?.start()
    }
    // Until the child exits: a zombie's /proc status has no memory lines (and it stays
    // unreaped, so wait4 below still gets its resource usage). The high-water mark is read
    // every few milliseconds; the resident size every `interval` seconds.
    var samples: [Int] = []
    var highWater = 0
    var nextSample = 0.0
    let pollMicroseconds: useconds_t = 4_000
    while let memory = memory(of: pid) {
      highWater = max(highWater, memory.highWater)
      let elapsed = Date().timeIntervalSince(started)
      if elapsed >= nextSample {
        samples.append(memory.resident)
        nextSample = elapsed + interval
      }
      usleep(pollMicroseconds)
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let wall = Date().timeIntervalSince(started)
    if feeder != nil {
      fed.lock()
      while feeding { fed.wait() }
      fed.unlock()
    }
    let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
    #if os(Linux)
    let peak = highWater
    #else
    let peak = Int(usage.ru_maxrss)  // bytes on Darwin
    #endif
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return ChildRun(arguments: arguments, wallSeconds: wall, cpuSeconds: cpu, peakBytes: peak, status: exit, samples: samples)
  }

  private static func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }

  /// The resident memory of a running process and its high-water mark, from
  /// `/proc/PID/status` (Linux only; `nil` elsewhere and once the process has exited).
  static func memory(of pid: pid_t) -> (resident: Int, highWater: Int)? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    var resident: Int?, highWater: Int?
    for line in status.split(separator: "\n") {
      if line.hasPrefix("VmRSS:") { resident = Int(line.filter(\.isNumber)).map { $0 * 1024 } }
      if line.hasPrefix("VmHWM:") { highWater = Int(line.filter(\.isNumber)).map { $0 * 1024 } }
    }
    guard let resident, let highWater else { return nil }
    return (resident, highWater)
  }
}

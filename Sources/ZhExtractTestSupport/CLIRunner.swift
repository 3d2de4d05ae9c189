import Foundation

/// Runs the real `zhextract` binary, feeding stdin and reading stdout and stderr
/// concurrently (a batch writes more than a pipe buffer holds).
package enum CLIRunner {
  package struct Result: Sendable {
    package var status: Int32
    package var stdout: String
    package var stderr: String
    /// Killed because it ran longer than the timeout it was given.
    package var timedOut = false
    /// Standard output split into lines, without the final empty one.
    package var lines: [String] { stdout.split(separator: "\n").map(String.init) }
  }

  /// The built binary, next to the test bundle.
  package static var binary: URL {
    let candidates = [
      Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for dir in candidates {
      let url = dir.appendingPathComponent("zhextract")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return PackagePaths.root.appendingPathComponent(".build/debug/zhextract")
  }

  /// - Parameter timeout: seconds after which the process is killed (SIGKILL) and the result
  ///   says `timedOut` — for a test whose failure would be a hang.
  package static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], directory: URL? = nil,
    timeout: Double? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    // Threads of their own, not the global queue: on a machine of two cores its two workers
    // may both block in the readers while the child waits for the end of its input (a hang).
    func onThread(_ body: @escaping @Sendable () -> Void) {
      group.enter()
      Thread {
        body()
        group.leave()
      }.start()
    }
    onThread { outData = out.fileHandleForReading.readDataToEndOfFile() }
    onThread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    onThread {
      if let stdin { inp.fileHandleForWriting.write(stdin) }
      try? inp.fileHandleForWriting.close()
    }
    nonisolated(unsafe) var timedOut = false
    if let timeout {
      let pid = process.processIdentifier
      DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
        if process.isRunning {
          timedOut = true
          kill(pid, SIGKILL)
        }
      }
    }
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      timedOut: timedOut)
  }
}

import Foundation

/// Where JSON lines go: standard output or a file given with `-o`.
final class OutputSink {
  private let handle: FileHandle
  private var buffer = Data()

  init(path: String?) throws {
    if let path {
      guard FileManager.default.createFile(atPath: path, contents: nil) else {
        throw CLIError("cannot write to \(path)")
      }
      handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    } else {
      handle = FileHandle.standardOutput
    }
  }

  func writeLine(_ line: String) {
    buffer.append(contentsOf: line.utf8)
    buffer.append(10)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}

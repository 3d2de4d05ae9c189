import Foundation

/// Writes a file so that readers see the old content or the new, never a truncated mix: the
/// bytes go to a hidden temporary file next to it, which is then renamed over the target.
/// An interrupted run leaves at most a stray temporary file, removed by the next run's sweep.
enum AtomicFile {
  /// Marks temporary files; `sweep` removes files whose names contain it.
  static let temporaryMarker = ".zhextract-tmp-"

  static func write(_ bytes: some Collection<UInt8>, to url: URL) throws(CLIError) {
    let directory = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw CLIError("\(directory.path): cannot create directory: \(error.localizedDescription)")
    }
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent)\(temporaryMarker)\(getpid())").path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw CLIError("\(temporary): cannot be written: \(String(cString: strerror(errno)))") }
    let written = Array(bytes).withUnsafeBytes { buffer -> Int32 in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += n
      }
      return 0
    }
    close(fd)
    guard written == 0 else {
      unlink(temporary)
      throw CLIError("\(url.path): cannot be written: \(String(cString: strerror(written)))")
    }
    guard rename(temporary, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw CLIError("\(url.path): cannot be written: \(reason)")
    }
  }

  /// Removes temporary files left under `directory` by an interrupted run; returns how many.
  @discardableResult
  static func sweep(_ directory: URL) -> Int {
    guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return 0 }
    var removed = 0
    while let relative = enumerator.nextObject() as? String {
      guard (relative as NSString).lastPathComponent.contains(temporaryMarker) else { continue }
      if unlink(directory.appendingPathComponent(relative).path) == 0 { removed += 1 }
    }
    return removed
  }
}

import Foundation

/// Which build of zhextract is running: the release version and a digest of the executable
/// itself, so that anything compiled differently — a new commit, a local change, other
/// compiled-in lexicons, a debug build — has another identity, with no build step to keep
/// in sync (it works the same for `swift build`, CI and an installed copy).
///
/// `--out-dir` manifests key their entries by it (a rebuilt tool redoes every document),
/// `zhextract --version` prints it, and `serve` reports it at `GET /v1/version`.
public enum BuildIdentity {
  /// The release version (semantic versioning); the schema is `ExtractedDocument.schema`.
  public static let version = "0.2.0"

  /// `0.2.0+3f9a1c2d4e5b`: the version and the first 12 hex digits of the SHA-256 of the
  /// running executable (`/proc/self/exe`). Computed once, on first use (about 30 ms for a
  /// 25 MB release build). When the executable cannot be read, a value unique to this
  /// process (`0.2.0+unknown-…`), so that nothing is ever taken for the output of this build.
  public static var current: String { identity }

  private static let identity: String = {
    var hash = ContentHash()
    let fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return "\(version)+unknown-\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1e6))" }
    defer { close(fd) }
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n >= 0 else { return "\(version)+unknown-\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1e6))" }
      if n == 0 { break }
      hash.update(chunk[0..<n])
    }
    return "\(version)+\(hash.finalize().prefix(12))"
  }()
}

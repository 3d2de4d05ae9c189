import Foundation

/// Which files found in a directory are read: `--include` and `--exclude` shell globs
/// (`fnmatch`). A pattern with a `/` is matched against the path relative to the folder named
/// on the command line (`drafts/*`), any other against the file name (`*.txt`). A file is read
/// when it matches an include pattern (by default: `defaultIncludes`, text-like names) and
/// no exclude pattern. Files named on the command line are always read.
struct PathFilter: Sendable {
  /// Text-like extensions, and files without one (`*` with no dot is added separately).
  static let defaultIncludes = ["*.txt", "*.text", "*.md", "*.markdown", "*.htm", "*.html", "*.xhtml", "*.shtml"]

  /// `nil`: the defaults (the text-like extensions and names without a dot).
  var includes: [String]?
  var excludes: [String] = []

  init(includes: [String]? = nil, excludes: [String] = []) {
    self.includes = includes
    self.excludes = excludes
  }

  func accepts(name: [UInt8], relative: [UInt8]) -> Bool {
    if excludes.contains(where: { Self.matches($0, name: name, relative: relative) }) { return false }
    guard let includes else {
      return !name.dropFirst().contains(UInt8(ascii: ".")) || Self.defaultIncludes.contains { Self.matches($0, name: name, relative: relative) }
    }
    return includes.contains { Self.matches($0, name: name, relative: relative) }
  }

  /// FNM_CASEFOLD (a GNU extension the Swift module does not export): `*.txt` reads `A.TXT`.
  private static let caseFold: Int32 = 1 << 4

  static func matches(_ pattern: String, name: [UInt8], relative: [UInt8]) -> Bool {
    let subject = pattern.contains("/") ? relative : name
    let flags = pattern.contains("/") ? FNM_PATHNAME : 0
    return (subject + [0]).withUnsafeBufferPointer { s in
      s.withMemoryRebound(to: CChar.self) { fnmatch(pattern, $0.baseAddress!, flags | caseFold) == 0 }
    }
  }
}

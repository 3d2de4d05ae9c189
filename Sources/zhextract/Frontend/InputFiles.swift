import Foundation

/// One file to extract, with the id the output gives it.
struct InputFile: Sendable {
  var url: URL
  /// The path relative to the root named on the command line (a single file: its name).
  var id: String
  /// The path as the user would type it.
  var displayPath: String
  /// Its size in bytes when listed (for progress); 0 when it could not be examined.
  var size: Int
}

/// Expands the paths on the command line: files as given, directories recursively, in
/// Unicode code-point order of their relative paths. Hidden files and directories are
/// skipped; a broken symbolic link is kept, so that it yields an error record instead of
/// vanishing silently.
enum InputFiles {
  static func expand(_ paths: [String]) throws(CLIError) -> [InputFile] {
    var files: [InputFile] = []
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError("\(path): no such file or directory")
      }
      let url = URL(fileURLWithPath: path)
      if !isDirectory.boolValue {
        files.append(InputFile(url: url, id: url.lastPathComponent, displayPath: path, size: FileBytes.size(atPath: path) ?? 0))
        continue
      }
      guard let enumerator = fm.enumerator(atPath: path) else { throw CLIError("\(path): cannot list directory") }
      var relatives: [String] = []
      while let relative = enumerator.nextObject() as? String {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        var isDir: ObjCBool = false
        let full = url.appendingPathComponent(relative).path
        if fm.fileExists(atPath: full, isDirectory: &isDir) {
          if !isDir.boolValue { relatives.append(relative) }
        } else if isSymbolicLink(full) {
          relatives.append(relative)
        }
      }
      relatives.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      for relative in relatives {
        let file = url.appendingPathComponent(relative)
        files.append(InputFile(url: file, id: relative, displayPath: prefix + relative, size: FileBytes.size(atPath: file.path) ?? 0))
      }
    }
    return files
  }

  private static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }
}

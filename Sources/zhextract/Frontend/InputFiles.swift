import Foundation

/// One file to extract, with the id the output gives it.
struct InputFile {
  var url: URL
  /// The path relative to the root named on the command line (a single file: its name).
  var id: String
  /// The path as the user would type it.
  var displayPath: String
}

/// Expands the paths on the command line: files as given, directories recursively, in
/// Unicode code-point order of their relative paths. Hidden files are skipped.
enum InputFiles {
  static func expand(_ paths: [String]) throws -> [InputFile] {
    var files: [InputFile] = []
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CLIError("\(path): no such file or directory")
      }
      let url = URL(fileURLWithPath: path)
      if !isDirectory.boolValue {
        files.append(InputFile(url: url, id: url.lastPathComponent, displayPath: path))
        continue
      }
      guard let enumerator = fm.enumerator(atPath: path) else { throw CLIError("\(path): cannot list directory") }
      var relatives: [String] = []
      while let relative = enumerator.nextObject() as? String {
        if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        var isDir: ObjCBool = false
        let full = url.appendingPathComponent(relative).path
        if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { relatives.append(relative) }
      }
      relatives.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      let prefix = path.hasSuffix("/") ? path : path + "/"
      for relative in relatives {
        files.append(InputFile(url: url.appendingPathComponent(relative), id: relative, displayPath: prefix + relative))
      }
    }
    return files
  }
}

import Foundation

/// A file's identity on this machine (device and inode): the same file whatever the path.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }

  /// The identity of what `path` names (following links), or `nil`.
  static func of(_ path: String) -> FileIdentity? {
    var info = stat()
    return stat(path, &info) == 0 ? FileIdentity(info) : nil
  }

  /// The identity of an open descriptor, or `nil`.
  static func of(fd: Int32) -> FileIdentity? {
    var info = stat()
    return fstat(fd, &info) == 0 ? FileIdentity(info) : nil
  }
}

/// One file to extract, with the id the output gives it.
struct InputFile: Sendable {
  /// The path to open, as raw bytes (a file name need not be UTF-8).
  var rawPath: [UInt8]
  /// The path relative to the root named on the command line (a single file: its name).
  var id: String
  /// The path as the user would type it (invalid UTF-8 shown as U+FFFD).
  var displayPath: String
  /// Its size in bytes when listed (for progress); 0 when it could not be examined.
  var size: Int
  /// Found in a directory: it must still be a regular file when it is opened (a FIFO or a
  /// device put in its place is refused, not read). A path named on the command line is
  /// read whatever it is (`<(command)`, `/dev/stdin`), up to `--max-bytes`.
  var fromDirectory = false
  var identity: FileIdentity?
  /// Where its JSON goes under `--out-dir` (relative, `/`-separated); see `OutputNames`.
  var outputPath: String

  init(url: URL, id: String, displayPath: String, size: Int) {
    self.init(rawPath: Array(url.path.utf8), id: id, displayPath: displayPath, size: size)
  }

  init(rawPath: [UInt8], id: String, displayPath: String, size: Int, fromDirectory: Bool = false, identity: FileIdentity? = nil) {
    self.rawPath = rawPath
    self.id = id
    self.displayPath = displayPath
    self.size = size
    self.fromDirectory = fromDirectory
    self.identity = identity
    outputPath = OutputNames.outputPath(for: id)
  }

  var url: URL { URL(fileURLWithPath: String(decoding: rawPath, as: UTF8.self)) }
}

/// What the command line's paths come to: the documents to read, in order, and what was
/// left out (with the reason, for a warning).
struct InputPlan: Sendable {
  enum Item: Sendable {
    case file(InputFile)
    /// A path that cannot be read at all (missing, a broken link, an unreadable folder): an
    /// error record in its place, and the batch goes on.
    case problem(id: String, displayPath: String, code: String, message: String)
    /// A file of JSON Lines records (`--jsonl FILE`, or a path ending in `.jsonl`).
    case records(path: String, identity: FileIdentity?)
    /// `-`: standard input (one raw document, or JSON Lines records with `--jsonl`).
    case standardInput
  }

  var items: [Item] = []
  /// Paths not read, each with a sentence saying why (special files, links leaving the input
  /// folder, loops); printed as warnings.
  var skipped: [String] = []
  /// Files left out by `--include`/`--exclude` (counted, not listed).
  var excluded = 0
  /// The identities of the folders named on the command line.
  var rootIdentities: Set<FileIdentity> = []

  var files: [InputFile] {
    items.compactMap { if case .file(let file) = $0 { file } else { nil } }
  }
}

/// Expands the paths on the command line: files as given, directories recursively, in
/// Unicode code-point order of their relative paths. Hidden files and directories are
/// skipped. Inside a directory only regular files are read: FIFOs, sockets and devices are
/// skipped with a warning (a FIFO would block the batch forever, `/dev/zero` never ends);
/// symbolic links are followed only while they stay inside the folder named on the command
/// line (`followSymlinks` lifts that), and a directory is never entered twice, so links
/// cannot loop. A broken link is kept, so that it yields an error record instead of
/// vanishing silently.
enum InputFiles {
  struct Options: Sendable {
    /// Every path names a JSON Lines file (`--jsonl`); without it, only paths ending in
    /// `.jsonl` do.
    var jsonLines = false
    var followSymlinks = false
    /// A directory not to enter (the `--out-dir` inside an input folder).
    var excludedDirectory: FileIdentity? = nil
    /// Which files of a directory to read (`--include`/`--exclude`).
    var filter = PathFilter()
  }

  /// The plan for `paths`; never throws: every problem is an item or a skipped line.
  static func plan(_ paths: [String], options: Options = Options()) -> InputPlan {
    var plan = InputPlan()
    for path in paths {
      if path == "-" {
        plan.items.append(.standardInput)
        continue
      }
      var info = stat()
      let isDirectory = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      if !isDirectory && (options.jsonLines || path.hasSuffix(".jsonl")) {
        plan.items.append(.records(path: path, identity: FileIdentity.of(path)))
        continue
      }
      guard stat(path, &info) == 0 else {
        let reason = String(cString: strerror(errno))
        let name = URL(fileURLWithPath: path).lastPathComponent
        plan.items.append(.problem(id: name, displayPath: path, code: "unreadable", message: "\(path): cannot be read: \(reason)"))
        continue
      }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        plan.rootIdentities.insert(FileIdentity(info))
        walk(root: path, identity: FileIdentity(info), options: options, into: &plan)
      } else {
        let name = URL(fileURLWithPath: path).lastPathComponent
        plan.items.append(
          .file(
            InputFile(
              rawPath: Array(path.utf8), id: name, displayPath: path, size: (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0,
              identity: FileIdentity(info))))
      }
    }
    OutputNames.makeUnique(&plan)
    plan.skipped.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    return plan
  }

  /// The documents under one directory (for `bench` and `diff`); the first problem is thrown.
  static func expand(_ paths: [String], options: Options = Options()) throws(CLIError) -> [InputFile] {
    let plan = plan(paths, options: options)
    for item in plan.items {
      if case .problem(_, _, _, let message) = item { throw CLIError(message) }
    }
    return plan.files
  }

  private struct Entry {
    var relative: [UInt8]
    var full: [UInt8]
    var size: Int
    var identity: FileIdentity
    var display: String { String(decoding: relative, as: UTF8.self) }
  }

  private static func walk(root: String, identity: FileIdentity, options: Options, into plan: inout InputPlan) {
    let rootReal = realPath(Array(root.utf8)) ?? Array(root.utf8)
    let prefix = root.hasSuffix("/") ? root : root + "/"
    var visited: Set<FileIdentity> = [identity]
    var stack: [(full: [UInt8], relative: [UInt8])] = [(Array(root.utf8), [])]
    var files: [Entry] = []
    var problems: [(relative: [UInt8], message: String)] = []
    while let (directory, relative) = stack.popLast() {
      let shownDirectory = prefix + String(decoding: relative, as: UTF8.self)
      guard let names = listDirectory(directory) else {
        problems.append((relative, "\(shownDirectory): cannot list directory: \(String(cString: strerror(errno)))"))
        continue
      }
      for name in names where name.first != UInt8(ascii: ".") {
        let full = directory + [UInt8(ascii: "/")] + name
        let rel = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
        let shown = prefix + String(decoding: rel, as: UTF8.self)
        var info = stat()
        guard lstatBytes(full, &info) == 0 else {
          problems.append((rel, "\(shown): cannot be read: \(String(cString: strerror(errno)))"))
          continue
        }
        var type = info.st_mode & S_IFMT
        if type == S_IFLNK {
          guard let target = realPath(full) else {
            let reason = errno == ELOOP ? "a symbolic link that loops" : "a symbolic link to nowhere"
            problems.append((rel, "\(shown): cannot be read: \(String(cString: strerror(errno))) (\(reason))"))
            continue
          }
          if !options.followSymlinks && !isInside(target, rootReal) {
            plan.skipped.append(
              "\(shown): a symbolic link to \(String(decoding: target, as: UTF8.self)), outside \(root); not followed (--follow-symlinks follows it)")
            continue
          }
          guard statBytes(full, &info) == 0 else {
            problems.append((rel, "\(shown): cannot be read: \(String(cString: strerror(errno)))"))
            continue
          }
          type = info.st_mode & S_IFMT
        }
        switch type {
        case S_IFDIR:
          let id = FileIdentity(info)
          if id == options.excludedDirectory { continue }
          guard visited.insert(id).inserted else {
            plan.skipped.append("\(shown): a folder already read (through a link); not read again")
            continue
          }
          stack.append((full, rel))
        case S_IFREG:
          guard options.filter.accepts(name: name, relative: rel) else { plan.excluded += 1; continue }
          files.append(Entry(relative: rel, full: full, size: Int(info.st_size), identity: FileIdentity(info)))
        default:
          plan.skipped.append("\(shown): \(FileBytes.kind(info.st_mode)), not a regular file; skipped")
        }
      }
    }
    // Problems and files together, in code-point order of their relative paths.
    var ordered: [(key: String, raw: [UInt8], item: InputPlan.Item)] = files.map { entry in
      (
        entry.display, entry.relative,
        .file(
          InputFile(
            rawPath: entry.full, id: entry.display, displayPath: prefix + entry.display, size: entry.size,
            fromDirectory: true, identity: entry.identity))
      )
    }
    for (rel, message) in problems {
      let display = String(decoding: rel, as: UTF8.self)
      ordered.append((display, rel, .problem(id: display, displayPath: prefix + display, code: "unreadable", message: message)))
    }
    ordered.sort { a, b in
      if !a.key.unicodeScalars.elementsEqual(b.key.unicodeScalars) {
        return a.key.unicodeScalars.lexicographicallyPrecedes(b.key.unicodeScalars)
      }
      return a.raw.lexicographicallyPrecedes(b.raw)
    }
    plan.items += ordered.map(\.item)
  }

  /// Whether `path` is `root` or lies below it (both canonical).
  private static func isInside(_ path: [UInt8], _ root: [UInt8]) -> Bool {
    if path == root { return true }
    let base = root.last == UInt8(ascii: "/") ? root : root + [UInt8(ascii: "/")]
    return path.starts(with: base)
  }

  /// The entries of a directory (raw names, without `.` and `..`), or `nil` with `errno` set.
  private static func listDirectory(_ path: [UInt8]) -> [[UInt8]]? {
    let handle = (path + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) } }
    guard let handle else { return nil }
    defer { closedir(handle) }
    var names: [[UInt8]] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
        Array(raw.prefix { $0 != 0 })
      }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      names.append(name)
    }
    return names
  }

  private static func realPath(_ path: [UInt8]) -> [UInt8]? {
    (path + [0]).withUnsafeBufferPointer { p in
      p.withMemoryRebound(to: CChar.self) { pointer -> [UInt8]? in
        guard let resolved = realpath(pointer.baseAddress!, nil) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) }
      }
    }
  }

  private static func lstatBytes(_ path: [UInt8], _ info: inout stat) -> Int32 {
    (path + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &info) } }
  }

  private static func statBytes(_ path: [UInt8], _ info: inout stat) -> Int32 {
    (path + [0]).withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) } }
  }
}

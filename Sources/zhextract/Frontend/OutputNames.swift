import ZhExtract

/// The ids and `--out-dir` paths of one run's files: unique in the run, and safe as paths.
///
/// Ids are the paths relative to the folder named on the command line. When two inputs would
/// share an id — the same relative path under two folders (`A/a.txt`, `B/a.txt`), or names
/// that are the same text after Unicode normalisation (`café.txt` in NFC and in NFD), which
/// Swift, `diff` and most consumers treat as one string — each of them whose path as typed
/// on the command line is its own takes that path as its id (`A/a.txt`, `B/a.txt`); those
/// still alike keep their id, with `~2`, `~3` … appended in input order after the first.
enum OutputNames {
  /// The longest file name most file systems accept, in bytes.
  static let maxNameBytes = 255

  /// `id` + `.json` as a relative path: no empty, `.` or `..` component (`../x` stays under
  /// `--out-dir`), no hidden one (a leading `.` gets `_`), none longer than 255 bytes (cut at
  /// a character boundary, with 8 hex digits of the id's hash so cut names stay distinct).
  static func outputPath(for id: String) -> String {
    var components = id.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    if components.isEmpty { components = ["_"] }
    let last = components.count - 1
    for (k, component) in components.enumerated() {
      var name = component
      if name.hasPrefix(".") { name = "_" + name }
      let suffix = k == last ? ".json" : ""
      if name.utf8.count + suffix.utf8.count > maxNameBytes {
        let tail = "~" + String(ContentHash.hex(of: Array(id.utf8)).prefix(8)) + suffix
        name = cut(name, toBytes: maxNameBytes - tail.utf8.count) + tail
      } else {
        name += suffix
      }
      components[k] = name
    }
    return components.joined(separator: "/")
  }

  /// The longest prefix of `text` that fits in `bytes` bytes of UTF-8, whole scalars only.
  static func cut(_ text: String, toBytes bytes: Int) -> String {
    var out = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      used += String(scalar).utf8.count
      if used > bytes { break }
      out.append(scalar)
    }
    return String(out)
  }

  /// Makes every id of `plan` unique (see above) and every output path distinct.
  static func makeUnique(_ plan: inout InputPlan) {
    var groups: [String: [Int]] = [:]
    for k in plan.items.indices where plan.items[k].isDocument { groups[plan.items[k].id, default: []].append(k) }
    for members in groups.values where members.count > 1 {
      // Paths as typed tell apart what came from different folders; names that differ only
      // in their normalisation have equal paths too, and keep their ids (then `~2`).
      var displayCounts: [String: Int] = [:]
      for k in members { displayCounts[plan.items[k].displayPath, default: 0] += 1 }
      for k in members where displayCounts[plan.items[k].displayPath] == 1 {
        plan.items[k].id = plan.items[k].displayPath
      }
    }
    var used: Set<String> = []
    var paths: Set<String> = []
    for k in plan.items.indices where plan.items[k].isDocument {
      var id = plan.items[k].id
      if !used.insert(id).inserted {
        var n = 2
        while !used.insert("\(plan.items[k].id)~\(n)").inserted { n += 1 }
        id = "\(plan.items[k].id)~\(n)"
      }
      plan.items[k].id = id
      guard case .file(var file) = plan.items[k] else { continue }
      file.outputPath = outputPath(for: id)
      if !paths.insert(file.outputPath).inserted {
        // Only names changed to be safe can meet (`.a` and `_.a`): tell them apart by a hash.
        file.outputPath = outputPath(for: id + "~" + String(ContentHash.hex(of: Array(file.displayPath.utf8)).prefix(8)))
        paths.insert(file.outputPath)
      }
      plan.items[k] = .file(file)
    }
  }
}

extension InputPlan.Item {
  /// A file or a problem: one document with an id of its own (records have theirs inside).
  var isDocument: Bool {
    switch self {
    case .file, .problem: true
    case .records, .standardInput: false
    }
  }

  var id: String {
    get {
      switch self {
      case .file(let file): file.id
      case .problem(let id, _, _, _): id
      case .records, .standardInput: ""
      }
    }
    set {
      switch self {
      case .file(var file):
        file.id = newValue
        file.outputPath = OutputNames.outputPath(for: newValue)
        self = .file(file)
      case .problem(_, let displayPath, let code, let message):
        self = .problem(id: newValue, displayPath: displayPath, code: code, message: message)
      case .records, .standardInput:
        break
      }
    }
  }

  var displayPath: String {
    switch self {
    case .file(let file): file.displayPath
    case .problem(_, let displayPath, _, _): displayPath
    case .records(let path, _): path
    case .standardInput: "-"
    }
  }
}

import Foundation
import Testing

/// The library's folders form layers, and a folder uses only the layers below it
/// (docs/ARCHITECTURE.md): `Base` ← `Lexicon` ← `Ingest` ← `Numbers` ← `Money`, `Dates`,
/// `Entities` ← `Emit` ← `API`. Only `API/` is public. These tests read the sources, so a
/// change that makes a folder reach upward, or sideways into a sibling stage, fails here with
/// the file and the name it used.
@Suite struct LayeringTests {
  /// What each folder of `Sources/ZhExtract` may use besides itself.
  static let allowed: [String: Set<String>] = [
    "Base": [],
    "Lexicon": ["Base"],
    "Ingest": ["Base", "Lexicon"],
    "Numbers": ["Base"],
    "Money": ["Base", "Lexicon", "Ingest", "Numbers"],
    "Dates": ["Base", "Lexicon", "Ingest", "Numbers"],
    "Entities": ["Base", "Lexicon", "Ingest", "Numbers"],
    "Emit": ["Base"],
    "Hostile": ["Base", "Ingest"],
    "API": ["Base", "Lexicon", "Ingest", "Numbers", "Money", "Dates", "Entities", "Emit", "Hostile"],
  ]

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let library = root.appendingPathComponent("Sources/ZhExtract")

  struct SourceFile {
    var folder: String
    var path: String
    var text: String
  }

  static func sources(under directory: URL) throws -> [SourceFile] {
    let base = directory.path + "/"
    guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
    var files: [SourceFile] = []
    for case let relative as String in walker where relative.hasSuffix(".swift") {
      let text = try String(contentsOfFile: base + relative, encoding: .utf8)
      files.append(SourceFile(folder: String(relative.prefix { $0 != "/" }), path: relative, text: text))
    }
    return files.sorted { $0.path < $1.path }
  }

  @Test func everyFolderHasAPlaceInTheLayers() throws {
    let folders = Set(try Self.sources(under: Self.library).map(\.folder))
    #expect(folders.subtracting(Self.allowed.keys).sorted() == [], "add new folders to LayeringTests.allowed and docs/ARCHITECTURE.md")
  }

  @Test func noFolderUsesALayerAboveOrBesideIt() throws {
    let files = try Self.sources(under: Self.library)
    // Top-level names, and the folder that declares each; a name declared in two folders is
    // ambiguous for this check and skipped.
    var owner: [String: String] = [:]
    var ambiguous: Set<String> = []
    for file in files {
      for name in SwiftSource.topLevelNames(file.text) {
        if let folder = owner[name], folder != file.folder { ambiguous.insert(name) } else { owner[name] = file.folder }
      }
    }
    var violations: [String] = []
    for file in files where !file.path.hasSuffix("+Generated.swift") {
      let permitted = Self.allowed[file.folder] ?? []
      for name in Set(SwiftSource.identifiers(file.text)).sorted() {
        guard let folder = owner[name], !ambiguous.contains(name), folder != file.folder, !permitted.contains(folder) else { continue }
        violations.append("\(file.path) uses \(name) from \(folder)/")
      }
    }
    #expect(violations == [])
  }

  @Test func onlyAPIIsPublic() throws {
    var violations: [String] = []
    for file in try Self.sources(under: Self.library) where file.folder != "API" {
      for (number, line) in SwiftSource.code(file.text).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      where line.range(of: #"(^|\s)(public\s|open\s+(class|func|var|subscript)\s)"#, options: .regularExpression) != nil {
        violations.append("\(file.path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
      }
    }
    #expect(violations == [], "only API/ declares public API; use package or internal")
  }

  @Test func theCheckerSeesNamesAndIgnoresCommentsAndStrings() {
    let text = """
      /// Uses Hidden in a comment.
      package struct Visible { var x = "Quoted" }
      enum Also {}
      func top() -> Visible { Visible() }
      """
    #expect(SwiftSource.topLevelNames(text) == ["Visible", "Also", "top"])
    #expect(!SwiftSource.identifiers(text).contains("Hidden"))
    #expect(!SwiftSource.identifiers(text).contains("Quoted"))
    #expect(SwiftSource.identifiers(text).contains("Visible"))
  }
}

/// Just enough of Swift's lexical structure to find names: comments and string literals
/// (plain, multi-line and raw) are blanked out, keeping line breaks.
enum SwiftSource {
  static func code(_ text: String) -> String {
    let s = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func blank(_ c: Unicode.Scalar) { out.append(c == "\n" ? "\n" : " ") }
    while i < s.count {
      if s[i] == "/", i + 1 < s.count, s[i + 1] == "/" {
        while i < s.count, s[i] != "\n" { i += 1 }
      } else if s[i] == "/", i + 1 < s.count, s[i + 1] == "*" {
        var depth = 0
        repeat {
          if s[i] == "/", i + 1 < s.count, s[i + 1] == "*" {
            depth += 1; blank(" "); i += 1
          } else if s[i] == "*", i + 1 < s.count, s[i + 1] == "/" {
            depth -= 1; blank(" "); i += 1
          }
          blank(s[i]); i += 1
        } while i < s.count && depth > 0
      } else if s[i] == "#" || s[i] == "\"" {
        var hashes = 0
        var k = i
        while k < s.count, s[k] == "#" { hashes += 1; k += 1 }
        guard k < s.count, s[k] == "\"" else { out.append(s[i]); i += 1; continue }
        let multiline = k + 2 < s.count && s[k + 1] == "\"" && s[k + 2] == "\""
        let quotes = multiline ? 3 : 1
        k += quotes
        out.append("\"")
        while k < s.count {
          if hashes == 0, s[k] == "\\" { blank(s[k]); k += 1; if k < s.count { blank(s[k]); k += 1 }; continue }
          if s[k] == "\"", (0..<quotes).allSatisfy({ k + $0 < s.count && s[k + $0] == "\"" }),
            (0..<hashes).allSatisfy({ k + quotes + $0 < s.count && s[k + quotes + $0] == "#" })
          {
            k += quotes + hashes
            break
          }
          blank(s[k]); k += 1
        }
        out.append("\"")
        i = k
      } else {
        out.append(s[i]); i += 1
      }
    }
    return String(out)
  }

  /// Names declared at the top level (column 0): types, functions, constants.
  static func topLevelNames(_ text: String) -> [String] {
    let attributes = #"(?:@\w+(?:\([^)]*\))?\s+)*"#
    let modifiers = #"(?:(?:public|package|internal|fileprivate|private|final|indirect)\s+)*"#
    let pattern = "^" + attributes + modifiers + #"(?:struct|enum|class|protocol|typealias|actor|func|let|var)\s+(\w+)"#
    let regex = try! NSRegularExpression(pattern: pattern, options: .anchorsMatchLines)
    let source = code(text)
    let range = NSRange(source.startIndex..., in: source)
    return regex.matches(in: source, range: range).compactMap { Range($0.range(at: 1), in: source).map { String(source[$0]) } }
  }

  static func identifiers(_ text: String) -> [String] {
    let source = code(text)
    var names: [String] = []
    var current = ""
    for c in source.unicodeScalars {
      if c == "_" || c.properties.isAlphabetic || (("0"..."9").contains(c) && !current.isEmpty) {
        current.unicodeScalars.append(c)
      } else {
        if !current.isEmpty { names.append(current) }
        current = ""
      }
    }
    if !current.isEmpty { names.append(current) }
    return names
  }
}

import Foundation

/// Paths inside this package, found from this source file, so tests run from any directory.
package enum PackagePaths {
  package static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  package static var corpus: URL { root.appendingPathComponent("Corpus") }
  package static var lexicons: URL { root.appendingPathComponent("Lexicons") }
  package static var golden: URL { root.appendingPathComponent("Tests/Golden") }
  package static var schema: URL { root.appendingPathComponent("Schemas/zhextract-2.schema.json") }

  /// The corpus articles, sorted by name.
  package static func corpusFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}

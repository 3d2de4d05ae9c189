import Foundation

/// Paths inside this package, found from this source file, so tests run from any directory.
public enum PackagePaths {
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static var corpus: URL { root.appendingPathComponent("Corpus") }
  public static var lexicons: URL { root.appendingPathComponent("Lexicons") }
  public static var golden: URL { root.appendingPathComponent("Tests/Golden") }
  public static var schema: URL { root.appendingPathComponent("Schemas/zhextract-1.schema.json") }

  /// The corpus articles, sorted by name.
  public static func corpusFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}

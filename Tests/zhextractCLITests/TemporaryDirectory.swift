import Foundation

/// A fresh directory under the system temporary directory, removed when the test is done.
final class TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("zhextract-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  /// Writes `text` (UTF-8) at `relative`, creating directories on the way.
  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String { try write(relative, Data(text.utf8)) }

  @discardableResult
  func write(_ relative: String, _ data: Data) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    return file.path
  }

  func read(_ relative: String) throws -> String {
    String(decoding: try Data(contentsOf: url.appendingPathComponent(relative)), as: UTF8.self)
  }

  func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }
}

/// The JSON objects of JSON Lines output.
func jsonObjects(_ lines: [String]) throws -> [[String: Any]] {
  try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
}

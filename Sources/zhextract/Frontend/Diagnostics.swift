import Foundation

/// Writes to standard error, the place for everything that is not the JSON output.
enum Diagnostics {
  static func error(_ message: String) { write("zhextract: error: \(message)\n") }
  static func warning(_ message: String) { write("zhextract: warning: \(message)\n") }
  static func note(_ message: String) { write(message + "\n") }

  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

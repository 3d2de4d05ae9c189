import Foundation
import ZhExtract

/// The three input shapes `zhextract bench` runs end to end, written into a scratch
/// directory from the same articles: one big file, a directory of files, and a JSON Lines
/// stream of records.
struct BenchShapes {
  let root: URL
  /// All the articles concatenated (blank line between) into one file of at least the target size.
  let oneFile: URL
  let oneFileBytes: Int
  /// The articles repeated as separate files (about a thousand for the bundled corpus at 20 MB).
  let directory: URL
  let directoryFiles: Int
  let directoryBytes: Int
  /// The articles cut at line breaks into records of about 1/2000 of the target size, each
  /// `{"id","text"}`, repeated to the target size.
  let records: URL
  let recordCount: Int
  /// Bytes of article text in the records (what `extract --jsonl` reports as MB, less the
  /// JSON syntax around it).
  let recordTextBytes: Int
  let recordFileBytes: Int
  /// A tiny document, for start-up.
  let tiny: URL

  /// Writes every shape under a fresh directory in the system's temporary directory.
  init(articles: [[UInt8]], targetBytes: Int, recordsWanted: Int = 2000) throws {
    let fm = FileManager.default
    root = fm.temporaryDirectory.appendingPathComponent("zhextract-bench-\(getpid())")
    try? fm.removeItem(at: root)
    try fm.createDirectory(at: root, withIntermediateDirectories: true)

    var one: [UInt8] = []
    one.reserveCapacity(targetBytes + 100_000)
    while one.count < targetBytes {
      for article in articles {
        one += article
        one += [0x0A, 0x0A]
      }
    }
    oneFile = root.appendingPathComponent("one.txt")
    try Data(one).write(to: oneFile)
    oneFileBytes = one.count

    directory = root.appendingPathComponent("articles")
    try fm.createDirectory(at: directory, withIntermediateDirectories: true)
    var files = 0, total = 0
    while total < targetBytes {
      for article in articles {
        try Data(article).write(to: directory.appendingPathComponent(String(format: "%05d.txt", files)))
        files += 1
        total += article.count
      }
    }
    directoryFiles = files
    directoryBytes = total

    let pieceBytes = max(1, targetBytes / recordsWanted)
    let pieces = articles.flatMap { Self.pieces(of: $0, atLeast: pieceBytes) }
    var stream: [UInt8] = []
    var count = 0, textBytes = 0
    while textBytes < targetBytes {
      for piece in pieces {
        let record = JSONValue.object([("id", .string("r\(count)")), ("text", .string(String(decoding: piece, as: UTF8.self)))])
        stream += JSONWriter().bytes(record)
        stream.append(0x0A)
        count += 1
        textBytes += piece.count
      }
    }
    records = root.appendingPathComponent("records.jsonl")
    try Data(stream).write(to: records)
    recordCount = count
    recordTextBytes = textBytes
    recordFileBytes = stream.count

    tiny = root.appendingPathComponent("tiny.txt")
    try Data("公司去年营收120亿元，明年1月推出新模型。\n".utf8).write(to: tiny)
  }

  /// `article` cut after line breaks into pieces of at least `size` bytes (the last may be shorter).
  static func pieces(of article: [UInt8], atLeast size: Int) -> [ArraySlice<UInt8>] {
    var pieces: [ArraySlice<UInt8>] = []
    var start = 0
    var i = 0
    while i < article.count {
      if article[i] == 0x0A, i + 1 - start >= size {
        pieces.append(article[start...i])
        start = i + 1
      }
      i += 1
    }
    if start < article.count { pieces.append(article[start...]) }
    return pieces
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

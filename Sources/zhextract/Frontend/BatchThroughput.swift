import Foundation
import ZhExtract

/// Measures the real batch path — the same workers, ordering window and JSON serialisation
/// as `zhextract extract` — over documents in memory or on disk, with the output thrown away.
/// For `zhextract bench`: run it with 1 and with 2 jobs and compare `megabytesPerSecond`.
///
/// ```swift
/// let docs = try BatchThroughput.Document.files(in: corpusDirectory, repeatedTo: 20_000_000)
/// let one = BatchThroughput.measure(docs, jobs: 1, extractor: extractor)
/// let two = BatchThroughput.measure(docs, jobs: 2, extractor: extractor)
/// print(two.megabytesPerSecond / one.megabytesPerSecond)   // target ≥ 1.8
/// ```
enum BatchThroughput {
  enum Document: Sendable {
    case memory(id: String, bytes: [UInt8])
    case file(URL)

    /// Every file under `directory` (as `extract` would read it), repeated in memory until
    /// at least `minimumBytes` are reached. Each copy gets its own id.
    static func files(in directory: URL, repeatedTo minimumBytes: Int) throws(CLIError) -> [Document] {
      let files = try InputFiles.expand([directory.path])
      guard !files.isEmpty else { throw CLIError("\(directory.path): no documents") }
      let contents = try files.map { file throws(CLIError) in (file.id, try FileBytes.read(file.url.path)) }
      var documents: [Document] = []
      var total = 0
      var round = 0
      while total < minimumBytes || documents.isEmpty {
        for (id, bytes) in contents {
          documents.append(.memory(id: "\(round)/\(id)", bytes: bytes))
          total += bytes.count
        }
        round += 1
      }
      return documents
    }
  }

  struct Measurement: Sendable {
    var jobs: Int
    var documents: Int
    var bytes: Int
    var seconds: Double
    var failed: Int
    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }
  }

  static func measure(_ documents: [Document], jobs: Int, extractor: Extractor) -> Measurement {
    let processor = BatchProcessor(extractor: extractor)
    let sink = DiscardingDestination()
    var iterator = documents.makeIterator()
    let summary = BatchRun(processor: processor, jobs: jobs, destination: sink, progress: nil).run {
      switch iterator.next() {
      case nil: return nil
      case .memory(let id, let bytes)?: return .text(bytes: bytes, id: id)
      case .file(let url)?:
        return .file(InputFile(url: url, id: url.lastPathComponent, displayPath: url.path, size: FileBytes.size(atPath: url.path) ?? 0))
      }
    }
    return Measurement(
      jobs: jobs, documents: summary.documents, bytes: summary.bytes, seconds: summary.seconds, failed: summary.failed)
  }
}

import Foundation

/// `--out-dir DIR`: one `.json` file per document, mirroring the input tree, each written
/// atomically, with the manifest that lets the next run skip unchanged documents. The
/// manifest is saved every few seconds as well as at the end, so an interrupted run loses
/// little; what it lost is redone by the next run.
final class DirectoryDestination: BatchDestination {
  let directory: URL
  private(set) var manifest: ExtractionManifest
  private var written: Set<String> = []
  private var lastSave = Date()
  private var dirty = false

  init(directory: URL, manifest: ExtractionManifest) {
    self.directory = directory
    self.manifest = manifest
  }

  func write(_ outcome: BatchOutcome) throws(CLIError) {
    guard written.insert(outcome.outputPath).inserted else {
      throw CLIError("\(outcome.id): another document of this batch already wrote \(outcome.outputPath)")
    }
    if let json = outcome.json {
      try AtomicFile.write(json + [0x0A], to: directory.appendingPathComponent(outcome.outputPath))
    }
    switch outcome.status {
    case .failed: manifest.documents[outcome.outputPath] = nil
    case .extracted, .skipped: manifest.documents[outcome.outputPath] = outcome.manifestEntry
    }
    dirty = true
    if Date().timeIntervalSince(lastSave) > 2 {
      try manifest.save(to: directory)
      lastSave = Date()
      dirty = false
    }
  }

  func finish() throws(CLIError) {
    if dirty || !FileManager.default.fileExists(atPath: directory.appendingPathComponent(ExtractionManifest.fileName).path) {
      try manifest.save(to: directory)
    }
  }
}

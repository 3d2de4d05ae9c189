import Foundation

/// `--out-dir DIR`: one `.json` file per document, mirroring the input tree, each written
/// atomically, with the manifest that lets the next run skip unchanged documents.
///
/// Each document is recorded in the journal as soon as its file is written, so a run killed
/// at any point loses nothing it finished. At the end the outputs of inputs that are gone
/// (recorded in the manifest, neither written nor skipped this time) are removed — the
/// directory mirrors the sources — and the manifest is saved.
final class DirectoryDestination: BatchDestination {
  let directory: URL
  private(set) var manifest: ExtractionManifest
  /// Remove the outputs of vanished inputs at the end (`--no-prune` turns it off; a run
  /// whose input folders could not all be listed never prunes).
  var prune: Bool
  /// Outputs removed by `finish` because their inputs are gone.
  private(set) var removed = 0
  private var written: Set<String> = []
  private var journal: Int32 = -1

  init(directory: URL, manifest: ExtractionManifest, prune: Bool = true) {
    self.directory = directory
    self.manifest = manifest
    self.prune = prune
  }

  deinit {
    if journal >= 0 { close(journal) }
  }

  func write(_ outcome: BatchOutcome) throws(CLIError) {
    guard written.insert(outcome.outputPath).inserted else {
      throw CLIError("\(outcome.id): another document of this batch already wrote \(outcome.outputPath)")
    }
    if let json = outcome.json {
      try AtomicFile.write(to: directory.appendingPathComponent(outcome.outputPath)) { fd in
        let failure = json.write(to: fd)
        return failure != 0 ? failure : [UInt8(0x0A)].withUnsafeBytes { AtomicFile.writeAll(fd, $0) }
      }
    }
    let entry: ExtractionManifest.Entry?
    switch outcome.status {
    case .failed: entry = .failure(id: outcome.id)
    case .extracted, .skipped: entry = outcome.manifestEntry
    }
    guard manifest.documents[outcome.outputPath] != entry else { return }
    manifest.documents[outcome.outputPath] = entry
    try record(ExtractionManifest.journalLine(path: outcome.outputPath, entry: entry))
  }

  /// Nothing to do: each document is its own file, renamed into place as it is written.
  func flush() {}

  func finish() throws(CLIError) {
    if prune {
      let vanished = manifest.documents.keys.filter { !written.contains($0) }
        .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      for path in vanished {
        let url = directory.appendingPathComponent(path)
        if unlink(url.path) == 0 {
          removed += 1
        } else if errno != ENOENT {
          continue  // kept, and still recorded: the next run tries again
        }
        manifest.documents[path] = nil
        removeEmptyDirectories(above: url)
      }
    }
    try manifest.save(to: directory)
    if journal >= 0 {
      close(journal)
      journal = -1
    }
    unlink(directory.appendingPathComponent(ExtractionManifest.journalName).path)
  }

  /// Appends one line to the journal (opened on first use), in one `write`.
  private func record(_ line: [UInt8]) throws(CLIError) {
    let path = directory.appendingPathComponent(ExtractionManifest.journalName).path
    if journal < 0 {
      journal = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
      guard journal >= 0 else { throw CLIError("\(path): cannot be written: \(String(cString: strerror(errno)))") }
    }
    let failure = line.withUnsafeBytes { AtomicFile.writeAll(journal, $0) }
    if failure != 0 { throw CLIError("\(path): cannot be written: \(String(cString: strerror(failure)))") }
  }

  /// Removes the directories between `file` and the output directory that are now empty.
  private func removeEmptyDirectories(above file: URL) {
    var parent = file.deletingLastPathComponent().standardizedFileURL
    let root = directory.standardizedFileURL.path
    while parent.path.count > root.count, parent.path.hasPrefix(root) {
      guard rmdir(parent.path) == 0 else { return }
      parent = parent.deletingLastPathComponent()
    }
  }
}

import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract money, dates and entities; one JSON object per document.",
      discussion: """
        Input: files and directories (read recursively, in code-point order of their paths), \
        raw text on standard input (--stdin), or JSON Lines records on standard input \
        (--jsonl: {"id": …, "text": …, "published": …?} per line; instead of "text", a record \
        may carry a file's raw bytes in base64 as "bytes", with "path" for source.path, to be \
        read like that file: any encoding, any markup).

        Output: JSON Lines on standard output (or -o FILE), in input order whatever --jobs is; \
        or one .json per document under --out-dir, mirroring the input tree (a JSON Lines \
        record's id, made safe as a file name, + .json). With --out-dir a manifest \
        (.zhextract-manifest.json) records what each output was made from; a rerun skips \
        documents whose bytes, tool version, lexicons and options are unchanged (--force \
        redoes them). Files are written atomically (temporary file, then rename).

        A document that cannot be read yields an error record and a line on standard error; \
        the batch goes on and the exit status is 1. Usage errors exit with 64, lexicon \
        problems with 2. A progress bar is drawn on standard error when it is a terminal; a \
        summary follows the batch (both silenced by --quiet).

        Examples:
          zhextract extract Corpus/
          zhextract extract Corpus/ --out-dir out/ --jobs 2
          zhextract extract article.txt --published 2025-12-13T08:00 --pretty
          cat records.jsonl | zhextract extract --jsonl > extractions.jsonl
          tail -n +1001 records.jsonl | zhextract extract --jsonl --first-line 1001
          pbpaste | zhextract extract --stdin --id note-1
        """)

    @Argument(help: "Files or directories to read.")
    var paths: [String] = []

    @Flag(help: "Read one document, raw text, from standard input.")
    var stdin = false

    @Flag(help: "Read JSON Lines records {\"id\", \"text\" or \"bytes\" (base64), \"published\"?} from standard input.")
    var jsonl = false

    @Option(help: ArgumentHelp(
      "With --jsonl: the number of the first line (default 1), for a stream cut from a larger file, so that error records name the line in the whole file.",
      valueName: "n"))
    var firstLine: Int?

    @Option(help: ArgumentHelp("The id of the --stdin document (default: -).", valueName: "id"))
    var id: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON Lines here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Write one .json per document under this directory, with a manifest for incremental runs.", valueName: "dir"))
    var outDir: String?

    @Flag(help: "With --out-dir: extract every document again, even those the manifest says are unchanged.")
    var force = false

    @Flag(help: "Indent the JSON (one object spans several lines).")
    var pretty = false

    @Option(help: ArgumentHelp("Publication date (ISO 8601) for every document; overrides what the text states.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Treat input as text, markdown or html instead of detecting it.", valueName: "format"))
    var format: MarkupFormat?

    @Option(help: ArgumentHelp("The articles' time zone: +08:00 (default), -05:00, UTC, …", valueName: "offset"))
    var tz: String?

    @Option(help: ArgumentHelp("Documents extracted at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress bar and no summary on standard error (errors are still printed).")
    var quiet = false

    @Option(help: ArgumentHelp("Largest input read, in bytes; larger files and JSON Lines records are error records (default: 268435456, 256 MiB).", valueName: "bytes"))
    var maxBytes: Int?

    @Flag(help: "Follow symbolic links that lead out of an input folder (links are never followed twice into one folder).")
    var followSymlinks = false

    @Option(help: ArgumentHelp("In folders, read only files matching this glob (repeatable; a glob with / matches the relative path). Default: *.txt *.text *.md *.markdown *.htm *.html *.xhtml *.shtml and names without an extension.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("In folders, skip files matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "With --out-dir: keep the outputs of inputs that are gone (by default they are removed, so that the directory mirrors the inputs).")
    var noPrune = false

    @OptionGroup var lexiconOptions: LexiconOptions

    mutating func validate() throws {
      let sources = (paths.isEmpty ? 0 : 1) + (stdin ? 1 : 0) + (jsonl ? 1 : 0)
      if sources == 0 { throw ValidationError("Name files or directories, or read standard input with --stdin or --jsonl.") }
      if sources > 1 { throw ValidationError("Use only one input: paths, --stdin or --jsonl.") }
      if id != nil && !stdin { throw ValidationError("--id names the --stdin document; use it with --stdin.") }
      if firstLine != nil && !jsonl { throw ValidationError("--first-line numbers the lines of --jsonl input; use it with --jsonl.") }
      if let firstLine, firstLine < 1 { throw ValidationError("--first-line must be at least 1.") }
      if output != nil && outDir != nil { throw ValidationError("Use -o or --out-dir, not both.") }
      if force && outDir == nil { throw ValidationError("--force redoes documents skipped by the --out-dir manifest; use it with --out-dir.") }
      if let published, let problem = PublishedArgument.problem(published) {
        throw ValidationError("--published: \(problem).")
      }
      if let tz, TimeZoneArgument.minutes(tz) == nil {
        throw ValidationError("--tz must be UTC or an offset such as +08:00 or -05:00 (at most ±14:00), not '\(tz)'.")
      }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
      if let maxBytes, maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1.") }
      if noPrune && outDir == nil { throw ValidationError("--no-prune keeps old outputs under --out-dir; use it with --out-dir.") }
    }

    func run() throws {
      let extractor = try lexiconOptions.makeExtractor(timeZoneOffsetMinutes: tz.flatMap(TimeZoneArgument.minutes) ?? 480)
      TemporaryFiles.removeOnSignals()
      let limit = maxBytes ?? FileBytes.defaultLimit

      // The output directory first: it is locked, and an input folder must not read it.
      let outputDirectory = outDir.map { URL(fileURLWithPath: $0) }
      var lock: DirectoryLock?
      var outputIdentity: FileIdentity?
      if let outputDirectory, let existing = FileIdentity.of(outputDirectory.path),
         let root = paths.first(where: { FileIdentity.of($0) == existing }) {
        Diagnostics.error("--out-dir \(outDir!) is the input folder \(root); its outputs would be read as articles by the next run (choose another directory)")
        throw ExitCode(2)
      }
      if let outputDirectory {
        switch Result(catching: { () throws(CLIError) in try prepare(outputDirectory) }) {
        case .success(let prepared): (lock, outputIdentity) = prepared
        case .failure(let error):
          Diagnostics.error(error.description)
          throw ExitCode(2)
        }
      }
      defer { withExtendedLifetime(lock) {} }

      var plan = InputPlan()
      if !paths.isEmpty {
        var options = InputFiles.Options()
        options.followSymlinks = followSymlinks
        options.excludedDirectory = outputIdentity
        options.filter = PathFilter(includes: include.isEmpty ? nil : include, excludes: exclude)
        plan = InputFiles.plan(paths, options: options)
        if let outputIdentity, plan.rootIdentities.contains(outputIdentity) {
          Diagnostics.error("--out-dir \(outDir!) is an input folder; its outputs would be read as articles by the next run (choose another directory)")
          throw ExitCode(2)
        }
      }
      for line in plan.skipped { Diagnostics.warning(line) }

      let (destination, previous): (BatchDestination, ExtractionManifest?)
      switch Result(catching: { () throws(CLIError) in try makeDestination(outputDirectory, inputs: inputIdentities(plan)) }) {
      case .success(let made): (destination, previous) = made
      case .failure(let error):
        Diagnostics.error(error.description)
        throw ExitCode(2)
      }
      if let directory = destination as? DirectoryDestination, plan.items.contains(where: { if case .problem = $0 { true } else { false } }) {
        // An input that could not be listed would look vanished: keep every output.
        directory.prune = false
      }

      var processor = BatchProcessor(
        extractor: extractor, published: published, format: format, pretty: pretty,
        previous: previous, outputDirectory: outputDirectory, force: force)
      processor.maxBytes = limit
      let jobCount = jobs ?? ProcessInfo.processInfo.activeProcessorCount
      var readFailure: CLIError?
      var summary: BatchSummary

      if jsonl {
        let reader = LineReader(fd: STDIN_FILENO, name: "standard input", firstLine: firstLine ?? 1, maxLineBytes: limit)
        let progress = ProgressBar.make(quiet: quiet, totalBytes: FileBytes.regularFileSize(fd: STDIN_FILENO), totalDocuments: nil)
        summary = BatchRun(processor: processor, jobs: jobCount, destination: destination, progress: progress).run {
          while let line = reader.next() {
            switch line {
            case .text(let bytes):
              if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines are not records
              return .record(line: bytes, lineNumber: reader.lineNumber)
            case .tooLong(let length):
              return .failed(Self.tooLongRecord(line: reader.lineNumber, length: length, limit: limit, pretty: pretty))
            }
          }
          return nil
        }
        readFailure = reader.failure
        progress?.clear()
      } else if stdin {
        let documentId = id ?? "-"
        let job: BatchJob
        switch Result(catching: { () throws(CLIError) in try FileBytes.readAll(fd: STDIN_FILENO, name: "standard input", limit: limit) }) {
        case .success(let bytes): job = .text(bytes: bytes, id: documentId)
        case .failure(let error):
          let code = error.description.contains("--max-bytes") ? "too-large" : "unreadable"
          let failure = DocumentFailure(id: documentId, code: code, message: error.description)
          job = .failed(.failure(failure, outputPath: PathSafeName.name(for: documentId) + ".json", inputBytes: 0, pretty: pretty))
        }
        var pending: BatchJob? = job
        summary = BatchRun(processor: processor, jobs: 1, destination: destination, progress: nil).run {
          defer { pending = nil }
          return pending
        }
      } else {
        let files = plan.files
        let progress = ProgressBar.make(quiet: quiet, totalBytes: files.reduce(0) { $0 + $1.size }, totalDocuments: plan.items.count)
        var iterator = plan.items.makeIterator()
        summary = BatchRun(processor: processor, jobs: jobCount, destination: destination, progress: progress).run {
          iterator.next().map { item in
            switch item {
            case .file(let file): return .file(file)
            case .problem(let id, _, let code, let message):
              let failure = DocumentFailure(id: id, code: code, message: message)
              return .failed(.failure(failure, outputPath: OutputNames.outputPath(for: id), inputBytes: 0, pretty: pretty))
            }
          }
        }
        progress?.clear()
      }
      summary.skippedInputs = plan.skipped.count
      summary.excludedInputs = plan.excluded

      var trouble = false
      if case .failure(let error) = Result(catching: { () throws(CLIError) in try destination.finish() }) {
        Diagnostics.error(error.description)
        trouble = true
      }
      if let directory = destination as? DirectoryDestination { summary.removedOutputs = directory.removed }
      if let readFailure {
        Diagnostics.error(readFailure.description)
        trouble = true
      }
      if !quiet { Diagnostics.note(summary.line) }
      if trouble { throw ExitCode(2) }
      if summary.failed > 0 { throw ExitCode(1) }
    }

    /// The error record of a JSON Lines line longer than `--max-bytes`.
    static func tooLongRecord(line: Int, length: Int, limit: Int, pretty: Bool) -> BatchOutcome {
      let id = BatchProcessor.lineId(line)
      let problem = "\(length) bytes, more than --max-bytes \(limit); not read"
      var outcome = BatchOutcome.failure(
        DocumentFailure(id: id, code: "too-large", message: "line \(line): \(problem)"),
        outputPath: PathSafeName.name(for: id) + ".json", inputBytes: length + 1, pretty: pretty,
        diagnostic: "standard input, line \(line): \(problem)")
      outcome.lineNumber = line
      return outcome
    }

    /// Every input's identity, and standard input's when it is read: `-o` may name none.
    private func inputIdentities(_ plan: InputPlan) -> Set<FileIdentity> {
      var identities = Set(plan.files.compactMap(\.identity))
      if stdin || jsonl, let own = FileIdentity.of(fd: STDIN_FILENO) { identities.insert(own) }
      return identities
    }

    /// Creates and locks the output directory, and removes what killed runs left in it.
    private func prepare(_ directory: URL) throws(CLIError) -> (DirectoryLock, FileIdentity?) {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      } catch {
        throw CLIError("\(directory.path): cannot create directory: \(error.localizedDescription)")
      }
      let lock = try DirectoryLock(directory: directory)
      AtomicFile.sweep(directory)
      return (lock, FileIdentity.of(directory.path))
    }

    /// The JSON Lines stream, or the `--out-dir` directory with the previous run's manifest.
    private func makeDestination(_ outputDirectory: URL?, inputs: Set<FileIdentity>) throws(CLIError) -> (BatchDestination, ExtractionManifest?) {
      guard let outputDirectory else {
        if output == nil, let standardOutput = FileIdentity.of(fd: STDOUT_FILENO), inputs.contains(standardOutput),
           FileBytes.regularFileSize(fd: STDOUT_FILENO) != nil {
          throw CLIError("standard output is one of the inputs (redirected onto it, which has already emptied it); write to another file")
        }
        return (try StreamDestination(path: output, inputs: inputs), nil)
      }
      let (manifest, problem) = ExtractionManifest.load(from: outputDirectory)
      if let problem { Diagnostics.warning(problem) }
      return (DirectoryDestination(directory: outputDirectory, manifest: manifest, prune: !noPrune), manifest)
    }
  }
}

extension MarkupFormat: ExpressibleByArgument {}

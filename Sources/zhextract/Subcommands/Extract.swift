import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: "Extract money, dates and entities; one JSON object per document.",
      discussion: """
        Input: files and folders (read recursively, in code-point order of their paths; in \
        folders only regular files with a text-like name, see --include), JSON Lines files \
        (--jsonl, or any path ending in .jsonl: {"id": …, "text": …, "published": …?} per \
        line; instead of "text", a record may carry a file's raw bytes in base64 as "bytes", \
        with "path" for source.path), and standard input as - (one raw document, or JSON \
        Lines records with --jsonl; --jsonl with no path reads standard input too).

        Output: JSON Lines on standard output (or -o FILE), in input order whatever --jobs \
        is; CSV with --to csv (one row per mention, warning and error); or one .json per \
        document under --out-dir, mirroring the inputs. With --out-dir a manifest \
        (.zhextract-manifest.json) records what each output was made from: a rerun skips \
        documents whose bytes, build, lexicons and options are unchanged (--force redoes \
        them), and removes the outputs of inputs that are gone (--no-prune keeps them). \
        Files are written atomically; the directory is locked while a run writes into it.

        Ids are the paths relative to the folder named (a file named alone: its name); two \
        inputs with one id take their paths as typed, then ~2, ~3. A JSON Lines record keeps \
        its id; one already used becomes a duplicate-id error record.

        Exit status: 0 every document extracted (or skipped unchanged); 1 some documents \
        failed (each an error record and a line on standard error; the others are written); \
        2 trouble (lexicons that do not load, an output that cannot be written or is an \
        input, an --out-dir in use, a stream that breaks off); 64 a command line that cannot \
        be understood.

        Examples:
          zhextract extract Corpus/
          zhextract extract news/ --out-dir out/ --jobs 2
          zhextract extract article.txt --published 2025-12-13T08:00 --pretty
          zhextract extract records.jsonl > extractions.jsonl
          cat records.jsonl | zhextract extract --jsonl > extractions.jsonl
          tail -n +1001 records.jsonl | zhextract extract --jsonl --first-line 1001
          pbpaste | zhextract extract - --id note-1
          zhextract extract news/ --kinds money --to csv -o money.csv
        """)

    enum OutputKind: String, ExpressibleByArgument, CaseIterable {
      case json, csv
    }

    enum SummaryKind: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    @Argument(help: "Files, folders, JSON Lines files (.jsonl), or - for standard input.")
    var paths: [String] = []

    @Flag(help: "Read one document, raw text, from standard input (the same as the path -).")
    var stdin = false

    @Flag(help: "The paths are JSON Lines files of records {\"id\", \"text\" or \"bytes\" (base64), \"published\"?}; without paths, standard input is.")
    var jsonl = false

    @Option(
      help: ArgumentHelp(
        "With JSON Lines input: the number of the first line (default 1), for a stream cut from a larger file, so that error records name the line in the "
          + "whole file.",
        valueName: "n"))
    var firstLine: Int?

    @Option(help: ArgumentHelp("The id of the document read from standard input (default: -).", valueName: "id"))
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
    var inputFormat: MarkupFormat?

    /// The old spelling of --input-format (before `diff --format` made it mean two things).
    @Option(name: .customLong("format"), help: .hidden)
    var legacyFormat: MarkupFormat?

    @Option(help: ArgumentHelp("Which mentions to look for and write: money,dates,entities (default: all).", valueName: "kinds"))
    var kinds: String?

    @Option(
      name: .customLong("to"),
      help: ArgumentHelp("Output: json (default, JSON Lines) or csv (one row per mention, warning and error, with a header).", valueName: "format"))
    var to: OutputKind = .json

    @Option(help: ArgumentHelp("Give each mention N code points of the original text either side (\"context\": {\"before\", \"after\"}).", valueName: "n"))
    var context: Int?

    @Flag(help: "Add \"entitySummary\" to each document: its distinct entities with their mention counts.")
    var entitySummary = false

    @Option(help: ArgumentHelp("The summary at the end, on standard error: text (default) or json (one object for programs).", valueName: "format"))
    var summary: SummaryKind = .text

    @Flag(help: "Report progress on standard error even when it is not a terminal (a line every five seconds).")
    var progress = false

    @Option(help: ArgumentHelp("The articles' time zone: +08:00 (default), -05:00, UTC, …", valueName: "offset"))
    var tz: String?

    @Option(help: ArgumentHelp("Documents extracted at once (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress bar and no summary on standard error (errors are still printed).")
    var quiet = false

    @Option(
      help: ArgumentHelp(
        "Largest input read, in bytes; larger files and JSON Lines records are error records (default: 268435456, 256 MiB).", valueName: "bytes"))
    var maxBytes: Int?

    @Flag(help: "Follow symbolic links that lead out of an input folder (links are never followed twice into one folder).")
    var followSymlinks = false

    @Option(
      help: ArgumentHelp(
        "In folders, read only files matching this glob (repeatable; a glob with / matches the relative path). Default: *.txt *.text *.md *.markdown *.htm "
          + "*.html *.xhtml *.shtml and names without an extension.",
        valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("In folders, skip files matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "With --out-dir: keep the outputs of inputs that are gone (by default they are removed, so that the directory mirrors the inputs).")
    var noPrune = false

    @OptionGroup var lexiconOptions: LexiconOptions

    mutating func validate() throws {
      if stdin && jsonl { throw ValidationError("--stdin reads one raw document; for JSON Lines records on standard input use --jsonl alone (or --jsonl -).") }
      if stdin { paths.append("-") }
      if paths.isEmpty && jsonl { paths = ["-"] }
      if paths.isEmpty { throw ValidationError("Name files or folders to read, or - for standard input (--jsonl for JSON Lines records).") }
      if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input can be read once: name - (or --stdin) only once.") }
      if id != nil && !paths.contains("-") { throw ValidationError("--id names the document read from standard input; use it with - or --stdin.") }
      if id != nil && jsonl { throw ValidationError("--id names one raw document; JSON Lines records carry their own ids.") }
      if firstLine != nil && !jsonl && !paths.contains(where: { $0.hasSuffix(".jsonl") }) {
        throw ValidationError("--first-line numbers the lines of JSON Lines input; use it with --jsonl.")
      }
      if let firstLine, firstLine < 1 { throw ValidationError("--first-line must be at least 1.") }
      if output != nil && outDir != nil { throw ValidationError("Use -o or --out-dir, not both.") }
      if force && outDir == nil { throw ValidationError("--force redoes documents skipped by the --out-dir manifest; use it with --out-dir.") }
      if to == .csv && outDir != nil { throw ValidationError("--to csv writes one file of rows; use it with -o or standard output, not --out-dir.") }
      if to == .csv && pretty { throw ValidationError("--pretty indents JSON; CSV has no indentation.") }
      if inputFormat != nil && legacyFormat != nil { throw ValidationError("Use --input-format once (--format is its old name).") }
      if let published, let problem = PublishedArgument.problem(published) {
        throw ValidationError("--published: \(problem).")
      }
      if let tz, TimeZoneArgument.minutes(tz) == nil {
        throw ValidationError("--tz must be UTC or an offset such as +08:00 or -05:00 (at most ±14:00), not '\(tz)'.")
      }
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
      if let maxBytes, maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1.") }
      if let context, context < 0 { throw ValidationError("--context must be 0 or more.") }
      if noPrune && outDir == nil { throw ValidationError("--no-prune keeps old outputs under --out-dir; use it with --out-dir.") }
      _ = try selectedKinds()
    }

    /// `--kinds`, read.
    func selectedKinds() throws -> Set<ExtractionKind> {
      guard let kinds else { return ExtractionKind.all }
      var selected: Set<ExtractionKind> = []
      for word in kinds.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
        guard let kind = ExtractionKind(rawValue: word) else {
          throw ValidationError("Unknown kind '\(word)' in --kinds; use money, dates or entities (comma-separated).")
        }
        selected.insert(kind)
      }
      if selected.isEmpty { throw ValidationError("--kinds names no kind; use money, dates or entities (comma-separated).") }
      return selected
    }

    func run() throws {
      var options = ExtractorOptions(
        lexiconDirectory: lexiconOptions.directory, timeZoneOffsetMinutes: tz.flatMap(TimeZoneArgument.minutes) ?? 480)
      options.kinds = try selectedKinds()
      options.contextLength = context ?? 0
      options.entitySummary = entitySummary
      let extractor = try lexiconOptions.makeExtractor(options: options)
      ProcessLifetime.keepUntilExit(extractor)
      TemporaryFiles.removeOnSignals()
      let limit = maxBytes ?? FileBytes.defaultLimit
      let style = OutputStyle(pretty: pretty, csv: to == .csv)

      // The output directory first: it is locked, and an input folder must not read it.
      let outputDirectory = outDir.map { URL(fileURLWithPath: $0) }
      if let outputDirectory, let existing = FileIdentity.of(outputDirectory.path),
        let root = paths.first(where: { $0 != "-" && FileIdentity.of($0) == existing })
      {
        Diagnostics.error("--out-dir \(outDir!) is the input folder \(root); its outputs would be read as articles by the next run (choose another directory)")
        throw ExitCode(2)
      }
      var lock: DirectoryLock?
      var outputIdentity: FileIdentity?
      if let outputDirectory {
        switch Result(catching: { () throws(CLIError) in try prepare(outputDirectory) }) {
        case .success(let prepared): (lock, outputIdentity) = prepared
        case .failure(let error):
          Diagnostics.error(error.description)
          throw ExitCode(2)
        }
      }
      defer { withExtendedLifetime(lock) {} }

      var planOptions = InputFiles.Options()
      planOptions.jsonLines = jsonl
      planOptions.followSymlinks = followSymlinks
      planOptions.excludedDirectory = outputIdentity
      planOptions.filter = PathFilter(includes: include.isEmpty ? nil : include, excludes: exclude)
      let plan = InputFiles.plan(paths, options: planOptions)
      for line in plan.skipped { Diagnostics.warning(line) }

      let (destination, previous): (BatchDestination, ExtractionManifest?)
      switch Result(catching: { () throws(CLIError) in try makeDestination(outputDirectory, inputs: inputIdentities(plan), style: style) }) {
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
        extractor: extractor, published: published, format: inputFormat ?? legacyFormat, style: style,
        previous: previous, outputDirectory: outputDirectory, force: force)
      processor.maxBytes = limit
      let readsStream = plan.items.contains { if case .file = $0 { false } else if case .problem = $0 { false } else { true } }
      let files = plan.files
      let progressBar = ProgressBar.make(
        quiet: quiet, force: progress, totalBytes: readsStream ? nil : files.reduce(0) { $0 + $1.size },
        totalDocuments: readsStream ? nil : plan.items.count)
      let inputs = BatchInputs(
        plan: plan, recordsFromStandardInput: jsonl, standardInputId: id ?? "-", firstLine: firstLine ?? 1, limit: limit, style: style)
      let jobCount = jobs ?? ProcessInfo.processInfo.activeProcessorCount
      var summary = BatchRun(processor: processor, jobs: jobCount, destination: destination, progress: progressBar).run(
        next: { inputs.next() }, wouldWait: { inputs.wouldWait() })
      progressBar?.clear(final: true)
      summary.skippedInputs = plan.skipped.count
      summary.excludedInputs = plan.excluded

      var trouble = false
      if case .failure(let error) = Result(catching: { () throws(CLIError) in try destination.finish() }) {
        Diagnostics.error(error.description)
        trouble = true
      }
      if let directory = destination as? DirectoryDestination { summary.removedOutputs = directory.removed }
      for failure in inputs.failures {
        Diagnostics.error(failure.description)
        trouble = true
      }
      if self.summary == .json {
        Diagnostics.note(JSONWriter().string(summary.json))
      } else if !quiet {
        Diagnostics.note(summary.line)
      }
      if trouble { throw ExitCode(2) }
      if summary.failed > 0 { throw ExitCode(1) }
    }

    /// Every input's identity, and standard input's when it is read: `-o` may name none.
    private func inputIdentities(_ plan: InputPlan) -> Set<FileIdentity> {
      var identities = Set(plan.files.compactMap(\.identity))
      for item in plan.items {
        switch item {
        case .records(_, let identity?): identities.insert(identity)
        case .standardInput: if let own = FileIdentity.of(fd: STDIN_FILENO) { identities.insert(own) }
        default: break
        }
      }
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
    private func makeDestination(
      _ outputDirectory: URL?, inputs: Set<FileIdentity>, style: OutputStyle
    ) throws(CLIError) -> (BatchDestination, ExtractionManifest?) {
      guard let outputDirectory else {
        if output == nil, let standardOutput = FileIdentity.of(fd: STDOUT_FILENO), inputs.contains(standardOutput),
          FileBytes.regularFileSize(fd: STDOUT_FILENO) != nil
        {
          throw CLIError("standard output is one of the inputs (redirected onto it, which has already emptied it); write to another file")
        }
        let stream = try StreamDestination(path: output, inputs: inputs)
        if style.csv { try stream.writeLine(CSVRows.header) }
        return (stream, nil)
      }
      let (manifest, problem) = ExtractionManifest.load(from: outputDirectory)
      if let problem { Diagnostics.warning(problem) }
      return (DirectoryDestination(directory: outputDirectory, manifest: manifest, prune: !noPrune), manifest)
    }
  }
}

extension MarkupFormat: ExpressibleByArgument {}

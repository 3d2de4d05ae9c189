import ArgumentParser
import Foundation
import ZhExtract

/// What `zhextract extract` does with its arguments once parsed: every value `run()` reads, as a
/// plain value. `ZhExtractCommand.Extract` makes one from its parse; the plain line `extract
/// FILE…` makes one without argument-parser (`ExtractFastPath`): the files and every default,
/// which `ExtractFastPathTests` checks are the values the parse gives.
struct ExtractRun: Equatable {
  typealias OutputKind = ZhExtractCommand.Extract.OutputKind
  typealias SummaryKind = ZhExtractCommand.Extract.SummaryKind

  var paths: [String]
  var jsonl = false
  var firstLine: Int?
  var id: String?
  var output: String?
  var outDir: String?
  var force = false
  var pretty = false
  var published: String?
  var inputFormat: MarkupFormat?
  var legacyFormat: MarkupFormat?
  var kinds: Set<ExtractionKind> = ExtractionKind.all
  var to: OutputKind = .json
  var context: Int?
  var entitySummary = false
  var summaryFormat: SummaryKind = .text
  var progress = false
  var tz: String?
  var jobs: Int?
  var quiet = false
  var maxBytes: Int?
  var followSymlinks = false
  var include: [String] = []
  var exclude: [String] = []
  var noPrune = false
  /// `--lexicons`.
  var lexicons: String?

  /// `extract FILE…` with no option.
  init(files: [String]) {
    paths = files
  }

  /// The values of a parsed (and validated) `extract`.
  init(_ e: ZhExtractCommand.Extract) throws {
    paths = e.paths
    jsonl = e.jsonl
    firstLine = e.firstLine
    id = e.id
    output = e.output
    outDir = e.outDir
    force = e.force
    pretty = e.pretty
    published = e.published
    inputFormat = e.inputFormat
    legacyFormat = e.legacyFormat
    kinds = try e.selectedKinds()
    to = e.to
    context = e.context
    entitySummary = e.entitySummary
    summaryFormat = e.summary
    progress = e.progress
    tz = e.tz
    jobs = e.jobs
    quiet = e.quiet
    maxBytes = e.maxBytes
    followSymlinks = e.followSymlinks
    include = e.include
    exclude = e.exclude
    noPrune = e.noPrune
    lexicons = e.lexiconOptions.lexicons
  }

  func run() throws {
    var options = ExtractorOptions(
      lexiconDirectory: LexiconOptions.directory(lexicons: lexicons), timeZoneOffsetMinutes: tz.flatMap(TimeZoneArgument.minutes) ?? 480)
    options.kinds = kinds
    options.contextLength = context ?? 0
    options.entitySummary = entitySummary
    let extractor = try LexiconOptions.makeExtractor(options: options)
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
    if summaryFormat == .json {
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

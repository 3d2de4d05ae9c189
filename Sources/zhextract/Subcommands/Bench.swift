import ArgumentParser
import Foundation
import ZhExtract

extension ZhExtractCommand {
  /// Measures each pipeline stage on the corpus articles, concatenated and repeated, on one
  /// core, beside ICU's own Traditional→Simplified transliteration of the same text.
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "bench",
      abstract: "Measure the speed of each stage (MB/s of input) beside ICU's transliterator.",
      discussion: """
        Stages: the corpus articles are concatenated (repeated) into one document of at \
        least --megabytes MB of UTF-8, and each stage is timed in this process on one \
        thread (CPU time, best of --repeat runs).

        End to end: `zhextract extract` runs as a process of its own on three shapes of the \
        same articles — one file, a directory of files, a JSON Lines stream of about 2,000 \
        records — with 1 and 2 jobs, output to a file. Each line gives MB/s per core (input \
        over the process's CPU time), the ratio to ICU's Traditional-Simplified \
        transliterator on the same text in the same run, wall time, and peak resident \
        memory; then start-up (a one-sentence document) and the 2-job speed-ups. \
        --soak-megabytes N also streams N MB of records through a pipe and samples memory.

        With --pathological it times instead each hostile input (numbers that never end, \
        tags that never close, …) through the whole pipeline at N and 2N MB: linear time \
        shows as a ratio near 2.

        Build with -c release for meaningful figures. Example:
          swift run -c release zhextract bench --megabytes 20
          swift run -c release zhextract bench --end-to-end --soak-megabytes 1000
          swift run -c release zhextract bench --pathological --megabytes 1
        """)

    @Option(help: ArgumentHelp("The articles to measure on (default: Corpus/ in the current directory).", valueName: "dir"))
    var corpus: String?

    @Option(help: "Size of the concatenated document in MB (10^6 bytes).")
    var megabytes: Int = 20

    @Option(help: "Size of the slice ICU transliterates, in MB (default: all of it).")
    var icuMegabytes: Int?

    @Flag(help: "Only the end-to-end runs (no per-stage rows).")
    var endToEnd = false

    @Option(help: "Also stream this many MB of JSON Lines through `extract --jsonl` and sample its memory.")
    var soakMegabytes: Int = 0

    @Option(help: "Runs per ingest stage; the best is reported.")
    var `repeat`: Int = 3

    @Flag(help: "Time the pathological inputs at N and 2N MB (N = --megabytes) instead of the corpus.")
    var pathological = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
      guard megabytes > 0, icuMegabytes ?? 1 > 0, `repeat` > 0, soakMegabytes >= 0 else {
        throw ValidationError("--megabytes, --icu-megabytes and --repeat must be positive")
      }
    }

    func run() throws {
      if pathological {
        let bench = PathologicalBench(extractor: try lexiconOptions.makeExtractor(), bytes: megabytes * 1_000_000, repeats: `repeat`)
        print(bench.rendered)
        return
      }
      let bytes = try concatenatedCorpus()
      let megabytes = Double(bytes.count) / 1e6

      let started = BenchClock.now()
      let extractor = try lexiconOptions.makeExtractor()
      let load = BenchClock.now() - started
      let reload = try BenchClock.seconds { _ = try lexiconOptions.makeExtractor() }
      let stages = BenchStages(extractor: extractor)

      var table = BenchTable()
      table.note("input: \(String(format: "%.1f", megabytes)) MB (\(bytes.count) bytes) of \(try corpusDirectory().path), one document")
      table.note("lexicon load (Extractor init): first \(BenchClock.milliseconds(load)), again \(BenchClock.milliseconds(reload))")
      table.note(
        "  of which ICU tables, read once per process (wall clock): T2S \(BenchClock.milliseconds(stages.t2sTableSeconds)), NFKC "
          + "\(BenchClock.milliseconds(stages.foldingTableSeconds))"
      )
      table.note(stages.entityLexiconNote())

      let decoded = try stages.decode(bytes)
      // ICU on the same decoded text (or a slice of it): the yardstick of every ratio.
      let slice = stages.slice(of: decoded, megabytes: icuMegabytes.map(Double.init) ?? megabytes + 1)
      let icuSeconds = BenchClock.seconds { _ = stages.icuTransliterate(slice.utf16) }
      let icuRate = Double(slice.utf8Bytes) / 1e6 / icuSeconds
      table.row(
        "ICU Traditional-Simplified (\(String(format: "%.1f", Double(slice.utf8Bytes) / 1e6)) MB)", megabytes: Double(slice.utf8Bytes) / 1e6,
        seconds: icuSeconds, reference: icuRate)

      if !endToEnd {
        let stripped = stages.strip(decoded)
        let ingested = try stages.ingest(bytes)
        table.note(
          "decoded: \(decoded.scalars.count) code points, \(decoded.encoding); format \(stripped.format.rawValue); analysis: "
            + "\(ingested.analysis.scalars.count) code points; script \(ingested.script)"
        )
        table.row("decode", megabytes: megabytes, seconds: try best { _ = try stages.decode(bytes) }, reference: icuRate)
        table.row("strip markup (alone, for reference)", megabytes: megabytes, seconds: best { _ = stages.strip(decoded) }, reference: icuRate)
        let folded = stages.stripAndFold(decoded)
        table.row("strip markup + NFKC/spaces, one pass", megabytes: megabytes, seconds: best { _ = stages.stripAndFold(decoded) }, reference: icuRate)
        table.row(
          "Traditional→Simplified (in place)", megabytes: megabytes, seconds: best { stages.convert(folded.scalars) }, reference: icuRate,
          excluding: stages.copySeconds(folded.scalars))
        table.row(
          "ingest = decode + strip/fold + T2S, end to end", megabytes: megabytes, seconds: try best { _ = try stages.ingest(bytes) }, reference: icuRate,
          highlight: true)
        let articles = try corpusArticles()
        var processed = 0
        let perArticle = try best {
          processed = 0
          while processed < bytes.count {
            for article in articles {
              _ = try stages.ingest(article)
              processed += article.count
            }
          }
        }
        table.row(
          "  the same, article by article (\(articles.count) files, repeated)", megabytes: Double(processed) / 1e6, seconds: perArticle, reference: icuRate)
        var moneyFound = 0
        table.row(
          "money extraction (over the normalised text, 1 core)", megabytes: megabytes, seconds: best { moneyFound = stages.money(ingested) }, reference: icuRate
        )
        table.note("money: \(moneyFound) figures in the \(String(format: "%.1f", megabytes)) MB bench text (target ≥ 50 MB/s)")
        table.row("date extraction", megabytes: megabytes, seconds: best { stages.dates(ingested) }, reference: icuRate)
        table.row("entity extraction", megabytes: megabytes, seconds: best { stages.entities(ingested) }, reference: icuRate)
        var jsonBytes = 0
        let document = extractor.extract(bytes: bytes, id: "bench", markup: nil)
        table.row(
          "JSON of the whole document (already extracted)", megabytes: megabytes, seconds: best { jsonBytes = stages.json(document) }, reference: icuRate)
        table.note("JSON: \(String(format: "%.1f", Double(jsonBytes) / 1e6)) MB of output for the \(String(format: "%.1f", megabytes)) MB document")
      }
      print(table.rendered)
      print("")

      // The real command, from outside, on the three shapes.
      let shapes = try BenchShapes(articles: try corpusArticles(), targetBytes: bytes.count)
      defer { shapes.remove() }
      let bench = EndToEndBench(shapes: shapes, repeats: `repeat`, lexiconArguments: lexiconOptions.arguments, icuRate: icuRate)
      let loadBefore = EndToEndBench.loadAverage()
      var rows: [EndToEndBench.Row] = []
      // One document uses one core whatever --jobs is: one run.
      rows.append(
        try bench.measure(
          shape: String(format: "one file (%.1f MB)", Double(shapes.oneFileBytes) / 1e6), megabytes: Double(shapes.oneFileBytes) / 1e6, jobs: 1,
          arguments: [shapes.oneFile.path]))
      for jobs in [1, 2] {
        rows.append(
          try bench.measure(
            shape: "directory (\(shapes.directoryFiles) files)", megabytes: Double(shapes.directoryBytes) / 1e6, jobs: jobs, arguments: [shapes.directory.path])
        )
      }
      for jobs in [1, 2] {
        rows.append(
          try bench.measure(
            shape: "JSON Lines (\(shapes.recordCount) records)", megabytes: Double(shapes.recordTextBytes) / 1e6, jobs: jobs, arguments: ["--jsonl"],
            input: .file(shapes.records.path)))
      }
      let startUp = try bench.startUp(count: 15)
      let loadAfter = EndToEndBench.loadAverage()
      print(bench.rendered(rows: rows, startUp: startUp, loads: (loadBefore, loadAfter)))
      if soakMegabytes > 0 { print(try bench.soak(megabytes: soakMegabytes, jobs: 2)) }
    }

    /// The best of `repeat` runs.
    func best(_ work: () throws -> Void) rethrows -> Double {
      var best = Double.infinity
      for _ in 0..<self.repeat { best = min(best, try BenchClock.seconds(work)) }
      return best
    }

    func corpusDirectory() throws -> URL {
      let path = corpus ?? "Corpus"
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        if corpus == nil {
          throw ValidationError("no Corpus/ directory in \(FileManager.default.currentDirectoryPath); run from the package root or pass --corpus DIR")
        }
        throw ValidationError("\(path) is not a directory")
      }
      return URL(fileURLWithPath: path)
    }

    /// The corpus files, sorted, concatenated (separated by a blank line) until the size is reached.
    func concatenatedCorpus() throws -> [UInt8] {
      let articles = try corpusArticles()
      let target = megabytes * 1_000_000
      var bytes: [UInt8] = []
      bytes.reserveCapacity(target + 100_000)
      while bytes.count < target {
        for article in articles {
          bytes += article
          bytes += [0x0A, 0x0A]
        }
      }
      return bytes
    }

    /// The bytes of each file of the corpus directory, sorted by name.
    func corpusArticles() throws -> [[UInt8]] {
      let directory = try corpusDirectory()
      let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { !$0.hasPrefix(".") }
        .sorted()
      var articles: [[UInt8]] = []
      for name in names {
        let url = directory.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        articles.append(try [UInt8](Data(contentsOf: url)))
      }
      guard articles.contains(where: { !$0.isEmpty }) else { throw ValidationError("\(directory.path) holds no articles") }
      return articles
    }
  }
}

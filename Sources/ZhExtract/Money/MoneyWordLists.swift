/// The word lists around a figure, read from the money lexicons: implicit-money cues,
/// known false positives, qualifiers and rate units.
struct MoneyWordLists: Sendable {
  /// 亏损, 营收, 估值 … (`money-cues.tsv`).
  let cues: ScalarTrie<Bool>
  let longestCue: Int
  /// Words that are never money (五角大楼, 元宇宙), and their first scalars.
  let falseWords: ScalarTrie<Bool>
  let falseWordStarts: ScalarBitmap
  /// Count units after a number (人, 股, 参数, %).
  let countUnits: ScalarTrie<Bool>
  /// Qualifiers standing before / after a figure; value `nil` for look-alikes (最近).
  let qualifiersBefore: ScalarTrie<String?>
  let qualifiersAfter: ScalarTrie<String?>
  let longestQualifier: Int
  /// Rate units: 每月 (before, in the span), /月 (after, in the span), 年薪 (before, outside).
  let perPrefix: ScalarTrie<String>
  let perSuffix: ScalarTrie<String>
  let perContext: ScalarTrie<String>
  /// Verbs between a rate word and its figure (每月支付 20 美元).
  let perLinks: ScalarTrie<Bool>
  let longestPer: Int
  /// Price words before a figure in bare 块/毛, and words that make 块 a piece
  /// (`money-colloquial-cues.tsv`).
  let colloquialCues: ScalarTrie<Bool>
  let longestColloquialCue: Int
  let pieceWords: ScalarTrie<Bool>
  let longestPieceWord: Int

  init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    let cueTable = lexicons.required("money-cues.tsv", problems: &problems)
    let cueRows = cueTable.rows(columns: 1...1, problems: &problems)
    cues = ScalarTrie(cueRows.map { ($0[0], true) })
    longestCue = cueRows.map { $0[0].unicodeScalars.count }.max() ?? 0

    let fpTable = lexicons.required("money-false-positives.tsv", problems: &problems)
    var words: [(String, Bool)] = []
    var units: [(String, Bool)] = []
    for row in fpTable.rows(columns: 2...2, problems: &problems) {
      switch row[1] {
      case "word": words.append((row[0], true))
      case "unit": units.append((row[0], true))
      default: problems.report(file: fpTable.origin, line: row.line, "kind '\(row[1])' is not word or unit")
      }
    }
    falseWords = ScalarTrie(words)
    falseWordStarts = ScalarBitmap(words.compactMap { $0.0.unicodeScalars.first })
    countUnits = ScalarTrie(units)

    let qualifierTable = lexicons.required("money-qualifiers.tsv", problems: &problems)
    var before: [(String, String?)] = []
    var after: [(String, String?)] = []
    let known: Set<String> = ["approx", "over", "under", "up_to", "at_least", "none"]
    for row in qualifierTable.rows(columns: 3...3, problems: &problems) {
      guard known.contains(row[1]) else {
        problems.report(file: qualifierTable.origin, line: row.line, "qualifier '\(row[1])' is not one of \(known.sorted().joined(separator: ", "))")
        continue
      }
      let value: String? = row[1] == "none" ? nil : row[1]
      switch row[2] {
      case "before": before.append((row[0], value))
      case "after": after.append((row[0], value))
      default: problems.report(file: qualifierTable.origin, line: row.line, "position '\(row[2])' is not before or after")
      }
    }
    qualifiersBefore = ScalarTrie(before)
    qualifiersAfter = ScalarTrie(after)
    longestQualifier = (before + after).map { $0.0.unicodeScalars.count }.max() ?? 0

    let perTable = lexicons.required("money-per.tsv", problems: &problems)
    var prefix: [(String, String)] = []
    var suffix: [(String, String)] = []
    var context: [(String, String)] = []
    var links: [(String, Bool)] = []
    for row in perTable.rows(columns: 3...3, problems: &problems) {
      switch row[2] {
      case "prefix": prefix.append((row[0], row[1]))
      case "suffix": suffix.append((row[0], row[1]))
      case "context": context.append((row[0], row[1]))
      case "link": links.append((row[0], true))
      default: problems.report(file: perTable.origin, line: row.line, "position '\(row[2])' is not prefix, suffix, context or link")
      }
    }
    perPrefix = ScalarTrie(prefix)
    perSuffix = ScalarTrie(suffix)
    perContext = ScalarTrie(context)
    perLinks = ScalarTrie(links)
    longestPer = (prefix + context + links.map { ($0.0, "") }).map { $0.0.unicodeScalars.count }.max() ?? 0

    let colloquialTable = lexicons.required("money-colloquial-cues.tsv", problems: &problems)
    var colloquial: [(String, Bool)] = []
    var pieces: [(String, Bool)] = []
    for row in colloquialTable.rows(columns: 2...2, problems: &problems) {
      switch row[1] {
      case "cue": colloquial.append((row[0], true))
      case "piece": pieces.append((row[0], true))
      default: problems.report(file: colloquialTable.origin, line: row.line, "kind '\(row[1])' is not cue or piece")
      }
    }
    colloquialCues = ScalarTrie(colloquial)
    longestColloquialCue = colloquial.map { $0.0.unicodeScalars.count }.max() ?? 0
    pieceWords = ScalarTrie(pieces)
    longestPieceWord = pieces.map { $0.0.unicodeScalars.count }.max() ?? 0
  }
}

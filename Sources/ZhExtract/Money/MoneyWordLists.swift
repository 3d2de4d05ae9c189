/// The word lists around a figure, read from the money lexicons: implicit-money cues,
/// known false positives, qualifiers, rate units, range separators and the words that tell
/// what a bare 元 means in a document.
///
/// A class of `let` fields: each document's `MoneyCursor` and `MoneyDocument` hold it by reference
/// (as a struct, some 8,000 instructions a document went to copying and releasing it).
final class MoneyWordLists: Sendable {
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
  /// Han words that may stand right after a spoken amount (左右, 不等, 一斤's 一, 升至's 升).
  let spokenFollowers: ScalarTrie<Bool>
  /// 至, 到, ~, -, to … between the two figures of a range (`range-separators.tsv`).
  let rangeSeparators: ScalarTrie<RangeSeparatorRow>
  let rangeSeparatorStarts: ScalarBitmap
  /// 人民币, 新台币, 港币, 台北, 立法院 … (`money-yuan-cues.tsv`), and their first scalars.
  let yuanCues: ScalarTrie<MoneyYuanCueRow.Signal>
  let yuanCueStarts: ScalarBitmap
  /// 不等, 之间 (one range) and 增长, 下降, 年内 (a change of two figures) around 从A到B
  /// (`money-range-cues.tsv`).
  let rangeCues: ScalarTrie<MoneyRangeCueRow.Kind>
  let longestRangeCue: Int

  init(reader: LexiconReader, problems: inout LexiconProblems) {
    let cueRows = reader.rows(MoneyCueRow.self, problems: &problems)
    cues = ScalarTrie(cueRows.map { ($0.surface, true) })
    longestCue = cueRows.map(\.surface.count).max() ?? 0

    let falseRows = reader.rows(MoneyFalsePositiveRow.self, problems: &problems)
    let words = falseRows.filter { $0.kind == .word }.map(\.surface)
    falseWords = ScalarTrie(words.map { ($0, true) })
    falseWordStarts = ScalarBitmap(words.compactMap(\.first))
    countUnits = ScalarTrie(falseRows.filter { $0.kind == .unit }.map { ($0.surface, true) })

    let qualifierRows = reader.rows(MoneyQualifierRow.self, problems: &problems)
    qualifiersBefore = ScalarTrie(qualifierRows.filter { $0.position == .before }.map { ($0.surface, $0.qualifier.value) })
    qualifiersAfter = ScalarTrie(qualifierRows.filter { $0.position == .after }.map { ($0.surface, $0.qualifier.value) })
    longestQualifier = qualifierRows.map(\.surface.count).max() ?? 0

    let perRows = reader.rows(MoneyPerRow.self, problems: &problems)
    perPrefix = ScalarTrie(perRows.filter { $0.position == .prefix }.map { ($0.surface, $0.unit) })
    perSuffix = ScalarTrie(perRows.filter { $0.position == .suffix }.map { ($0.surface, $0.unit) })
    perContext = ScalarTrie(perRows.filter { $0.position == .context }.map { ($0.surface, $0.unit) })
    perLinks = ScalarTrie(perRows.filter { $0.position == .link }.map { ($0.surface, true) })
    longestPer = perRows.filter { $0.position != .suffix }.map(\.surface.count).max() ?? 0

    let colloquialRows = reader.rows(MoneyColloquialCueRow.self, problems: &problems)
    let colloquial = colloquialRows.filter { $0.kind == .cue }.map(\.surface)
    let pieces = colloquialRows.filter { $0.kind == .piece }.map(\.surface)
    colloquialCues = ScalarTrie(colloquial.map { ($0, true) })
    longestColloquialCue = colloquial.map(\.count).max() ?? 0
    pieceWords = ScalarTrie(pieces.map { ($0, true) })
    longestPieceWord = pieces.map(\.count).max() ?? 0
    spokenFollowers = ScalarTrie(colloquialRows.filter { $0.kind == .follow }.map { ($0.surface, true) })

    let separatorRows = reader.rows(RangeSeparatorRow.self, problems: &problems)
    rangeSeparators = ScalarTrie(separatorRows.map { ($0.surface, $0) })
    rangeSeparatorStarts = ScalarBitmap(separatorRows.compactMap(\.surface.first))
    let yuanRows = reader.rows(MoneyYuanCueRow.self, problems: &problems)
    yuanCues = ScalarTrie(yuanRows.map { ($0.surface, $0.signal) })
    yuanCueStarts = ScalarBitmap(yuanRows.compactMap(\.surface.first))
    let rangeCueRows = reader.rows(MoneyRangeCueRow.self, problems: &problems)
    rangeCues = ScalarTrie(rangeCueRows.map { ($0.surface, $0.kind) })
    longestRangeCue = rangeCueRows.map(\.surface.count).max() ?? 0
  }
}

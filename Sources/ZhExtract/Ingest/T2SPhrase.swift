/// One phrase override of `Lexicons/t2s-phrases.tsv`: a Traditional phrase and the
/// Simplified text it becomes, applied before the character pass (`乾隆 → 乾隆` protects the
/// name from ICU's 乾 → 干; `乾淨 → 干净` says what the character table would say anyway).
package struct T2SPhrase: Sendable, Hashable {
  package var traditional: String
  package var simplified: String
  /// 1-based line in the table, for messages.
  package var line: Int

  package static let tableName = "t2s-phrases.tsv"

  /// The rows of `t2s-phrases.tsv`. A row must have two columns of the same length in code
  /// points (conversion keeps offsets 1:1); every bad row is reported.
  package static func load(from lexicons: LexiconSet, problems: inout LexiconProblems) -> [T2SPhrase] {
    let table = lexicons.required(tableName, problems: &problems)
    var phrases: [T2SPhrase] = []
    for row in table.rows(columns: 2...2, problems: &problems) {
      let traditional = row[0], simplified = row[1]
      let lengths = (traditional.unicodeScalars.count, simplified.unicodeScalars.count)
      guard lengths.0 == lengths.1 else {
        problems.report(
          file: table.origin, line: row.line,
          "'\(traditional)' has \(lengths.0) code points but '\(simplified)' has \(lengths.1); they must be equal")
        continue
      }
      guard traditional.unicodeScalars.allSatisfy({ $0.value >= 0x2E80 }) else {
        problems.report(file: table.origin, line: row.line, "'\(traditional)' is not a phrase of CJK characters")
        continue
      }
      phrases.append(T2SPhrase(traditional: traditional, simplified: simplified, line: row.line))
    }
    return phrases
  }
}

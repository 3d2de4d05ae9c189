/// How the stages read their tables: typed rows, with every surface normalised exactly as
/// documents are (NFKC, white space, Traditional→Simplified) — once, here — and every bad
/// row reported with its file and line while the good ones are kept.
///
/// ```swift
/// struct CueRow: LexiconRow {
///   static let table = "money-cues.tsv"
///   static let columns = 1...1
///   let surface: [Unicode.Scalar]
///   init(_ fields: LexiconFields) throws(LexiconError) { surface = fields.surface(0) }
/// }
/// let cues = reader.rows(CueRow.self, problems: &problems)
/// ```
package struct LexiconReader: Sendable {
  package let lexicons: LexiconSet
  private let normalizer: any SurfaceNormalizer

  package init(lexicons: LexiconSet, normalizer: any SurfaceNormalizer) {
    self.lexicons = lexicons
    self.normalizer = normalizer
  }

  /// The rows of `Row.table` (reported missing when absent), each read by `Row.init`; a row
  /// with the wrong number of columns, an empty required column, or a value `Row` refuses
  /// is reported and skipped.
  package func rows<Row: LexiconRow>(_ type: Row.Type, problems: inout LexiconProblems) -> [Row] {
    let table = lexicons.required(Row.table, problems: &problems)
    return rows(type, of: table, problems: &problems)
  }

  /// The rows of one table that `Row` reads (for families of tables such as `entities-*.tsv`).
  package func rows<Row: LexiconRow>(_ type: Row.Type, of table: LexiconTable, problems: inout LexiconProblems) -> [Row] {
    var out: [Row] = []
    for row in table.rows(columns: Row.columns, required: Row.requiredColumns, problems: &problems) {
      do {
        out.append(try Row(LexiconFields(row: row, origin: table.origin, normalizer: normalizer)))
      } catch {
        problems.report(error)
      }
    }
    return out
  }

  /// A surface as documents are normalised: what a lexicon key must be to meet the text.
  package func surface(_ text: String) -> [Unicode.Scalar] { normalizer.normalizeSurface(text) }

  /// `surface` as a function that keeps only the normaliser (not the tables) alive.
  package var surfaceFunction: @Sendable (String) -> [Unicode.Scalar] {
    { [normalizer] in normalizer.normalizeSurface($0) }
  }
}

/// One row type of one table: its file name, how many columns it has, and how a row reads.
package protocol LexiconRow: Sendable {
  /// The table's file name (`money-cues.tsv`).
  static var table: String { get }
  /// How many tab-separated columns a row may have.
  static var columns: ClosedRange<Int> { get }
  /// How many leading columns must be non-empty (default: the least number of columns).
  static var requiredColumns: Int { get }
  /// Reads a row; throws a problem (made with `fields.problem(…)`) to skip it.
  init(_ fields: LexiconFields) throws(LexiconError)
}

extension LexiconRow {
  package static var requiredColumns: Int { columns.lowerBound }
}

/// Normalises lexicon surfaces the way documents are normalised (implemented by Ingest's
/// `Normalizer`; a lexicon key that is normalised otherwise never meets the text).
package protocol SurfaceNormalizer: Sendable {
  func normalizeSurface(_ text: String) -> [Unicode.Scalar]
}

/// The fields of one row, read as surfaces, plain text or one of a closed set of values.
package struct LexiconFields {
  package let row: LexiconTable.Row
  package let origin: String
  let normalizer: any SurfaceNormalizer

  /// Column `i` (0-based) as written.
  package func text(_ i: Int) -> String { row[i] }

  /// Column `i` normalised as documents are: a key to match against analysis text.
  package func surface(_ i: Int) -> [Unicode.Scalar] { normalizer.normalizeSurface(row[i]) }

  /// Column `i` as one of `Value`'s raw values; any other value is a problem that names the
  /// column and the values allowed.
  package func choice<Value: RawRepresentable & CaseIterable>(
    _ i: Int, _ name: String, as _: Value.Type = Value.self
  )
    throws(LexiconError) -> Value where Value.RawValue == String
  {
    if let value = Value(rawValue: row[i]) { return value }
    let allowed = Value.allCases.map(\.rawValue)
    let list = allowed.count == 2 ? "\(allowed[0]) or \(allowed[1])" : allowed.joined(separator: ", ")
    throw problem("\(name) '\(row[i])' is not \(list)")
  }

  /// Column `i` as a whole number.
  package func integer(_ i: Int, _ name: String) throws(LexiconError) -> Int {
    guard let value = Int(row[i]) else { throw problem("\(name) '\(row[i])' is not a whole number") }
    return value
  }

  /// A problem with this row, to throw from `LexiconRow.init`.
  package func problem(_ text: String) -> LexiconError { LexiconError(file: origin, line: row.line, problem: text) }
}

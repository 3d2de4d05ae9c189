import Foundation
import ZhExtract

/// `extract --to csv`: one row per mention, warning and error record (RFC 4180: comma
/// separated, `"` quoting, one header row), for spreadsheets and database loaders —
/// `sqlite3 news.db ".import --csv mentions.csv mentions"` makes a table of it.
///
/// Every row has every column; a column that does not apply to the row's kind is empty.
/// Numbers are written as in the JSON (exact decimals), booleans as `true`/`false`.
enum CSVRows {
  static let columns = [
    "document_id", "kind", "text", "start", "end", "normalized",
    "amount", "min", "max", "currency", "per", "qualifier", "implicit",
    "value", "grain", "relative", "anchor", "fiscal",
    "type", "entity_id", "name", "name_zh", "source",
    "rule", "code", "message", "before", "after",
  ]

  /// The header row (without a line break).
  static var header: [UInt8] { Array(columns.joined(separator: ",").utf8) }

  /// The rows of one document, joined by line breaks (none after the last); `nil` when it
  /// has none (no mention, no warning).
  static func rows(_ result: DocumentResult) -> [UInt8]? {
    var rows: [[String: String]] = []
    switch result {
    case .failure(let failure):
      rows.append(["document_id": failure.id, "kind": "error", "code": failure.code, "message": failure.message])
    case .document(let d):
      for m in d.money {
        var row = span(d.id, "money", m.text, m.start, m.end, m.normalized, m.context)
        row["amount"] = m.amount.map(ExactDecimal.text)
        row["min"] = m.min.map(ExactDecimal.text)
        row["max"] = m.max.map(ExactDecimal.text)
        row["currency"] = m.currency
        row["per"] = m.per
        row["qualifier"] = m.qualifier
        row["implicit"] = String(m.implicit)
        row["rule"] = m.rule
        rows.append(row)
      }
      for m in d.dates {
        var row = span(d.id, "date", m.text, m.start, m.end, m.normalized, m.context)
        row["value"] = m.value
        row["grain"] = m.grain
        row["relative"] = String(m.relative)
        row["anchor"] = m.anchor
        row["fiscal"] = String(m.fiscal)
        row["rule"] = m.rule
        rows.append(row)
      }
      for m in d.entities {
        var row = span(d.id, "entity", m.text, m.start, m.end, m.normalized, m.context)
        row["type"] = m.type
        row["entity_id"] = m.id
        row["name"] = m.name
        row["name_zh"] = m.nameZh
        row["source"] = m.source
        rows.append(row)
      }
      for w in d.warnings {
        var row = ["document_id": d.id, "kind": "warning", "code": w.code, "message": w.message]
        row["start"] = w.start.map(String.init)
        row["end"] = w.end.map(String.init)
        rows.append(row)
      }
    }
    guard !rows.isEmpty else { return nil }
    var out: [UInt8] = []
    for (k, row) in rows.enumerated() {
      if k > 0 { out.append(0x0A) }
      for (c, column) in columns.enumerated() {
        if c > 0 { out.append(UInt8(ascii: ",")) }
        if let value = row[column] { field(value, into: &out) }
      }
    }
    return out
  }

  private static func span(
    _ id: String, _ kind: String, _ text: String, _ start: Int, _ end: Int, _ normalized: String?, _ context: MentionContext?
  ) -> [String: String] {
    var row = ["document_id": id, "kind": kind, "text": text, "start": String(start), "end": String(end)]
    row["normalized"] = normalized
    row["before"] = context?.before
    row["after"] = context?.after
    return row
  }

  /// A field, quoted when it holds a comma, a quote, a line break or leading/trailing space.
  static func field(_ value: String, into out: inout [UInt8]) {
    let bytes = Array(value.utf8)
    let needsQuotes =
      bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
      || bytes.first == 0x20 || bytes.last == 0x20
    guard needsQuotes else { out += bytes; return }
    out.append(UInt8(ascii: "\""))
    for b in bytes {
      if b == UInt8(ascii: "\"") { out.append(b) }
      out.append(b)
    }
    out.append(UInt8(ascii: "\""))
  }
}

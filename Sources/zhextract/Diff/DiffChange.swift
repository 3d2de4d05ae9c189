import ZhExtract

/// One difference between two extractions (SPEC diff: `{"id","kind","change","old","new"}`).
struct DiffChange: Sendable {
  enum Change: String, Sendable {
    case added, removed, changed
    case documentAdded = "document-added"
    case documentRemoved = "document-removed"
  }

  var id: String
  /// `money`, `dates`, `entities`, `meta`, `warnings`, `error` or `document`.
  var kind: String
  var change: Change
  var old: JSONValue?
  var new: JSONValue?

  var json: JSONValue {
    .object([
      ("id", .string(id)), ("kind", .string(kind)), ("change", .string(change.rawValue)),
      ("old", old ?? .null), ("new", new ?? .null),
    ])
  }
}

import ZhExtract

/// Counts of a diff: documents compared / changed / added / removed, and changes per kind.
struct DiffSummary: Sendable {
  var compared = 0
  var changedDocuments = 0
  var addedDocuments = 0
  var removedDocuments = 0
  /// kind → change → count, e.g. `money` → `changed` → 1.
  var perKind: [String: [String: Int]] = [:]

  var hasDifferences: Bool { changedDocuments + addedDocuments + removedDocuments > 0 }

  mutating func add(_ change: DiffChange) {
    switch change.change {
    case .documentAdded: addedDocuments += 1
    case .documentRemoved: removedDocuments += 1
    default: perKind[change.kind, default: [:]][change.change.rawValue, default: 0] += 1
    }
  }

  private var kindsInOrder: [String] {
    DocumentComparer.allKinds.filter { perKind[$0] != nil } + perKind.keys.filter { !DocumentComparer.allKinds.contains($0) }.sorted()
  }

  /// `2 documents changed, 1 added, 1 removed (5 compared); money: 1 changed; dates: 1 added`
  var line: String {
    if !hasDifferences { return "no differences (\(compared) document\(compared == 1 ? "" : "s") compared)" }
    var head = "\(changedDocuments) document\(changedDocuments == 1 ? "" : "s") changed"
    if addedDocuments > 0 { head += ", \(addedDocuments) added" }
    if removedDocuments > 0 { head += ", \(removedDocuments) removed" }
    head += " (\(compared) compared)"
    let kinds = kindsInOrder.map { kind in
      let counts = ["changed", "added", "removed"].compactMap { c in perKind[kind]?[c].map { "\($0) \(c)" } }
      return "\(kind): " + counts.joined(separator: ", ")
    }
    return ([head] + kinds).joined(separator: "; ")
  }

  var json: JSONValue {
    .object([
      (
        "documents",
        .object([
          ("compared", JSONValue(compared)), ("changed", JSONValue(changedDocuments)),
          ("added", JSONValue(addedDocuments)), ("removed", JSONValue(removedDocuments)),
        ])
      ),
      (
        "changes",
        .object(
          kindsInOrder.map { kind in
            (kind, .object(["added", "removed", "changed"].map { ($0, JSONValue(perKind[kind]?[$0] ?? 0)) }))
          })
      ),
    ])
  }
}

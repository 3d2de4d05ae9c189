import ZhExtract

/// Two extractions compared document by document, in the order `zhextract diff` reports them:
/// the documents of NEW in their order (changed or added), then those only in OLD (removed).
/// Shared by `zhextract diff` and `POST /v1/diff`, which differ only in how they write.
struct ExtractionDiff {
  /// What one document contributes to a diff.
  enum Event {
    /// Compared on both sides, with at least one change.
    case changed(id: String, old: JSONValue, new: JSONValue, changes: [DiffChange])
    case added(id: String, document: JSONValue)
    case removed(id: String, document: JSONValue)

    /// The changes as `--format json` lists them.
    var changes: [DiffChange] {
      switch self {
      case .changed(_, _, _, let changes): changes
      case .added(let id, _): [DiffChange(id: id, kind: "document", change: .documentAdded, old: nil, new: nil)]
      case .removed(let id, _): [DiffChange(id: id, kind: "document", change: .documentRemoved, old: nil, new: nil)]
      }
    }
  }

  var comparer: DocumentComparer

  /// Calls `visit` for every document that differs, and returns the counts.
  func run(
    before: ExtractionSet, after: ExtractionSet, _ visit: (Event) throws(CLIError) -> Void
  ) throws(CLIError) -> DiffSummary {
    var counts = DiffSummary()
    func report(_ event: Event) throws(CLIError) {
      for change in event.changes { counts.add(change) }
      try visit(event)
    }
    for id in after.ids {
      guard let newDocument = try after.document(id) else { continue }
      guard let oldDocument = try before.document(id) else {
        try report(.added(id: id, document: newDocument))
        continue
      }
      counts.compared += 1
      let changes = comparer.compare(id: id, old: oldDocument, new: newDocument)
      guard !changes.isEmpty else { continue }
      counts.changedDocuments += 1
      try report(.changed(id: id, old: oldDocument, new: newDocument, changes: changes))
    }
    for id in before.ids where !after.contains(id) {
      guard let oldDocument = try before.document(id) else { continue }
      try report(.removed(id: id, document: oldDocument))
    }
    return counts
  }
}

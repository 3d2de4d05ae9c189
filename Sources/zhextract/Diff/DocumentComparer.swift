import ZhExtract

/// Compares two extractions of one document (matched by `id`) and lists the changes of the
/// kinds asked for: mentions (see `MentionMatcher`), `meta`, `warnings` and `error`.
struct DocumentComparer {
  /// The kinds to report: `money`, `dates`, `entities`, `meta`, `warnings`, `error`.
  var kinds: Set<String>

  static let allKinds = ["money", "dates", "entities", "meta", "warnings", "error"]

  func compare(id: String, old: JSONValue, new: JSONValue) -> [DiffChange] {
    var changes: [DiffChange] = []
    if kinds.contains("error") {
      switch (old["error"], new["error"]) {
      case (let o?, let n?) where o != n: changes.append(DiffChange(id: id, kind: "error", change: .changed, old: o, new: n))
      case (let o?, nil): changes.append(DiffChange(id: id, kind: "error", change: .removed, old: o, new: nil))
      case (nil, let n?): changes.append(DiffChange(id: id, kind: "error", change: .added, old: nil, new: n))
      default: break
      }
    }
    if kinds.contains("meta"), let o = old["meta"], let n = new["meta"], o != n {
      changes.append(DiffChange(id: id, kind: "meta", change: .changed, old: o, new: n))
    }
    let sameText = old["source"]?["sha256"]?.stringValue.map { $0 == new["source"]?["sha256"]?.stringValue } ?? false
    let oldMentions = Self.mentions(of: old, kinds: kinds)
    let newMentions = Self.mentions(of: new, kinds: kinds)
    for outcome in MentionMatcher.match(old: oldMentions, new: newMentions, sameText: sameText) {
      switch outcome {
      case .added(let m): changes.append(DiffChange(id: id, kind: m.kind.rawValue, change: .added, old: nil, new: m.json))
      case .removed(let m): changes.append(DiffChange(id: id, kind: m.kind.rawValue, change: .removed, old: m.json, new: nil))
      case .changed(let o, let n): changes.append(DiffChange(id: id, kind: o.kind.rawValue, change: .changed, old: o.json, new: n.json))
      }
    }
    if kinds.contains("warnings") {
      // By message: a zhextract/1 warning is its message, a zhextract/2 one an object with it.
      var remaining = old["warnings"]?.arrayValue ?? []
      var added: [JSONValue] = []
      for warning in new["warnings"]?.arrayValue ?? [] {
        if let k = remaining.firstIndex(where: { Self.message(of: $0) == Self.message(of: warning) }) {
          remaining.remove(at: k)
        } else {
          added.append(warning)
        }
      }
      changes += remaining.map { DiffChange(id: id, kind: "warnings", change: .removed, old: $0, new: nil) }
      changes += added.map { DiffChange(id: id, kind: "warnings", change: .added, old: nil, new: $0) }
    }
    return changes
  }

  /// The text of a warning: the string itself (`zhextract/1`) or its `message` (`zhextract/2`).
  static func message(of warning: JSONValue) -> String {
    warning.stringValue ?? warning["message"]?.stringValue ?? JSONWriter().string(warning)
  }

  /// The mentions of the kinds asked for, as the matcher reads them.
  static func mentions(of document: JSONValue, kinds: Set<String>) -> [DiffMention] {
    MentionKind.allCases.filter { kinds.contains($0.rawValue) }.flatMap { kind in
      (document[kind.rawValue]?.arrayValue ?? []).map { DiffMention(kind: kind, json: $0) }
    }
  }
}

import ZhExtract

/// Writes changes for a person: grouped by document, one line per change with a sign
/// (`+` added, `-` removed, `~` changed), the surface and what differs, then the sentence
/// around it (from the source file when it is unchanged, else the neighbouring mentions).
struct DiffRenderer {
  var style: TerminalStyle
  var context = SourceContext()

  /// The header and change lines of one document compared on both sides.
  func document(id: String, old: JSONValue, new: JSONValue, changes: [DiffChange]) -> [String] {
    let sameText = old["source"]?["sha256"]?.stringValue == new["source"]?["sha256"]?.stringValue
    var lines = [style.bold(id) + style.dim(sameText ? "  (same text)" : "  (text revised)")]
    for change in changes { lines += self.change(change, old: old, new: new) }
    return lines
  }

  func documentAdded(_ id: String, _ document: JSONValue) -> String {
    style.green("+ \(id)") + style.dim("  document added" + Self.contents(document))
  }

  func documentRemoved(_ id: String, _ document: JSONValue) -> String {
    style.red("- \(id)") + style.dim("  document removed" + Self.contents(document))
  }

  private static func contents(_ document: JSONValue) -> String {
    if let error = document["error"] { return " (error record: \(error["code"]?.stringValue ?? "?"))" }
    let counts = MentionKind.allCases.map { "\(document[$0.rawValue]?.arrayValue?.count ?? 0) \($0.rawValue)" }
    return " (" + counts.joined(separator: ", ") + ")"
  }

  private func change(_ change: DiffChange, old: JSONValue, new: JSONValue) -> [String] {
    let kind = change.kind.padding(toLength: 9, withPad: " ", startingAt: 0)
    switch change.kind {
    case "meta":
      return ["  " + style.yellow("~ \(kind)") + " " + Self.fieldChanges(change.old, change.new)]
    case "warnings":
      let (sign, text) = change.change == .added ? ("+", change.new) : ("-", change.old)
      let line = "\(sign) \(kind) \(text.map(DocumentComparer.message) ?? "")"
      return ["  " + (change.change == .added ? style.green(line) : style.red(line))]
    case "error":
      let describe = { (e: JSONValue?) in e.map { "\($0["code"]?.stringValue ?? "?"): \($0["message"]?.stringValue ?? "")" } ?? "none" }
      switch change.change {
      case .added: return ["  " + style.green("+ \(kind) \(describe(change.new))")]
      case .removed: return ["  " + style.red("- \(kind) \(describe(change.old))")]
      default: return ["  " + style.yellow("~ \(kind) \(describe(change.old)) → \(describe(change.new))")]
      }
    default:
      break
    }
    var lines: [String]
    let where_: (mention: JSONValue, document: JSONValue)
    switch change.change {
    case .added:
      let m = change.new ?? .null
      lines = ["  " + style.green("+ \(kind) \(m["text"]?.stringValue ?? "")") + "  " + Self.summary(of: m, kind: change.kind)]
      where_ = (m, new)
    case .removed:
      let m = change.old ?? .null
      lines = ["  " + style.red("- \(kind) \(m["text"]?.stringValue ?? "")") + "  " + Self.summary(of: m, kind: change.kind)]
      where_ = (m, old)
    default:
      let o = change.old ?? .null, n = change.new ?? .null
      let oldText = o["text"]?.stringValue ?? "", newText = n["text"]?.stringValue ?? ""
      let surfaces = oldText == newText ? newText : "\(oldText) → \(newText)"
      lines = ["  " + style.yellow("~ \(kind) \(surfaces)") + "  " + Self.fieldChanges(o, n, skipping: ["text", "start", "end", "normalized"])]
      where_ = (n, new)
    }
    let mark: (String) -> String = style.enabled ? { style.underline(style.bold($0)) } : { "【\($0)】" }
    if let sentence = context.sentence(around: where_.mention, in: where_.document, mark: mark) {
      lines.append("      " + style.dim(sentence))
    } else if let neighbours = SourceContext.neighbours(of: where_.mention, in: where_.document) {
      lines.append("      " + style.dim(neighbours))
    }
    return lines
  }

  /// The value of a mention in a few words: `12000000000 USD`, `2026-01-27 (day)`, `organization openai`.
  static func summary(of mention: JSONValue, kind: String) -> String {
    func text(_ key: String) -> String? {
      guard let value = mention[key], value != .null else { return nil }
      return value.stringValue ?? JSONWriter().string(value)
    }
    switch kind {
    case "money":
      let value = text("amount") ?? [text("min"), text("max")].map { $0 ?? "?" }.joined(separator: "…")
      return [value, text("currency"), text("per").map { "per \($0)" }, text("qualifier")].compactMap { $0 }.joined(separator: " ")
    case "dates":
      return [text("value"), text("grain").map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    case "entities":
      return [text("type"), text("id")].compactMap { $0 }.joined(separator: " ")
    default:
      return ""
    }
  }

  /// `amount 12000000000 → 12500000000, rule a → b` over the keys of both objects.
  static func fieldChanges(_ old: JSONValue?, _ new: JSONValue?, skipping: Set<String> = []) -> String {
    guard case .object(let o)? = old, case .object(let n)? = new else { return "" }
    var keys = o.map(\.0)
    for (key, _) in n where !keys.contains(key) { keys.append(key) }
    let writer = JSONWriter()
    func show(_ v: JSONValue?) -> String { v.map { $0.stringValue ?? writer.string($0) } ?? "absent" }
    return keys.filter { !skipping.contains($0) }.compactMap { key in
      let a = o.first { $0.0 == key }?.1, b = n.first { $0.0 == key }?.1
      return a == b ? nil : "\(key) \(show(a)) → \(show(b))"
    }.joined(separator: ", ")
  }
}

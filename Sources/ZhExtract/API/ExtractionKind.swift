/// The three kinds of mention a document is searched for (SPEC `money`, `dates`,
/// `entities`); `ExtractorOptions.kinds` chooses which, and only those lists are written.
public enum ExtractionKind: String, Sendable, CaseIterable, Hashable, Comparable {
  case money, dates, entities

  public static let all = Set(allCases)

  public static func < (a: ExtractionKind, b: ExtractionKind) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// The text around a mention (`ExtractorOptions.contextLength` code points of the original
/// decoded text either side, fewer at its edges): SPEC `context`.
public struct MentionContext: Hashable, Sendable {
  public var before: String
  public var after: String

  package init(before: String, after: String) {
    self.before = before
    self.after = after
  }

  /// The context of `[start, end)` in `original`.
  package init(start: Int, end: Int, in original: [Unicode.Scalar], length: Int) {
    let from = Swift.max(0, start - length), to = Swift.min(original.count, end + length)
    before = AnalysisText.string(original[from..<start])
    after = AnalysisText.string(original[end..<to])
  }

  /// The context of `[start, end)` in `original`.
  package init(start: Int, end: Int, in original: OriginalText, length: Int) {
    let from = Swift.max(0, start - length), to = Swift.min(original.count, end + length)
    before = original.string(from, start)
    after = original.string(end, to)
  }
}

/// One distinct entity of a document and how often it is mentioned (SPEC `entitySummary`).
public struct EntitySummary: Hashable, Sendable {
  public var id: String
  public var type: String
  public var name: String?
  public var nameZh: String?
  public var mentions: Int

  /// The distinct entities of `mentions`, most mentioned first (then by id, in code-point
  /// order); name and nameZh from the first mention that has them.
  package static func of(_ mentions: [EntityMention]) -> [EntitySummary] {
    var order: [String] = []
    var byId: [String: EntitySummary] = [:]
    for m in mentions {
      if var entry = byId[m.id] {
        entry.mentions += 1
        if entry.name == nil { entry.name = m.name }
        if entry.nameZh == nil { entry.nameZh = m.nameZh }
        byId[m.id] = entry
      } else {
        order.append(m.id)
        byId[m.id] = EntitySummary(id: m.id, type: m.type, name: m.name, nameZh: m.nameZh, mentions: 1)
      }
    }
    return order.map { byId[$0]! }.sorted { a, b in
      a.mentions != b.mentions ? a.mentions > b.mentions : a.id.unicodeScalars.lexicographicallyPrecedes(b.id.unicodeScalars)
    }
  }
}

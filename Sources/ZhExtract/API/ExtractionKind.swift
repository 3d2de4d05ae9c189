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
    of { count in
      for m in mentions { count(m.id, m.type, m.name, m.nameZh) }
    }
  }

  /// The same from a document's entity records, in their order.
  package static func of(_ records: EntityMentionRecords) -> [EntitySummary] {
    of { count in
      for reference in records.placed.values {
        let record = records.records[Int(reference.record)]
        count(record.id, record.kind.rawValue, record.name, record.nameZh)
      }
    }
  }

  /// The summary of the mentions `each` hands over (id, type, name, nameZh), in order.
  private static func of(_ each: ((String, String, String?, String?) -> Void) -> Void) -> [EntitySummary] {
    var order: [String] = []
    var byId: [String: EntitySummary] = [:]
    each { id, type, name, nameZh in
      if var entry = byId[id] {
        entry.mentions += 1
        if entry.name == nil { entry.name = name }
        if entry.nameZh == nil { entry.nameZh = nameZh }
        byId[id] = entry
      } else {
        order.append(id)
        byId[id] = EntitySummary(id: id, type: type, name: name, nameZh: nameZh, mentions: 1)
      }
    }
    return order.map { byId[$0]! }.sorted { a, b in
      a.mentions != b.mentions ? a.mentions > b.mentions : a.id.unicodeScalars.lexicographicallyPrecedes(b.id.unicodeScalars)
    }
  }
}

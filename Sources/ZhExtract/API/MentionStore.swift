import Foundation

/// A document's mentions of one kind: compact records whose surfaces are cut from the text only
/// when they are written or asked for (what an extraction gives), or a list of the public
/// mentions (once a caller has set one).
///
/// On a 20 MB document the public mentions took some 90 MB (two strings each, cut as the stages
/// found them, beside every field of the value), alive from their stage to the end of the JSON;
/// the records take 20–40 bytes each. The public list is built on first use and kept (a caller
/// that reads `doc.entities[k]` in a loop builds it once).
package struct MentionStore<Records: CompactMentions>: Sendable {
  private enum Form: Sendable {
    case compact(Records, MentionSource, MentionListCache<Records.Mention>)
    case listed([Records.Mention])
  }

  private var form: Form

  /// Mentions read against `source`.
  package init(_ records: Records, source: MentionSource) {
    form = .compact(records, source, MentionListCache())
  }

  /// The mentions of `list`, as they are.
  package init(_ list: [Records.Mention]) {
    form = .listed(list)
  }

  package var count: Int {
    switch form {
    case .compact(let records, _, _): records.count
    case .listed(let list): list.count
    }
  }

  /// The public mentions (built from the records on first use).
  package var mentions: [Records.Mention] {
    switch form {
    case .compact(let records, let source, let cache): cache.list { (0..<records.count).map { records.mention($0, in: source) } }
    case .listed(let list): list
    }
  }

  /// The records, when the mentions are held as such (for tests and the entity summary).
  package var records: (Records, MentionSource)? {
    if case .compact(let records, let source, _) = form { return (records, source) }
    return nil
  }

  /// Writes each mention as an element of the open array, spilling the output when a piece is full.
  package func writeElements(to out: inout JSONOutput) {
    switch form {
    case .compact(let records, let source, _):
      for k in 0..<records.count {
        out.element()
        records.write(k, in: source, to: &out)
        out.spillIfFull()
      }
    case .listed(let list):
      for mention in list {
        out.element()
        mention.write(to: &out)
        out.spillIfFull()
      }
    }
  }
}

/// What compact mentions are read against: the document's analysis text (the normalised
/// surfaces; the original text, for the surfaces and the contexts) and the context asked for.
package final class MentionSource: Sendable {
  package let text: AnalysisText
  /// Code points of context on each side (0: none).
  package let contextLength: Int

  package init(text: AnalysisText, contextLength: Int) {
    self.text = text
    self.contextLength = contextLength
  }

  /// The context of a mention, when one is asked for.
  package func context(of span: PlacedSpan) -> MentionContext? {
    contextLength > 0 ? MentionContext(start: span.start, end: span.end, in: text.original, length: contextLength) : nil
  }
}

/// One kind's mentions as compact records.
package protocol CompactMentions: Sendable {
  associatedtype Mention: WritableMention
  var count: Int { get }
  /// Mention `k` as the public type (its surfaces cut from the text).
  func mention(_ k: Int, in source: MentionSource) -> Mention
  /// Writes mention `k` exactly as `mention(k, in: source).write(to:)` would, without building it.
  func write(_ k: Int, in source: MentionSource, to out: inout JSONOutput)
}

/// Records whose value is the public mention's own (money, dates): mention `k` is made from its
/// finding, with the context the source asks for.
package protocol PlacedMentionRecords: CompactMentions where Mention: MadeFromFinding {
  var placed: PlacedValues<Mention.Value> { get }
}

extension PlacedMentionRecords {
  package var count: Int { placed.count }

  package func mention(_ k: Int, in source: MentionSource) -> Mention {
    var mention = Mention(Finding(span: source.text.locate(placed.spans[k]), value: placed.values[k]))
    mention.context = source.context(of: placed.spans[k])
    return mention
  }
}

/// A public mention made from a stage's finding, which may carry its context.
package protocol MadeFromFinding {
  associatedtype Value: Sendable
  init(_ finding: Finding<Value>)
  var context: MentionContext? { get set }
}

extension MoneyMention: MadeFromFinding { package typealias Value = MoneyValue }
extension DateMention: MadeFromFinding { package typealias Value = DateValue }

/// A public mention that writes its own SPEC JSON.
package protocol WritableMention: Sendable {
  func write(to out: inout JSONOutput)
}

extension MoneyMention: WritableMention {}
extension DateMention: WritableMention {}
extension EntityMention: WritableMention {}

/// The public list built from a document's records, once.
package final class MentionListCache<Mention: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var built: [Mention]?

  package init() {}

  package func list(_ build: () -> [Mention]) -> [Mention] {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let list = build()
    built = list
    return list
  }
}

/// The spans of one kind's records with their values, in two parallel lists.
package struct PlacedValues<Value: Sendable>: Sendable {
  package private(set) var spans: [PlacedSpan] = []
  package private(set) var values: [Value] = []

  package init() {}

  package var count: Int { spans.count }

  /// Grown by a quarter when full, not doubled: the values live until the JSON is written (money's
  /// take 128 bytes each; doubled, up to half of what they held was room never used).
  package mutating func append(_ span: PlacedSpan, _ value: Value) {
    if values.count == values.capacity { reserveCapacity(values.count + values.count / 4 + 16) }
    spans.append(span)
    values.append(value)
  }

  package mutating func reserveCapacity(_ n: Int) {
    spans.reserveCapacity(n)
    values.reserveCapacity(n)
  }

  /// Sorted by start, then end in the original text (SPEC), stably; left as they are when they
  /// already are.
  package mutating func putInTextOrder() {
    let sorted = spans.withUnsafeBufferPointer { s in
      for k in s.indices.dropFirst() where s[k].precedes(s[k - 1]) { return false }
      return true
    }
    guard !sorted else { return }
    let order = spans.indices.sorted { a, b in
      spans[a].precedes(spans[b]) || (!spans[b].precedes(spans[a]) && a < b)
    }
    spans = order.map { spans[$0] }
    values = order.map { values[$0] }
  }
}

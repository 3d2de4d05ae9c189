import Foundation

/// The JSON contract (SPEC `zhextract/2`): every output line is written here, in this key
/// order, so that reruns are byte-identical.
///
/// The JSON is written straight from the mentions into one byte buffer (`JSONOutput`): no
/// tree of values, no detour through `String`, amounts written from their decimal digits.
extension DocumentResult {
  /// Appends this result's SPEC JSON to `out` (no line break after it).
  package func write(to out: inout JSONOutput) {
    switch self {
    case .document(let d): d.write(to: &out)
    case .failure(let f): f.write(to: &out)
    }
  }

  /// The SPEC JSON of this result as UTF-8: one line, or indented with `pretty`.
  public func jsonBytes(pretty: Bool = false) -> [UInt8] {
    var out = JSONOutput(pretty: pretty)
    write(to: &out)
    return out.bytes
  }

  /// Writes the SPEC JSON of this result (no line break after it) in pieces of about
  /// `pieceSize` bytes, handing each to `body` as soon as it is full: the bytes of
  /// `jsonBytes(pretty:)`, without ever holding them all — for a long document.
  public func writeJSON(pretty: Bool = false, pieceSize: Int = 1 << 16, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    withoutActuallyEscaping(body) { body in
      var out = JSONOutput(pretty: pretty, spillSize: Swift.max(pieceSize, 64), spill: body)
      write(to: &out)
      out.spillRest()
    }
  }

  /// The SPEC JSON of this result: one line, or indented with `pretty`.
  public func jsonText(pretty: Bool = false) -> String {
    var out = JSONOutput(pretty: pretty)
    write(to: &out)
    return String(decoding: out.bytes, as: UTF8.self)
  }
}

extension ExtractedDocument {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("schema"); out.string(Self.schema)
    out.key("id"); out.string(id)
    out.key("source"); source.write(to: &out)
    out.key("meta"); meta.write(to: &out)
    // Each kind written from its records as they are held (the surfaces cut from the text as
    // they are written), or from the public list a caller set.
    if kinds.contains(.money) {
      out.key("money"); out.beginArray()
      moneyMentions.writeElements(to: &out)
      out.endArray()
    }
    if kinds.contains(.dates) {
      out.key("dates"); out.beginArray()
      dateMentions.writeElements(to: &out)
      out.endArray()
    }
    if kinds.contains(.entities) {
      out.key("entities"); out.beginArray()
      entityMentions.writeElements(to: &out)
      out.endArray()
    }
    if let entitySummary {
      out.key("entitySummary"); out.beginArray()
      for entry in entitySummary { out.element(); entry.write(to: &out) }
      out.endArray()
    }
    out.key("warnings"); out.beginArray()
    for warning in warnings { out.element(); warning.write(to: &out) }
    out.endArray()
    out.endObject()
  }
}

extension DocumentFailure {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("schema"); out.string(ExtractedDocument.schema)
    out.key("id"); out.string(id)
    out.key("error"); out.beginObject()
    out.key("code"); out.string(code)
    out.key("message"); out.string(message)
    out.endObject()
    out.endObject()
  }
}

extension SourceInfo {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("path"); out.string(path)
    out.key("sha256"); out.string(sha256)
    out.key("bytes"); out.int(bytes)
    out.key("encoding"); out.string(encoding)
    out.key("format"); out.string(format)
    out.endObject()
  }
}

extension DocumentMeta {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("title"); out.string(title)
    out.key("published"); out.string(published)
    out.key("script"); out.string(script)
    out.endObject()
  }
}

extension MoneyMention {
  package func write(to out: inout JSONOutput) {
    out.beginMention(text: text, start: start, end: end, normalized: normalized)
    out.moneyFields(amount: amount, min: min, max: max, currency: currency, per: per, qualifier: qualifier, implicit: implicit, rule: rule)
    out.endMention(context: context)
  }
}

extension DateMention {
  package func write(to out: inout JSONOutput) {
    out.beginMention(text: text, start: start, end: end, normalized: normalized)
    out.dateFields(value: value, grain: grain, relative: relative, anchor: anchor, fiscal: fiscal, rule: rule)
    out.endMention(context: context)
  }
}

extension JSONOutput {
  /// A money mention's own fields in SPEC's order, written alike from the public mention and from
  /// its record (`MoneyMentionRecords`).
  mutating func moneyFields(
    amount: Decimal?, min: Decimal?, max: Decimal?, currency: String?, per: String?, qualifier: String?, implicit: Bool, rule: String
  ) {
    key("amount"); decimal(amount)
    key("min"); decimal(min)
    key("max"); decimal(max)
    key("currency"); string(currency)
    key("per"); string(per)
    key("qualifier"); string(qualifier)
    key("implicit"); bool(implicit)
    key("rule"); string(rule)
  }

  /// A date mention's own fields in SPEC's order, written alike from the public mention and from
  /// its record (`DateMentionRecords`).
  mutating func dateFields(value: String, grain: String, relative: Bool, anchor: String?, fiscal: Bool, rule: String) {
    key("value"); string(value)
    key("grain"); string(grain)
    key("relative"); bool(relative)
    key("anchor"); string(anchor)
    key("fiscal"); bool(fiscal)
    key("rule"); string(rule)
  }
}

extension EntityMention {
  package func write(to out: inout JSONOutput) {
    out.beginMention(text: text, start: start, end: end, normalized: normalized)
    out.key("type"); out.string(type)
    out.key("id"); out.string(id)
    out.key("name"); out.string(name)
    out.key("nameZh"); out.string(nameZh)
    out.key("source"); out.string(source)
    out.endMention(context: context)
  }
}

extension MentionContext {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("before"); out.string(before)
    out.key("after"); out.string(after)
    out.endObject()
  }
}

extension DocumentWarning {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("code"); out.string(code)
    out.key("message"); out.string(message)
    if let start { out.key("start"); out.int(start) }
    if let end { out.key("end"); out.int(end) }
    out.endObject()
  }
}

extension EntitySummary {
  package func write(to out: inout JSONOutput) {
    out.beginObject()
    out.key("id"); out.string(id)
    out.key("type"); out.string(type)
    out.key("name"); out.string(name)
    out.key("nameZh"); out.string(nameZh)
    out.key("mentions"); out.int(mentions)
    out.endObject()
  }
}

extension JSONOutput {
  /// Opens a money, date or entity mention with the four fields they all begin with.
  mutating func beginMention(text: String, start: Int, end: Int, normalized: String?) {
    beginObject()
    key("text"); string(text)
    key("start"); int(start)
    key("end"); int(end)
    key("normalized"); string(normalized)
  }

  /// Closes a mention, its `context` first when it was asked for.
  mutating func endMention(context: MentionContext?) {
    if let context { key("context"); context.write(to: &self) }
    endObject()
  }

  /// Opens a mention held as a record with the same four fields, both surfaces cut from the
  /// text as they are written (as `MentionSource`'s text would give them).
  mutating func beginMention(_ span: PlacedSpan, in source: MentionSource) {
    beginObject()
    key("text"); source.text.original.withUTF8(span.start, span.end) { string(utf8: $0) }
    key("start"); int(span.start)
    key("end"); int(span.end)
    let analysis = span.analysis
    key("normalized"); string(scalars: source.text.scalars[analysis.start..<analysis.end])
  }

  /// Closes a mention held as a record, its `context` first when one is asked for (what
  /// `MentionContext(start:end:in:length:)` holds, written from the text).
  mutating func endMention(_ span: PlacedSpan, in source: MentionSource) {
    if source.contextLength > 0 {
      let original = source.text.original, length = source.contextLength
      let from = Swift.max(0, span.start - length), to = Swift.min(original.count, span.end + length)
      key("context"); beginObject()
      key("before"); original.withUTF8(from, span.start) { string(utf8: $0) }
      key("after"); original.withUTF8(span.end, to) { string(utf8: $0) }
      endObject()
    }
    endObject()
  }
}

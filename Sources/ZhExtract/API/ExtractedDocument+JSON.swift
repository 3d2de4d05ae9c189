/// The JSON contract (SPEC `zhextract/1`): every output line is written from these, in this
/// key order, so that reruns are byte-identical.
extension DocumentResult {
  package var json: JSONValue {
    switch self {
    case .document(let d): d.json
    case .failure(let f): f.json
    }
  }

  /// The SPEC JSON of this result: one line, or indented with `pretty`.
  public func jsonText(pretty: Bool = false) -> String { JSONWriter(pretty: pretty).string(json) }
}

extension ExtractedDocument {
  package var json: JSONValue {
    .object([
      ("schema", .string(Self.schema)),
      ("id", .string(id)),
      ("source", source.json),
      ("meta", meta.json),
      ("money", .array(money.map(\.json))),
      ("dates", .array(dates.map(\.json))),
      ("entities", .array(entities.map(\.json))),
      ("warnings", .array(warnings.map { .string($0.message) })),
    ])
  }
}

extension DocumentFailure {
  package var json: JSONValue {
    .object([
      ("schema", .string(ExtractedDocument.schema)), ("id", .string(id)),
      ("error", .object([("code", .string(code)), ("message", .string(message))])),
    ])
  }
}

extension SourceInfo {
  package var json: JSONValue {
    .object([
      ("path", JSONValue(path)), ("sha256", .string(sha256)), ("bytes", JSONValue(bytes)),
      ("encoding", .string(encoding)), ("format", .string(format)),
    ])
  }
}

extension DocumentMeta {
  package var json: JSONValue {
    .object([("title", JSONValue(title)), ("published", JSONValue(published)), ("script", .string(script))])
  }
}

extension MoneyMention {
  package var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("amount", JSONValue(amount)), ("min", JSONValue(min)), ("max", JSONValue(max)),
      ("currency", JSONValue(currency)), ("per", JSONValue(per)), ("qualifier", JSONValue(qualifier)),
      ("implicit", .bool(implicit)), ("rule", .string(rule)),
    ])
  }
}

extension DateMention {
  package var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("value", .string(value)), ("grain", .string(grain)), ("relative", .bool(relative)),
      ("anchor", JSONValue(anchor)), ("fiscal", .bool(fiscal)), ("rule", .string(rule)),
    ])
  }
}

extension EntityMention {
  package var json: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("type", .string(type)), ("id", .string(id)), ("name", JSONValue(name)),
      ("nameZh", JSONValue(nameZh)), ("source", .string(source)),
    ])
  }
}

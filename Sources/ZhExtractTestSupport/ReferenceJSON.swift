import Foundation
import ZhExtract

/// The JSON contract as it was first written: a `JSONValue` tree per document, serialised by
/// `JSONWriter`. The library now writes its output straight from the mentions
/// (`DocumentResult.jsonBytes`); tests compare the two on the corpus and on hostile inputs,
/// so that the direct writer stays byte-identical to this plain statement of the contract.
extension DocumentResult {
  package var referenceJSON: JSONValue {
    switch self {
    case .document(let d): d.referenceJSON
    case .failure(let f):
      .object([
        ("schema", .string(ExtractedDocument.schema)), ("id", .string(f.id)),
        ("error", .object([("code", .string(f.code)), ("message", .string(f.message))])),
      ])
    }
  }
}

extension ExtractedDocument {
  package var referenceJSON: JSONValue {
    var members: [(String, JSONValue)] = [
      ("schema", .string(Self.schema)),
      ("id", .string(id)),
      (
        "source",
        .object([
          ("path", JSONValue(source.path)), ("sha256", .string(source.sha256)), ("bytes", JSONValue(source.bytes)),
          ("encoding", .string(source.encoding)), ("format", .string(source.format)),
        ])
      ),
      ("meta", .object([("title", JSONValue(meta.title)), ("published", JSONValue(meta.published)), ("script", .string(meta.script))])),
    ]
    if kinds.contains(.money) { members.append(("money", .array(money.map(\.referenceJSON)))) }
    if kinds.contains(.dates) { members.append(("dates", .array(dates.map(\.referenceJSON)))) }
    if kinds.contains(.entities) { members.append(("entities", .array(entities.map(\.referenceJSON)))) }
    if let entitySummary {
      members.append(
        (
          "entitySummary",
          .array(
            entitySummary.map { e in
              .object([
                ("id", .string(e.id)), ("type", .string(e.type)), ("name", JSONValue(e.name)), ("nameZh", JSONValue(e.nameZh)),
                ("mentions", JSONValue(e.mentions)),
              ])
            })
        ))
    }
    members.append(("warnings", .array(warnings.map(\.referenceJSON))))
    return .object(members)
  }
}

extension DocumentWarning {
  package var referenceJSON: JSONValue {
    var members: [(String, JSONValue)] = [("code", .string(code)), ("message", .string(message))]
    if let start { members.append(("start", JSONValue(start))) }
    if let end { members.append(("end", JSONValue(end))) }
    return .object(members)
  }
}

/// `context`, when the mention has one.
private func withContext(_ value: JSONValue, _ context: MentionContext?) -> JSONValue {
  guard let context, case .object(var members) = value else { return value }
  members.append(("context", .object([("before", .string(context.before)), ("after", .string(context.after))])))
  return .object(members)
}

/// An amount as first written (Foundation's digits, trimmed), or `null`.
private func reference(_ value: Decimal?) -> JSONValue { value.map { .number(ReferenceDecimal.text($0)) } ?? .null }

extension MoneyMention {
  package var referenceJSON: JSONValue {
    withContext(
      .object([
        ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
        ("normalized", JSONValue(normalized)),
        ("amount", reference(amount)), ("min", reference(min)), ("max", reference(max)),
        ("currency", JSONValue(currency)), ("per", JSONValue(per)), ("qualifier", JSONValue(qualifier)),
        ("implicit", .bool(implicit)), ("rule", .string(rule)),
      ]), context)
  }
}

extension DateMention {
  package var referenceJSON: JSONValue {
    withContext(
      .object([
        ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
        ("normalized", JSONValue(normalized)),
        ("value", .string(value)), ("grain", .string(grain)), ("relative", .bool(relative)),
        ("anchor", JSONValue(anchor)), ("fiscal", .bool(fiscal)), ("rule", .string(rule)),
      ]), context)
  }
}

extension EntityMention {
  package var referenceJSON: JSONValue {
    withContext(
      .object([
        ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
        ("normalized", JSONValue(normalized)),
        ("type", .string(type)), ("id", .string(id)), ("name", JSONValue(name)),
        ("nameZh", JSONValue(nameZh)), ("source", .string(source)),
      ]), context)
  }
}

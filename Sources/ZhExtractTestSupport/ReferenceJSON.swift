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
    .object([
      ("schema", .string(Self.schema)),
      ("id", .string(id)),
      ("source", .object([
        ("path", JSONValue(source.path)), ("sha256", .string(source.sha256)), ("bytes", JSONValue(source.bytes)),
        ("encoding", .string(source.encoding)), ("format", .string(source.format)),
      ])),
      ("meta", .object([("title", JSONValue(meta.title)), ("published", JSONValue(meta.published)), ("script", .string(meta.script))])),
      ("money", .array(money.map(\.referenceJSON))),
      ("dates", .array(dates.map(\.referenceJSON))),
      ("entities", .array(entities.map(\.referenceJSON))),
      ("warnings", .array(warnings.map { .string($0.message) })),
    ])
  }
}

/// An amount as first written (Foundation's digits, trimmed), or `null`.
private func reference(_ value: Decimal?) -> JSONValue { value.map { .number(ReferenceDecimal.text($0)) } ?? .null }

extension MoneyMention {
  package var referenceJSON: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("amount", reference(amount)), ("min", reference(min)), ("max", reference(max)),
      ("currency", JSONValue(currency)), ("per", JSONValue(per)), ("qualifier", JSONValue(qualifier)),
      ("implicit", .bool(implicit)), ("rule", .string(rule)),
    ])
  }
}

extension DateMention {
  package var referenceJSON: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("value", .string(value)), ("grain", .string(grain)), ("relative", .bool(relative)),
      ("anchor", JSONValue(anchor)), ("fiscal", .bool(fiscal)), ("rule", .string(rule)),
    ])
  }
}

extension EntityMention {
  package var referenceJSON: JSONValue {
    .object([
      ("text", .string(text)), ("start", JSONValue(start)), ("end", JSONValue(end)),
      ("normalized", JSONValue(normalized)),
      ("type", .string(type)), ("id", .string(id)), ("name", JSONValue(name)),
      ("nameZh", JSONValue(nameZh)), ("source", .string(source)),
    ])
  }
}

import ZhExtract

/// One mention read back from an extraction, with what the diff compares it by.
struct DiffMention: Sendable {
  var kind: MentionKind
  var json: JSONValue
  var start: Int
  var end: Int
  /// The normalised surface (`normalized`, else `text`): the same figure written the same way.
  var surface: String
  /// Everything but the offsets: equal identities are the same mention, maybe moved.
  var identity: String
  /// What a revised mention keeps while its value changes: the currency and unit of money,
  /// the grain of a date, the type of an entity.
  var shape: String

  init(kind: MentionKind, json: JSONValue) {
    self.kind = kind
    self.json = json
    start = json["start"]?.intValue ?? 0
    end = json["end"]?.intValue ?? 0
    surface = json["normalized"]?.stringValue ?? json["text"]?.stringValue ?? ""
    if case .object(let members) = json {
      identity = kind.rawValue + "\u{1}" + JSONWriter().string(.object(members.filter { $0.0 != "start" && $0.0 != "end" }))
    } else {
      identity = kind.rawValue + "\u{1}" + JSONWriter().string(json)
    }
    func field(_ key: String) -> String { json[key].map { JSONWriter().string($0) } ?? "-" }
    switch kind {
    case .money: shape = "money|\(field("currency"))|\(field("per"))"
    case .dates: shape = "dates|\(field("grain"))"
    case .entities: shape = "entities|\(field("type"))"
    }
  }
}

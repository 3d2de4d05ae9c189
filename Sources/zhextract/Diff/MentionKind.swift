/// The kinds of mention a document carries, in SPEC order.
enum MentionKind: String, CaseIterable, Sendable {
  case money, dates, entities
}

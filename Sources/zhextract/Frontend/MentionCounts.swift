import ZhExtract

/// How many mentions and warnings one document (or a batch) produced.
struct MentionCounts: Sendable {
  var money = 0
  var dates = 0
  var entities = 0
  var warnings = 0

  init() {}

  init(_ document: ExtractedDocument) {
    // Counted from the records (`document.money` would build the public mentions).
    money = document.moneyMentions.count
    dates = document.dateMentions.count
    entities = document.entityMentions.count
    warnings = document.warnings.count
  }

  static func += (lhs: inout MentionCounts, rhs: MentionCounts) {
    lhs.money += rhs.money
    lhs.dates += rhs.dates
    lhs.entities += rhs.entities
    lhs.warnings += rhs.warnings
  }
}

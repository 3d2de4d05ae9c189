import ZhExtract

/// How many mentions and warnings one document (or a batch) produced.
struct MentionCounts: Sendable {
  var money = 0
  var dates = 0
  var entities = 0
  var warnings = 0

  init() {}

  init(_ document: ExtractedDocument) {
    money = document.money.count
    dates = document.dates.count
    entities = document.entities.count
    warnings = document.warnings.count
  }

  static func += (lhs: inout MentionCounts, rhs: MentionCounts) {
    lhs.money += rhs.money
    lhs.dates += rhs.dates
    lhs.entities += rhs.entities
    lhs.warnings += rhs.warnings
  }
}

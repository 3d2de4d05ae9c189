/// What an extractor may know about the document besides its text.
package struct ExtractionContext: Sendable {
  /// The publication date, the anchor of relative dates; `nil` if unknown.
  package var published: PublicationDate?
  /// The article's local time zone as minutes east of UTC (default +480, Beijing).
  package var timeZoneOffsetMinutes: Int
  /// The document is written in Traditional script (`meta.script` `hant`): with a word of
  /// Taiwan in it, its three-digit years are years of the Republic of China (`113年度`).
  package var traditionalScript: Bool

  package init(published: PublicationDate?, timeZoneOffsetMinutes: Int = 480, traditionalScript: Bool = false) {
    self.published = published
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    self.traditionalScript = traditionalScript
  }
}

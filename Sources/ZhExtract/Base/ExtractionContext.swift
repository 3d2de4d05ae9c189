/// What an extractor may know about the document besides its text.
package struct ExtractionContext: Sendable {
  /// The publication date, the anchor of relative dates; `nil` if unknown.
  package var published: PublicationDate?
  /// The article's local time zone as minutes east of UTC (default +480, Beijing).
  package var timeZoneOffsetMinutes: Int

  package init(published: PublicationDate?, timeZoneOffsetMinutes: Int = 480) {
    self.published = published
    self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
  }
}

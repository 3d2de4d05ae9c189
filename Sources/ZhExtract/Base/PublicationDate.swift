/// A document's publication date, read once: the stamp the output reports as
/// `meta.published` and the local anchor that relative dates resolve against.
package struct PublicationDate: Hashable, Sendable {
  /// ISO 8601 as SPEC writes stamps (`2025-12-13`, `2025-12-13T08:00`, `…+08:00`); for a
  /// caller's value that is no ISO 8601 at all, the value as given.
  package var stamp: String
  /// The local date (and time) in the article's time zone; `nil` when `stamp` cannot be read.
  package var anchor: DateAnchor?

  package init(stamp: String, anchor: DateAnchor?) {
    self.stamp = stamp
    self.anchor = anchor
  }

  /// A stated ISO 8601 stamp, or `nil` when `raw` is none.
  package static func parse(_ raw: String, timeZoneOffsetMinutes: Int) -> PublicationDate? {
    guard let stamp = normalizedStamp(raw),
      let anchor = DateAnchor.parse(stamp, timeZoneOffsetMinutes: timeZoneOffsetMinutes)
    else { return nil }
    return PublicationDate(stamp: stamp, anchor: anchor)
  }

  /// A stated ISO 8601 stamp as SPEC writes it: trimmed and unquoted, `T` between date and
  /// time, no fraction of a second, an offset as `±HH:MM` (`2025-12-13 08:00:00.000+0800`
  /// → `2025-12-13T08:00:00+08:00`).
  package static func normalizedStamp(_ raw: String) -> String? {
    var scalars = Array(raw.unicodeScalars)
    while let c = scalars.first, c == " " || c == "\"" || c == "'" || c == "\t" { scalars.removeFirst() }
    while let c = scalars.last, c == " " || c == "\"" || c == "'" || c == "\t" || c == "\r" { scalars.removeLast() }
    guard DateAnchor.parse(AnalysisText.string(scalars[...])) != nil else { return nil }
    if scalars.count > 10, scalars[10] == " " {
      scalars[10] = "T"
      scalars.removeAll { $0 == " " }
    }
    if let dot = scalars.firstIndex(where: { $0 == "." || $0 == "," }), dot > 10 {
      var end = dot + 1
      while end < scalars.count, ScalarClass.isASCIIDigit(scalars[end]) { end += 1 }
      scalars.removeSubrange(dot..<end)
    }
    if scalars.count > 10, let sign = scalars[11...].lastIndex(where: { $0 == "+" || $0 == "-" }), scalars.count - sign == 5 {
      scalars.insert(":", at: sign + 3)
    }
    return AnalysisText.string(scalars[...])
  }
}

/// A decade, a century or a run of years named outright, with the part of it the text names.
package struct YearSpan: Hashable, Sendable {
  package enum Unit: Hashable, Sendable {
    /// `80年代`: the decade starting in a year ending in `decade` (0, 10 … 90) of the century
    /// `century` (the 20th: `20世纪80年代`), or, when the text names none, the latest such
    /// decade begun by the anchor's year (`90年代` in 2025 is the 1990s, `20年代` the 2020s).
    case decade(Int, century: CenturyReference?)
    /// `18世纪`, `上世纪`: a hundred years, 1700–1799 (counted as ISO 8601 counts centuries).
    case century(CenturyReference)
    /// Years named outright: a five-year plan (`十四五` = 2021–2025), `1980年代`.
    case years(first: Int, last: Int)
  }
  package enum CenturyReference: Hashable, Sendable {
    case absolute(Int)
    /// The anchor's century plus the offset (`本世纪` 0, `上世纪` −1).
    case relative(Int)
  }
  package var unit: Unit
  package var part: SpanPart?
  package init(_ unit: Unit, part: SpanPart? = nil) { self.unit = unit; self.part = part }
}

/// The part of a decade or a century (`初`, `中叶`, `末`, `上半叶`).
package enum SpanPart: String, Hashable, Sendable, CaseIterable {
  case early, middle, late
  case firstHalf = "half1", secondHalf = "half2"
}

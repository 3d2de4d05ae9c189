/// Where a mention stands in both texts, without its surfaces: the analysis span (what the
/// normalised surface is cut from) and the original span (the output's `start` and `end`, and
/// what the original surface is cut from). Sixteen bytes; the two surfaces are cut from the
/// text only when the mention is written or asked for (`AnalysisText.locate(_:)`), not kept
/// as two strings per mention while a document is read.
package struct PlacedSpan: Hashable, Sendable {
  private var analysisStart32: Int32
  private var analysisEnd32: Int32
  private var start32: Int32
  private var end32: Int32

  package init(analysis: TextSpan, original: TextSpan) {
    precondition(analysis.end <= Int(Int32.max) && original.end <= Int(Int32.max), "span \(analysis) is outside what 32 bits hold")
    analysisStart32 = Int32(truncatingIfNeeded: analysis.start)
    analysisEnd32 = Int32(truncatingIfNeeded: analysis.end)
    start32 = Int32(truncatingIfNeeded: original.start)
    end32 = Int32(truncatingIfNeeded: original.end)
  }

  /// The span in analysis offsets.
  package var analysis: TextSpan { TextSpan(Int(analysisStart32), Int(analysisEnd32)) }
  /// Start in the original text (code points).
  package var start: Int { Int(start32) }
  /// End in the original text (code points, exclusive).
  package var end: Int { Int(end32) }

  /// Before `other` in the output's order: by start, then end in the original.
  @inline(__always)
  package func precedes(_ other: PlacedSpan) -> Bool {
    start32 != other.start32 ? start32 < other.start32 : end32 < other.end32
  }
}

extension AnalysisText {
  /// Where `span` (analysis offsets) stands in the original, without cutting either surface.
  package func place(_ span: TextSpan) -> PlacedSpan {
    PlacedSpan(analysis: span, original: offsetMap.originalSpan(span))
  }

  /// The offsets and both surfaces of a placed span: what `locate(_:)` gives for its analysis span.
  package func locate(_ placed: PlacedSpan) -> LocatedSpan {
    LocatedSpan(start: placed.start, end: placed.end, text: original.string(placed.start, placed.end), normalized: normalized(placed.analysis))
  }
}

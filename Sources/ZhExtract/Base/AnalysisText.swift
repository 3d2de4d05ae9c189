/// The text the extractors read: normalised (NFKC, Traditional→Simplified, unified white
/// space, markup removed) and tied to the original decoded text by an `OffsetMap`.
///
/// Extractors scan `scalars` and report spans in analysis offsets; `locate(_:)` turns such
/// a span into the original offsets, the original surface and the normalised surface that
/// the output carries.
package struct AnalysisText: Sendable {
  /// The normalised text, one element per code point.
  package let scalars: [Unicode.Scalar]
  /// The original decoded text (before markup was stripped and before normalisation), in UTF-8.
  package let original: OriginalText
  /// Maps analysis positions to original positions.
  package let offsetMap: OffsetMap

  package init(scalars: [Unicode.Scalar], original: OriginalText, offsetMap: OffsetMap) {
    precondition(scalars.count == offsetMap.count, "offset map covers \(offsetMap.count) of \(scalars.count) scalars")
    self.scalars = scalars
    self.original = original
    self.offsetMap = offsetMap
  }

  package init(scalars: [Unicode.Scalar], original: [Unicode.Scalar], offsetMap: OffsetMap) {
    self.init(scalars: scalars, original: OriginalText(original), offsetMap: offsetMap)
  }

  /// A text that is its own original (tests, already-normalised input).
  package init(identity text: String) {
    let scalars = Array(text.unicodeScalars)
    self.init(scalars: scalars, original: scalars, offsetMap: .identity(length: scalars.count))
  }

  /// The normalised text as a `String`.
  package var string: String { Self.string(scalars[...]) }

  /// The analysis surface of `span`.
  package func normalized(_ span: TextSpan) -> String { Self.string(scalars[span.start..<span.end]) }

  /// Where `span` (analysis offsets) stands in the original, with both surfaces.
  package func locate(_ span: TextSpan) -> LocatedSpan {
    let originalSpan = offsetMap.originalSpan(span)
    return LocatedSpan(
      start: originalSpan.start, end: originalSpan.end,
      text: original.string(originalSpan.start, originalSpan.end),
      normalized: normalized(span))
  }

  /// The text of `scalars`, encoded as UTF-8 straight into the string's storage (one
  /// allocation at most; none for up to 15 bytes, which `String` keeps inline).
  package static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let count = ScalarUTF8.byteCount(scalars)
    guard count > 0 else { return "" }
    return String(unsafeUninitializedCapacity: count) { ScalarUTF8.encode(scalars, into: $0) }
  }
}

/// A span placed in the original text: the offsets and surfaces every mention carries.
package struct LocatedSpan: Hashable, Sendable {
  package var start: Int
  package var end: Int
  /// `original[start..<end]`.
  package var text: String
  /// The same span in the analysis text.
  package var normalized: String

  package init(start: Int, end: Int, text: String, normalized: String) {
    self.start = start
    self.end = end
    self.text = text
    self.normalized = normalized
  }
}

/// Bytes turned into code points: the original text that every output offset counts in.
package struct DecodedText: Sendable {
  package var scalars: [Unicode.Scalar]
  /// `UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, …
  package var encoding: String
  package var warnings: [ExtractionWarning]
}

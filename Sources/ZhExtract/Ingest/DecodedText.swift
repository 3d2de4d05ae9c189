/// Bytes turned into code points: the original text that every output offset counts in.
package struct DecodedText: Sendable {
  package var scalars: [Unicode.Scalar]
  /// `UTF-8`, `UTF-16LE`, `GB18030`, `Big5`, …
  package var encoding: String
  package var warnings: [ExtractionWarning]
  /// Whether `scalars` are the decoding of every byte read as UTF-8 without a single bad
  /// sequence (no byte-order mark, nothing replaced or dropped): the bytes are then the text's
  /// UTF-8 exactly, and serve as the original text's storage.
  package var bytesAreItsUTF8 = false

  package init(scalars: [Unicode.Scalar], encoding: String, warnings: [ExtractionWarning]) {
    self.scalars = scalars
    self.encoding = encoding
    self.warnings = warnings
  }
}

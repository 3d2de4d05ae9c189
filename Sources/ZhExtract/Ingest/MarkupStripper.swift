/// Removes markup, keeping a map to the original offsets.
package enum MarkupStripper {
  package static func strip(_ decoded: [Unicode.Scalar], format: MarkupFormat?) -> StrippedText {
    StrippedText(
      scalars: decoded, map: .identity(length: decoded.count), format: format ?? .text,
      title: nil, frontMatter: [:], warnings: [])
  }
}

/// Test text with inline markers, so that offsets are never counted by hand:
/// `MarkedText("公司去年营收⟦120亿元⟧，同比增长")` has `text` without the markers and
/// `span(0)` = the code-point span of the first ⟦…⟧.
package struct MarkedText {
  package let text: String
  package let spans: [(start: Int, end: Int)]

  package init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var spans: [(Int, Int)] = []
    var open: [Int] = []
    var count = 0
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦": open.append(count)
      case "⟧": spans.append((open.removeLast(), count))
      default: scalars.append(scalar); count += 1
      }
    }
    precondition(open.isEmpty, "unbalanced ⟦ in \(marked)")
    text = String(scalars)
    self.spans = spans.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
  }

  /// The `index`-th marked span, in order of start.
  package func span(_ index: Int) -> [Int] { [spans[index].start, spans[index].end] }

  /// All marked spans as `[start, end]` pairs.
  package var allSpans: [[Int]] { spans.map { [$0.start, $0.end] } }
}

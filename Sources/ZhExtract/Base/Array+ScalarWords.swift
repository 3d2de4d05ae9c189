extension Array where Element == [Unicode.Scalar] {
  /// Whether one of these words ends `s` at `end` and starts at `start` or after it: a legal form that
  /// ends a company's name (`有限公司` of `澜江国际传媒有限公司`).
  func containsWord(endingAt end: Int, in s: [Unicode.Scalar], from start: Int) -> Bool {
    contains { $0.count <= end - start && s[(end - $0.count)..<end].elementsEqual($0) }
  }
}

import Testing
@testable import ZhExtract

/// Whatever the input, ingesting never traps, and the map stays monotone, inside the
/// original, and one entry per analysis scalar.
@Suite struct IngestRobustnessTests {
  static let pieces: [String] = [
    "<", ">", "</", "<p>", "<p", "</p>", "<script>", "</script>", "<!--", "-->", "&", "&#", "&#x", "&#x4E2D;", "&#99999999;",
    "&amp;", "&am", ";", "\"", "'", "=", "[", "]", "(", ")", "![", "](", "#", "# ", "\n", "\r\n", "---\n", "title: x\n",
    "中", "發", "１", "㍿", "\u{301}", "\u{200B}", "\u{3000}", " ", "a", "😀",
  ]

  @Test(arguments: [MarkupFormat?.none, .text, .markdown, .html])
  func generatedMarkupNeverBreaksTheMap(format: MarkupFormat?) {
    let ingestor = IngestFixtures.ingestor()
    var state: UInt64 = 0x5EED
    for _ in 0..<300 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 58)
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
      }
      let ingested = ingestor.ingest(text: text, format: format)
      let analysis = ingested.analysis
      #expect(analysis.offsetMap.count == analysis.scalars.count)
      var previous = TextSpan(0, 0)
      for i in 0..<analysis.scalars.count {
        let span = analysis.offsetMap.originalSpan(TextSpan(i, i + 1))
        #expect(span.start < span.end && span.end <= analysis.original.count, "\(text.debugDescription)")
        #expect(span.start >= previous.start && span.end >= previous.end, "\(text.debugDescription)")
        previous = span
      }
    }
  }
}

import Testing
@testable import ZhExtract

@Suite struct OffsetMapTests {
  @Test func identityMapsEverySpanToItself() {
    let map = OffsetMap.identity(length: 5)
    #expect(map.originalSpan(TextSpan(1, 4)) == TextSpan(1, 4))
    #expect(map.originalSpan(TextSpan(5, 5)) == TextSpan(5, 5))
  }

  @Test func expansionsShareTheirOrigin() {
    // "aﬁb" → "afib": analysis 1 and 2 both come from original 1.
    var map = OffsetMap(originalLength: 3)
    map.append(originStart: 0, originEnd: 1)
    map.append(originStart: 1, originEnd: 2)
    map.append(originStart: 1, originEnd: 2)
    map.append(originStart: 2, originEnd: 3)
    #expect(map.originalSpan(TextSpan(1, 3)) == TextSpan(1, 2))
    #expect(map.originalSpan(TextSpan(2, 4)) == TextSpan(1, 3))
  }

  @Test func composesTwoStages() {
    // Stage 1 drops original 1 ("a<b" → "ab"); stage 2 maps identically.
    var strip = OffsetMap(originalLength: 3)
    strip.append(originStart: 0, originEnd: 1)
    strip.append(originStart: 2, originEnd: 3)
    let composed = OffsetMap.identity(length: 2).composed(over: strip)
    #expect(composed.originalSpan(TextSpan(0, 2)) == TextSpan(0, 3))
    #expect(composed.originalSpan(TextSpan(1, 2)) == TextSpan(2, 3))
  }
}

/// The compact map (linear segments, explicit stretches, a block index) answers exactly as
/// the two plain columns it replaced, on random maps mixing long runs, jumps (stripped
/// markup), expansions (several positions sharing an origin) and wide origins (`&amp;`).
@Suite struct OffsetMapAgreementTests {
  @Test(arguments: [1, 2, 3, 4])
  func compactMapEqualsTheColumns(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var starts: [Int32] = [], ends: [Int32] = []
    var map = OffsetMap(originalLength: 0)
    var origin = 0
    while starts.count < 5000 {
      switch Int.random(in: 0..<6, using: &generator) {
      case 0, 1:  // a run copied as it is (sometimes longer than a block)
        let n = Int.random(in: 1...(seed == 4 ? 600 : 40), using: &generator)
        map.appendRun(originStart: origin, length: n)
        for k in 0..<n { starts.append(Int32(origin + k)); ends.append(Int32(origin + k + 1)) }
        origin += n
      case 2:  // one scalar from one scalar, appended singly
        map.append(originStart: origin, originEnd: origin + 1)
        starts.append(Int32(origin)); ends.append(Int32(origin + 1))
        origin += 1
      case 3:  // markup skipped
        origin += Int.random(in: 1...30, using: &generator)
      case 4:  // an expansion: several scalars from one
        for _ in 0..<Int.random(in: 2...4, using: &generator) {
          map.append(originStart: origin, originEnd: origin + 1)
          starts.append(Int32(origin)); ends.append(Int32(origin + 1))
        }
        origin += 1
      default:  // a wide origin: a character reference, a tag become a line break
        let width = Int.random(in: 2...8, using: &generator)
        map.append(originStart: origin, originEnd: origin + width)
        starts.append(Int32(origin)); ends.append(Int32(origin + width))
        origin += width
      }
    }
    let columns = OffsetMap(originalLength: origin, originStart: starts, originEnd: ends)
    #expect(map.count == starts.count && columns.count == starts.count)
    #expect(map.originStart == starts && map.originEnd == ends)
    for _ in 0..<3000 {
      let a = Int.random(in: 0...starts.count, using: &generator), b = Int.random(in: 0...starts.count, using: &generator)
      let span = TextSpan(min(a, b), max(a, b))
      let expected =
        span.isEmpty
        ? TextSpan(span.start < starts.count ? Int(starts[span.start]) : origin, span.start < starts.count ? Int(starts[span.start]) : origin)
        : TextSpan(Int(starts[span.start]), Int(ends[span.end - 1]))
      if span.isEmpty, span.start == starts.count { continue }  // the two maps' original lengths differ
      #expect(map.originalSpan(span) == expected, "\(span)")
      #expect(columns.originalSpan(span) == expected, "\(span)")
    }
    #expect(map.segmentCount < starts.count / 2)
  }

  @Test func aPlainTextIsOneSegment() {
    #expect(OffsetMap.identity(length: 1_000_000).segmentCount == 1)
    var map = OffsetMap(originalLength: 10)
    for i in 0..<10 { map.append(originStart: i, originEnd: i + 1) }
    #expect(map == OffsetMap.identity(length: 10))
  }
}

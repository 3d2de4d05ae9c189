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

/// The rank of a Chinese administrative division by the character its name ends in — province 0
/// (省), prefecture 1 (市 州 盟), county 2 (县 区 旗), township 3 (镇 乡) — and of the suffix of a
/// town (镇 乡 街道: 3) or a village (村: 4) after a division above it. One table for the place
/// scanners: a chain's parent (仪征市|真州镇) and a town named after a division of a higher rank
/// (荷塘|村 is no 荷塘区).
enum DivisionRank {
  /// The rank of a division whose name ends in `last`, or nil.
  static func of(endingIn last: Unicode.Scalar) -> Int? { byLastCharacter[last] }

  private static let byLastCharacter: [Unicode.Scalar: Int] = [
    "省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "镇": 3, "乡": 3,
  ]

  /// The rank of a town's (镇 乡 街道: 3) or a village's (村: 4) suffix `s[start..<end]`, or nil.
  static func ofTownOrVillageSuffix(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
    if end - start == 1 {
      switch s[start] {
      case "镇", "乡": return 3
      case "村": return 4
      default: return nil
      }
    }
    return end - start == 2 && s[start] == "街" && s[start + 1] == "道" ? 3 : nil
  }
}

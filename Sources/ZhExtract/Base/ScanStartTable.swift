/// The class of every BMP scalar for up to 32 scanners' triggers (`ScanTrigger`), made once with the
/// extractor: bit `k` of the low half says the scalar may start something of scanner `k`, bit `k` of
/// the high half that the position after it may. `ScanStarts` reads it once a position of a document for each group of rows.
struct ScanStartTable: Sendable {
  static let maxRows = 32
  /// 65,536 classes (512 KB; a text touches a few thousand of them), then `astralClass` at 0x10000:
  /// the class of scalar `v` is `classes[min(v, 0x10000)]`.
  let classes: [UInt64]
  let rows: Int

  init(_ triggers: [ScanTrigger]) {
    precondition(triggers.count <= Self.maxRows, "at most \(Self.maxRows) scanners have start triggers")
    rows = triggers.count
    var classes = [UInt64](repeating: 0, count: 0x10001)
    for (k, trigger) in triggers.enumerated() {
      trigger.starts.forEachBMPMember { classes[Int($0)] |= 1 << UInt64(k) }
      trigger.after.forEachBMPMember { classes[Int($0)] |= 1 << UInt64(32 + k) }
    }
    let all = rows == 0 ? 0 : UInt64(UInt32.max) >> UInt64(32 - rows)
    classes[0x10000] = all | all << 32
    self.classes = classes
  }

  /// The class of a scalar outside the BMP: it and the position after it marked for every row.
  var astralClass: UInt64 { classes[0x10000] }
}

/// One document's start positions for each scanner of a `ScanStartTable`: a bit per position and
/// scanner, set in one pass over the text (one class read per position; the first position is
/// marked for every scanner). A scanner then visits only its marked positions (`StartMarks`).
/// One allocation a document (`rows` × `count` / 8 bytes), none per position.
struct ScanStarts {
  let count: Int
  let wordsPerRow: Int
  private let bits: [UInt64]

  init(_ s: [Unicode.Scalar], table: ScanStartTable) {
    let count = s.count
    let wordsPerRow = count / 64 + 1
    self.count = count
    self.wordsPerRow = wordsPerRow
    guard table.rows > 0 else {
      bits = []
      return
    }
    let astral = table.astralClass
    var bits = [UInt64](repeating: 0, count: table.rows * wordsPerRow)
    bits.withUnsafeMutableBufferPointer { b in
      table.classes.withUnsafeBufferPointer { classes in
        s.withUnsafeBufferPointer { s in
          // The text's first position: every scanner.
          var pending = UInt32(truncatingIfNeeded: astral)
          for i in 0..<count {
            let v = s[i].value
            let c = v < 0x10000 ? classes[Int(v)] : astral
            var m = UInt32(truncatingIfNeeded: c) | pending
            pending = UInt32(truncatingIfNeeded: c >> 32)
            let bit: UInt64 = 1 << UInt64(i & 63)
            let w = i >> 6
            while m != 0 {
              b[m.trailingZeroBitCount * wordsPerRow + w] |= bit
              m &= m - 1
            }
          }
        }
      }
    }
    self.bits = bits
  }

  /// The marked positions of scanner `row` of the table.
  func marks(row: Int) -> StartMarks {
    StartMarks(bits: bits, base: row * wordsPerRow, wordsPerRow: wordsPerRow, count: count)
  }
}

/// One document's start positions for each scanner of a `ScanStartTable`, made a group of rows at a
/// time: one pass over the text (one class read a position; the first position is marked for every
/// row) sets the bits of `rowsPerPass` consecutive rows in one buffer, which the next group reuses. The
/// scanners run in row order, so each group is made once and a document's marks cost `rowsPerPass` ×
/// `count` / 8 bytes however many scanners have a trigger (asking for a row of an earlier group makes
/// that group again). One allocation a document, none per position.
final class ScanStarts {
  /// Rows marked in one pass: fewer passes (about 18 instructions a position each) against fewer bytes a
  /// position. Corpus ×10, `found(in:)`: 21 rows in one pass 449.0 M and 2.6 bytes a position, 7 rows
  /// 462.8 M, 4 rows 483.6 M and half a byte, 1 row 586.9 M (601.9 M without marks).
  static let rowsPerPass = 4

  let count: Int
  let wordsPerRow: Int
  private let text: [Unicode.Scalar]
  private let table: ScanStartTable
  private let rowsPerPass: Int
  private var bits: [UInt64]
  /// The first row of the group whose marks are in `bits` (-1: none yet).
  private var group = -1

  init(_ s: [Unicode.Scalar], table: ScanStartTable, rowsPerPass: Int = ScanStarts.rowsPerPass) {
    precondition(rowsPerPass > 0 && rowsPerPass <= ScanStartTable.maxRows)
    count = s.count
    wordsPerRow = s.count / 64 + 1
    text = s
    self.table = table
    self.rowsPerPass = rowsPerPass
    bits = [UInt64](repeating: 0, count: min(rowsPerPass, table.rows) * wordsPerRow)
  }

  /// The marked positions of scanner `row` of the table.
  func marks(row: Int) -> StartMarks {
    let first = row - row % rowsPerPass
    if first != group { mark(group: first) }
    return StartMarks(bits: bits, base: (row - first) * wordsPerRow, wordsPerRow: wordsPerRow, count: count)
  }

  /// Sets the bits of rows `first` ..< `first` + `rowsPerPass` (those of the table) in `bits`.
  private func mark(group first: Int) {
    group = first
    let rows = min(rowsPerPass, table.rows - first)
    let mask = UInt32(truncatingIfNeeded: (UInt64(1) << UInt64(rows)) &- 1)
    let low = UInt64(first), high = UInt64(32 + first)
    let count = count, wordsPerRow = wordsPerRow
    bits.withUnsafeMutableBufferPointer { b in
      b.update(repeating: 0)
      table.classes.withUnsafeBufferPointer { classes in
        text.withUnsafeBufferPointer { s in
          // The text's first position: every row.
          var pending = mask
          for i in 0..<count {
            // Wrapping shifts and sums: the checked ones cost as much again a position.
            let c = classes[Int(min(s[i].value, 0x10000))]
            var m = UInt32(truncatingIfNeeded: c &>> low) & mask | pending
            pending = UInt32(truncatingIfNeeded: c &>> high) & mask
            guard m != 0 else { continue }
            let bit: UInt64 = 1 &<< UInt64(i & 63)
            let w = i &>> 6
            repeat {
              b[m.trailingZeroBitCount &* wordsPerRow &+ w] |= bit
              m &= m &- 1
            } while m != 0
          }
        }
      }
    }
  }
}

/// Where a scanner's loop can find anything: a position whose scalar is one of `starts`, or whose
/// previous scalar is one of `after` (the line after a `\n`, the name after 老), and the text's first
/// position. Made from the scanner's own cue tables (the first scalars of its tries and bitmaps) when
/// the extractor is built; a scanner that visits only these positions finds what it found visiting
/// every one (`ScanStartsTests`). A scalar outside the BMP marks its own and the next position for
/// every scanner.
struct ScanTrigger: Sendable {
  var starts = ScalarBitmap()
  var after = ScalarBitmap()

  init() {}

  /// A trigger on the scalars that begin some key of each trie and on each bitmap's members.
  init(starts bitmaps: [ScalarBitmap], after: ScalarBitmap = ScalarBitmap()) {
    for b in bitmaps { starts.formUnion(b) }
    self.after = after
  }

  /// Adds the scalars of `text` to the starts.
  mutating func start(on text: String) {
    for c in text.unicodeScalars { starts.insert(c.value) }
  }

  /// Adds the scalars of `text` to those the position after which is marked.
  mutating func follow(_ text: String) {
    for c in text.unicodeScalars { after.insert(c.value) }
  }

  /// Adds every BMP scalar that `test` accepts to those the position after which is marked (outside
  /// the BMP every scalar marks the next position anyway).
  mutating func follow(where test: (Unicode.Scalar) -> Bool) {
    for v in UInt32(0)..<0x10000 {
      if let c = Unicode.Scalar(v), test(c) { after.insert(v) }
    }
  }

  /// Adds every BMP code point `c` with `flags[c]` (a table of the BMP, as `EntityCues.suffixStarts`) to the
  /// starts: one read a code point, no closure and no scalar made for each of the 65,536 (start-up).
  mutating func start(onFlags flags: [Bool]) {
    flags.withUnsafeBufferPointer { f in
      for v in 0..<min(f.count, 0x10000) where f[v] { starts.insert(UInt32(v)) }
    }
  }

  /// Adds every BMP code point `c` with `flags[c]` to those the position after which is marked.
  mutating func follow(onFlags flags: [Bool]) {
    flags.withUnsafeBufferPointer { f in
      for v in 0..<min(f.count, 0x10000) where f[v] { after.insert(UInt32(v)) }
    }
  }

  /// Adds every BMP scalar that `test` accepts to the starts.
  mutating func start(where test: (Unicode.Scalar) -> Bool) {
    for v in UInt32(0)..<0x10000 {
      if let c = Unicode.Scalar(v), test(c) { starts.insert(v) }
    }
  }
}

/// Turns visible text into analysis text: NFKC, white space unified, invisible characters
/// removed (`FoldingTable`), then Traditional→Simplified (`TraditionalToSimplified`).
///
/// Offsets stay exact: each analysis scalar maps to the input span of the NFKC segment it
/// came from (one code point, except for a base with combining marks, which ICU
/// normalises as a unit); removed characters map to nothing; conversion is 1:1.
package struct Normalizer: Sendable {
  package let folding: FoldingTable
  package let converter: TraditionalToSimplified

  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    folding = .icu
    converter = TraditionalToSimplified(lexiconPhrases: T2SPhrase.load(from: lexicons, problems: &problems))
  }

  package init(folding: FoldingTable = .icu, converter: TraditionalToSimplified) {
    self.folding = folding
    self.converter = converter
  }

  /// The result of `normalize`: analysis scalars, their map, and what the script looked like.
  package struct Output: Sendable {
    package var scalars: [Unicode.Scalar]
    package var map: OffsetMap
    package var counts: TraditionalToSimplified.Counts
  }

  /// The analysis scalars and their map to the input scalars.
  package func normalize(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], map: OffsetMap) {
    let output = normalize(scalars, over: nil)
    return (output.scalars, output.map)
  }

  /// Normalises `scalars`; with `inner` (the map of `scalars` to an original text), the
  /// resulting map points into that original directly.
  package func normalize(_ scalars: [Unicode.Scalar], over inner: OffsetMap?) -> Output {
    var (text, map) = fold(scalars, over: inner)
    let counts = converter.convert(&text)
    return Output(scalars: text, map: map, counts: counts)
  }

  /// The first stage alone: NFKC, white space and invisible characters.
  package func fold(_ input: [Unicode.Scalar], over inner: OffsetMap?) -> (scalars: [Unicode.Scalar], map: OffsetMap) {
    // Output is rarely longer than input (only NFKC expansions such as ㍿ make it so); retry
    // with more room when it is. 18 is NFKC's largest expansion (U+FDFA).
    for capacity in [input.count + input.count / 8 + 64, input.count * 2 + 64, input.count * 18 + 64] {
      if let folded = fold(input, over: inner, capacity: capacity) { return folded }
    }
    preconditionFailure("NFKC expanded the text more than 18 times")
  }

  private func fold(_ input: [Unicode.Scalar], over inner: OffsetMap?, capacity: Int) -> (scalars: [Unicode.Scalar], map: OffsetMap)? {
    let n = input.count
    let entries = folding.entries
    let expansions = folding.expansions
    let originalLength = inner?.originalLength ?? n
    let innerStarts = inner?.originStart ?? []
    let innerEnds = inner?.originEnd ?? []
    let composing = inner != nil
    return MappedScalarSink.build(capacity: capacity, originalLength: originalLength) { out in
      input.withUnsafeBufferPointer { input in
        entries.withUnsafeBufferPointer { entries in
          innerStarts.withUnsafeBufferPointer { innerStarts in
            innerEnds.withUnsafeBufferPointer { innerEnds in
              var i = 0
              while i < n {
                // Bulk: a run of code points that NFKC and folding leave alone (entry 0), minus
                // the last one if the code point after the run combines with it.
                var runEnd = i
                while runEnd < n, input[runEnd].value < 0x10000, entries[Int(input[runEnd].value)] == 0 { runEnd += 1 }
                if runEnd < n, runEnd > i, !folding.hasBoundaryBefore(input[runEnd].value) { runEnd -= 1 }
                if runEnd > i {
                  if composing {
                    out.appendMapped(input, i..<runEnd, originStarts: innerStarts, originEnds: innerEnds)
                  } else {
                    out.appendIdentity(input, i..<runEnd, originBase: 0)
                  }
                  i = runEnd
                  continue
                }
                let value = input[i].value
                // The segment [i, j): up to the next code point with an NFKC boundary before it.
                var j = i + 1
                while j < n {
                  let next = input[j].value
                  if next < 0x80 { break }
                  if next < 0x10000 ? entries[Int(next)] & FoldingTable.noBoundaryBefore == 0 : folding.hasBoundaryBefore(next) { break }
                  j += 1
                }
                let start = composing ? innerStarts[i] : Int32(truncatingIfNeeded: i)
                let end = composing ? innerEnds[j - 1] : Int32(truncatingIfNeeded: j)
                if j == i + 1, value < 0x10000 {
                  let entry = entries[Int(value)]
                  switch (entry >> FoldingTable.kindShift) & 7 {
                  case FoldingTable.Kind.identity.rawValue:
                    out.append(input[i], start, end)
                  case FoldingTable.Kind.replace.rawValue:
                    out.append(Unicode.Scalar(entry & FoldingTable.payloadMask).unsafelyUnwrapped, start, end)
                  case FoldingTable.Kind.remove.rawValue:
                    break
                  default:
                    for scalar in expansions[Int(entry & FoldingTable.payloadMask)] { out.append(scalar, start, end) }
                  }
                } else if j == i + 1, folding.isInert(value) {
                  out.append(input[i], start, end)
                } else {
                  for scalar in FoldingTable.fold(Array(input[i..<j])) { out.append(scalar, start, end) }
                }
                i = j
              }
            }
          }
        }
      }
    }
  }
}

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
    let innerStarts = inner?.originStart ?? []
    let innerEnds = inner?.originEnd ?? []
    return MappedScalarSink.buildGrowing(inputCount: input.count, originalLength: inner?.originalLength ?? input.count) { out in
      input.withUnsafeBufferPointer { input in
        innerStarts.withUnsafeBufferPointer { innerStarts in
          innerEnds.withUnsafeBufferPointer { innerEnds in
            let origins: FoldingTable.Origins = inner == nil ? .identity(base: 0) : .mapped(starts: innerStarts, ends: innerEnds)
            folding.fold(input, 0..<input.count, origins: origins, into: &out)
          }
        }
      }
    }
  }
}

extension Normalizer: SurfaceNormalizer {
  /// A lexicon key normalised as documents are (see `LexiconReader`).
  ///
  /// Most keys are code points of the BMP that folding leaves alone (entry 0: no change, an NFKC
  /// boundary before each): folding copies them, so only Traditional→Simplified is left to do,
  /// without an offset map (the full path cost some 4,000 instructions a key, a sixth of
  /// start-up). `NormalizerTests` checks that both paths agree on every field of every table.
  package func normalizeSurface(_ text: String) -> [Unicode.Scalar] {
    var scalars = Array(text.unicodeScalars)
    guard folding.leavesAlone(scalars) else { return normalize(scalars).scalars }
    _ = converter.convert(&scalars)
    return scalars
  }
}

extension LexiconReader {
  /// A reader over `lexicons` that normalises surfaces with their own `t2s-phrases.tsv`.
  package init(lexicons: LexiconSet, problems: inout LexiconProblems) {
    self.init(lexicons: lexicons, normalizer: Normalizer(lexicons: lexicons, problems: &problems))
  }
}

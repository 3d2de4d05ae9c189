/// The words of a text on its most probable path through the word dictionary (jieba's
/// dictionary, `WordDictionary`), with extra candidate words offered by the name model.
///
/// Each maximal run of Han characters is segmented on its own by dynamic programming from
/// its end: the cost of the best path from position `i` is the least, over the words that
/// start at `i` (dictionary words, name candidates, or the character alone at the unknown
/// cost), of the word's cost plus the best cost from its end. Costs are 100 × −ln p, so the
/// path of least cost is the path of highest probability. Linear: each position walks the
/// trie for at most `maxWord` characters (the first two steps by table), and nothing
/// allocates per position. Every other
/// character is a word of its own.
struct Segmentation {
  /// What a word on the path is.
  enum Kind: Equatable {
    /// A dictionary word with its tag index (`WordDictionary.tags`).
    case word(UInt8)
    /// A character no word covers.
    case unknown
    /// A character outside the Han runs (Latin, digits, punctuation, space).
    case other
    /// The extra candidate with this index.
    case candidate(Int32)
  }

  /// A candidate word for the path: `start..<end` at `cost`. Twelve bytes (offsets kept in 32
  /// bits): a 20 MB document offers some 500,000.
  struct Candidate {
    private var start32: Int32
    private var end32: Int32
    var cost: WordDictionary.Cost

    var start: Int { Int(start32) }
    var end: Int { Int(end32) }

    init(start: Int, end: Int, cost: WordDictionary.Cost) {
      start32 = Int32(start)
      end32 = Int32(end)
      self.cost = cost
    }
  }

  static let maxWord = 12

  /// The length of the word that starts at `i` on the best path from `i`, in four bits a position
  /// (`PackedLengths`: half a byte a code point where a byte was, 8 MB of a 20 MB document's
  /// 20 MB of text; a length of 15 or more is kept apart).
  private var lengths = PackedLengths()
  /// `kinds[i]`: the kind of that word in one byte (`Kind.Packed`): a word's tag as itself, or
  /// `unknown`, `other`, `candidate`. With `lengths` and `starts`, a byte and five eighths per code
  /// point of the text (the kinds took four bytes, the lengths and the starts one each: 50 MB of a
  /// 20 MB document).
  private var kinds: [UInt8] = []
  /// The candidate's index at each position whose kind is `candidate`, ascending by position
  /// (one entry per position where a candidate won: at most one per candidate).
  private var candidateIndices: [(position: Int32, index: Int32)] = []
  /// Bit `i`: a word of the path starts at `i`.
  private var starts = BitSet()

  init() {}

  /// Segments `s`; `candidates` must be sorted by `start`.
  init(_ s: [Unicode.Scalar], dictionary: WordDictionary, candidates: [Candidate]) {
    precondition(dictionary.tags.count <= Int(Kind.Packed.firstSpecial), "a word's tag must fit in one byte beside the special kinds")
    let n = s.count
    var lengths = PackedLengths(count: n)
    var kinds = [UInt8](repeating: Kind.Packed.other, count: n)
    var candidateIndices: [(position: Int32, index: Int32)] = []
    // Written through buffers: an array's element written in the loop paid a uniqueness check
    // (some 600,000 calls on 1 MB of text).
    lengths.withWriter { lengths in
      kinds.withUnsafeMutableBufferPointer { kinds in
        Self.findPath(s, dictionary: dictionary, candidates: candidates, lengths: &lengths, kinds: kinds, candidateIndices: &candidateIndices)
      }
    }
    var starts = BitSet(count: n)
    lengths.markPath(in: &starts)
    // Found from the end backwards.
    candidateIndices.reverse()
    self.lengths = lengths
    self.kinds = kinds
    self.candidateIndices = candidateIndices
    self.starts = starts
  }

  /// The best path from each position of each Han run to the run's end: the length and kind of
  /// its first word at `lengths[i]` and `kinds[i]` (other positions are left as they are).
  private static func findPath(
    _ s: [Unicode.Scalar], dictionary: WordDictionary, candidates: [Candidate], lengths: inout PackedLengths.Writer,
    kinds: UnsafeMutableBufferPointer<UInt8>, candidateIndices: inout [(position: Int32, index: Int32)]
  ) {
    // The text, the candidates and the costs read through buffers: the loop over every position
    // of every Han run checked each read of the arrays' bounds.
    s.withUnsafeBufferPointer { s in
      candidates.withUnsafeBufferPointer { candidates in
        findPath(s, dictionary: dictionary, candidates: candidates, lengths: &lengths, kinds: kinds, candidateIndices: &candidateIndices)
      }
    }
  }

  private static func findPath(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, dictionary: WordDictionary, candidates: UnsafeBufferPointer<Candidate>,
    lengths: inout PackedLengths.Writer, kinds: UnsafeMutableBufferPointer<UInt8>,
    candidateIndices: inout [(position: Int32, index: Int32)]
  ) {
    let n = s.count
    // `cost[k - runStart]`: the best cost from position k of the current Han run to its end,
    // in a buffer as long as the longest run so far.
    var costCount = 64
    var cost = UnsafeMutableBufferPointer<Int32>.allocate(capacity: costCount)
    cost.initialize(repeating: 0)
    defer { cost.deallocate() }
    var c = candidates.count - 1
    var i = n - 1
    while i >= 0 {
      guard ScalarClass.isHan(s[i]) else {
        i -= 1
        continue
      }
      // The Han run that ends at i.
      let runEnd = i + 1
      var runStart = i
      while runStart > 0, ScalarClass.isHan(s[runStart - 1]) { runStart -= 1 }
      if runEnd - runStart + 1 > costCount {
        cost.deallocate()
        costCount = 2 * (runEnd - runStart + 1)
        cost = UnsafeMutableBufferPointer<Int32>.allocate(capacity: costCount)
        cost.initialize(repeating: 0)
      }
      cost[runEnd - runStart] = 0
      var k = runEnd - 1
      while k >= runStart {
        var best = dictionary.unknownCost &+ cost[k + 1 - runStart]
        var bestEnd = k + 1
        var bestKind = Kind.Packed.unknown
        var bestCandidate: Int32 = -1
        // The first two steps by table (each with the value of the word it spells), the third
        // by search among the edges the pair table gives, the later ones by search.
        var (node, value) = dictionary.step1(s[k])
        var lo = 0, hi = 0
        var j = k + 1
        while node >= 0 {
          if value != 0 {
            let w = WordDictionary.word(value)
            let total = w.cost &+ cost[j - runStart]
            if total < best || (total == best && j > bestEnd) { best = total; bestEnd = j; bestKind = w.tag }
          }
          guard j < runEnd, j - k < Self.maxWord else { break }
          if j == k + 1 {
            (node, value, lo, hi) = dictionary.step2Edges(s[k], s[j])
          } else if j == k + 2 {
            (node, value) = dictionary.step(edges: lo, hi, s[j])
          } else {
            (node, value) = dictionary.step(node, s[j])
          }
          j += 1
        }
        while c >= 0, candidates[c].start > k { c -= 1 }
        var d = c
        while d >= 0, candidates[d].start == k {
          let cand = candidates[d]
          // A word on the path is at most 255 long; a name candidate is far shorter.
          if cand.end <= runEnd, cand.end - k <= Int(UInt8.max) {
            let total = cand.cost &+ cost[cand.end - runStart]
            if total < best { best = total; bestEnd = cand.end; bestKind = Kind.Packed.candidate; bestCandidate = Int32(d) }
          }
          d -= 1
        }
        cost[k - runStart] = best
        lengths.set(k, bestEnd - k)
        kinds[k] = bestKind
        if bestKind == Kind.Packed.candidate { candidateIndices.append((Int32(k), bestCandidate)) }
        k -= 1
      }
      i = runStart - 1
    }
  }

  /// The words on the path, in order: `(start, end, kind)`.
  func forEachWord(_ body: (Int, Int, Kind) -> Void) {
    var i = 0
    while i < lengths.count {
      let e = i + lengths[i]
      body(i, e, kind(at: i))
      i = e
    }
  }

  /// The start of the word of the path that holds position `i`.
  func wordStart(containing i: Int) -> Int {
    var p = i
    while p > 0, !starts.contains(p) { p -= 1 }
    return p
  }

  /// The kind of the word of the path that starts at `start`.
  func kind(at start: Int) -> Kind {
    let packed = kinds[start]
    guard packed == Kind.Packed.candidate else { return Kind(packed: packed) }
    return .candidate(candidateIndex(at: start))
  }

  /// The index of the candidate that is the word of the path at `start`.
  private func candidateIndex(at start: Int) -> Int32 {
    var low = 0, high = candidateIndices.count - 1
    let position = Int32(truncatingIfNeeded: start)
    while low < high {
      let middle = (low + high) >> 1
      if candidateIndices[middle].position < position { low = middle + 1 } else { high = middle }
    }
    precondition(low < candidateIndices.count && candidateIndices[low].position == position, "no candidate at \(start)")
    return candidateIndices[low].index
  }

  /// The end of the word of the path that starts at `start`.
  func wordEnd(at start: Int) -> Int { start + lengths[start] }

  /// Whether a word on the path starts at `i`; the end of the text counts as a start.
  func startsWord(_ i: Int) -> Bool { i >= lengths.count || starts.contains(i) }

  /// The dictionary's tags of words that open a clause after a name: verbs (jieba's v, vd, vi),
  /// conjunctions (c: 以及) and time words (t: 当天).
  static let clauseTags: Set<String> = ["v", "vd", "vi", "c", "t"]

  /// Whether the path starts a verb, a conjunction or a time word of two characters or more at
  /// `i` (获得 出席 以及 当天 in 山下美咲|获得), or a fixed phrase whose first two characters are one
  /// (出席会议): a new word plainly starts there.
  func startsClauseWord(at i: Int, in s: [Unicode.Scalar], dictionary: WordDictionary) -> Bool {
    guard i < lengths.count, starts.contains(i), lengths[i] >= 2, case .word(let tag) = kind(at: i) else { return false }
    if Self.clauseTags.contains(dictionary.tags[Int(tag)]) { return true }
    guard lengths[i] >= 3, let head = dictionary.lookupTag(s[i..<i + 2]) else { return false }
    return Self.clauseTags.contains(dictionary.tags[Int(head.tag)])
  }
}

extension Segmentation.Kind {
  /// A kind in one byte: a word's tag as itself (0–252), then `unknown`, `other` and
  /// `candidate` (whose index the segmentation keeps apart).
  enum Packed {
    static let firstSpecial: UInt8 = 253
    static let unknown: UInt8 = 253
    static let other: UInt8 = 254
    static let candidate: UInt8 = 255
  }

  /// This kind in one byte (a candidate without its index).
  var packed: UInt8 {
    switch self {
    case .word(let tag): tag
    case .unknown: Packed.unknown
    case .other: Packed.other
    case .candidate: Packed.candidate
    }
  }

  /// The kind of a packed byte other than `candidate`.
  init(packed: UInt8) {
    switch packed {
    case Packed.unknown: self = .unknown
    case Packed.other: self = .other
    default: self = .word(packed)
    }
  }
}

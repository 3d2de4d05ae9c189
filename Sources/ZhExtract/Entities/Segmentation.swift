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

  /// A candidate word for the path: `start..<end` at `cost`.
  struct Candidate {
    var start: Int
    var end: Int
    var cost: WordDictionary.Cost
  }

  static let maxWord = 12

  /// `end[i]`: the end of the word that starts at `i` on the best path from `i`.
  private(set) var end: [Int32] = []
  private(set) var kind: [Kind] = []
  private var cost: [Int32] = []
  /// `starts[i]`: a word of the path starts at `i`.
  private var starts: [Bool] = []

  init() {}

  /// Segments `s`; `candidates` must be sorted by `start`.
  init(_ s: [Unicode.Scalar], dictionary: WordDictionary, candidates: [Candidate]) {
    let n = s.count
    end = [Int32](repeating: 0, count: n)
    kind = [Kind](repeating: .other, count: n)
    cost = [Int32](repeating: 0, count: n + 1)
    var c = candidates.count - 1
    var i = n - 1
    while i >= 0 {
      guard ScalarClass.isHan(s[i]) else {
        end[i] = Int32(i + 1)
        i -= 1
        continue
      }
      // The Han run that ends at i.
      let runEnd = i + 1
      var runStart = i
      while runStart > 0, ScalarClass.isHan(s[runStart - 1]) { runStart -= 1 }
      cost[runEnd] = 0
      var k = runEnd - 1
      while k >= runStart {
        var best = dictionary.unknownCost &+ cost[k + 1]
        var bestEnd = k + 1
        var bestKind = Kind.unknown
        // The first two steps by table (each with the value of the word it spells), the later
        // ones by search.
        var (node, value) = dictionary.step1(s[k])
        var j = k + 1
        while node >= 0 {
          if value != 0 {
            let w = WordDictionary.word(value)
            let total = w.cost &+ cost[j]
            if total < best || (total == best && j > bestEnd) { best = total; bestEnd = j; bestKind = .word(w.tag) }
          }
          guard j < runEnd, j - k < Self.maxWord else { break }
          (node, value) = j == k + 1 ? dictionary.step2(s[k], s[j]) : dictionary.step(node, s[j])
          j += 1
        }
        while c >= 0, candidates[c].start > k { c -= 1 }
        var d = c
        while d >= 0, candidates[d].start == k {
          let cand = candidates[d]
          if cand.end <= runEnd {
            let total = cand.cost &+ cost[cand.end]
            if total < best { best = total; bestEnd = cand.end; bestKind = .candidate(Int32(d)) }
          }
          d -= 1
        }
        cost[k] = best
        end[k] = Int32(bestEnd)
        kind[k] = bestKind
        k -= 1
      }
      i = runStart - 1
    }
    starts = [Bool](repeating: false, count: n)
    var p = 0
    while p < n { starts[p] = true; p = Int(end[p]) }
  }

  /// The words on the path, in order: `(start, end, kind)`.
  func forEachWord(_ body: (Int, Int, Kind) -> Void) {
    var i = 0
    while i < end.count {
      let e = Int(end[i])
      body(i, e, kind[i])
      i = e
    }
  }

  /// The start of the word of the path that holds position `i`.
  func wordStart(containing i: Int) -> Int {
    var p = i
    while p > 0, !starts[p] { p -= 1 }
    return p
  }

  /// The kind of the word of the path that starts at `start`.
  func kind(at start: Int) -> Kind { kind[start] }

  /// The end of the word of the path that starts at `start`.
  func wordEnd(at start: Int) -> Int { Int(end[start]) }

  /// Whether a word on the path starts at `i`; the end of the text counts as a start.
  func startsWord(_ i: Int) -> Bool { i >= starts.count || starts[i] }
}

/// Pairs the mentions of two extractions of one document.
///
/// - Same text (equal `source.sha256`): by span. Mentions at the same `[start, end)` are the
///   same mention; what is left is paired when the spans overlap (a rule that now reads
///   `120亿美元` where it read `120亿`), else added / removed.
/// - Revised text: offsets mean nothing any more, so the two mention sequences (all kinds,
///   in text order) are aligned — a longest common subsequence of identical mentions (equal
///   but for offsets) anchors the alignment; between two anchors, left-over mentions of one
///   kind are paired first by equal surface, then by equal shape (currency and unit, grain,
///   entity type), in order. So a revised figure between the same neighbours reads
///   `changed 120亿美元 → 125亿美元`, not removed + added.
enum MentionMatcher {
  enum Outcome: Sendable {
    case added(DiffMention)
    case removed(DiffMention)
    case changed(DiffMention, DiffMention)
  }

  /// Beyond this many cells the LCS table is not built; a greedy in-order match is used.
  static let maximumTableCells = 4_000_000

  static func match(old: [DiffMention], new: [DiffMention], sameText: Bool) -> [Outcome] {
    sameText ? bySpan(old: old, new: new) : byAlignment(old: sort(old), new: sort(new))
  }

  private static func sort(_ mentions: [DiffMention]) -> [DiffMention] {
    let order = Dictionary(uniqueKeysWithValues: MentionKind.allCases.enumerated().map { ($1, $0) })
    return mentions.enumerated().sorted { a, b in
      (a.element.start, a.element.end, order[a.element.kind]!, a.offset) < (b.element.start, b.element.end, order[b.element.kind]!, b.offset)
    }.map(\.element)
  }

  // MARK: - Same text

  private static func bySpan(old: [DiffMention], new: [DiffMention]) -> [Outcome] {
    var outcomes: [(position: Int, outcome: Outcome)] = []
    for kind in MentionKind.allCases {
      let olds = sort(old.filter { $0.kind == kind })
      let news = sort(new.filter { $0.kind == kind })
      // Exact spans first (several mentions on one span pair in order).
      var newBySpan: [[Int]: [Int]] = [:]
      for (j, m) in news.enumerated() { newBySpan[[m.start, m.end], default: []].append(j) }
      var newUsed = Array(repeating: false, count: news.count)
      var oldLeft: [Int] = []
      for (i, m) in olds.enumerated() {
        if var candidates = newBySpan[[m.start, m.end]], !candidates.isEmpty {
          let j = candidates.removeFirst()
          newBySpan[[m.start, m.end]] = candidates
          newUsed[j] = true
          if m.identity != news[j].identity { outcomes.append((m.start, .changed(m, news[j]))) }
        } else {
          oldLeft.append(i)
        }
      }
      let newLeft = news.indices.filter { !newUsed[$0] }
      // Then overlapping spans, one to one, in text order.
      var a = 0, b = 0
      while a < oldLeft.count || b < newLeft.count {
        if a < oldLeft.count, b < newLeft.count {
          let o = olds[oldLeft[a]], n = news[newLeft[b]]
          if o.start < n.end && n.start < o.end {
            outcomes.append((min(o.start, n.start), .changed(o, n)))
            a += 1; b += 1
          } else if o.start <= n.start {
            outcomes.append((o.start, .removed(o))); a += 1
          } else {
            outcomes.append((n.start, .added(n))); b += 1
          }
        } else if a < oldLeft.count {
          outcomes.append((olds[oldLeft[a]].start, .removed(olds[oldLeft[a]]))); a += 1
        } else {
          outcomes.append((news[newLeft[b]].start, .added(news[newLeft[b]]))); b += 1
        }
      }
    }
    return outcomes.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element.outcome)
  }

  // MARK: - Revised text

  private static func byAlignment(old: [DiffMention], new: [DiffMention]) -> [Outcome] {
    let anchors = commonSubsequence(old.map(\.identity), new.map(\.identity))
    var outcomes: [Outcome] = []
    var i = 0, j = 0
    for (ai, aj) in anchors + [(old.count, new.count)] {
      outcomes += pairGap(Array(old[i..<ai]), Array(new[j..<aj]))
      i = ai + 1
      j = aj + 1
    }
    return outcomes
  }

  /// Pairs the unmatched mentions between two anchors, kind by kind; the result keeps text order.
  private static func pairGap(_ old: [DiffMention], _ new: [DiffMention]) -> [Outcome] {
    if old.isEmpty { return new.map(Outcome.added) }
    if new.isEmpty { return old.map(Outcome.removed) }
    if old.count * new.count > maximumTableCells { return old.map(Outcome.removed) + new.map(Outcome.added) }
    var partnerOfOld = Array(repeating: -1, count: old.count)
    var newTaken = Array(repeating: false, count: new.count)
    for key in [\DiffMention.surface, \DiffMention.shape] as [KeyPath<DiffMention, String>] {
      // In order and without crossing: each old takes the first free new after the last pair.
      var floor = 0
      for (i, o) in old.enumerated() {
        if partnerOfOld[i] >= 0 { floor = partnerOfOld[i] + 1; continue }
        guard let j = (floor..<new.count).first(where: { !newTaken[$0] && new[$0].kind == o.kind && new[$0][keyPath: key] == o[keyPath: key] })
        else { continue }
        // Do not cross a pair made earlier.
        if let nextPaired = partnerOfOld[(i + 1)...].first(where: { $0 >= 0 }), j > nextPaired { continue }
        partnerOfOld[i] = j
        newTaken[j] = true
        floor = j + 1
      }
    }
    var outcomes: [Outcome] = []
    var j = 0
    for (i, o) in old.enumerated() {
      let partner = partnerOfOld[i]
      if partner >= 0 {
        while j < partner { if !newTaken[j] { outcomes.append(.added(new[j])) }; j += 1 }
        outcomes.append(.changed(o, new[partner]))
        j = partner + 1
      } else {
        outcomes.append(.removed(o))
      }
    }
    while j < new.count { if !newTaken[j] { outcomes.append(.added(new[j])) }; j += 1 }
    return outcomes
  }

  /// Index pairs of a longest common subsequence (exact LCS when the table is small enough,
  /// after trimming the common prefix and suffix; otherwise a greedy in-order match).
  static func commonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    var pairs = (0..<prefix).map { ($0, $0) }
    let a0 = prefix, a1 = a.count - suffix, b0 = prefix, b1 = b.count - suffix
    let n = a1 - a0, m = b1 - b0
    if n > 0 && m > 0 {
      if n * m <= maximumTableCells {
        // lengths[i][j] = LCS of a[a0+i...] and b[b0+j...], flattened.
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
          for j in stride(from: m - 1, through: 0, by: -1) {
            lengths[i * (m + 1) + j] =
              a[a0 + i] == b[b0 + j]
              ? lengths[(i + 1) * (m + 1) + j + 1] + 1
              : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
          }
        }
        var i = 0, j = 0
        while i < n && j < m {
          if a[a0 + i] == b[b0 + j] {
            pairs.append((a0 + i, b0 + j)); i += 1; j += 1
          } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
            i += 1
          } else {
            j += 1
          }
        }
      } else {
        var positions: [String: [Int]] = [:]
        for j in b0..<b1 { positions[b[j], default: []].append(j) }
        var cursor: [String: Int] = [:]
        var floor = b0
        for i in a0..<a1 {
          guard let list = positions[a[i]] else { continue }
          var k = cursor[a[i], default: 0]
          while k < list.count && list[k] < floor { k += 1 }
          cursor[a[i]] = k
          guard k < list.count else { continue }
          pairs.append((i, list[k]))
          floor = list[k] + 1
          cursor[a[i]] = k + 1
        }
      }
    }
    pairs += (0..<suffix).map { (a1 + $0, b1 + $0) }
    return pairs
  }
}

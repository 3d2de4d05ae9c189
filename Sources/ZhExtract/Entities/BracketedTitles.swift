/// The titles in 《》 of a text, in order, for the scanners that read a title as a name (`MediaTitleScanner`,
/// `TitledWorkScanner`): each a span between an opening and a closing mark on one line, of at least two and at most
/// `maxLength` scalars, with no 《 inside (《《X》 gives the inner 《X》). A title's rule decides what it is.
struct BracketedTitles: Sequence, IteratorProtocol {
  /// One title: `open` and `close` are the offsets of its marks; the title is `open + 1 ..< close`.
  struct Title {
    let open: Int
    let close: Int
    var start: Int { open + 1 }
    var end: Int { close }
  }

  private let s: [Unicode.Scalar]
  private let maxLength: Int
  private var i = 0

  init(in s: [Unicode.Scalar], maxLength: Int) {
    self.s = s
    self.maxLength = maxLength
  }

  mutating func next() -> Title? {
    let n = s.count
    while i < n {
      guard s[i] == "《" else {
        i += 1
        continue
      }
      var k = i + 1
      while k < n, k - i <= maxLength, s[k] != "》", s[k] != "《", s[k] != "\n" { k += 1 }
      let open = i
      // Read on from the mark that stopped the title: a 《 opens the next one.
      i = Swift.max(k, i + 1)
      if k < n, s[k] == "》", k - open - 1 >= 2 { return Title(open: open, close: k) }
    }
    return nil
  }
}

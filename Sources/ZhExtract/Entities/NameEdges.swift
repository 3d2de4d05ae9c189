import Foundation

/// The words at the edges of a Chinese name found by pattern that show it is none (one concept:
/// what stands around a name, read by every rule that finds one):
/// - its last character and the one after it are a common time word (执行董事于|明年初: 于 is a
///   preposition, 明年 "next year"; 于|明天), one seen `commonTimeCount` times or more (西半, a
///   rare time word of the dictionary, ends no name: 史瓦西|半径);
/// - its family name ends a word begun before it and its given name is a word of its own
///   (派发|现金|红利, not 派|发现|金红利), unless a role title ends right before the family name
///   and the dictionary knows the title more often than that word (议员|林志豪: 员林 is a rare
///   word; not 长官|方网站, where 官方 is common);
/// - an organisation's form follows it (蓝驰|创投, 青禾|证券): the two are a company's name.
///
/// Read only for a name a rule has already found: a few lookups a name, none a position.
struct NameEdges: Sendable {
  let cues: EntityCues
  let dictionary: WordDictionary
  /// Bit `t` set: tag `t` is a time word's (`t`: 明年 明天 今年).
  private let timeTags: UInt64
  /// How often a time word must be seen in the dictionary's corpus to end a name (明年 944).
  static let commonTimeCount = 100.0
  private let commonTimeCost: WordDictionary.Cost

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
    commonTimeCost = WordDictionary.cost(ofCount: Self.commonTimeCount)
    timeTags = dictionary.tags.indices.filter { dictionary.tags[$0] == "t" }.reduce(0) { $0 | 1 << UInt64($1) }
  }

  /// Whether the words around `start..<end`, a family name of `family` characters and a given
  /// name, say it is no name. `timeWords` false: a time word across the end says nothing (the
  /// caller has seen the given name as one: 吴建平|日前 is no 平日).
  func rejects(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, family: Int, timeWords: Bool = true) -> Bool {
    guard end > start else { return false }
    if timeWords, end < s.count, let word = dictionary.lookupTag(s[end - 1...end]), timeTags & 1 << UInt64(word.tag) != 0, word.cost <= commonTimeCost {
      return true
    }
    let g = start + family
    if end - g == 2, start > 0, ScalarClass.isHan(s[start - 1]), dictionary.isNonPersonWord(s[g..<end]),
      dictionary.isNonPersonWord(s[start - 1..<g]), !titleOutweighs(s, start, g)
    {
      return true
    }
    return cues.organizationFormEnd(in: s, at: end) != nil
  }

  /// Whether a role title ends at `start` that the dictionary knows more often than the word
  /// `start - 1..<g` across the title's end and the family name (议员 1333 times, 员林 3).
  private func titleOutweighs(_ s: [Unicode.Scalar], _ start: Int, _ g: Int) -> Bool {
    guard let role = cues.roles.longestMatch(in: s, endingAt: start, maxLength: 8), let title = dictionary.lookupTag(s[role.start..<start]),
      let across = dictionary.lookupTag(s[start - 1..<g])
    else { return false }
    return title.cost < across.cost
  }
}

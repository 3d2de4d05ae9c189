import Synchronization

/// Romanisation by ICU, the source of truth for transliteration: pinyin for the ids of names
/// in Han characters (`Han-Latin; Latin-ASCII`) and for the English `name` of a Chinese person
/// no lexicon knows (`Han-Latin/Names`, which reads family names as family names: 单 is Shan,
/// 曾 Zeng). ICU's transliterators are costly to open and not safe to share between threads,
/// so one of each is opened on first use and guarded by a lock, and results are cached (a
/// document names few people; the same names come back across documents). Opening them costs
/// some 250 ms, so names in Han characters are read from `PinyinTable` (ICU's readings compiled
/// in) and the transliterators are opened only for what the table cannot read.
final class Romanizer: Sendable {
  static let shared = Romanizer()
  /// Entries kept before the cache is emptied (it never grows without bound).
  static let cacheLimit = 50_000

  private struct State {
    var latin: ICUTransliterator?
    var names: ICUTransliterator?
    var ascii: ICUTransliterator?
    var opened = false
    var cache: [String: String] = [:]
  }

  private let state = Mutex(State())
  /// ICU's readings compiled in (`nil`: ask ICU for everything).
  private let table: PinyinTable?

  /// `table`: `nil` to romanise through ICU alone (the reference the table is tested against).
  init(table: PinyinTable? = PinyinTable.compiledIn) { self.table = table }

  /// Whether ICU's transliterators have been opened (for the table's tests).
  var hasOpenedICU: Bool { state.withLock { $0.opened } }

  /// `text` in Latin letters without accents: Han characters as toneless pinyin syllables
  /// separated by spaces (`海岚智造` → `hai lan zhi zao`), other letters folded (`José` → `Jose`).
  func latin(_ text: String) -> String {
    transliterate("L" + text, table: { $0.latin(spaced: Self.spaced(text)) }) { state in
      guard let latin = state.latin, let ascii = state.ascii else { return text }
      return ascii.transliterate(latin.transliterate(Self.spaced(text)))
    }
  }

  /// Every Han character as a word of its own, so that each becomes one syllable (ICU joins
  /// the syllables of the words it knows: 证券 would be `zhengquan`, 青禾证券 `qing hezheng quan`).
  private static func spaced(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousHan = false
    for s in text.unicodeScalars {
      let han = ScalarClass.isHan(s)
      if (han || previousHan), let last = out.last, last != " " { out.append(" ") }
      out.append(s)
      previousHan = han
    }
    return String(out)
  }

  /// A Chinese person's name in pinyin in the usual order and case: family name first, given
  /// name joined, each capitalised (`陈思远`, family name `陈` → `Chen Siyuan`; `欧阳明远` →
  /// `Ouyang Mingyuan`); an apostrophe where a syllable that starts with a vowel follows
  /// another (`嘉恩` → `Jia'en`).
  func personName(family: String, given: String) -> String {
    transliterate(
      "N" + family + "\t" + given,
      table: { table in
        guard let familySyllables = table.familySyllables(family), let given = table.latin(spaced: Self.spaced(given)) else { return nil }
        let givenSyllables = given.split(separator: " ")
        return Self.join(familySyllables.map { Substring($0) }) + (givenSyllables.isEmpty ? "" : " " + Self.join(givenSyllables))
      }
    ) { state in
      guard let names = state.names, let latin = state.latin, let ascii = state.ascii else { return family + " " + given }
      // The family name through the Names rules (its own readings); the given name as words.
      let familySyllables = ascii.transliterate(names.transliterate(family)).split(separator: " ")
      let givenSyllables = ascii.transliterate(latin.transliterate(Self.spaced(given))).split(separator: " ")
      return Self.join(familySyllables) + (givenSyllables.isEmpty ? "" : " " + Self.join(givenSyllables))
    }
  }

  private static func join(_ syllables: [Substring]) -> String {
    var out = ""
    for (k, syllable) in syllables.enumerated() {
      let lower = syllable.lowercased()
      if k == 0 {
        out += lower.prefix(1).uppercased() + lower.dropFirst()
      } else {
        if let first = lower.first, "aoe".contains(first) { out += "'" }
        out += lower
      }
    }
    return out
  }

  private func transliterate(_ key: String, table read: (PinyinTable) -> String?, _ body: (inout State) -> String) -> String {
    state.withLock { state in
      if let hit = state.cache[key] { return hit }
      let value: String
      if let table, let fromTable = read(table) {
        value = fromTable
      } else {
        if !state.opened {
          state.opened = true
          state.latin = ICUTransliterator(id: "Han-Latin")
          state.names = ICUTransliterator(id: "Han-Latin/Names")
          state.ascii = ICUTransliterator(id: "Latin-ASCII")
        }
        value = body(&state)
      }
      if state.cache.count >= Self.cacheLimit { state.cache.removeAll(keepingCapacity: true) }
      state.cache[key] = value
      return value
    }
  }
}

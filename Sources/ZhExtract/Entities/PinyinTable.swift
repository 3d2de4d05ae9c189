/// ICU's pinyin for Han characters, read once into tables so that romanising a name never
/// opens ICU's `Han-Latin` transliterator: opening it costs about 1 G instructions (some
/// 250 ms, its 1,400 rules compiled), paid by every process whose first document names a
/// person or organisation that no lexicon knows. ICU stays the source of truth: the tables are
/// compiled in (`PinyinTable+Generated.swift`) from the ICU version they record, a process with
/// another ICU opens the transliterators as before, and `PinyinTableTests` checks both the file
/// and that the tables romanise exactly as ICU does.
///
/// What the tables hold, each as `Latin-ASCII` makes it (no tone marks):
/// - `readings`: `Han-Latin` of each Han code point alone (`王` → `wang`), by code point
///   (`CodePointReadings`).
/// - `pairs`: `Han-Latin`'s context rules `{A}' '?B > r`: A before B, with or without a space
///   between, reads r (`藏文` → `zang wen`, not `cang`).
/// - `nameStart`: `Han-Latin/Names` of a family name's first character, where it differs from
///   `readings` (`单` → `shan`, `曾` → `zeng`); `nameInner` the same after another character
///   of the family name; `namePairs` the Names context rules (`令狐` → `ling hu`).
package struct PinyinTable: Sendable {
  package struct Pair: Sendable, Equatable {
    package var first: UInt32
    package var next: UInt32
    package var reading: String
  }

  package let readings: CodePointReadings
  package let pairs: [Pair]
  package let nameStart: [UInt32: String]
  package let nameInner: [UInt32: String]
  package let namePairs: [Pair]
  package let origin: ICUTables.Origin

  /// The compiled-in table when it was made from this process's ICU; `nil` otherwise (the
  /// romaniser then asks ICU itself).
  package static let compiledIn: PinyinTable? = GeneratedPinyinTable.icuVersion == ICUTables.runtimeVersion ? generated() : nil

  // MARK: - Romanising

  /// `Han-Latin; Latin-ASCII` of `text` as the romaniser spaces it (every Han character a word
  /// of its own), or `nil` when the text holds anything but Han characters the table reads,
  /// ASCII letters and digits, spaces, the middle dot of foreign names and the ASCII marks
  /// `- + / & _` of model codes and hyphenated names (擎能ES-587, 汉斯-格奥尔格), which ICU keeps as
  /// they are in any context (other punctuation, which ICU spaces — `a.b` → `a. b` — and other
  /// scripts go to ICU; a hyphen sent there opened it: 1 G instructions a process).
  package func latin(spaced text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    var out = ""
    for (k, s) in scalars.enumerated() {
      if ScalarClass.isHan(s) {
        let next = nextHan(after: k, in: scalars)
        if let next, let pair = pairs.first(where: { $0.first == s.value && $0.next == next.value }) {
          out += pair.reading
        } else if let reading = readings[s.value] {
          out += reading
        } else {
          return nil
        }
      } else if s == " " || s == ScalarClass.middleDot || ScalarClass.isASCIIDigit(s) || (s.isASCII && s.properties.isAlphabetic)
        || Self.keptMarks.contains(s) || (s == "." && Self.keepsDot(before: k + 1 < scalars.count ? scalars[k + 1] : nil))
      {
        out.unicodeScalars.append(s)
      } else {
        return nil
      }
    }
    return out
  }

  /// ASCII marks that `Han-Latin; Latin-ASCII` leaves as they are wherever they stand (checked against
  /// ICU by `PinyinTableTests`).
  static let keptMarks: Set<Unicode.Scalar> = ["-", "+", "/", "&", "_"]

  /// Whether ICU keeps a `.` as it is before `next` (`nil`: the end of the text): before a digit, a
  /// space or the end (星澜2.0, V3.2); before a letter it writes `. ` (`a.b` → `a. b`), which is left
  /// to ICU. A version number sent to ICU opened its transliterators (1 G instructions a process).
  static func keepsDot(before next: Unicode.Scalar?) -> Bool {
    guard let next else { return true }
    return next == " " || ScalarClass.isASCIIDigit(next)
  }

  /// `Han-Latin/Names; Latin-ASCII` of a family name (Han characters only), as syllables; `nil`
  /// for anything else.
  package func familySyllables(_ family: String) -> [String]? {
    let scalars = Array(family.unicodeScalars)
    var out: [String] = []
    for (k, s) in scalars.enumerated() {
      guard ScalarClass.isHan(s) else { return nil }
      let reading: String?
      if k == 0, k + 1 < scalars.count, let pair = namePairs.first(where: { $0.first == s.value && $0.next == scalars[k + 1].value }) {
        reading = pair.reading
      } else if k == 0 {
        reading = nameStart[s.value] ?? readings[s.value]
      } else {
        reading = nameInner[s.value] ?? readings[s.value]
      }
      guard let reading else { return nil }
      out += reading.split(separator: " ").map(String.init)
    }
    return out
  }

  /// The next Han character after position `k`, past one space.
  private func nextHan(after k: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
    var j = k + 1
    if j < scalars.count, scalars[j] == " " { j += 1 }
    return j < scalars.count && ScalarClass.isHan(scalars[j]) ? scalars[j] : nil
  }

  // MARK: - Reading ICU

  /// The table read from the ICU library of this process: what the compiled-in one must equal.
  package static func readingICU() -> PinyinTable? {
    guard let latin = ICUTransliterator(id: "Han-Latin"), let names = ICUTransliterator(id: "Han-Latin/Names"),
      let ascii = ICUTransliterator(id: "Latin-ASCII")
    else { return nil }
    // The compound Han-Latin reports only its first step's source set; Names reports the whole.
    let han = names.sourceSet.filter { ScalarClass.isHan($0) }
    // Each character alone on a line, one ICU call for all (a line break is no Han context).
    func lines(_ transliterator: ICUTransliterator, prefix: String) -> [String] {
      var batch = ""
      for s in han {
        batch += prefix
        batch.unicodeScalars.append(s)
        batch += "\n"
      }
      return ascii.transliterate(transliterator.transliterate(batch)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    // Names writes a space before each name it marks (here after the line break): trimmed.
    let alone = lines(latin, prefix: ""), start = lines(names, prefix: "").map { String(Substring($0).trimmingSpaces) },
      inner = lines(names, prefix: "一").map { String(Substring($0).trimmingSpaces) }
    guard alone.count > han.count, start.count > han.count, inner.count > han.count else { return nil }
    let yi = ascii.transliterate(latin.transliterate("一"))
    var readings: [UInt32: String] = [:]
    var nameStart: [UInt32: String] = [:]
    var nameInner: [UInt32: String] = [:]
    for (k, s) in han.enumerated() {
      let reading = alone[k]
      // A character ICU leaves as it is has no reading.
      guard reading != String(s), !reading.isEmpty else { continue }
      readings[s.value] = reading
      if start[k] != reading { nameStart[s.value] = start[k] }
      // `一X` reads `yi X`: what follows the first word is X after a family name's first character.
      if inner[k].hasPrefix(yi + " ") {
        let rest = String(inner[k].dropFirst(yi.count + 1))
        if rest != reading { nameInner[s.value] = rest }
      }
    }
    return PinyinTable(
      readings: CodePointReadings(readings), pairs: contextPairs(latin.rules, ascii), nameStart: nameStart, nameInner: nameInner,
      namePairs: contextPairs(names.rules, ascii), origin: .icu)
  }

  /// The rules `{A}' '?B > r;` (optionally after the name-start mark `﷑`) of a rule text.
  static func contextPairs(_ rules: String, _ ascii: ICUTransliterator) -> [Pair] {
    var pairs: [Pair] = []
    for line in rules.split(separator: "\n") {
      var scalars = Array(line.unicodeScalars)
      // The Names rules mark a name's start with the noncharacter U+FDD1.
      if scalars.first?.value == 0xFDD1 { scalars.removeFirst() }
      // { A } ' ' ? B space > space r ;
      guard scalars.count > 12, scalars[0] == "{", scalars[2] == "}", String(scalars: scalars[3...6]) == "' '?",
        ScalarClass.isHan(scalars[1]), ScalarClass.isHan(scalars[7]), String(scalars: scalars[8...10]) == " > ", scalars.last == ";"
      else { continue }
      let reading = String(scalars: scalars[11..<(scalars.count - 1)])
      pairs.append(Pair(first: scalars[1].value, next: scalars[7].value, reading: ascii.transliterate(reading)))
    }
    return pairs
  }

  // MARK: - The generated file

  /// The table as compiled into the binary.
  package static func generated() -> PinyinTable {
    func readingTable(_ text: String) -> [UInt32: String] {
      var table: [UInt32: String] = [:]
      ICUTables.hexLines(text) { groups in
        guard groups.count == 2 else { return }
        let reading = ICUTables.string(groups[0])
        for value in groups[1] { table[value] = reading }
      }
      return table
    }
    // The 45,000 readings into their array (a dictionary's insertions cost 18 M instructions).
    func readingArray(_ text: String) -> CodePointReadings {
      var table = CodePointReadings()
      ICUTables.hexLines(text) { groups in
        guard groups.count == 2 else { return }
        let k = table.appendString(ICUTables.string(groups[0]))
        for value in groups[1] { table.set(value, toString: k) }
      }
      return table
    }
    func pairTable(_ text: String) -> [Pair] {
      var pairs: [Pair] = []
      ICUTables.hexLines(text) { groups in
        guard groups.count == 3, let first = groups[0].first, let next = groups[1].first else { return }
        pairs.append(Pair(first: first, next: next, reading: ICUTables.string(groups[2])))
      }
      return pairs
    }
    return PinyinTable(
      readings: readingArray(GeneratedPinyinTable.readings), pairs: pairTable(GeneratedPinyinTable.pairs),
      nameStart: readingTable(GeneratedPinyinTable.nameStart), nameInner: readingTable(GeneratedPinyinTable.nameInner),
      namePairs: pairTable(GeneratedPinyinTable.namePairs), origin: .generated)
  }

  /// The Swift source of `PinyinTable+Generated.swift`: each reading once, with the code
  /// points that read it (hexadecimal), sorted.
  package func generatedSource(icuVersion: String) -> String {
    typealias Source = GeneratedTableSource
    let hex = Source.hex, scalars = Source.scalars, literal = Source.literal
    func grouped(_ table: [UInt32: String]) -> [String] {
      var byReading: [String: [UInt32]] = [:]
      for (value, reading) in table { byReading[reading, default: []].append(value) }
      return byReading.keys.sorted().map { reading in scalars(reading) + " " + byReading[reading]!.sorted().map(hex).joined(separator: ",") }
    }
    func pairLines(_ pairs: [Pair]) -> [String] { pairs.map { "\(hex($0.first)) \(hex($0.next)) \(scalars($0.reading))" } }
    return Source.file(
      typeName: "GeneratedPinyinTable", icuVersion: icuVersion, recordFilter: "PinyinTableTests",
      summary: "Pinyin computed from ICU \(icuVersion); see `PinyinTable`. Hexadecimal code points.",
      literals: [
        literal("readings", grouped(readings.dictionary), "`Han-Latin; Latin-ASCII` of one character: `reading characters`."),
        literal("pairs", pairLines(pairs), "Han-Latin's context rules: `first next reading`."),
        literal("nameStart", grouped(nameStart), "Han-Latin/Names at a family name's start, where it differs."),
        literal("nameInner", grouped(nameInner), "Han-Latin/Names after a family name's first character, where it differs."),
        literal("namePairs", pairLines(namePairs), "Han-Latin/Names context rules: `first next reading`."),
      ])
  }
}

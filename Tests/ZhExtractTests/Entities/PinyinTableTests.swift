import Foundation
import Testing
import ZhExtractTestSupport
@testable import ZhExtract

/// The pinyin compiled into the binary (`PinyinTable+Generated.swift`) is what the system ICU
/// gives, and the romaniser reads names from it exactly as it would through ICU's transliterators,
/// without opening them. Re-record with `ZHEXTRACT_RECORD=1 swift test --filter PinyinTableTests`
/// after an ICU upgrade; a process whose ICU differs from the file's asks ICU itself.
@Suite struct PinyinTableTests {
  static let fromICU = PinyinTable.readingICU()
  static let generatedPath = PackagePaths.root.appendingPathComponent("Sources/ZhExtract/Entities/Generated/PinyinTable+Generated.swift")
  static let viaTable = Romanizer(table: PinyinTable.compiledIn)
  static let viaICU = Romanizer(table: nil)

  @Test func theGeneratedFileIsWhatThisICUGives() throws {
    let recording = ProcessInfo.processInfo.environment["ZHEXTRACT_RECORD"] != nil
    guard PinyinTable.compiledIn != nil || recording else {
      // Another ICU than the file's: the romaniser asks ICU (checked below).
      return
    }
    let icu = try #require(Self.fromICU, "ICU has no Han-Latin transliterator")
    if let problem = GoldenFile.check(icu.generatedSource(icuVersion: ICUTables.runtimeVersion), against: Self.generatedPath) {
      Issue.record(Comment(rawValue: problem))
    }
  }

  @Test(.enabled(if: PinyinTable.compiledIn != nil, "the compiled-in table is of another ICU version: re-record it"))
  func theCompiledInTableEqualsICUs() throws {
    let generated = try #require(PinyinTable.compiledIn)
    let icu = try #require(Self.fromICU)
    #expect(generated.origin == .generated)
    #expect(generated.readings == icu.readings)
    #expect(generated.pairs == icu.pairs)
    #expect(generated.nameStart == icu.nameStart)
    #expect(generated.nameInner == icu.nameInner)
    #expect(generated.namePairs == icu.namePairs)
    // The whole CJK block and its context rules are read.
    #expect(generated.readings.count > 40_000)
    #expect(generated.pairs.map { String(UnicodeScalar($0.first)!) + String(UnicodeScalar($0.next)!) }.sorted() == ["沈阳", "秘鲁", "藏文", "重庆"])
    #expect(Set(generated.namePairs.map { String(UnicodeScalar($0.first)!) + String(UnicodeScalar($0.next)!) }) == ["令狐", "万俟", "澹台", "长孙"])
  }

  /// The readings are read into an array by code point (`CodePointReadings`) instead of a
  /// dictionary: at every code point it gives what a dictionary of the same generated lines gives.
  @Test func theReadingsArrayAgreesWithADictionaryAtEveryCodePoint() {
    var dictionary: [UInt32: String] = [:]
    ICUTables.hexLines(GeneratedPinyinTable.readings) { groups in
      guard groups.count == 2 else { return }
      let reading = ICUTables.string(groups[0])
      for value in groups[1] { dictionary[value] = reading }
    }
    let readings = PinyinTable.generated().readings
    #expect(dictionary.count > 40_000)
    #expect(readings.count == dictionary.count)
    var disagreements = 0
    for value in UInt32(0)...0x10FFFF where readings[value] != dictionary[value] { disagreements += 1 }
    #expect(disagreements == 0)
    #expect(readings.dictionary == dictionary)
    #expect(CodePointReadings(dictionary).dictionary == dictionary)
    #expect(readings[0x738B] == "wang")
    #expect(readings[0x110000] == nil && readings[UInt32.max] == nil)
  }

  /// A code point given a second string keeps the last, as a dictionary's assignment does; the
  /// distinct strings are kept once each.
  @Test func codePointReadingsKeepTheLastString() {
    var table = CodePointReadings()
    #expect(table[0] == nil && table[0x4E00] == nil && table.count == 0)
    let a = table.appendString("a"), b = table.appendString("b")
    table.set(0x4E00, toString: a)
    table.set(0x20000, toString: a)
    table.set(0x4E00, toString: b)
    table.set(0, toString: b)
    #expect(table[0x4E00] == "b" && table[0x20000] == "a" && table[0] == "b" && table[0x4E01] == nil && table[0x20001] == nil)
    #expect(table.count == 3)
    #expect(table.dictionary == [0x4E00: "b", 0x20000: "a", 0: "b"])
    #expect(table == CodePointReadings([0x4E00: "b", 0x20000: "a", 0: "b"]))
    #expect(table != CodePointReadings([0x4E00: "b", 0x20000: "a"]))
  }

  /// Examples, each as ICU reads it.
  @Test(arguments: [
    ("陈", "思远", "Chen Siyuan"),
    ("单", "雄信", "Shan Xiongxin"),  // 单 as a family name is Shan, not Dan
    ("曾", "国藩", "Zeng Guofan"),
    ("欧阳", "明远", "Ouyang Mingyuan"),
    ("令狐", "冲", "Linghu Chong"),  // 令 before 狐 is ling
    ("长孙", "无忌", "Zhangsun Wuji"),  // 长 before 孙 is zhang
    ("王", "嘉恩", "Wang Jia'en"),
    ("林", "", "Lin"),
  ])
  func personNames(family: String, given: String, expected: String) {
    #expect(Self.viaTable.personName(family: family, given: given) == expected)
    #expect(Self.viaICU.personName(family: family, given: given) == expected)
  }

  @Test(arguments: [
    ("海岚智造", "hai lan zhi zao"),
    ("藏文报", "zang wen bao"),  // 藏 before 文
    ("西藏", "xi cang"),
    ("重庆银行", "chong qing yin xing"),  // ICU reads 行 alone as xing
    ("澜尚Aero 5", "lan shang Aero 5"),
    ("卡洛琳·温特斯", "ka luo lin · wen te si"),
    ("擎能ES-587", "qing neng ES-587"),
    ("汉斯-格奥尔格·施密特", "han si - ge ao er ge · shi mi te"),
    ("曜辰X9 Pro+", "yao chen X9 Pro+"),
    ("A&B_C/D", "A&B_C/D"),
    ("星澜2.0", "xing lan 2.0"),
    ("DeepSeek-V3.2", "DeepSeek-V3.2"),
    ("曜辰5.", "yao chen 5."),
    ("Dr.No王", "Dr. No wang"),  // a dot before a letter: ICU spaces it
  ])
  func latin(text: String, expected: String) {
    #expect(Self.viaTable.latin(text) == expected)
    #expect(Self.viaICU.latin(text) == expected)
  }

  /// Every family name of the bundled tables with given names drawn from the name characters,
  /// and random runs of Han characters with the context rules' characters among them: the
  /// table reads each exactly as ICU does, and never opens ICU.
  @Test(.enabled(if: PinyinTable.compiledIn != nil, "the compiled-in table is of another ICU version: re-record it"))
  func theTableRomanisesAsICUDoes() throws {
    let lexicons = LexiconSet.bundled
    let surnames = try #require(lexicons["person-surnames.tsv"]).rows.map { $0[0] }.filter { !$0.isEmpty }
    let characters = try #require(lexicons["person-name-characters.tsv"]).rows.map { $0[0] }.filter { $0.unicodeScalars.count == 1 }
    #expect(surnames.count > 400 && characters.count > 1_000)
    let romanizer = Romanizer(table: PinyinTable.compiledIn)
    var random = SeededGenerator(seed: 15)
    var checked = 0
    for surname in surnames {
      for length in 0...2 {
        let given = (0..<length).map { _ in characters.randomElement(using: &random)! }.joined()
        #expect(romanizer.personName(family: surname, given: given) == Self.viaICU.personName(family: surname, given: given), "\(surname)\(given)")
        checked += 1
      }
    }
    let contextCharacters = ["藏", "文", "重", "庆", "沈", "阳", "秘", "鲁", "令", "狐", "长", "孙"]
    // With the other characters the table reads: letters, digits, spaces, the middle dot and the
    // ASCII marks ICU keeps (a hyphen sent to ICU opened it: 1 G instructions a process).
    let pool = characters + contextCharacters + contextCharacters + ["·", "·", "A", "e", "9", " "] + PinyinTable.keptMarks.map { String($0) }
    for _ in 0..<3_000 {
      let text = (0..<Int.random(in: 1...6, using: &random)).map { _ in pool.randomElement(using: &random)! }.joined()
      #expect(romanizer.latin(text) == Self.viaICU.latin(text), "\(text)")
      checked += 1
    }
    #expect(checked > 4_000)
    #expect(!romanizer.hasOpenedICU)
  }

  /// A dot before a digit, a space or the end is read by the table (version numbers: 星澜2.0),
  /// exactly as ICU reads it: random texts of name characters, digits, spaces and dots (no letters,
  /// before which ICU spaces a dot), and ICU is never opened.
  @Test(.enabled(if: PinyinTable.compiledIn != nil, "the compiled-in table is of another ICU version: re-record it"))
  func dotsBeforeDigitsAreReadAsICUDoes() throws {
    let characters = try #require(LexiconSet.bundled["person-name-characters.tsv"]).rows.map { $0[0] }.filter { $0.unicodeScalars.count == 1 }
    let romanizer = Romanizer(table: PinyinTable.compiledIn)
    var random = SeededGenerator(seed: 16)
    let pool = characters + [".", ".", ".", "2", "0", " ", "·", "-"]
    for _ in 0..<1_000 {
      let text = (0..<Int.random(in: 1...7, using: &random)).map { _ in pool.randomElement(using: &random)! }.joined()
      #expect(romanizer.latin(text) == Self.viaICU.latin(text), "\(text)")
    }
    #expect(!romanizer.hasOpenedICU)
  }

  /// Text the table does not read (punctuation, other scripts) goes to ICU.
  @Test func otherTextGoesToICU() {
    let romanizer = Romanizer(table: PinyinTable.compiledIn)
    #expect(romanizer.latin("José·王") == Self.viaICU.latin("José·王"))
    #expect(romanizer.latin("José·王") == "Jose· wang")
    // A dot between letters is spaced by ICU: no mark the table keeps.
    #expect(romanizer.latin("A.B王") == Self.viaICU.latin("A.B王"))
    #expect(romanizer.latin("A.B王") == "A. B wang")
  }
}

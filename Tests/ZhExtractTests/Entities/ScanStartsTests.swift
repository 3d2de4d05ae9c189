import Foundation
import Testing

@testable import ZhExtract
import ZhExtractTestSupport

/// The start marks (`ScanTrigger`, `ScanStartTable`, `ScanStarts`, `StartMarks`): a position is marked
/// for a scanner exactly when its trigger says so, and every pattern scanner with a trigger finds, visiting
/// its marked positions only, the names it finds visiting every position — scanner by scanner, on the
/// corpus and on hostile texts cut from it and salted with the characters the triggers turn on.
@Suite struct ScanStartsTests {
  // MARK: The marks themselves

  /// The definition: the first position, a scalar of `starts`, a position after a scalar of `after`,
  /// a scalar outside the BMP and the position after one.
  static func slowMarked(_ trigger: ScanTrigger, _ s: [Unicode.Scalar], _ i: Int) -> Bool {
    if i == 0 || s[i].value >= 0x10000 || s[i - 1].value >= 0x10000 { return true }
    return trigger.starts.contains(s[i]) || trigger.after.contains(s[i - 1])
  }

  @Test func examples() {
    var first = ScanTrigger()
    first.start(on: "镇村")
    var second = ScanTrigger()
    second.follow("\n老")
    var third = ScanTrigger()
    third.start(on: "😀")
    let table = ScanStartTable([first, second, third])
    let s = Array("东津镇\n老于说：在村里😀好".unicodeScalars)
    let starts = ScanStarts(s, table: table)
    func positions(_ row: Int) -> [Int] {
      var found: [Int] = []
      var i = 0
      let marks = starts.marks(row: row)
      while marks.advance(&i, below: s.count) {
        found.append(i)
        i += 1
      }
      return found
    }
    // 东 (the first position), 镇, 村, 😀 and the position after it.
    #expect(positions(0) == [0, 2, 9, 11, 12])
    // 东, after \n, after 老, 😀 and after it.
    #expect(positions(1) == [0, 4, 5, 11, 12])
    // A trigger outside the BMP is no class: every row marks it anyway.
    #expect(positions(2) == [0, 11, 12])
    #expect(StartMarks.everyPosition.next(from: 7) == 7)
    #expect(starts.marks(row: 0).next(from: 13) == 13)
    #expect(starts.marks(row: 0).next(from: 3) == 9)
    let empty = ScanStarts([], table: table)
    var i = 0
    #expect(!empty.marks(row: 1).advance(&i, below: 0))
    #expect(ScanStarts(s, table: ScanStartTable([])).count == s.count)
  }

  @Test(arguments: [21, 22, 23])
  func randomTriggersAndTexts(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let alphabet: [Unicode.Scalar] = ["镇", "村", "老", "小", "\n", "：", "a", "7", " ", "😀", "𠀀", "的", "\u{FFFF}", "\u{10000}"]
    var triggers: [ScanTrigger] = []
    for _ in 0..<Int.random(in: 1...ScanStartTable.maxRows, using: &generator) {
      var t = ScanTrigger()
      for c in alphabet where Bool.random(using: &generator) { t.starts.insert(c.value) }
      for c in alphabet where Int.random(in: 0..<4, using: &generator) == 0 { t.after.insert(c.value) }
      triggers.append(t)
    }
    let table = ScanStartTable(triggers)
    for length in [0, 1, 2, 63, 64, 65, 130, 700] {
      let s = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
      // Rows marked one, three or all at a time, asked for in order and then backwards (a group made again).
      for rowsPerPass in [1, 3, ScanStartTable.maxRows] {
        let starts = ScanStarts(s, table: table, rowsPerPass: rowsPerPass)
        for (row, trigger) in Array(triggers.enumerated()) + triggers.enumerated().reversed() {
          let marks = starts.marks(row: row)
          for from in 0...s.count {
            let slow = (from..<s.count).first { Self.slowMarked(trigger, s, $0) } ?? s.count
            #expect(marks.next(from: from) == slow, "row \(row) of \(rowsPerPass) a pass, from \(from) of \(length)")
          }
        }
      }
    }
  }

  // MARK: Every scanner with a trigger against its full scan

  static let extractor: EntityExtractor = {
    var problems = LexiconProblems()
    return EntityExtractor(lexicon: EntityLexicon(reader: LexiconReader(lexicons: .bundled, problems: &problems), problems: &problems))
  }()

  /// The corpus's documents, every entity rule's example sentences (each alone and all in one text), and
  /// hostile texts made of pieces of them (one to twelve characters) with line breaks, spaces, colons, 老
  /// and 小, digits, letters and characters outside the BMP between them.
  static let texts: [[Unicode.Scalar]] = {
    let ingestor = IngestFixtures.ingestor()
    func analysed(_ bytes: [UInt8]) -> [Unicode.Scalar]? { try? ingestor.ingest(bytes: bytes, format: nil).analysis.scalars }
    let documents = ((try? PackagePaths.corpusFiles()) ?? []).compactMap { url in (try? Data(contentsOf: url)).flatMap { analysed([UInt8]($0)) } }
    // The familiar forms (老于 小李 胡老), which no rule's examples show apart.
    let familiar = ["记者见到老于时，老于说：“我很好。”", "小李说，会议推迟。", "胡老介绍，这座桥建于明代。", "老王告诉记者，价格上涨。"]
    let sentences =
      EntityRule.allCases.flatMap(\.examples).map { $0.text.replacingOccurrences(of: "⟦", with: "").replacingOccurrences(of: "⟧", with: "") } + familiar
    let examples = sentences.compactMap { analysed(Array($0.utf8)) } + [analysed(Array(sentences.joined(separator: "\n").utf8)) ?? []]
    let corpus = documents + examples
    var generator = SeededGenerator(seed: 20)
    let salt = ["\n", " ", "　", "：", ":", "老", "小", "、", "，", "。", "7", "A", "😀", "𠀀", "·", "《", "》", "据", "镇", "公司", "报道", "Ltd"]
    let all = corpus.flatMap { $0 }
    var hostile: [[Unicode.Scalar]] = []
    for _ in 0..<24 where !all.isEmpty {
      var text: [Unicode.Scalar] = []
      while text.count < 1500 {
        let start = Int.random(in: 0..<all.count, using: &generator)
        text += all[start..<min(all.count, start + Int.random(in: 1...12, using: &generator))]
        if Int.random(in: 0..<3, using: &generator) == 0 { text += salt.randomElement(using: &generator)!.unicodeScalars }
      }
      hostile.append(text)
    }
    return corpus + hostile
  }()

  /// What each pattern scanner found in each text, visiting every position and its marked ones.
  static let traces: (every: [[[String]]], marked: [[[String]]], output: [Bool]) = {
    func trace(_ s: [Unicode.Scalar], everyPosition: Bool) -> ([[String]], [String]) {
      var names = [[String]](repeating: [], count: extractor.patternScanners.count)
      let found = extractor.found(in: s, everyPosition: everyPosition) { k, patterns in
        names[k] = patterns.map { "\($0.start)-\($0.end) \($0.record.id) \($0.record.kind) \($0.rule) \($0.absorbsPlaces)" }
      }
      return (names, ExtractorReuseTests.mentions(found))
    }
    var every: [[[String]]] = [], marked: [[[String]]] = [], output: [Bool] = []
    for s in texts {
      let full = trace(s, everyPosition: true), visited = trace(s, everyPosition: false)
      every.append(full.0)
      marked.append(visited.0)
      output.append(full.1 == visited.1)
    }
    return (every, marked, output)
  }()

  /// The indices in `patternScanners` of the scanners that visit marked positions only.
  static let markedScanners: [Int] = extractor.patternScanners.indices.filter { extractor.patternScanners[$0].startTrigger != nil }

  @Test func theScannersWithTriggers() {
    let rules = Self.markedScanners.map { "\(Self.extractor.patternScanners[$0].rule)" }
    #expect(
      rules == [
        "dottedName", "roleName", "mediaCue", "latinName", "bodyWord", "anchoredBody", "governmentDepartment", "companyName", "industryCompany",
        "organizationSuffix", "numberedRoad", "foreignDivision", "placeSuffix", "foreignPlaceCue", "japaneseName", "koreanName", "transliteratedName",
        "surnameTitle", "surnameTitle", "placeAbbreviation", "dictionaryName",
      ])
  }

  @Test(arguments: ScanStartsTests.markedScanners)
  func markedScanFindsWhatTheFullScanFinds(scanner k: Int) {
    let rule = Self.extractor.patternScanners[k].rule
    #expect(Self.texts.count > 5 + 24)
    var names = 0
    for t in Self.texts.indices {
      #expect(Self.traces.marked[t][k] == Self.traces.every[t][k], "\(rule) in text \(t)")
      names += Self.traces.every[t][k].count
    }
    // The texts give every scanner something to find.
    #expect(names > 0, "\(rule)")
  }

  @Test func theOutputIsTheSame() {
    #expect(Self.traces.output.allSatisfy { $0 })
  }
}

import Testing
@testable import ZhExtract

/// `EntityContext.parse` cuts a cell of plain characters at its bytes; it reads every context
/// cell of the bundled alias tables, and hand-made cells with joining marks, exactly as the
/// `Character`-splitting parser it replaced.
@Suite struct EntityContextParsingTests {
  /// The parser as it was before cells were cut at bytes.
  static func reference(_ cell: String, normalize: (String) -> [Unicode.Scalar]) -> EntityContext? {
    switch cell {
    case "-": return .always
    case "linked": return .linked
    case "never": return .never
    default: break
    }
    var conditions: [EntityContext.Condition] = []
    for part in cell.split(separator: "&") {
      guard let eq = part.firstIndex(of: "=") else { return nil }
      let key = part[..<eq]
      let words = part[part.index(after: eq)...].split(separator: "|").map { normalize(String($0)) }.filter { !$0.isEmpty }
      guard !words.isEmpty else { return nil }
      switch key {
      case "next": conditions.append(EntityContext.Condition(side: .next, negated: false, words: words))
      case "prev": conditions.append(EntityContext.Condition(side: .previous, negated: false, words: words))
      case "notnext": conditions.append(EntityContext.Condition(side: .next, negated: true, words: words))
      case "notprev": conditions.append(EntityContext.Condition(side: .previous, negated: true, words: words))
      default: return nil
      }
    }
    return conditions.isEmpty ? nil : .conditions([conditions])
  }

  static let reader: LexiconReader = {
    var problems = LexiconProblems()
    return LexiconReader(lexicons: .bundled, problems: &problems)
  }()

  @Test func everyBundledContextCellParsesAsBefore() throws {
    let normalize = Self.reader.surface
    var cells = 0
    var conditions = 0
    for name in [EntityLexicon.aliasTable, EntityLexicon.listedAliasTable] {
      let table = try #require(LexiconSet.bundled[name])
      for row in table.rows where row.fields.count == 3 {
        let parsed = EntityContext.parse(row[2], normalize: normalize)
        #expect(parsed == Self.reference(row[2], normalize: normalize), "\(name):\(row.line) \(row[2])")
        cells += 1
        if case .conditions = parsed { conditions += 1 }
      }
    }
    #expect(cells > 500)
    #expect(conditions > 300)
  }

  @Test(arguments: [
    "-", "linked", "never", "next=银行|集团", "prev=美国&notnext=公司", "notprev=|在|", "next=", "next", "side=银行",
    "next=银行&&prev=中国", "next=e\u{301}|x", "next=银行|\u{301}x", "prev=a&\u{301}next=b", "next=\u{301}=x",
    "next=カ\u{3099}|ガ", "prev=Café|CAFÉ", "next=纽约|紐約",
  ])
  func handMadeCellParsesAsBefore(cell: String) {
    let normalize = Self.reader.surface
    #expect(EntityContext.parse(cell, normalize: normalize) == Self.reference(cell, normalize: normalize), "\(cell)")
  }

  @Test func examplesReadAsDocumented() {
    let normalize = Self.reader.surface
    let words: ([String]) -> [[Unicode.Scalar]] = { $0.map { Array($0.unicodeScalars) } }
    #expect(EntityContext.parse("-", normalize: normalize) == .always)
    #expect(
      EntityContext.parse("next=银行|紐約&notprev=在", normalize: normalize)
        == .conditions([
          [
            EntityContext.Condition(side: .next, negated: false, words: words(["银行", "纽约"])),
            EntityContext.Condition(side: .previous, negated: true, words: words(["在"])),
          ]
        ]))
    #expect(EntityContext.parse("next=", normalize: normalize) == nil)
    #expect(EntityContext.parse("near=银行", normalize: normalize) == nil)
  }
}

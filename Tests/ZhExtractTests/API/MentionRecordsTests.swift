import Foundation
import Testing
@testable import ZhExtract
import ZhExtractTestSupport

/// A document holds its mentions as records (`MentionStore`: place and value, the surfaces cut
/// from the text when written) instead of the public mentions the stages used to hand over.
/// Old and new agree: the public mentions built from the records are the ones the stages'
/// findings make (surfaces, offsets, values, contexts, text order), and the JSON written
/// straight from the records is byte for byte the JSON of those public mentions.
@Suite struct MentionRecordsTests {
  static let extractor = Result { try Extractor() }
  static let withContext = Result { try Extractor(options: ExtractorOptions(contextLength: 7)) }

  /// The corpus, a Traditional text (every surface normalised), one with markup and character
  /// references (analysis and original offsets apart), and strings that need escapes.
  static func inputs() throws -> [(name: String, bytes: [UInt8])] {
    var inputs = try PackagePaths.corpusFiles().map { ($0.lastPathComponent, Array(try Data(contentsOf: $0))) }
    inputs.append(("traditional", Array("臺灣積體電路製造公司去年營收約新臺幣2.26兆元，董事長魏哲家3月5日在臺北表示，明年將投資50億美元。".utf8)))
    inputs.append(
      ("markup", Array("<p>阿里巴巴&amp;腾讯 于2025年3月5日宣布投资１２０亿元。</p><p>“马云”说：\u{2028}\"明年\"在杭州\\北京。</p>".utf8)))
    inputs.append(("fullwidth", Array("ＡＢＣ公司２０２４年营收１２．５亿美元，张伟在上海说。\t\u{1}𠀋阿里巴巴".utf8)))
    return inputs
  }

  /// The public mentions as the stages' findings make them (the pipeline before records).
  static func mentionsFromFindings(_ extractor: Extractor, _ bytes: [UInt8]) throws -> ([MoneyMention], [DateMention], [EntityMention]) {
    let ingested = try extractor.ingestor.ingest(bytes: bytes, format: nil)
    let zone = extractor.options.timeZoneOffsetMinutes
    let context = ExtractionContext(
      published: PublicationDate.parse("2025-12-13", timeZoneOffsetMinutes: zone), timeZoneOffsetMinutes: zone,
      traditionalScript: ingested.script == "hant")
    var warnings: [ExtractionWarning] = []
    let text = ingested.analysis
    var money = extractor.money.extract(text, warnings: &warnings).map(MoneyMention.init)
    var dates = extractor.dates.extract(text, context: context, warnings: &warnings).map(DateMention.init)
    var entities = extractor.entities.extract(text, warnings: &warnings).map(EntityMention.init)
    func inOrder<M: MentionSpan>(_ list: inout [M]) {
      list = list.enumerated().sorted { a, b in
        (a.element.start, a.element.end, a.offset) < (b.element.start, b.element.end, b.offset)
      }.map(\.element)
    }
    inOrder(&money)
    inOrder(&dates)
    inOrder(&entities)
    let length = extractor.options.contextLength
    if length > 0 {
      let original = text.original
      for k in money.indices { money[k].context = MentionContext(start: money[k].start, end: money[k].end, in: original, length: length) }
      for k in dates.indices { dates[k].context = MentionContext(start: dates[k].start, end: dates[k].end, in: original, length: length) }
      for k in entities.indices {
        entities[k].context = MentionContext(start: entities[k].start, end: entities[k].end, in: original, length: length)
      }
    }
    return (money, dates, entities)
  }

  @Test(arguments: [false, true])
  func recordsGiveTheMentionsTheFindingsMade(context: Bool) throws {
    let extractor = try (context ? Self.withContext : Self.extractor).get()
    var total = 0
    for input in try Self.inputs() {
      guard case .document(let document) = extractor.extract(bytes: input.bytes, id: input.name, published: "2025-12-13") else {
        Issue.record("\(input.name): no document")
        continue
      }
      #expect(document.moneyMentions.records != nil && document.entityMentions.records != nil, "held as records")
      let (money, dates, entities) = try Self.mentionsFromFindings(extractor, input.bytes)
      #expect(document.money == money, "\(input.name)")
      #expect(document.dates == dates, "\(input.name)")
      #expect(document.entities == entities, "\(input.name)")
      #expect(document.moneyMentions.count == money.count && document.dateMentions.count == dates.count)
      #expect(document.entityMentions.count == entities.count)
      total += money.count + dates.count + entities.count
    }
    #expect(total > 300)
    let traditional = try #require(try Self.inputs().last { $0.name == "traditional" })
    let (_, _, entities) = try Self.mentionsFromFindings(extractor, traditional.bytes)
    #expect(entities.contains { $0.text != $0.normalized }, "surfaces that normalisation changed")
  }

  /// The JSON written from the records is the JSON written from the public mentions (set back
  /// as lists), compact and indented, with and without context and the entity summary.
  @Test(arguments: [0, 7])
  func recordsWriteTheJSONOfTheirMentions(contextLength: Int) throws {
    let extractor = try Extractor(options: ExtractorOptions(contextLength: contextLength, entitySummary: true))
    for input in try Self.inputs() {
      let result = extractor.extract(bytes: input.bytes, id: input.name, published: "2025-12-13")
      guard case .document(let document) = result else {
        Issue.record("\(input.name): no document")
        continue
      }
      var listed = document
      listed.money = document.money
      listed.dates = document.dates
      listed.entities = document.entities
      #expect(listed.moneyMentions.records == nil && listed.entityMentions.records == nil, "held as lists")
      #expect(listed.entitySummary == EntitySummary.of(document.entities))
      for pretty in [false, true] {
        let fromRecords = result.jsonBytes(pretty: pretty)
        let fromLists = DocumentResult.document(listed).jsonBytes(pretty: pretty)
        #expect(fromRecords == fromLists, "\(input.name), pretty \(pretty)")
        #expect(fromRecords == JSONWriter(pretty: pretty).bytes(result.referenceJSON), "\(input.name), pretty \(pretty)")
      }
    }
  }

  /// Records sort as the lists of public mentions sorted: by start, then end, stably (ties keep
  /// the order they were found in).
  @Test func recordsSortStablyByStartThenEnd() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let n = Int.random(in: 0..<40, using: &generator)
      var placed = PlacedValues<Int>()
      for k in 0..<n {
        let start = Int.random(in: 0..<8, using: &generator), end = start + Int.random(in: 0..<3, using: &generator)
        placed.append(PlacedSpan(analysis: TextSpan(k, k + 1), original: TextSpan(start, end)), k)
      }
      let expected = zip(placed.spans, placed.values).sorted { a, b in
        (a.0.start, a.0.end, a.1) < (b.0.start, b.0.end, b.1)
      }
      placed.putInTextOrder()
      #expect(placed.spans == expected.map(\.0))
      #expect(placed.values == expected.map(\.1))
    }
    var sorted = PlacedValues<String>()
    sorted.append(PlacedSpan(analysis: TextSpan(0, 1), original: TextSpan(0, 2)), "a")
    sorted.append(PlacedSpan(analysis: TextSpan(1, 2), original: TextSpan(0, 2)), "b")
    sorted.append(PlacedSpan(analysis: TextSpan(2, 3), original: TextSpan(1, 1)), "c")
    sorted.putInTextOrder()
    #expect(sorted.values == ["a", "b", "c"])
  }

  /// A placed span locates as its analysis span does: offsets and both surfaces.
  /// The spans and values, grown by a quarter instead of doubled, hold what was appended, in order,
  /// as an array of each appended to would; the room beyond them stays within a quarter.
  @Test func placedValuesGrowByAQuarter() {
    for count in [0, 1, 17, 100, 5_000, 70_000] {
      var placed = PlacedValues<MoneyValue>()
      var spans: [PlacedSpan] = []
      var values: [MoneyValue] = []
      for k in 0..<count {
        let span = PlacedSpan(analysis: TextSpan(k, k + 2), original: TextSpan(k + 1, k + 3))
        let value = MoneyValue(amount: Decimal(k), currency: k % 3 == 0 ? "CNY" : nil, rule: .numberCurrency)
        placed.append(span, value)
        spans.append(span)
        values.append(value)
        if count >= 5_000, k >= 1_000 { #expect(placed.values.capacity <= k + 1 + (k + 1) / 4 + 64, "\(k + 1) values") }
      }
      #expect(placed.count == count && placed.spans == spans && placed.values == values)
    }
  }

  @Test func aPlacedSpanLocatesAsItsAnalysisSpan() throws {
    let text = try Self.extractor.get().analysisText(bytes: Array("<b>臺北&amp;ＡＢＣ</b>公司".utf8))
    for start in 0...text.scalars.count {
      for end in start...text.scalars.count {
        let span = TextSpan(start, end)
        let placed = text.place(span)
        #expect(text.locate(placed) == text.locate(span))
        #expect(placed.analysis == span)
      }
    }
  }

  /// Strings written from UTF-8 slices and from code points are escaped as strings are.
  @Test func stringsFromSlicesAndScalarsAreWrittenAsStrings() {
    for value in ["", "a", "阿里巴巴", "\"q\"\\", "\u{1}\n\t\u{1F}", "x\u{2028}y\u{2029}", "𠀋😀é", String(repeating: "长文本\"", count: 50)] {
      var expected = JSONOutput()
      expected.string(value)
      var fromUTF8 = JSONOutput()
      var copy = value
      copy.withUTF8 { fromUTF8.string(utf8: $0) }
      var fromScalars = JSONOutput()
      fromScalars.string(scalars: Array(value.unicodeScalars)[...])
      #expect(fromUTF8.bytes == expected.bytes, "\(value)")
      #expect(fromScalars.bytes == expected.bytes, "\(value)")
    }
  }

  /// `count` reads the records without building the public mentions; the list built once is
  /// the list given again.
  @Test func theListIsBuiltOnceFromTheRecords() throws {
    guard case .document(let document) = try Self.extractor.get().extract(text: "阿里巴巴集团在杭州宣布，2025年3月5日投资50亿元。", id: "a") else {
      Issue.record("no document")
      return
    }
    #expect(document.entityMentions.count == 2)
    let first = document.entities, second = document.entities
    #expect(first == second && first.map(\.text) == ["阿里巴巴集团", "杭州"])
    var changed = document
    changed.entities = [first[1]]
    #expect(changed.entities.map(\.text) == ["杭州"] && document.entities.count == 2)
    #expect(DocumentResult.document(changed).jsonText().contains("\"entities\":[{\"text\":\"杭州\""))
  }
}

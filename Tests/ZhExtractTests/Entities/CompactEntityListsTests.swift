import Testing
@testable import ZhExtract

/// The entity lists kept in less memory give back exactly the mentions of the plain lists.
@Suite struct CompactEntityListsTests {
  static func mention(_ start: Int, _ end: Int, id: String, name: String?, source: String, rule: EntityRule, entity: Int32? = nil) -> FoundEntity {
    FoundEntity(
      start: start, end: end, record: EntityRecord(id: id, kind: .organization, name: name, nameZh: "名\(start % 3)"), source: source,
      lexiconEntity: entity, rule: rule)
  }

  /// Records that share an id but differ (a name gained later), repeated records, three sources:
  /// every mention comes back with its own span, record, source and rule, in order.
  @Test func compactMentionListGivesBackEveryMention() {
    var found: [FoundEntity] = []
    let rules: [EntityRule] = [.lexicon, .alias, .placeChain]
    for k in 0..<500 {
      let id = "org:\(k % 7)"
      let name: String? = k % 11 == 0 ? nil : (k % 5 == 0 ? "Gained \(k % 7)" : "Name \(k % 7)")
      found.append(
        Self.mention(
          k * 3, k * 3 + 1 + k % 4, id: id, name: name, source: ["lexicon", "pattern", "alias"][k % 3], rule: rules[k % 3],
          entity: k % 2 == 0 ? Int32(k % 7) : nil))
    }
    let list = CompactMentionList(found)
    var back: [FoundEntity] = []
    list.forEach { start, end, record, source, rule in
      back.append(FoundEntity(start: start, end: end, record: record, source: source, lexiconEntity: nil, rule: rule))
    }
    #expect(list.count == found.count)
    #expect(back.map(\.start) == found.map(\.start))
    #expect(back.map(\.end) == found.map(\.end))
    #expect(back.map(\.record) == found.map(\.record))
    #expect(back.map(\.source) == found.map(\.source))
    #expect(back.map(\.rule) == found.map(\.rule))
    #expect(list.records.count <= 2 * Set(found.map(\.record)).count)
    #expect(list.sources.count == 3)
  }

  /// Writing over the slots already read, with children queued while no slot is free, gives the
  /// list that appending to a new one gives — however reads and appends interleave.
  @Test func placeChainOutputWritesWhatANewListWould() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % n
    }
    for round in 0..<200 {
      let count = next(40)
      var list = (0..<count).map { Self.mention($0, $0 + 1, id: "org:\($0)", name: nil, source: "lexicon", rule: .lexicon) }
      let input = list
      var plain: [FoundEntity] = []
      var out = PlaceChainOutput()
      var read = 0, made = 0
      while read < count || next(4) == 0 {
        switch next(5) {
        case 0, 1:
          guard read < count else { continue }
          let f = input[read]
          read += 1
          plain.append(f)
          out.append(f, to: &list, read: read)
        case 2:
          // A child made from nothing read (it waits if no slot is free).
          let child = Self.mention(1000 + made, 1001 + made, id: "child:\(round):\(made)", name: nil, source: "pattern", rule: .placeChain)
          made += 1
          plain.append(child)
          out.append(child, to: &list, read: read)
        default:
          // Mentions skipped (inside a child): read, never written.
          read = min(count, read + next(3))
        }
      }
      out.finish(&list)
      #expect(list.map(\.record.id) == plain.map(\.record.id), "round \(round)")
      #expect(list.map(\.start) == plain.map(\.start), "round \(round)")
    }
  }

  /// Behind a child that found no free slot every later mention waits: the queue gives back the
  /// slots of those passed on, so it holds about as many as wait, not every mention read, and the
  /// list is still the one appending to a new list gives.
  @Test func placeChainQueueHoldsOnlyWhatWaits() {
    for children in [1, 3, 40] {
      let count = 5_000
      let input = (0..<count).map { Self.mention($0, $0 + 1, id: "org:\($0)", name: nil, source: "lexicon", rule: .lexicon) }
      var list = input
      var plain: [FoundEntity] = []
      var out = PlaceChainOutput()
      var largest = 0
      for read in 1...count {
        plain.append(input[read - 1])
        out.append(input[read - 1], to: &list, read: read)
        // A child after each of the first mentions: none of them finds a free slot.
        if read <= children {
          let child = Self.mention(10_000 + read, 10_001 + read, id: "child:\(read)", name: nil, source: "pattern", rule: .placeChain)
          plain.append(child)
          out.append(child, to: &list, read: read)
        }
        largest = max(largest, out.queueStorageCount)
      }
      out.finish(&list)
      #expect(list.map(\.record.id) == plain.map(\.record.id), "children \(children)")
      #expect(list.map(\.start) == plain.map(\.start), "children \(children)")
      #expect(largest <= 2 * (children + PlaceChainOutput.compactAfter), "children \(children): the queue held \(largest)")
    }
  }
}

/// Sorting mentions only when they are out of order gives the stable sort's order every time.
@Suite struct MentionSortTests {
  @Test func sortByStartIsTheStableSort() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for round in 0..<100 {
      var list: [FoundEntity] = []
      for k in 0..<(round % 30) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let start = round % 3 == 0 ? k : Int(state >> 60)
        list.append(CompactEntityListsTests.mention(start, start + 1 + Int(state >> 62), id: "org:\(k)", name: nil, source: "lexicon", rule: .lexicon))
      }
      var got = list
      got.sortByStart()
      let expected = list.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
      #expect(got.map(\.record.id) == expected.map(\.record.id), "round \(round)")
    }
  }
}

/// The working list's mention in 24 bytes (offsets in 32 bits, the source as a code, no lexicon
/// entity as -1, the record by reference) reads and writes every field as the plain struct of 96
/// bytes did.
@Suite struct CompactFoundEntityTests {
  @Test func everyFieldReadsBackAsWritten() {
    #expect(MemoryLayout<FoundEntity>.stride == 24)
    #expect(MemoryLayout<EntityRecord>.size == 49)
    let record = EntityRecord(id: "org:阿里巴巴", kind: .organization, name: "Alibaba", nameZh: "阿里巴巴")
    for (source, entity) in [("lexicon", Int32(0)), ("pattern", nil), ("alias", Int32.max), ("lexicon", nil), ("pattern", 7)] as [(String, Int32?)] {
      for (start, end) in [(0, 0), (3, 9), (Int(Int32.max) - 1, Int(Int32.max))] {
        var f = FoundEntity(start: start, end: end, record: record, source: source, lexiconEntity: entity, rule: .alias)
        #expect(f.start == start && f.end == end && f.record == record && f.source == source && f.lexiconEntity == entity)
        #expect(f.rule == .alias && !f.absorbsPlaces)
        f.start = end - start
        f.end = end
        f.source = "alias"
        f.lexiconEntity = entity == nil ? 12 : nil
        f.absorbsPlaces = true
        f.record.kind = .location
        #expect(f.start == end - start && f.end == end && f.source == "alias" && f.lexiconEntity == (entity == nil ? 12 : nil))
        #expect(f.absorbsPlaces && f.record.kind == .location && f.record.id == "org:阿里巴巴" && f.record.nameZh == "阿里巴巴")
      }
    }
    #expect(MentionSourceCode.allCases.map(\.name) == ["lexicon", "pattern", "alias"])
    #expect(MentionSourceCode.allCases.allSatisfy { MentionSourceCode($0.name) == $0 })
  }

  /// A mention keeps value semantics though its record is shared: a copy whose record changes
  /// leaves the original's (and every other mention of the shared record) as it was; a mention
  /// made from a shared record reads exactly what one made from the record's value reads.
  @Test func sharedRecordsKeepValueSemantics() {
    let record = EntityRecord(id: "place:cn-hz", kind: .location, name: "Hangzhou", nameZh: "杭州")
    let shared = SharedEntityRecord(record)
    let a = FoundEntity(start: 2, end: 4, shared: shared, source: "lexicon", lexiconEntity: 5, rule: .lexicon)
    let plain = FoundEntity(start: 2, end: 4, record: record, source: "lexicon", lexiconEntity: 5, rule: .lexicon)
    #expect(a.record == plain.record && a.start == plain.start && a.end == plain.end && a.source == plain.source)
    #expect(a.lexiconEntity == plain.lexiconEntity && a.rule == plain.rule && a.absorbsPlaces == plain.absorbsPlaces)
    var b = a
    #expect(b.sharedRecord === a.sharedRecord)
    b.record.id = "place:cn-hz-2"
    b.record.kind = .organization
    b.record.name = nil
    #expect(b.record == EntityRecord(id: "place:cn-hz-2", kind: .organization, name: nil, nameZh: "杭州"))
    #expect(a.record == record && shared.record == record && b.sharedRecord !== shared)
    var list = [a, a, FoundEntity(start: 0, end: 1, shared: a.sharedRecord, source: "alias", lexiconEntity: 5, rule: .alias)]
    list[1].record.nameZh = "杭州市"
    #expect(list.map(\.record.nameZh) == ["杭州", "杭州市", "杭州"])
    #expect(list[0].sharedRecord === list[2].sharedRecord)
  }

  /// A record's fields in a new order are still the same record: equal, and equal in hash, exactly
  /// when every field is.
  @Test func recordsCompareFieldByField() {
    let a = EntityRecord(id: "place:cn-hz", kind: .location, name: "Hangzhou", nameZh: "杭州")
    var b = a
    #expect(a == b && a.hashValue == b.hashValue)
    b.kind = .organization
    #expect(a != b)
    b = a
    b.name = nil
    #expect(a != b)
    b = a
    b.nameZh = "杭州市"
    #expect(a != b)
    #expect(Set([a, b, a]).count == 2)
  }
}

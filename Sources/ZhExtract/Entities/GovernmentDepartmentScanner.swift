/// Government departments named by their function and a body suffix (`government-function` cues:
/// 教育 公安 卫生健康 市场监督管理): 教育|部, 县|卫生健康|局, 浙江省|教育|厅. The segmenter's dictionary
/// files many of them as plain nouns (教育部, 教育厅), and a function word such as 健康 is no part
/// of a name to the organisation-suffix pattern, so they are read here, before it.
///
/// - The function starts a word of the segmentation path (职业教育|部分 holds none), and the suffix
///   ends one, or a title follows (教育|部门 and 财政|局长 hold no body; 财政局|局长 does).
/// - A place right before is part of the name (浙江省|教育厅).
/// - A division's word right before (省|水利厅, 县|卫生健康局) leaves the name to the linker, which reads
///   it as the short form of a full name found before (安徽省水利厅), and so does a name the path
///   does not know or a place word right before it (the suffix pattern reads them); a verb or
///   another common word before it is no part of it (经商|外交部, 据悉|教育部).
/// - Otherwise only a `ministry-suffix` (部 委员会 署) names a body by itself: 教育部 is the
///   ministry, but 教育局 alone is every town's education bureau.
struct GovernmentDepartmentScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .governmentDepartment }
  /// `nameTags[t]`: a word tagged `t` before the function may begin the name of the place the
  /// department belongs to (湖东|省 is unknown characters, 西岸 a place word): the suffix pattern reads it.
  private let nameTags: [Bool]

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    let names: Set<String> = ["ns", "nz", "nt", "nr", "nrt", "nrfg", "j", "s"]
    nameTags = dictionary.tagMask(names)
  }

  /// Whether the word of the path that ends at `i` may be part of a name (unknown characters, a
  /// name candidate, a word tagged as a name or a place).
  private func nameEndsAt(_ i: Int, _ words: Segmentation) -> Bool {
    switch words.kind(at: words.wordStart(containing: i - 1)) {
    case .unknown, .candidate: true
    case .word(let tag): nameTags[Int(tag)]
    case .other: false
    }
  }

  /// Whether the division's word at `p` (省 市 县 州) stands alone before a department: a word of its own on the
  /// path, free, after the text's start, a character that is no Han, a mention, or a character that stops a
  /// name standing as a word of its own (在|省科技厅, 由|县医院). 全县|农业局 and 湖东省|商务厅 hold no such word.
  private func divisionWordStands(
    _ s: [Unicode.Scalar], _ p: Int, words: Segmentation, coverage: CoverageMap, divisions: ScalarBitmap, stops: ScalarBitmap
  ) -> Bool {
    guard ScalarClass.isHan(s[p]), !coverage[p], divisions.contains(s[p]), words.startsWord(p), words.wordEnd(at: p) == p + 1 else {
      return false
    }
    guard p > 0, ScalarClass.isHan(s[p - 1]), !coverage[p - 1] else { return true }
    return stops.contains(s[p - 1]) && words.startsWord(p - 1)
  }

  /// The first character of a government function (`government-function` cues): the only places where
  /// the loop reads anything.
  var startTrigger: ScanTrigger? {
    ScanTrigger(starts: [cues.governmentFunctions.startScalars])
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    // Locals: a field of the large `cues` read in the loop copies all of `cues` at each position.
    let functions = cues.governmentFunctions
    let suffixes = cues.organizationSuffixes
    let ministrySuffixes = cues.ministrySuffixes
    let divisions = cues.divisionSuffixes
    let roles = cues.roles
    let stops = cues.organizationStops
    var i = 0
    while starts.advance(&i, below: n) {
      guard functions.mayStart(with: s[i]), !coverage[i], words.startsWord(i) || places.startByEnd[i] != nil,
        let function = functions.longestMatch(in: s, at: i),
        let suffix = suffixes.longestMatch(in: s, at: function.end)
      else { i += 1; continue }
      let end = suffix.end
      // A ministry's suffix names the body alone (教育|部); 委员会 is an organisation suffix too.
      let ministry = ministrySuffixes.longestMatch(in: s, at: function.end)?.end == end
      guard suffix.value || ministry, coverage.isFree(i, end) else {
        i += 1
        continue
      }
      guard end >= n || words.startsWord(end) || !ScalarClass.isHan(s[end]) || roles.longestMatch(in: s, at: end) != nil else {
        i += 1
        continue
      }
      var start = i
      if let place = places.startByEnd[i] {
        start = place
      } else if i > 0, divisionWordStands(s, i - 1, words: words, coverage: coverage, divisions: divisions, stops: stops) {
        // A division's word alone at a boundary before the department (，|省|科技厅|将于, 由|县|卫生健康局,
        // 州|文旅局|局长): that division's department, named so in a story that never names it in full (the
        // linker links it to a full name found before: 安徽省水利厅 → 省水利厅).
        start = i - 1
      } else if i > 0, ScalarClass.isHan(s[i - 1]), !coverage[i - 1], divisions.contains(s[i - 1]) || nameEndsAt(i, words) {
        // A division's word alone (省|水利厅: the province's, named in full before) is the linker's to
        // read as the full name's short form; a name the path does not know (湖东省|商务厅) the suffix pattern's.
        i = end
        continue
      } else if !ministry {
        i += 1
        continue
      }
      let surface = Array(s[start..<end])
      let record = EntityRecord(
        id: EntityID.pattern(.organization, surface), kind: .organization, name: nil, nameZh: String(scalars: surface))
      var f = FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
      f.absorbsPlaces = start < i && places.startByEnd[i] == start
      found.append(f)
      i = end
    }
  }
}

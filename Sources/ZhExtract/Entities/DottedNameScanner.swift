/// Transliterated foreign names joined by a middle dot in any of its forms (· ‧ • ・, or the
/// ASCII `.` between CJK characters): 杰瑞·特沃雷克, 达里奥.阿莫代, 穆罕默德·本·萨勒曼.
///
/// The parts are runs of characters used in transliteration (`translit` cues; past a part's first
/// character, `translit-dot` cues too: 彼得·彼得森), so the name
/// stops at the title before it (副总裁|杰瑞) and the verb after it (特沃雷克|说); a run that a
/// `place-ending` cue follows is a place (莫斯科·克里姆林宫). Linear: each dot looks at most a
/// few characters either side.
///
/// `translit-dotted` characters (吾 吐 买 of Uyghur names: 帕提古丽·吾斯曼, 艾尔肯·吐尔逊) are read here only;
/// a hyphen between name characters joins a compound given name (让-吕克·马丁); a role right before the
/// name ends there even when a dictionary word crosses it (外长|沙夫卡特, not 长沙); and a name followed
/// by a place suffix of two characters or more (卡里莫夫|国际机场) or a company word (葛兰素·威康|公司) is part of
/// a place's or a company's name, no person.
struct DottedNameScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .dottedName }
  static let maxGiven = 6
  static let maxPart = 8

  /// A name's dot (· ‧ • ・, and `.`, a dot only between Han characters): the only places where the
  /// loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger()
    trigger.start(where: { ScalarClass.isNameDot($0) || $0 == "." })
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    var d = 1
    while starts.advance(&d, below: n - 1) {
      guard ScalarClass.isNameDot(in: s, at: d), !coverage[d] else { d += 1; continue }
      var start = d
      // A compound given name joined by a hyphen (汉斯-格奥尔格) may have up to `maxGiven`
      // characters on either side of its hyphen.
      var hyphens = 0
      while start > 0, d - start - hyphens * (Self.maxGiven + 1) < Self.maxGiven, !coverage[start - 1],
        isNameScalar(s[start - 1]) || cues.dottedTransliteration.contains(s[start - 1].value)
          || (isHyphen(s[start - 1]) && start < d && start >= 2 && isNameScalar(s[start]) && isNameScalar(s[start - 2]))
      {
        start -= 1
        if isHyphen(s[start]) { hyphens += 1 }
      }
      // A `translit-dot` character never opens the name (写得|彼得·杰克逊 starts at 彼).
      while start < d, !isNameScalar(s[start]) { start += 1 }
      guard start < d else { d += 1; continue }
      var end = d
      var parts = 0
      var lastDot = d
      while end < n, ScalarClass.isNameDot(in: s, at: end), !coverage[end] {
        lastDot = end
        var k = end + 1
        while k < n, k - (end + 1) < Self.maxPart, !coverage[k],
          isNameScalar(s[k]) || (k > end + 1 && cues.dottedTransliteration.contains(s[k].value))
            || (k > end + 1 && isHyphen(s[k]) && k + 1 < n && isNameScalar(s[k + 1]) && isNameScalar(s[k - 1]))
        {
          k += 1
        }
        guard k > end + 1 else { break }
        end = k
        parts += 1
      }
      // The name does not end a word of the text before it (总理|罗伯特·马尔登) or start one after it
      // (科菲·安南|希望): a dictionary word across its edge keeps its characters.
      // A role that ends right before the name keeps it whole (外长|沙夫卡特 holds no 长沙).
      if start > 0, cues.roles.longestMatch(in: s, endingAt: start, maxLength: 8) == nil,
        words.wordStart(containing: start) < start, case .word = words.kind(at: words.wordStart(containing: start))
      {
        let e = words.wordEnd(at: words.wordStart(containing: start))
        if e < d { start = e }
        // (Never from the hyphen of a compound name.)
        while start < d, isHyphen(s[start]) { start += 1 }
      }
      if end < n, parts > 0 {
        let last = words.wordStart(containing: end - 1)
        if last > lastDot + 1, words.wordEnd(at: last) > end, case .word = words.kind(at: last) { end = last }
      }
      // A word that follows names plainly (都) is no end of a name read only around a dot (吾斯曼|都).
      while end - 1 > lastDot + 1, cues.dottedNameCharacters.contains(s[end - 1].value), cues.nameFollowers.contains(s[end - 1]) { end -= 1 }
      guard parts > 0, end - start - parts >= 3, end >= n || !cues.placeEndings.contains(s[end]) else { d += 1; continue }
      // 伊斯兰·卡里莫夫|国际机场 names an airport, 葛兰素·威康|公司 a company: no person.
      if let suffix = cues.placeSuffixes.longestMatch(in: s, at: end), suffix.end - end >= 2 { d = end; continue }
      if cues.companyWords.longestMatch(in: s, at: end) != nil { d = end; continue }
      let surface = Array(s[start..<end])
      let name = String(scalars: surface.map { ScalarClass.isNameDot($0) || $0 == "." ? ScalarClass.middleDot : $0 })
      let record = EntityRecord(id: EntityID.pattern(.person, surface), kind: .person, name: nil, nameZh: name)
      found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
      d = end
    }
  }

  private func isNameScalar(_ s: Unicode.Scalar) -> Bool { cues.transliteration.contains(s.value) || cues.dottedNameCharacters.contains(s.value) }

  /// A hyphen that joins the halves of a compound given name (让-吕克).
  private func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
}

/// Latin-script proper names inside Chinese text that no lexicon knows, typed by cues:
/// a known given name starts a person (Tim Higgins); a role title before or after makes a
/// run of capitalised words a person (首席执行官 Foo Bar, Foo Bar CEO); an organisation word
/// ends an organisation (Menlo Ventures, Acme Capital; `The` in front is kept). A run with no
/// cue is left alone: `Code Red` and `Town Hall` are not names. A name with a domain ending
/// (DeepRoute.ai) is an organisation after or before a word for a class of companies (公司 企业).
///
/// A person's name may hold hyphenated parts (Jean-Pierre Dubois), accented capitals (José María
/// Álvarez), particles in lower case between its words (`latin-particle` cues: Ursula von der
/// Leyen, Ludwig van Beethoven) and a suffix after it (`latin-suffix` cues: Martin Luther King
/// Jr., John Smith III).
struct LatinNameScanner: EntityPatternScanner {
  let cues: EntityCues
  var rule: EntityRule { .latinName }

  private struct Word {
    var start: Int
    var end: Int
    var text: String
    /// Capitalised with lower-case letters after (`Higgins`), not an acronym (`CEO`).
    var isNameLike: Bool
  }

  /// A Latin capital (A, É, Ł): the only places where the loop reads anything.
  var startTrigger: ScanTrigger? {
    var trigger = ScanTrigger()
    trigger.start(where: ScalarClass.isLatinUpper)
    return trigger
  }

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    scan(s, from: .everyPosition, words: words, coverage: coverage, places: places, into: &found)
  }

  func scan(
    _ s: [Unicode.Scalar], from starts: StartMarks, words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]
  ) {
    let n = s.count
    var i = 0
    while starts.advance(&i, below: n) {
      guard ScalarClass.isLatinUpper(s[i]), !coverage[i], i == 0 || !ScalarClass.isLatinWordScalar(s[i - 1]) else { i += 1; continue }
      // A run of capitalised words separated by single spaces, with particles between them.
      var words: [Word] = []
      var j = i
      while j < n, ScalarClass.isLatinUpper(s[j]), !coverage[j] {
        var k = j + 1
        while k < n, !coverage[k],
          ScalarClass.isLatinWordScalar(s[k]) || (s[k] == "'" && k + 1 < n && ScalarClass.isLower(s[k + 1]))
            || (s[k] == "-" && k + 1 < n && ScalarClass.isLatinUpper(s[k + 1]))
        { k += 1 }
        let scalars = s[j..<k]
        let text = String(scalars: scalars)
        let nameLike =
          scalars.dropFirst().contains { ScalarClass.isLower($0) || ($0.value >= 0xC0 && $0.properties.isLowercase) }
          && !scalars.contains { ScalarClass.isASCIIDigit($0) } && !cues.latinFunctionWords.contains(text)
        var word = Word(start: j, end: k, text: text, isNameLike: nameLike)
        // Jr. and Sr. keep their full stop.
        if cues.latinSuffixes.contains(text), !words.isEmpty, k < n, s[k] == "." {
          word.end = k + 1; word.isNameLike = true; k += 1
        } else if cues.latinSuffixes.contains(text), !words.isEmpty {
          word.isNameLike = true
        }
        words.append(word)
        guard k + 1 < n, s[k] == " " else { j = k; break }
        if ScalarClass.isLatinUpper(s[k + 1]), !coverage[k + 1] { j = k + 1; continue }
        // Particles: von der, van, de, bin — lower-case words before the next capitalised one.
        var q = k + 1
        var particles = 0
        while q < n, particles < 3, let e = particleEnd(s, q), e + 1 < n, s[e] == " " { q = e + 1; particles += 1 }
        guard particles > 0, q < n, ScalarClass.isLatinUpper(s[q]), !coverage[q], !words.isEmpty, words.last!.isNameLike else { j = k; break }
        j = q
      }
      let runEnd = words.last?.end ?? i + 1
      if words.count == 1, let end = domainEnd(s, after: runEnd), coverage.isFree(runEnd, end), hasCompanyCue(s, i, end) {
        emit(.organization, i, end, s, into: &found)
        i = end
        continue
      }
      if words.count == 1, isLoneCompany(words[0], in: s) {
        emit(.organization, words[0].start, words[0].end, s, into: &found)
        i = runEnd
        continue
      }
      classify(words, in: s, into: &found)
      i = max(runEnd, i + 1)
    }
  }

  private func classify(_ words: [Word], in s: [Unicode.Scalar], into found: inout [FoundEntity]) {
    guard words.count >= 2 else { return }
    // Organisation: name-like words ending in an organisation word.
    if let q = words.indices.dropFirst().first(where: { organizationWordEnd(words[$0], s) != nil }) {
      var first = q
      while first > 0, words[first - 1].isNameLike || words[first - 1].text.allSatisfy(\.isUppercase) { first -= 1 }
      if first < q || (first == q && q > 0 && words[q - 1].text == "The") {
        if first > 0, words[first - 1].text == "The" { first -= 1 }
        // The organisation words after it and the legal form (Brandtwerk Robotics GmbH, Hoshino Seiki Co., Ltd.,
        // Lunaris Therapeutics, Inc.): a registered name keeps its legal form.
        var last = q
        while last + 1 < words.count, organizationWordEnd(words[last + 1], s) != nil { last += 1 }
        let end = legalTailEnd(s, after: organizationWordEnd(words[last], s) ?? words[last].end)
        emit(.organization, words[first].start, end, s, into: &found)
        return
      }
    }
    // Person by a given name.
    if let p = words.indices.dropLast().first(where: { isGivenName(words[$0].text) && words[$0 + 1].isNameLike }),
      !cues.organizationWords.contains(words[p + 1].text)
    {
      // The given name and the name-like words after it (Martin Luther King Jr.), at most four.
      var q = p + 1
      while q + 1 < words.count, q - p < 3, words[q + 1].isNameLike, !cues.organizationWords.contains(words[q + 1].text) { q += 1 }
      emit(.person, words[p].start, words[q].end, s, into: &found)
      return
    }
    // Person by a role title right before or after two to four name-like words.
    let nameLike = words.prefix { $0.isNameLike }
    guard nameLike.count >= 2, nameLike.count <= 4, let first = nameLike.first, let last = nameLike.last else { return }
    if hasRole(before: first.start, in: s) || hasRole(after: last.end, in: s) {
      emit(.person, first.start, last.end, s, into: &found)
    }
  }

  /// Whether a lone Latin word of three to twelve letters names a company by the word after it
  /// (glued or after one space): a word only a company takes (`company-after`: BAM|旗下), a company
  /// word (`company-word` and `company-class`: Bosch|公司, YONEX|集团) after a capitalised word or
  /// one in capitals of four letters or more, or a verb of speech after one in capitals of four
  /// letters or more (YONEX|表示). A role (CEO), an English function word or a generic word
  /// (`org-generic`: SaaS, SPAC) is none; nor is a shorter acronym before 公司 (CRO公司, OEM公司:
  /// classes of companies).
  private func isLoneCompany(_ w: Word, in s: [Unicode.Scalar]) -> Bool {
    let letters = s[w.start..<w.end]
    guard (3...12).contains(letters.count), letters.allSatisfy({ ScalarClass.isUpper($0) || ScalarClass.isLower($0) }),
      !cues.latinFunctionWords.contains(w.text), cues.roles.longestMatch(in: s, at: w.start)?.end != w.end,
      cues.genericWords.longestMatch(in: s, at: w.start)?.end != w.end
    else { return false }
    let capitals = letters.allSatisfy(ScalarClass.isUpper)
    guard capitals || w.isNameLike else { return false }
    var e = w.end
    if e < s.count, s[e] == " " { e += 1 }
    guard e < s.count, ScalarClass.isHan(s[e]) else { return false }
    if cues.companyAfter.longestMatch(in: s, at: e) != nil { return true }
    let strong = !capitals || letters.count >= 4
    if strong, cues.companyWords.longestMatch(in: s, at: e) != nil || cues.companyClasses.longestMatch(in: s, at: e) != nil { return true }
    return capitals && letters.count >= 4 && cues.speechVerbs.longestMatch(in: s, at: e) != nil
  }

  /// The end of a domain ending (`domain-ending` cues: .ai, .com) right after a name at `end`, with
  /// no Latin letter, digit or further dotted part after it (DeepRoute|.ai), or `nil`.
  private func domainEnd(_ s: [Unicode.Scalar], after end: Int) -> Int? {
    guard end + 1 < s.count, s[end] == ".", ScalarClass.isLower(s[end + 1]) else { return nil }
    var e = end + 1
    while e < s.count, e - end <= 5, ScalarClass.isLower(s[e]) { e += 1 }
    if e < s.count, ScalarClass.isLatinWordScalar(s[e]) || ScalarClass.isASCIIDigit(s[e]) { return nil }
    if e + 1 < s.count, s[e] == ".", ScalarClass.isLatinWordScalar(s[e + 1]) { return nil }
    return cues.domainEndings.contains(Array(s[(end + 1)..<e])) ? e : nil
  }

  /// Whether a word for a class of companies (公司 企业 平台: `company-class`) stands right before
  /// `start` or right after `end` (自动驾驶公司|DeepRoute.ai, DeepRoute.ai|公司).
  private func hasCompanyCue(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    (start > 0 && cues.companyClasses.longestMatch(in: s, endingAt: start, maxLength: 4) != nil)
      || (end < s.count && cues.companyClasses.longestMatch(in: s, at: end) != nil)
  }

  /// A known given name, or a hyphenated one that starts with one (Jean-Pierre).
  private func isGivenName(_ text: String) -> Bool {
    cues.givenNames.contains(text) || text.split(separator: "-", maxSplits: 1).first.map { cues.givenNames.contains(String($0)) && text.contains("-") } ?? false
  }

  /// The end of a name particle (von, der, van, de) that starts at `q`, or `nil`.
  private func particleEnd(_ s: [Unicode.Scalar], _ q: Int) -> Int? {
    guard ScalarClass.isLower(s[q]) else { return nil }
    var e = q
    while e < s.count, e - q < 5, ScalarClass.isLower(s[e]) { e += 1 }
    guard e < s.count, !ScalarClass.isLatinWordScalar(s[e]) else { return nil }
    return cues.latinParticles.contains(String(scalars: s[q..<e])) ? e : nil
  }

  private func hasRole(before start: Int, in s: [Unicode.Scalar]) -> Bool {
    var end = start
    if end > 0, s[end - 1] == " " { end -= 1 }
    return end > 0 && cues.roles.longestMatch(in: s, endingAt: end, maxLength: 8) != nil
  }

  private func hasRole(after end: Int, in s: [Unicode.Scalar]) -> Bool {
    var i = end
    if i < s.count, s[i] == " " { i += 1 }
    return i < s.count && cues.roles.longestMatch(in: s, at: i) != nil
  }

  /// The end of `word` when it is an organisation word (`org-word`: Robotics, GmbH), with the full stop that
  /// the word ends with in the table (Co. Pte. Inc.); nil when it is none.
  private func organizationWordEnd(_ word: Word, _ s: [Unicode.Scalar]) -> Int? {
    if word.end < s.count, s[word.end] == ".", cues.organizationWords.contains(word.text + ".") { return word.end + 1 }
    return cues.organizationWords.contains(word.text) ? word.end : nil
  }

  /// The end of the legal forms after a company's name at `end` (`, Inc.`, ` Co., Ltd.`, ` Pte. Ltd.`): a comma
  /// or a space, then a legal form (`EntityLinker.legalTails`) that ends a word; at most three.
  private func legalTailEnd(_ s: [Unicode.Scalar], after end: Int) -> Int {
    var e = end
    for _ in 0..<3 {
      var k = e
      if k < s.count, s[k] == "," { k += 1 }
      guard k + 1 < s.count, s[k] == " ", ScalarClass.isLatinUpper(s[k + 1]) else { break }
      var t = k + 1
      while t < s.count, t - k <= 8, ScalarClass.isLatinWordScalar(s[t]) || s[t] == "." { t += 1 }
      guard t == s.count || !ScalarClass.isLatinWordScalar(s[t]), EntityLinker.legalTails.contains(String(scalars: s[(k + 1)..<t])) else {
        break
      }
      e = t
    }
    return e
  }

  private func emit(_ kind: EntityKind, _ start: Int, _ end: Int, _ s: [Unicode.Scalar], into found: inout [FoundEntity]) {
    let surface = Array(s[start..<end])
    let name = String(scalars: surface)
    let record = EntityRecord(id: EntityID.pattern(kind, surface), kind: kind, name: name, nameZh: nil)
    found.append(FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule))
  }
}

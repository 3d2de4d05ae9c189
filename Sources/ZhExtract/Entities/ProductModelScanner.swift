import Foundation

/// Products that no table lists, by their shape (issue 15 item 5):
/// - a model code (Latin capitals, then digits: `GB200`, `H20`, `YU7`, `L9`) right after a
///   known company or product (小米YU7, 英伟达 H20) is that maker's product; a model code right
///   before a `product-noun` cue (GB200|伺服器, H20|芯片) is a product by itself; glued after two
///   Han characters that are no word of the dictionary (星途L9, 问界M9), a brand no table lists
///   and its model, one product;
/// - a name in quotation marks right after a `product-noun` cue (大模型“星澜2.0”, 应用“X”) or right
///   before a `product-carrier` cue (“X”客户端, “X”政务服务平台) is a product, unless the quoted text is a common word of
///   the dictionary (大模型“幻觉”).
/// - capitalised Latin words (the first may be in capitals: DRIVE Thor), with a number if any, right
///   before a `product-noun` cue (Rubin|架构, Gaudi 3|芯片) are a product; so are they with a number after a known company
///   (华为Mate 80, 英特尔的Gaudi 3), and a chip's number after a known chip (昇腾910C).
/// - a model word no table lists glued to a tier (`product-tier`: 神行PLUS, 曜石Max) is a product.
/// A code of one letter and one digit that names a period (Q3, H1) is none.
final class ProductModelScanner: EntityPatternScanner {
  let cues: EntityCues
  let dictionary: WordDictionary
  var rule: EntityRule { .productModel }

  init(cues: EntityCues, dictionary: WordDictionary) {
    self.cues = cues
    self.dictionary = dictionary
  }
  /// The longest quoted name read.
  static let maxQuoted = 16

  func scan(_ s: [Unicode.Scalar], words: Segmentation, coverage: CoverageMap, places: PlaceSpans, into found: inout [FoundEntity]) {
    let n = s.count
    let productNouns = cues.productNouns
    let productCarriers = cues.productCarriers
    var i = 0
    while i < n {
      let c = s[i]
      if ScalarClass.isUpper(c), !coverage[i], i == 0 || !(ScalarClass.isLatinWordScalar(s[i - 1]) || s[i - 1] == "-"),
        let shaped = shapedCode(s, at: i, words: words, coverage: coverage)
      {
        // A hyphenated or mixed-case code beside a kind of product (Axon-7B|大模型, 型号为|KX-3000, CoWoS|封装).
        found.append(product(s, shaped.start, shaped.end))
        i = shaped.end
        continue
      }
      if ScalarClass.isASCIIDigit(c), i >= 2, !coverage[i], ScalarClass.isHan(s[i - 1]),
        let number = Self.chipNumberEnd(s, at: i, countUnits: cues.countUnits), coverage.isFree(i, number)
      {
        // A brand no table lists glued to a chip's number, before a kind of product (天枢|9100|处理器).
        var e = number
        if e < n, s[e] == " " { e += 1 }
        if cues.productNouns.longestMatch(in: s, at: e) != nil,
          let brand = unknownBrandStart(s, codeStart: i, words: words, coverage: coverage, rareWords: true)
        {
          found.append(product(s, brand, number))
        }
        i = number
        continue
      }
      if ScalarClass.isUpper(c), !coverage[i], i == 0 || !(ScalarClass.isLatinWordScalar(s[i - 1]) || s[i - 1] == "-"),
        let code = Self.modelCodeEnd(s, at: i), coverage.isFree(i, code)
      {
        let end = tierEnd(s, after: code)
        var e = end
        if e < n, s[e] == " " { e += 1 }
        if cues.productNouns.longestMatch(in: s, at: e) != nil {
          found.append(product(s, i, end))
          i = end
          continue
        }
        if let brand = unknownBrandStart(s, codeStart: i, words: words, coverage: coverage) {
          found.append(product(s, brand, end))
          i = end
          continue
        }
      } else if ScalarClass.isUpper(c), !coverage[i], i >= 2, ScalarClass.isHan(s[i - 1]), let tier = tierWordEnd(s, at: i),
        coverage.isFree(i, tier), let brand = unknownBrandStart(s, codeStart: i, words: words, coverage: coverage)
      {
        // A model word no table lists glued to a tier (神行|PLUS, 曜石|Max): one product.
        found.append(product(s, brand, tier))
        i = tier
        continue
      } else if ScalarClass.isUpper(c), !coverage[i], i == 0 || !(ScalarClass.isLatinWordScalar(s[i - 1]) || s[i - 1] == "-"),
        let name = Self.latinNameEnd(s, at: i, countUnits: cues.countUnits), coverage.isFree(i, name.end)
      {
        // A Latin name of capitalised words right before a kind of product (Rubin|架构, Gaudi 3|芯片).
        var e = name.end
        if e < n, s[e] == " " { e += 1 }
        if cues.productNouns.longestMatch(in: s, at: e) != nil {
          found.append(product(s, i, name.end))
          i = name.end
          continue
        }
        // A brand no table lists glued before a Latin name with its number (澜尚|Aero 5 Pro).
        if name.numbered, let brand = unknownBrandStart(s, codeStart: i, words: words, coverage: coverage) {
          found.append(product(s, brand, name.end))
        }
        i = name.end
        continue
      } else if c == "“" || c == "「", !coverage[i], let close = quotedEnd(s, from: i + 1) {
        if coverage.isFree(i + 1, close), i > 0, productNouns.longestMatch(in: s, endingAt: i, maxLength: 6) != nil {
          // A quoted name after a kind of product (应用“X”).
          found.append(product(s, i + 1, close))
          i = close + 1
          continue
        }
        if coverage.isFree(i + 1, close), releaseCueEnds(s, before: i), namesAProduct(s, after: close + 1) {
          // A quoted name right after a verb of release (推出“茶农贷”，, 研发的“睿视”系列, 推出的“一票通游”产品).
          found.append(product(s, i + 1, close))
          i = close + 1
          continue
        }
        if close + 1 < n, productCarriers.longestMatch(in: s, at: close + 1) != nil {
          // A quoted name right before a thing that carries a service (“X”客户端, “X”平台); a place
          // inside it is part of the name (“一码游江南”平台), taken in when only places stand there.
          var f = product(s, i + 1, close)
          f.absorbsPlaces = !coverage.isFree(i + 1, close)
          found.append(f)
          i = close + 1
          continue
        }
      }
      i += 1
    }
  }

  /// Whether a `product-release` cue (推出 发布 研发) ends right before the opening mark at `quote`,
  /// with 的 or 了 between them or none (推出|“X”, 推出的|“X”, 研发了|“X”).
  private func releaseCueEnds(_ s: [Unicode.Scalar], before quote: Int) -> Bool {
    var e = quote
    if e > 0, s[e - 1] == "的" || s[e - 1] == "了" { e -= 1 }
    guard e > 0 else { return false }
    return cues.productReleases.longestMatch(in: s, endingAt: e, maxLength: 4) != nil
  }

  /// Whether what follows a quoted name released (at `e`) makes it a product: the clause's end, a
  /// kind of product or a thing that carries a service (产品 车机系统 客户端), or a product line (系列).
  /// Anything else names what was released something else (推出“以旧换新”|活动, 发布“十五五”|规划), and
  /// so does a service (推出“空铁联运”|服务: a scheme, as before a `product-carrier`).
  private func namesAProduct(_ s: [Unicode.Scalar], after e: Int) -> Bool {
    if e == s.count || ScalarClass.endsClause(s[e]) { return true }
    guard e + 1 < s.count else { return false }
    if s[e] == "系", s[e + 1] == "列" { return true }
    if s[e] == "服", s[e + 1] == "务" { return false }
    return cues.productNouns.longestMatch(in: s, at: e) != nil || cues.productCarriers.longestMatch(in: s, at: e) != nil
  }

  /// A known company glued before a product that a table or the maker's rule found (高通|骁龙8295,
  /// 联发科|天玑9500, 苹果|iPhone 17 Pro) is that product's maker named with it: one mention of the
  /// product, its record kept (the product's other surfaces share its id), the company no mention
  /// of its own. A space between them, or any character, leaves two mentions; so does a maker written
  /// in Latin letters (SpaceX|Starlink run together is two names, not one).
  func joinMakersToProducts(_ s: [Unicode.Scalar], found: inout [FoundEntity]) {
    var productAt: [Int: Int] = [:]
    for k in found.indices where found[k].record.kind == .product { productAt[found[k].start] = k }
    guard !productAt.isEmpty else { return }
    var joined = false
    for k in found.indices where found[k].rule == .lexicon && found[k].record.kind == .organization && found[k].end > found[k].start {
      guard ScalarClass.isHan(s[found[k].end - 1]), let p = productAt[found[k].end], found[p].end > found[p].start else { continue }
      found[p].start = found[k].start
      found[k].end = found[k].start  // dropped below
      joined = true
    }
    if joined { found.removeAll { $0.end == $0.start } }
  }

  /// A product whose code at `i` has a hyphen or mixed case (Axon-7B, HX-900, LX-Porter S2, CoWoS)
  /// and stands beside a kind of product: a `product-noun` cue right after it (one space allowed:
  /// HX-900|机型) or right before it (型号|KX-3000, 型号为|KX-3000), or a brand no table lists
  /// glued before it (澜途|HX-900). Such a code alone is none (Axon-7B, Wi-Fi 6, ISO 9001), but for
  /// capitals, a hyphen and a number (BCY-207): a model wherever it stands.
  private func shapedCode(_ s: [Unicode.Scalar], at i: Int, words: Segmentation, coverage: CoverageMap) -> (start: Int, end: Int)? {
    // A hyphenated code glued after a mention (华为|HX-900) is left to the maker's rule
    // (`extendMakers`); a mixed-case name there (台积电|CoWoS, a technology) is a product of its own.
    let hyphenated = Self.hyphenCodeEnd(s, at: i)
    guard hyphenated == nil || i == 0 || !coverage[i - 1] || !ScalarClass.isHan(s[i - 1]) else { return nil }
    guard let code = hyphenated ?? Self.mixedCaseEnd(s, at: i), coverage.isFree(i, code) else { return nil }
    var end = code
    // A model code after one space is part of the name (LX-Porter| S2).
    if end + 2 < s.count, s[end] == " ", ScalarClass.isUpper(s[end + 1]), let more = Self.modelCodeEnd(s, at: end + 1), coverage.isFree(end, more) {
      end = more
    }
    end = tierEnd(s, after: end)
    var e = end
    if e < s.count, s[e] == " " { e += 1 }
    if cues.productNouns.longestMatch(in: s, at: e) != nil { return (i, end) }
    var b = i
    if b > 0, s[b - 1] == " " || s[b - 1] == "：" || s[b - 1] == ":" { b -= 1 }
    if b > 0, s[b - 1] == "为" || s[b - 1] == "是" { b -= 1 }
    if b > 0, cues.productNouns.longestMatch(in: s, endingAt: b, maxLength: 4) != nil { return (i, end) }
    if let brand = unknownBrandStart(s, codeStart: i, words: words, coverage: coverage) { return (brand, end) }
    // Capitals, a hyphen and a number of two digits or more name a model by themselves (BCY-207,
    // M-300, FOUP-X300), unless a `not-product-code` cue names them (COVID-19, K-12).
    if let hyphenated, Self.isCapitalsNumberCode(s, from: i, to: hyphenated),
      !cues.notProductCodes.contains(String(scalars: s[i..<hyphenated]))
    {
      return (i, end)
    }
    return nil
  }

  /// Whether `s[start..<end]` is one to five capitals, a hyphen, and a part of at most one more
  /// capital and then two digits or more (HX-900, BCY-207, M-300, FOUP-X300; not Axon-7B, PD-1, X-Men).
  static func isCapitalsNumberCode(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
    var i = start
    while i < end, ScalarClass.isUpper(s[i]) { i += 1 }
    guard i - start >= 1, i - start <= 5, i < end, s[i] == "-" else { return false }
    i += 1
    if i < end, ScalarClass.isUpper(s[i]) { i += 1 }
    let digits = i
    while i < end, ScalarClass.isASCIIDigit(s[i]) { i += 1 }
    return i == end && i - digits >= 2
  }

  /// The end of a hyphenated code at `start`: a capital and at most seven more letters, then one
  /// or two parts after a hyphen, each of letters and digits; the code holds a digit or a part
  /// that opens with a capital (Axon-7B, HX-900, KX-3000, LX-Porter), and no Latin letter, digit
  /// or hyphen follows it. `nil` for a word with a small-letter part (Wi-fi, T-shirt).
  static func hyphenCodeEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
    var i = start + 1
    while i < s.count, i - start < 8, ScalarClass.isUpper(s[i]) || ScalarClass.isLower(s[i]) { i += 1 }
    var parts = 0, evidence = false
    while parts < 2, i + 1 < s.count, s[i] == "-", ScalarClass.isUpper(s[i + 1]) || ScalarClass.isASCIIDigit(s[i + 1]) {
      let a = i + 1
      var k = a
      while k < s.count, k - a < 10, ScalarClass.isUpper(s[k]) || ScalarClass.isLower(s[k]) || ScalarClass.isASCIIDigit(s[k]) { k += 1 }
      evidence = evidence || s[a...].prefix(k - a).contains { ScalarClass.isASCIIDigit($0) } || (ScalarClass.isUpper(s[a]) && k - a >= 2)
      i = k
      parts += 1
    }
    guard parts > 0, evidence else { return nil }
    if i < s.count, ScalarClass.isLatinWordScalar(s[i]) || ScalarClass.isASCIIDigit(s[i]) || s[i] == "-" { return nil }
    if i + 1 < s.count, s[i] == ".", ScalarClass.isASCIIDigit(s[i + 1]) { return nil }
    return i
  }

  /// The end of a mixed-case word at `start` (CoWoS, InFO, HarmonyOS): three to twelve letters,
  /// two capitals or more, a small letter right after the first (not ETFs), no digit, and no
  /// Latin letter, digit or hyphen after it.
  static func mixedCaseEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
    var i = start, capitals = 0, smalls = 0
    while i < s.count, i - start < 13, ScalarClass.isUpper(s[i]) || ScalarClass.isLower(s[i]) {
      if ScalarClass.isUpper(s[i]) { capitals += 1 } else { smalls += 1 }
      i += 1
    }
    guard (3...12).contains(i - start), capitals >= 2, smalls >= 1, ScalarClass.isLower(s[start + 1]) else { return nil }
    if i < s.count, ScalarClass.isLatinWordScalar(s[i]) || ScalarClass.isASCIIDigit(s[i]) || s[i] == "-" { return nil }
    return i
  }

  /// The start of a brand no table lists, glued before the model code at `codeStart` (星途L9,
  /// 问界M9): two Han characters that begin a word of the segmentation path, are no common
  /// word of the dictionary (国产C919, 新款X5, 这款M7, 推出L9 are not brands) and hold no
  /// character that ends or begins a name's context (的, 据: `org-stop` and `name-follower`
  /// cues), and that no other mention has taken (a place found before it: 杭州G20 is no product).
  /// With `rareWords`, a word of the dictionary seen fewer than ten times may be the brand too (天枢|9100, before a kind of product).
  private func unknownBrandStart(_ s: [Unicode.Scalar], codeStart: Int, words: Segmentation, coverage: CoverageMap, rareWords: Bool = false) -> Int? {
    let start = codeStart - 2
    guard start >= 0, ScalarClass.isHan(s[start]), ScalarClass.isHan(s[start + 1]), coverage.isFree(start, codeStart),
      words.startsWord(start)
    else { return nil }
    for c in s[start..<codeStart] where cues.organizationStops.contains(c) || cues.nameFollowers.contains(c) { return nil }
    if let word = dictionary.lookup(s[start..<codeStart]), !Self.properTags.contains(word.tag), !rareWords || word.cost <= Self.rareWordCost { return nil }
    return start
  }

  /// The cost of a word seen ten times in the dictionary's corpus: a rarer word (天枢, seen 3 times)
  /// is no common word that stands before a model (新款 这款 国产) and may be a brand.
  static let rareWordCost = WordDictionary.cost(ofCount: 10)

  /// Dictionary tags of names: a quoted word with one may still be a product's name.
  static let quotableTags: Set<String> = ["nr", "nrfg", "nrt", "ns", "nt", "nz", "j"]

  /// Dictionary tags of proper nouns: such a word may still be a brand (天玑 nz).
  static let properTags: Set<String> = ["nz", "nt", "nrt", "j"]

  /// The end of the quoted name that starts at `start` (the position of its closing mark), or
  /// `nil` when the quotation is too long, holds punctuation, or is a common dictionary word.
  private func quotedEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    var j = start
    while j < s.count, j - start <= Self.maxQuoted, s[j] != "”", s[j] != "」" {
      // A decimal point or a dot inside a Latin name stays (星澜2.0); other punctuation ends the reading.
      let dotInside = s[j] == "." && j + 1 < s.count && ScalarClass.isLatinWordScalar(s[j + 1])
      if ScalarClass.endsClause(s[j]), !dotInside { return nil }
      j += 1
    }
    guard j < s.count, j > start, j - start <= Self.maxQuoted, s[start] != " ", s[j - 1] != " " else { return nil }
    if let word = dictionary.lookup(s[start..<j]), !Self.quotableTags.contains(word.tag) { return nil }
    return j
  }

  private func product(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> FoundEntity {
    let surface = Array(s[start..<end])
    let name = String(scalars: surface)
    let ascii = surface.allSatisfy(\.isASCII)
    let record = EntityRecord(id: EntityID.pattern(.product, surface), kind: .product, name: ascii ? name : nil, nameZh: ascii ? nil : name)
    return FoundEntity(start: start, end: end, record: record, source: "pattern", lexiconEntity: nil, rule: rule)
  }

  /// A known company or product followed by a model code, glued or after one space (小米YU7,
  /// 英伟达 H20), is one product of that maker: `product:xiaomi-yu7`, named "Xiaomi YU7". A
  /// mention that already took a version (GPT-5.1) is left as it is.
  ///
  /// A known product followed by a chip's number (昇腾910C, 麒麟9000S: three or four digits, at
  /// most two capitals) is that product's model. A known company followed by a product's Latin
  /// name and its number or model code (华为Mate 80, 小米Redmi K80) is one product of that maker;
  /// after the company and 的 the Latin name with its number is a product of its own
  /// (英特尔的|Gaudi 3).
  func extendMakers(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap) {
    var separate: [FoundEntity] = []
    for k in found.indices where found[k].rule == .lexicon && found[k].record.kind != .person && found[k].record.kind != .location {
      var start = found[k].end
      if start + 1 < s.count, s[start] == " ", ScalarClass.isHan(s[start - 1]) || ScalarClass.isLatinWordScalar(s[start - 1]) { start += 1 }
      guard start < s.count, !ScalarClass.isLatinWordScalar(s[start - 1]) || start > found[k].end else { continue }
      if start == found[k].end, start + 1 < s.count, s[start] == "的", found[k].record.kind == .organization, ScalarClass.isUpper(s[start + 1]),
        let name = Self.latinNameEnd(s, at: start + 1, countUnits: cues.countUnits), name.numbered, coverage.isFree(start + 1, name.end)
      {
        separate.append(product(s, start + 1, name.end))
        coverage.take(start + 1, name.end)
        continue
      }
      let codeEnd: Int?
      if ScalarClass.isUpper(s[start]) {
        codeEnd =
          Self.modelCodeEnd(s, at: start) ?? Self.hyphenCodeEnd(s, at: start)
          ?? (found[k].record.kind == .organization
            ? Self.latinNameEnd(s, at: start, countUnits: cues.countUnits).flatMap { $0.numbered ? $0.end : nil } : nil)
      } else if ScalarClass.isASCIIDigit(s[start]), start == found[k].end, found[k].record.kind == .product, ScalarClass.isHan(s[start - 1]) {
        codeEnd = Self.chipNumberEnd(s, at: start, countUnits: cues.countUnits)
      } else if ScalarClass.isASCIIDigit(s[start]), start == found[k].end, found[k].record.kind == .organization, ScalarClass.isHan(s[start - 1]) {
        // A brand glued to a number with a capital (特步|160X): its model. A bare number (特步2025) is none.
        codeEnd =
          Self.chipNumberEnd(s, at: start, countUnits: cues.countUnits, minDigits: 2).flatMap { ScalarClass.isUpper(s[$0 - 1]) ? $0 : nil }
          ?? Self.variantNumberEnd(s, at: start, countUnits: cues.countUnits)
      } else {
        codeEnd = nil
      }
      guard let code = codeEnd, coverage.isFree(found[k].end, code) else { continue }
      let tiers = tierEnd(s, after: code)
      let end = Self.decimalVersionEnd(s, after: tiers, countUnits: cues.countUnits).flatMap { coverage.isFree(tiers, $0) ? $0 : nil } ?? tiers
      let base = found[k].record
      let modelCode = String(scalars: s[start..<end])
      let baseSlug = base.id.firstIndex(of: ":").map { base.id[base.id.index(after: $0)...] } ?? Substring(base.id)
      let surface = String(scalars: s[found[k].start..<end])
      let hasHan = s[found[k].start..<end].contains { ScalarClass.isHan($0) }
      found[k].record = EntityRecord(
        id: EntityID.prefix(.product) + ":" + baseSlug + "-" + EntityID.slugify(modelCode), kind: .product,
        name: (base.name ?? base.id) + " " + modelCode, nameZh: hasHan ? surface : nil)
      coverage.take(found[k].end, end)
      found[k].end = end
      found[k].source = "pattern"
      found[k].lexiconEntity = nil
      found[k].rule = .productModel
    }
    found.append(contentsOf: separate)
  }

  /// The end of the tier words after a model code at `end`, one space before each (问界M9| Ultra,
  /// M9| Pro Max: `product-tier` cues), at most two; `end` when none follows. The word ends a Latin word.
  func tierEnd(_ s: [Unicode.Scalar], after end: Int) -> Int {
    var e = end
    for _ in 0..<2 {
      guard e + 2 < s.count, s[e] == " ", ScalarClass.isUpper(s[e + 1]) || s[e + 1] == "m" || ScalarClass.isASCIIDigit(s[e + 1]) else { break }
      var w = e + 1
      while w < s.count, ScalarClass.isLatinWordScalar(s[w]) || ScalarClass.isASCIIDigit(s[w]) || s[w] == "+" { w += 1 }
      guard cues.productTiers.contains(Array(s[(e + 1)..<w])) else { break }
      e = w
    }
    return e
  }

  /// The end of a tier word (`product-tier`: PLUS, Pro, Max) at `start` with no Latin letter or
  /// digit after it, or `nil`.
  private func tierWordEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
    var w = start
    while w < s.count, w - start < 6, ScalarClass.isLatinWordScalar(s[w]) || s[w] == "+" { w += 1 }
    guard w > start, w >= s.count || !(ScalarClass.isLatinWordScalar(s[w]) || ScalarClass.isASCIIDigit(s[w])) else { return nil }
    return cues.productTiers.contains(Array(s[start..<w])) ? w : nil
  }

  /// The model code that ends a product's name after its brand (S9 of 曜途S9, YU7 of 小米YU7, K80
  /// of Redmi K80), or `nil`: the later mentions of the code alone name the same product.
  static func trailingModelCode(_ surface: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    var p = surface.count
    while p > 0, ScalarClass.isLatinWordScalar(surface[p - 1]) || ScalarClass.isASCIIDigit(surface[p - 1]) { p -= 1 }
    guard p > 0, p < surface.count, ScalarClass.isHan(surface[p - 1]) || surface[p - 1] == " ", modelCodeEnd(surface, at: p) == surface.count
    else { return nil }
    return Array(surface[p...])
  }

  /// The Latin name after a brand's Han characters (X9 Pro 5G of 曜辰X9 Pro 5G, Fold 3 of 曜辰Fold 3,
  /// Watch S2): capitalised, with a digit and a space inside, it names the product alone later in the
  /// document, as the model code of 曜途S9 does. `nil` for a name without a space (S9: `trailingModelCode`).
  static func trailingLatinName(_ surface: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    guard let lastHan = surface.lastIndex(where: { ScalarClass.isHan($0) }), lastHan >= 1, lastHan + 1 < surface.count else { return nil }
    let name = surface[(lastHan + 1)...]
    guard let first = name.first, ScalarClass.isUpper(first), name.allSatisfy(\.isASCII), name.contains(" "),
      name.contains(where: { ScalarClass.isASCIIDigit($0) }), name.last != " "
    else { return nil }
    return Array(name)
  }

  /// An edition glued after a product (骁龙8|至尊版, 问界M9|旗舰版: `entity-product-editions.tsv`) and
  /// a generation before it (第五代|骁龙8至尊版) are part of its name: the id and the English name
  /// take the edition's English word and `Gen N` (`product:snapdragon-8-elite-gen-5`, "Snapdragon 8
  /// Elite Gen 5"); the Chinese name is the whole surface. A generation alone makes no new name.
  func extendEditions(_ s: [Unicode.Scalar], found: inout [FoundEntity], coverage: inout CoverageMap) {
    for k in found.indices where found[k].record.kind == .product {
      let f = found[k]
      guard f.end < s.count, let edition = cues.productEditions.longestMatch(in: s, at: f.end), coverage.isFree(f.end, edition.end) else { continue }
      var english = cues.productEditionNames[Int(edition.value)]
      var start = f.start
      if let gen = Self.generationBefore(s, f.start), coverage.isFree(gen.start, f.start) {
        start = gen.start
        english += " Gen \(gen.number)"
      }
      let base = f.record
      let baseSlug = base.id.firstIndex(of: ":").map { base.id[base.id.index(after: $0)...] } ?? Substring(base.id)
      let surface = String(scalars: s[start..<edition.end])
      found[k].record = EntityRecord(
        id: EntityID.prefix(.product) + ":" + baseSlug + "-" + EntityID.slugify(english), kind: .product,
        name: (base.name ?? base.nameZh ?? base.id) + " " + english, nameZh: surface)
      coverage.take(start, edition.end)
      found[k].start = start
      found[k].end = edition.end
      found[k].source = "pattern"
      found[k].lexiconEntity = nil
      found[k].rule = .productModel
    }
  }

  /// `第N代` right before `end` (第五代, 第5代, 第十二代; N from 1 to 19, read by `SmallNumber`): its
  /// start and N.
  static func generationBefore(_ s: [Unicode.Scalar], _ end: Int) -> (start: Int, number: Int)? {
    guard end >= 3, s[end - 1] == "代" else { return nil }
    // 第 and at most three characters of the number (十九) before 代.
    for k in stride(from: end - 3, through: max(0, end - 5), by: -1) where s[k] == "第" {
      guard let n = SmallNumber.read(s, at: k + 1, maxDigits: 2), n.end == end - 1, (1...19).contains(n.value) else { return nil }
      return (k, n.value)
    }
    return nil
  }

  /// Whether the character at `i` counts or dates the number before it (8 亿, 2025年, 30%): the
  /// number is no model's.
  private static func countsOrDates(_ s: [Unicode.Scalar], _ i: Int, _ countUnits: ScalarBitmap) -> Bool {
    guard i < s.count else { return false }
    return countUnits.contains(s[i]) || "年月日号万亿".unicodeScalars.contains(s[i])
  }

  /// The end of a chip's number at `start`: three or four digits and at most two capitals, then
  /// no more Latin letters, digits or a decimal part, and nothing that counts or dates it
  /// (910C, 9000S, 9400; not 2025年, 300万).
  static func chipNumberEnd(_ s: [Unicode.Scalar], at start: Int, countUnits: ScalarBitmap, minDigits: Int = 3) -> Int? {
    var i = start
    while i < s.count, i - start < 5, ScalarClass.isASCIIDigit(s[i]) { i += 1 }
    guard (minDigits...4).contains(i - start) else { return nil }
    let tail = i
    while i < s.count, i - tail < 2, ScalarClass.isUpper(s[i]) { i += 1 }
    if i < s.count, ScalarClass.isLatinWordScalar(s[i]) || ScalarClass.isASCIIDigit(s[i]) { return nil }
    if i + 1 < s.count, s[i] == ".", ScalarClass.isASCIIDigit(s[i + 1]) { return nil }
    return countsOrDates(s, i, countUnits) ? nil : i
  }

  /// The end of a decimal version after one space at `end` (160X| 6.0, YU7| 2.0): digits, a dot and
  /// digits, then no Latin letter, digit or dot, and nothing that counts or dates it (6.0万); `nil`
  /// when none follows.
  static func decimalVersionEnd(_ s: [Unicode.Scalar], after end: Int, countUnits: ScalarBitmap) -> Int? {
    guard end + 3 < s.count, s[end] == " ", ScalarClass.isASCIIDigit(s[end + 1]) else { return nil }
    var i = end + 1
    while i < s.count, i - end <= 2, ScalarClass.isASCIIDigit(s[i]) { i += 1 }
    guard i + 1 < s.count, s[i] == ".", ScalarClass.isASCIIDigit(s[i + 1]) else { return nil }
    i += 1
    while i < s.count, i - end <= 6, ScalarClass.isASCIIDigit(s[i]) { i += 1 }
    if i < s.count, ScalarClass.isLatinWordScalar(s[i]) || ScalarClass.isASCIIDigit(s[i]) || s[i] == "." || s[i] == "%" { return nil }
    return countsOrDates(s, i, countUnits) ? nil : i
  }

  /// The end of a product's Latin name at `start`: one or two capitalised words (a capital and two
  /// small letters or more: Mate, Gaudi, Rubin; not CEO, AI, iPhone), one space between, then after
  /// one space a number of one to four digits or a model code (Mate 80, Gaudi 3, Redmi K80), and
  /// after it one more capitalised word (Mate 80 Pro). `numbered`: a number or a code follows the
  /// words. A number that counts or dates (Mate 80万台) is none.
  static func latinNameEnd(_ s: [Unicode.Scalar], at start: Int, countUnits: ScalarBitmap) -> (end: Int, numbered: Bool)? {
    func word(_ a: Int) -> Int? {
      guard a < s.count, ScalarClass.isUpper(s[a]) else { return nil }
      var i = a + 1
      while i < s.count, ScalarClass.isLower(s[i]) { i += 1 }
      guard i - a >= 3 else { return nil }
      if i < s.count, ScalarClass.isLatinWordScalar(s[i]) || ScalarClass.isASCIIDigit(s[i]) { return nil }
      return i
    }
    // One word in capitals (three letters or more) may open the name before a capitalised word: DRIVE Thor.
    func capitals(_ a: Int) -> Int? {
      var i = a
      while i < s.count, ScalarClass.isUpper(s[i]) { i += 1 }
      guard i - a >= 3, i + 1 < s.count, s[i] == " " else { return nil }
      return word(i + 1)
    }
    var end: Int
    if let first = word(start) {
      end = first
      if end + 1 < s.count, s[end] == " ", let next = word(end + 1) { end = next }
    } else if let second = capitals(start) {
      end = second
    } else {
      return nil
    }
    guard end + 1 < s.count, s[end] == " " else { return (end, false) }
    var number: Int?
    if ScalarClass.isASCIIDigit(s[end + 1]) {
      var i = end + 1
      while i < s.count, i - end <= 5, ScalarClass.isASCIIDigit(s[i]) { i += 1 }
      if i - end - 1 <= 4, i >= s.count || !(ScalarClass.isLatinWordScalar(s[i]) || s[i] == "."), !countsOrDates(s, i, countUnits) { number = i }
    } else if ScalarClass.isUpper(s[end + 1]) {
      number = modelCodeEnd(s, at: end + 1)
    }
    guard var numbered = number else { return (end, false) }
    if numbered + 1 < s.count, s[numbered] == " ", let last = word(numbered + 1) { numbered = last }
    return (numbered, true)
  }

  /// The end of a model code at `start`: one to four ASCII capitals, one to four digits, at
  /// most two capitals after them, then no more Latin letters, digits or a decimal part
  /// (GB200, H20, YU7, L9, B200A, H6; not PM2.5, not COVID19x). A period (Q1–Q4, H1, H2) is none.
  /// The end of a model number of three digits and a variant digit after a hyphen (波音|787-9, 737-8):
  /// no more digits, letters, decimals or count units after it (2024-25财年, 100-200万 are none).
  static func variantNumberEnd(_ s: [Unicode.Scalar], at start: Int, countUnits: ScalarBitmap) -> Int? {
    let e = start + 5
    guard e <= s.count, (start..<start + 3).allSatisfy({ ScalarClass.isASCIIDigit(s[$0]) }), s[start + 3] == "-",
      ScalarClass.isASCIIDigit(s[start + 4])
    else { return nil }
    if e < s.count, ScalarClass.isLatinWordScalar(s[e]) || ScalarClass.isASCIIDigit(s[e]) || s[e] == "." || countUnits.contains(s[e]) { return nil }
    return e
  }

  static func modelCodeEnd(_ s: [Unicode.Scalar], at start: Int) -> Int? {
    var i = start
    while i < s.count, i - start < 4, ScalarClass.isUpper(s[i]) { i += 1 }
    let letters = i - start
    guard letters >= 1, i < s.count else { return nil }
    let digitsStart = i
    while i < s.count, i - digitsStart < 4, ScalarClass.isASCIIDigit(s[i]) { i += 1 }
    let digits = i - digitsStart
    guard digits >= 1 else { return nil }
    let tail = i
    while i < s.count, i - tail < 2, ScalarClass.isUpper(s[i]) { i += 1 }
    if i < s.count, ScalarClass.isLatinWordScalar(s[i]) || ScalarClass.isASCIIDigit(s[i]) { return nil }
    if i + 1 < s.count, s[i] == ".", ScalarClass.isASCIIDigit(s[i + 1]) { return nil }
    if letters == 1, digits == 1, i == tail {
      let digit = s[digitsStart].value - 0x30
      if s[start] == "Q", (1...4).contains(digit) { return nil }
      if s[start] == "H", (1...2).contains(digit) { return nil }
    }
    // An age group (U17, U23) is a team's, not a model.
    if letters == 1, digits == 2, i == tail, s[start] == "U" { return nil }
    return i
  }
}

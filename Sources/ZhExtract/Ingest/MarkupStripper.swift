/// Removes markup, keeping a map from every visible code point to its original offsets.
///
/// - `text`: nothing is removed.
/// - `html`: tags, comments, `<!DOCTYPE>`/`<?…?>`, and the content of `<script>`, `<style>`,
///   `<noscript>`, `<template>` and `<title>` are dropped; character references are decoded
///   (the decoded scalar maps to the whole `&…;`); block elements (`p`, `div`, `br`, `li`,
///   `h1`–`h6`, `tr`, …) become one line break, mapped to the tag. `<title>` (else the first
///   `<h1>`) gives the title; `<meta name|property=… content=…>` pairs go to `frontMatter`.
/// - `markdown`: YAML front matter is removed and read into `frontMatter` (its `title` is
///   the title); ATX heading markers (`# `) are dropped (the first level-1 heading is the
///   title when there is no front matter title); `![alt](url)` and `[text](url)` keep only
///   `alt`/`text`; HTML inside Markdown is stripped as above.
///
/// With a `FoldingTable`, the visible text is folded (NFKC, white space, invisibles) in the
/// same pass, which spares the pipeline a second copy of the text and its map. Folding then
/// works within each stretch of text between two pieces of markup: a combining mark right
/// after a tag or a character reference is normalised on its own, not with the base before it.
/// A title from front matter or `<title>` is kept as written; one from `<h1>` or `# ` is the
/// heading's visible text (folded when the text is).
package enum MarkupStripper {
  package static func strip(_ decoded: [Unicode.Scalar], format: MarkupFormat?, folding: FoldingTable? = nil) -> StrippedText {
    let requested = format
    let format = format ?? MarkupDetector.detect(decoded)
    switch format {
    case .text:
      // A `---` first line that opens no complete front matter: said, not guessed at.
      let warnings: [ExtractionWarning] = requested == nil && FrontMatter.opens(decoded) ? [.unclosedFrontMatter()] : []
      guard let folding else {
        return StrippedText(
          scalars: decoded, map: .identity(length: decoded.count), format: .text, title: nil, frontMatter: [:], warnings: warnings)
      }
      var joiners = (count: 0, first: Int32(-1))
      let folded = MappedScalarSink.buildGrowing(inputCount: decoded.count, originalLength: decoded.count) { out in
        decoded.withUnsafeBufferPointer { folding.fold($0, 0..<$0.count, origins: .identity(base: 0), into: &out) }
        joiners = (out.streamSafeJoiners, out.firstStreamSafeJoiner)
      }
      return StrippedText(
        scalars: folded.scalars, map: folded.map, format: .text, title: nil, frontMatter: [:],
        warnings: warnings + ExtractionWarning.streamSafe(joiners))
    case .html, .markdown:
      var scanner = Scanner(source: decoded, markdown: format == .markdown, folding: folding)
      let visible: (scalars: [Unicode.Scalar], map: OffsetMap)
      var joiners = (count: 0, first: Int32(-1))
      if folding != nil {
        visible = MappedScalarSink.buildGrowing(inputCount: decoded.count, originalLength: decoded.count) { out in
          scanner = Scanner(source: decoded, markdown: format == .markdown, folding: folding)
          scanner.run(into: &out)
          joiners = (out.streamSafeJoiners, out.firstStreamSafeJoiner)
        }
      } else {
        // Every visible scalar consumes at least one input scalar: the input length bounds the output.
        guard let built = MappedScalarSink.build(capacity: decoded.count, originalLength: decoded.count, { scanner.run(into: &$0) }) else {
          preconditionFailure("markup stripping wrote more scalars than it read")
        }
        visible = built
      }
      return StrippedText(
        scalars: visible.scalars, map: visible.map,
        format: format, title: scanner.title, frontMatter: scanner.frontMatter,
        warnings: scanner.warnings + ExtractionWarning.streamSafe(joiners))
    }
  }

  /// Elements whose start and end tags break a line.
  static let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul", "body", "html", "head",
  ]
  /// Elements whose content is not visible text.
  static let hiddenElements: Set<String> = ["script", "style", "noscript", "template", "title"]

  struct Scanner {
    let s: [Unicode.Scalar]
    let n: Int
    let markdown: Bool
    let folding: FoldingTable?
    var title: String?
    var frontMatter: [String: String] = [:]
    var warnings: [ExtractionWarning] = []
    var htmlTitle: String?
    var h1Start: Int?
    var h1Title: String?
    var markdownHeadingStart: Int?
    var markdownTitle: String?
    /// A link or image whose `](url)` tail is skipped when the scan reaches it.
    var linkTail: (from: Int, to: Int)?
    /// Character references that named no character, beyond the ones warned about one by one.
    var uncountedInvalidReferences = 0
    /// The last answer of `find` for each needle: a search from `from` found `found` (the
    /// first match at or after `from`, or none). A later search from between `from` and
    /// `found` has the same answer, so `<!<!<!…` or unclosed `<!--` runs stay linear.
    var findCache: [String: (from: Int, found: Int?)] = [:]
    /// The last answer of `lineOrParenthesisEnd`.
    var lastParenthesisScan: (from: Int, end: Int)?

    init(source: [Unicode.Scalar], markdown: Bool, folding: FoldingTable?) {
      s = source
      n = source.count
      self.markdown = markdown
      self.folding = folding
    }

    func emit(_ scalar: Unicode.Scalar, _ start: Int, _ end: Int, _ out: inout MappedScalarSink) {
      if let folding {
        folding.fold(scalar, Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end), into: &out)
      } else {
        out.append(scalar, Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
      }
    }

    func lineBreak(_ start: Int, _ end: Int, _ out: inout MappedScalarSink) {
      guard let last = out.last, last != "\n" else { return }
      emit("\n", start, end, &out)
    }

    mutating func run(into out: inout MappedScalarSink) {
      var i = 0
      if markdown {
        if let front = FrontMatter.parse(s) {
          frontMatter = front.values
          i = front.end
        } else if FrontMatter.opens(s) {
          warnings.append(.unclosedFrontMatter())
        }
      }
      var lineStart = true
      while i < n {
        let c = s[i]
        if let tail = linkTail, i == tail.from {
          i = tail.to
          linkTail = nil
          continue
        }
        if markdown, lineStart, let after = markdownHeading(at: i, out) {
          i = after
          lineStart = false
          continue
        }
        lineStart = false
        switch c {
        case "\n":
          endMarkdownHeading(out)
          emit(c, i, i + 1, &out)
          lineStart = true
          i += 1
        case "<":
          i = tag(at: i, &out)
        case "&":
          if let ref = HTMLCharacterReference.decode(s, at: i) {
            if ref.invalid {
              if warnings.count < ByteDecoder.maximumWarnings {
                warnings.append(.invalidCharacterReference(AnalysisText.string(s[i..<ref.end]), at: i))
              } else {
                uncountedInvalidReferences += 1
              }
            }
            emit(ref.scalar, i, ref.end, &out)
            i = ref.end
          } else {
            emit(c, i, i + 1, &out)
            i += 1
          }
        case "!" where markdown && i + 1 < n && s[i + 1] == "[":
          if let tail = linkTail(openingAt: i + 1) { linkTail = tail; i += 2 } else { emit(c, i, i + 1, &out); i += 1 }
        case "[" where markdown:
          if let tail = linkTail(openingAt: i) { linkTail = tail; i += 1 } else { emit(c, i, i + 1, &out); i += 1 }
        default:
          i = plainRun(from: i, &out)
        }
      }
      endMarkdownHeading(out)
      if uncountedInvalidReferences > 0 { warnings.append(.moreInvalidCharacterReferences(uncountedInvalidReferences)) }
      title = nonEmpty(frontMatter["title"]) ?? nonEmpty(htmlTitle) ?? nonEmpty(h1Title) ?? nonEmpty(markdownTitle)
    }

    /// Copies the run of ordinary characters that starts at `start` (no `<`, `&`, line break,
    /// or Markdown `[`/`!`, and not the tail of a link) in bulk; returns where it ends.
    func plainRun(from start: Int, _ out: inout MappedScalarSink) -> Int {
      let stop = linkTail?.from ?? n
      let markdown = self.markdown
      return s.withUnsafeBufferPointer { p -> Int in
        var j = start + 1
        while j < stop {
          let v = p[j].value
          if v == 0x3C || v == 0x26 || v == 0x0A || (markdown && (v == 0x5B || v == 0x21)) { break }
          j += 1
        }
        if let folding {
          folding.fold(p, start..<j, origins: .identity(base: 0), into: &out)
        } else {
          out.appendIdentity(p, start..<j, originBase: 0)
        }
        return j
      }
    }

    func nonEmpty(_ text: String?) -> String? {
      guard let text else { return nil }
      let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      return collapsed.isEmpty ? nil : collapsed
    }

    // MARK: Markdown

    /// At a line start: `#`–`######` and a space (after up to three spaces). Returns where the
    /// heading text starts.
    mutating func markdownHeading(at start: Int, _ out: MappedScalarSink) -> Int? {
      var i = start
      while i < n, i - start < 3, s[i] == " " { i += 1 }
      let hashes = i
      while i < n, s[i] == "#", i - hashes < 7 { i += 1 }
      let level = i - hashes
      guard (1...6).contains(level), i == n || s[i] == " " || s[i] == "\t" || s[i] == "\n" else { return nil }
      while i < n, s[i] == " " || s[i] == "\t" { i += 1 }
      if level == 1, markdownTitle == nil { markdownHeadingStart = out.count }
      return i
    }

    mutating func endMarkdownHeading(_ out: MappedScalarSink) {
      guard let start = markdownHeadingStart else { return }
      markdownHeadingStart = nil
      markdownTitle = out.string(from: start)
    }

    /// For `[` at `open`: the `](url)` tail on the same line, if this is a link.
    mutating func linkTail(openingAt open: Int) -> (from: Int, to: Int)? {
      var i = open + 1
      while i < n, s[i] != "]", s[i] != "\n", s[i] != "[" { i += 1 }
      guard i + 1 < n, s[i] == "]", s[i + 1] == "(" else { return nil }
      let close = i
      i = lineOrParenthesisEnd(from: i + 2)
      guard i < n, s[i] == ")" else { return nil }
      return (close, i + 1)
    }

    /// The first `)` or line break at or after `from` (or `n`). The last answer is kept: a
    /// search from inside the stretch it covered has the same answer, so a line full of
    /// `[a](b` that never closes is read in linear time.
    mutating func lineOrParenthesisEnd(from: Int) -> Int {
      if let last = lastParenthesisScan, last.from <= from, from <= last.end { return last.end }
      var i = from
      while i < n, s[i] != ")", s[i] != "\n" { i += 1 }
      lastParenthesisScan = (from, i)
      return i
    }

    // MARK: HTML

    /// Handles `<` at `start`; returns where scanning continues.
    mutating func tag(at start: Int, _ out: inout MappedScalarSink) -> Int {
      guard start + 1 < n else { emit("<", start, start + 1, &out); return start + 1 }
      let next = s[start + 1]
      if next == "!" {
        if s[start...].starts(with: "<!--".unicodeScalars) {
          if let close = find("-->", from: start + 4) { return close + 3 }
          warnings.append(.unclosedMarkup("comment <!--", at: start, hiding: n - start))
          return n
        }
        return (find(">", from: start + 2).map { $0 + 1 }) ?? literal(start, &out)
      }
      if next == "?" { return (find(">", from: start + 2).map { $0 + 1 }) ?? literal(start, &out) }
      let closing = next == "/"
      var i = start + (closing ? 2 : 1)
      guard i < n, s[i].isASCII, s[i].properties.isAlphabetic else { return literal(start, &out) }
      let nameStart = i
      while i < n, s[i].isASCII, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" { i += 1 }
      let name = AnalysisText.string(s[nameStart..<i]).lowercased()
      guard let end = tagEnd(from: i) else { return literal(start, &out) }
      let after = end + 1
      if !closing, MarkupStripper.hiddenElements.contains(name) {
        let closeTag = find("</\(name)", from: after, caseInsensitive: true)
        let contentEnd = closeTag ?? n
        if name == "title", htmlTitle == nil {
          htmlTitle = decodedText(after..<contentEnd)
        }
        guard let closeTag else {
          warnings.append(.unclosedMarkup("<\(name)> element", at: start, hiding: n - start))
          return n
        }
        return (find(">", from: closeTag).map { $0 + 1 }) ?? n
      }
      if name == "meta", !closing { readMeta(nameStart..<end) }
      if name == "h1" {
        if !closing, h1Title == nil, h1Start == nil { h1Start = out.count }
        if closing, let h1 = h1Start, h1Title == nil {
          h1Title = out.string(from: h1)
          h1Start = nil
        }
      }
      if MarkupStripper.blockElements.contains(name) { lineBreak(start, after, &out) }
      return after
    }

    func literal(_ at: Int, _ out: inout MappedScalarSink) -> Int {
      emit(s[at], at, at + 1, &out)
      return at + 1
    }

    /// The `>` that ends a tag whose attributes start at `from`, skipping quoted values.
    func tagEnd(from: Int) -> Int? {
      var i = from
      var quote: Unicode.Scalar?
      while i < n {
        let c = s[i]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          quote = c
        } else if c == ">" {
          return i
        } else if c == "<" {
          return nil
        }
        i += 1
      }
      return nil
    }

    mutating func find(_ needle: String, from: Int, caseInsensitive: Bool = false) -> Int? {
      if let cached = findCache[needle], cached.from <= from, cached.found.map({ from <= $0 }) ?? true {
        return cached.found
      }
      let found = search(needle, from: from, caseInsensitive: caseInsensitive)
      findCache[needle] = (from, found)
      return found
    }

    func search(_ needle: String, from: Int, caseInsensitive: Bool) -> Int? {
      let pattern = Array(needle.unicodeScalars)
      guard let first = pattern.first else { return from }
      var i = from
      while i + pattern.count <= n {
        if s[i] == first {
          var k = 1
          while k < pattern.count, Self.fold(s[i + k], caseInsensitive) == Self.fold(pattern[k], caseInsensitive) { k += 1 }
          if k == pattern.count { return i }
        }
        i += 1
      }
      return nil
    }

    static func fold(_ c: Unicode.Scalar, _ caseInsensitive: Bool) -> UInt32 {
      caseInsensitive && ("A"..."Z").contains(c) ? c.value + 32 : c.value
    }

    /// Text with character references decoded (for `<title>` and attribute values).
    func decodedText(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      var i = range.lowerBound
      while i < range.upperBound {
        if s[i] == "&", let ref = HTMLCharacterReference.decode(s, at: i), ref.end <= range.upperBound {
          view.append(ref.scalar)
          i = ref.end
        } else {
          view.append(s[i])
          i += 1
        }
      }
      return String(view)
    }

    /// `<meta name|property|itemprop|http-equiv=… content=…>` → `frontMatter[key] = content`.
    mutating func readMeta(_ range: Range<Int>) {
      var attributes: [String: String] = [:]
      var i = range.lowerBound + 4
      while i < range.upperBound {
        while i < range.upperBound, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r" || s[i] == "/" { i += 1 }
        let nameStart = i
        while i < range.upperBound, s[i] != "=", s[i] != " ", s[i] != "\t", s[i] != "\n", s[i] != "/" { i += 1 }
        let name = AnalysisText.string(s[nameStart..<i]).lowercased()
        guard i < range.upperBound, s[i] == "=" else { i += 1; continue }
        i += 1
        var valueRange = i..<i
        if i < range.upperBound, s[i] == "\"" || s[i] == "'" {
          let q = s[i]
          var j = i + 1
          while j < range.upperBound, s[j] != q { j += 1 }
          valueRange = (i + 1)..<j
          i = j + 1
        } else {
          var j = i
          while j < range.upperBound, s[j] != " ", s[j] != "\t", s[j] != "\n" { j += 1 }
          valueRange = i..<j
          i = j
        }
        if !name.isEmpty { attributes[name] = decodedText(valueRange) }
      }
      guard let content = attributes["content"],
        let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? attributes["http-equiv"],
        !key.isEmpty, frontMatter[key] == nil
      else { return }
      frontMatter[key] = content
    }
  }
}

extension ExtractionWarning {
  /// A comment or hidden element (`<script>`, `<style>` …) that never closes hides the rest.
  package static func unclosedMarkup(_ what: String, at offset: Int, hiding count: Int) -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.unclosed-markup",
      message: "\(what) at offset \(offset) is never closed; the remaining \(count) code points are treated as markup, not text",
      start: offset, end: offset + count)
  }

  /// A `---` first line with no closing `---`: the lines are read as text.
  package static func unclosedFrontMatter() -> ExtractionWarning {
    ExtractionWarning(
      code: "ingest.unclosed-front-matter",
      message: "front matter opened by `---` on line 1 is never closed by a `---` line; it is read as text")
  }
}

extension ExtractionWarning {
  /// Runs of more than 30 combining marks were cut by U+034F (Stream-Safe Text Format).
  static func streamSafe(_ joiners: (count: Int, first: Int32)) -> [ExtractionWarning] {
    guard joiners.count > 0 else { return [] }
    return [
      ExtractionWarning(
        code: "ingest.combining-marks",
        message:
          "code point \(joiners.first): more than \(FoldingTable.maxNonStarters) combining marks in a row; U+034F (combining grapheme joiner) inserted "
          + "after every \(FoldingTable.maxNonStarters) (\(joiners.count) in all) before normalising (Unicode Stream-Safe Text Format)",
        start: Int(joiners.first), end: Int(joiners.first))
    ]
  }
}

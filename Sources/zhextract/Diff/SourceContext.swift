import Foundation
import ZhExtract

/// The sentence around a mention, for a person reading the diff. The JSON does not carry the
/// text, so the source file named in `source.path` is read again — and used only if its
/// SHA-256 still equals `source.sha256`, so that the offsets are right. Otherwise (no path,
/// file gone or changed since) the context is the neighbouring mentions instead.
final class SourceContext {
  private var texts: [String: [Unicode.Scalar]?] = [:]
  private var extractor: Extractor??

  /// Up to `reach` code points either side, cut at sentence ends, the mention marked by `mark`.
  func sentence(around mention: JSONValue, in document: JSONValue, reach: Int = 40, mark: (String) -> String) -> String? {
    guard let start = mention["start"]?.intValue, let end = mention["end"]?.intValue,
      let original = original(of: document), start >= 0, start <= end, end <= original.count
    else { return nil }
    let stops: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "；", "\n"]
    var from = start
    while from > 0, start - from < reach, !stops.contains(original[from - 1]) { from -= 1 }
    var to = end
    while to < original.count, to - end < reach {
      to += 1
      if stops.contains(original[to - 1]) { break }
    }
    func flat(_ slice: ArraySlice<Unicode.Scalar>) -> String {
      var view = String.UnicodeScalarView()
      for s in slice { view.append(s == "\n" || s == "\r" || s == "\t" ? " " : s) }
      return String(view).trimmingCharacters(in: .whitespaces)
    }
    let head = (from > 0 && !stops.contains(original[from - 1]) ? "…" : "") + flat(original[from..<start])
    let tail = flat(original[end..<to]) + (to < original.count && !stops.contains(original[to - 1]) ? "…" : "")
    return head + mark(flat(original[start..<end])) + tail
  }

  /// The mentions just before and after `mention` in its document, as `«A» … «B»`.
  static func neighbours(of mention: JSONValue, in document: JSONValue) -> String? {
    guard let start = mention["start"]?.intValue else { return nil }
    let all = MentionKind.allCases.flatMap { document[$0.rawValue]?.arrayValue ?? [] }
      .compactMap { m -> (Int, String)? in
        guard let s = m["start"]?.intValue, let t = m["text"]?.stringValue else { return nil }
        return (s, t)
      }
      .sorted { $0.0 < $1.0 }
    let before = all.last { $0.0 < start }?.1
    let after = all.first { $0.0 > start }?.1
    switch (before, after) {
    case (nil, nil): return nil
    case (let b?, nil): return "after «\(b)»"
    case (nil, let a?): return "before «\(a)»"
    case (let b?, let a?): return "between «\(b)» and «\(a)»"
    }
  }

  private func original(of document: JSONValue) -> [Unicode.Scalar]? {
    guard let path = document["source"]?["path"]?.stringValue, let sha = document["source"]?["sha256"]?.stringValue else { return nil }
    let key = path + "\u{0}" + sha
    if let cached = texts[key] { return cached }
    var text: [Unicode.Scalar]? = nil
    // Only a regular file of the recorded size is read (a `source.path` of /dev/zero or a
    // FIFO must not hang or exhaust the diff); then its hash must match.
    let size = document["source"]?["bytes"]?.intValue ?? -1
    if size >= 0, FileBytes.size(atPath: path) == size,
      case .success(let bytes) = Result(catching: { () throws(FileBytes.Failure) in
        try FileBytes.read(path: Array(path.utf8), name: path, limit: size, regularOnly: true)
      }),
      ContentHash.hex(of: bytes) == sha, let extractor = loadExtractor()
    {
      let format = document["source"]?["format"]?.stringValue.flatMap(MarkupFormat.init(rawValue:))
      if case .success(let analysis) = Result(catching: { () throws(IngestError) in try extractor.analysisText(bytes: bytes, format: format) }) {
        text = analysis.original.scalars
      }
    }
    texts[key] = text
    return text
  }

  /// The bundled pipeline, used only to decode source files exactly as `extract` did.
  private func loadExtractor() -> Extractor? {
    if let extractor { return extractor }
    let made: Extractor?
    switch Result(catching: { () throws(LexiconLoadError) in try Extractor() }) {
    case .success(let e): made = e
    case .failure: made = nil  // no context then; the diff itself does not need the lexicons
    }
    extractor = .some(made)
    return made
  }
}

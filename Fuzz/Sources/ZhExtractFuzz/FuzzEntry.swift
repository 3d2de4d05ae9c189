import ZhExtract

/// Built once: the lexicons are the same for every input.
let extractor: Extractor = {
  do { return try Extractor() } catch { fatalError("bundled lexicons do not load: \(error)") }
}()

/// One fuzz input through the whole pipeline under each markup format (detected, text,
/// Markdown, HTML). What must hold for every input: no crash, no hang (libFuzzer's
/// `-timeout`), and output that keeps every promise of `OutputInvariants`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  for format in [nil, InputFormat.text, .markdown, .html] {
    let result = extractor.extract(bytes: bytes, id: "fuzz", published: "2025-12-13T08:00", format: format)
    let original = extractor.decodedText(bytes: bytes, format: format)
    let problems = OutputInvariants.violations(result, original: original)
    if !problems.isEmpty {
      fatalError("output invariant broken (format \(format?.rawValue ?? "detected")): \(problems.joined(separator: "; "))")
    }
  }
  return 0
}

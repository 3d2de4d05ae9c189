/// What must hold for every output line, whatever the input: the promises of SPEC
/// `zhextract/2` that a consumer relies on. The fuzz target and the hostile-input tests check
/// every result with it; a user may check their own output the same way.
///
/// - The line is valid JSON (it parses back) on one line.
/// - Every mention lies inside the original text, and `text` is the original at its offsets.
/// - Every list is sorted by `start`, then `end`.
/// - Money: `min ≤ max` when both are given; an amount or a bound is present.
/// - A warning's place, when it has one, is a span inside the original text.
/// - A document that failed still names its id and an error code.
public enum OutputInvariants {
  /// The violated promises (empty when the result is sound).
  /// - Parameter original: the decoded text the offsets count in (`Extractor.analysisText(...).original`);
  ///   `nil` when it is not at hand (offsets are then checked only for order).
  public static func violations(_ result: DocumentResult, original: [Unicode.Scalar]?) -> [String] {
    var problems: [String] = []
    let line = result.jsonText()
    if line.contains("\n") { problems.append("output line contains a line break") }
    do {
      _ = try JSONParser.parse(line)
    } catch {
      problems.append("output is not valid JSON: \(error)")
    }
    switch result {
    case .failure(let failure):
      if failure.code.isEmpty { problems.append("error record without a code") }
      if failure.message.isEmpty { problems.append("error record without a message") }
    case .document(let document):
      let spans: [(kind: String, start: Int, end: Int, text: String)] =
        document.money.map { ("money", $0.start, $0.end, $0.text) }
        + document.dates.map { ("dates", $0.start, $0.end, $0.text) }
        + document.entities.map { ("entities", $0.start, $0.end, $0.text) }
      for span in spans {
        guard span.start >= 0, span.start <= span.end else {
          problems.append("\(span.kind) mention \(span.start)..<\(span.end) is not a span")
          continue
        }
        guard let original else { continue }
        guard span.end <= original.count else {
          problems.append("\(span.kind) mention \(span.start)..<\(span.end) ends after the text (\(original.count) code points)")
          continue
        }
        let surface = AnalysisText.string(original[span.start..<span.end])
        if surface != span.text {
          problems.append(
            "\(span.kind) mention at \(span.start)..<\(span.end) says \(span.text.debugDescription), the original has \(surface.debugDescription)")
        }
      }
      checkSorted("money", document.money.map { ($0.start, $0.end) }, &problems)
      checkSorted("dates", document.dates.map { ($0.start, $0.end) }, &problems)
      checkSorted("entities", document.entities.map { ($0.start, $0.end) }, &problems)
      for money in document.money {
        if let min = money.min, let max = money.max, min > max {
          problems.append("money mention at \(money.start) has min \(min) > max \(max)")
        }
        if money.amount == nil && money.min == nil && money.max == nil {
          problems.append("money mention at \(money.start) has neither amount nor bounds")
        }
      }
      for date in document.dates where date.value.isEmpty {
        problems.append("date mention at \(date.start) has an empty value")
      }
      for warning in document.warnings where warning.start != nil || warning.end != nil {
        guard let start = warning.start, let end = warning.end, start >= 0, start <= end else {
          problems.append("warning \(warning.code) has the place \(warning.start.map(String.init) ?? "nil")..<\(warning.end.map(String.init) ?? "nil")")
          continue
        }
        if let original, end > original.count {
          problems.append("warning \(warning.code) at \(start)..<\(end) ends after the text (\(original.count) code points)")
        }
      }
    }
    return problems
  }

  private static func checkSorted(_ kind: String, _ spans: [(Int, Int)], _ problems: inout [String]) {
    for (a, b) in zip(spans, spans.dropFirst()) where b < a {
      problems.append("\(kind) not sorted: \(a) before \(b)")
      return
    }
  }
}

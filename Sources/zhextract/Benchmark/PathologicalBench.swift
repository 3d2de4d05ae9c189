import Foundation
import ZhExtract

/// `zhextract bench --pathological`: each `PathologicalInput` through the whole pipeline
/// (bytes → JSON line) at N and at 2N bytes. Linear code takes about twice as long for twice
/// the input; a ratio well above 2 (3, 4 …) is a super-linear scanner to fix.
struct PathologicalBench {
  let extractor: Extractor
  let bytes: Int
  let repeats: Int

  struct Row {
    var input: PathologicalInput
    var seconds: Double
    var doubledSeconds: Double
    var warnings: Int
    var ratio: Double { doubledSeconds / max(seconds, 1e-9) }
  }

  func measure(_ input: PathologicalInput) -> Row {
    let small = input.bytes(approximately: bytes)
    let large = input.bytes(approximately: 2 * bytes)
    var warnings = 0
    func run(_ document: [UInt8]) -> Double {
      var best = Double.infinity
      for _ in 0..<repeats {
        best = min(
          best,
          BenchClock.seconds {
            let result = extractor.extract(bytes: document, id: input.rawValue, markup: input.format)
            if case .document(let d) = result { warnings = d.warnings.count }
            _ = result.jsonText()
          })
      }
      return best
    }
    return Row(input: input, seconds: run(small), doubledSeconds: run(large), warnings: warnings)
  }

  var rendered: String {
    let mb = Double(bytes) / 1e6
    var lines = [
      String(format: "pathological inputs, whole pipeline (bytes → JSON), best of %d, CPU time of one thread", repeats),
      "",
      "input".rightPadded(22)
        + [String(format: "s at %g MB", mb), String(format: "s at %g MB", 2 * mb)].map { $0.leftPadded(12) }.joined()
        + "2N/N".leftPadded(10) + "warnings".leftPadded(10),
      String(repeating: "-", count: 66),
    ]
    var worst = 0.0
    for input in PathologicalInput.allCases {
      let row = measure(input)
      worst = max(worst, row.ratio)
      lines.append(
        input.rawValue.rightPadded(22)
          + String(format: "%12.3f%12.3f%10.2f%10d", row.seconds, row.doubledSeconds, row.ratio, row.warnings))
    }
    lines.append("")
    lines.append(String(format: "worst 2N/N ratio: %.2f (linear ≈ 2; timer noise grows below ~10 ms)", worst))
    return lines.joined(separator: "\n")
  }
}

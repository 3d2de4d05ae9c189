import Foundation
import Testing

/// The line limit of `.swift-format` (160 characters), checked on every Swift file the package
/// builds, generated lexicon tables aside (they hold one row a line, as the `.tsv` does). Run
/// `swift format --configuration .swift-format -i FILE` on a file this names, and break by hand
/// the string literals the formatter cannot.
@Suite struct SourceFormatTests {
  static let lineLimit = 160

  @Test func everyLineFitsTheLimit() throws {
    var tooLong: [String] = []
    for folder in ["Sources", "Tests", "Fuzz/Sources"] {
      let directory = LayeringTests.root.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(atPath: directory.path) else { continue }
      for case let relative as String in walker where relative.hasSuffix(".swift") && !relative.contains("Generated") {
        let text = try String(contentsOfFile: directory.path + "/" + relative, encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.count > Self.lineLimit {
          tooLong.append("\(folder)/\(relative):\(index + 1): \(line.count) characters")
        }
      }
    }
    #expect(tooLong == [], "lines over \(Self.lineLimit) characters")
  }

  @Test func theFormatterConfigurationStatesTheSameLimit() throws {
    let url = LayeringTests.root.appendingPathComponent(".swift-format")
    let configuration = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    #expect(configuration?["lineLength"] as? Int == Self.lineLimit)
  }
}
